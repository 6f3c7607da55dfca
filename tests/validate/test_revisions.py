"""Revisions (new inputs from a date on) and blocks that ended early by a recorded decision.

Each session is judged by the inputs in force on its date: the latest revision starting on or
before it, else the program's ``inputs``. The fixture's sessions: bench press from 2027-01-18
(weeks[2] on), a warm-up static adductor stretch and a treadmill walk on phase-1 Mondays.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from optcoach.cli import app
from optcoach.model.program import Inputs, Program, Revision
from optcoach.validate import check_program
from tests.validate.conftest import FixtureCatalog, program_document
from tests.validate.editing import found, set_at

D = dt.date


def with_revisions(document: dict[str, Any], *revisions: tuple[str, dict[str, Any]]) -> Any:
    """Return ``document`` with revisions (start, changes to the fixture's inputs)."""
    listed = [
        {"start": start, "inputs": {**document["inputs"], **changes}, "reason": "test revision"}
        for start, changes in revisions
    ]
    return set_at(document, "revisions", listed)


def test_a_revision_repeating_the_inputs_changes_nothing(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    assert found(with_revisions(document, ("2027-01-25", {})), catalog) == []


def test_loads_are_judged_by_the_1rm_in_force_on_the_session_date(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    one_rep_max = {**document["inputs"]["one_rep_max_kg"], "bench_press": 90}
    edited = with_revisions(document, ("2027-01-25", {"one_rep_max_kg": one_rep_max}))
    bench = [
        "weeks[3].sessions[0].sections[3]",
        "weeks[3].sessions[1].sections[3]",
        "weeks[3].sessions[2].sections[3]",
        "weeks[4].sessions[1].sections[3]",
        "weeks[4].sessions[2].sections[2]",
        "weeks[5].sessions[1].sections[3]",
        "weeks[5].sessions[2].sections[2]",
    ]
    assert found(edited, catalog) == [("load.E001", f"{b}.items[0].load_kg") for b in bench]
    program = Program.model_validate(edited)
    first = check_program(program, catalog=catalog)[0]
    assert first.message == "60 kg; 75% of a 90 kg 1RM is 67.5 kg (tolerance 2.5 kg)"


def test_the_revision_takes_over_from_its_start_and_the_past_keeps_the_old_inputs(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    # The program's own inputs lose the corrective focus; a revision restores it from week 3.
    edited = set_at(document, "inputs.overactive", [])
    edited = with_revisions(
        edited, ("2027-01-18", {"overactive": document["inputs"]["overactive"]})
    )
    stretches = [f"weeks[{w}].sessions[{s}]" for w in (0, 1) for s in (0, 1, 2)]
    assert found(edited, catalog) == [
        ("flexibility.E002", f"{s}.sections[0].items[2].exercise_id") for s in stretches
    ]


def test_a_revision_dropping_the_focus_bars_later_warm_up_static_stretches(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = with_revisions(document, ("2027-02-01", {"overactive": []}))
    assert found(edited, catalog) == [
        ("flexibility.E002", "weeks[4].sessions[0].sections[0].items[2].exercise_id"),
        ("flexibility.E002", "weeks[5].sessions[0].sections[0].items[2].exercise_id"),
    ]


def test_heart_rate_zones_of_a_revision_apply_from_its_start(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    zones = [{**z, "high": 140} if z["zone"] == 1 else z for z in document["inputs"]["hr_zones"]]
    edited = with_revisions(document, ("2027-02-01", {"hr_zones": zones}))
    assert found(edited, catalog) == [
        ("cardio.E003", "weeks[4].sessions[0].sections[0].items[3].intensity"),
        ("cardio.E003", "weeks[5].sessions[0].sections[0].items[3].intensity"),
    ]
    program = Program.model_validate(edited)
    assert check_program(program, catalog=catalog)[0].message == (
        "zone 1 bounds None-145 bpm; revisions[0].inputs.hr_zones gives None-140"
    )


def test_findings_of_every_revision_must_be_flaggable(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    overactive = [*document["inputs"]["overactive"], "scalenes"]
    edited = with_revisions(document, ("2027-02-01", {"overactive": overactive}))
    assert found(edited, catalog) == [("inputs.E001", "revisions[0].inputs.overactive[2]")]


@pytest.mark.parametrize(
    ("starts", "expected"),
    [
        (["2027-01-04"], ["revisions[0].start"]),  # on the program start: edit inputs instead
        (["2027-02-15"], ["revisions[0].start"]),  # after the last day (2027-02-14)
        (["2027-02-14"], []),
        (["2027-02-01", "2027-01-25"], ["revisions[1].start"]),
        (["2027-01-25", "2027-01-25"], ["revisions[1].start"]),
    ],
)
def test_revisions_come_in_date_order_inside_the_horizon(
    document: dict[str, Any], catalog: FixtureCatalog, starts: list[str], expected: list[str]
) -> None:
    edited = with_revisions(document, *((start, {}) for start in starts))
    assert found(edited, catalog) == [("structure.E019", path) for path in expected]


def _cut_phase_2_block(document: dict[str, Any], ended_early: str | None) -> Any:
    """Return the fixture with its phase-2 block cut to one week; the undulating one starts then."""
    blocks = document["blocks"]
    cut = {**blocks[1], "end": "2027-01-24", "weeks": 1}
    if ended_early is not None:
        cut["ended_early"] = ended_early
    rest = {**blocks[2], "start": "2027-01-25", "weeks": 3}
    return set_at(document, "blocks", [blocks[0], cut, rest])


def test_a_block_cut_short_without_a_recorded_decision_is_reported(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    assert found(_cut_phase_2_block(document, None), catalog) == [
        ("structure.E008", "blocks[1].weeks")
    ]


def test_ended_early_needs_the_revision_its_decision_made(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = _cut_phase_2_block(document, "layoff: back to phase 1")
    assert found(edited, catalog) == [("structure.E020", "blocks[1].ended_early")]
    program = Program.model_validate(edited)
    assert check_program(program, catalog=catalog)[0].message == (
        "block ending 2027-01-24 says it ended early (layoff: back to phase 1) but no revision "
        "starts on 2027-01-25"
    )


def test_a_block_ended_early_by_a_recorded_decision_conforms(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = with_revisions(
        _cut_phase_2_block(document, "layoff: back to phase 1"), ("2027-01-25", {})
    )
    assert found(edited, catalog) == []


def test_ended_early_never_excuses_a_block_that_runs_long(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    blocks = document["blocks"]
    edited = set_at(document, "blocks[1].ended_early", "trainer override")
    edited = with_revisions(edited, ("2027-02-01", {}))
    assert found(set_at(edited, "blocks[1].weeks", 7), catalog) == [
        ("structure.E007", "blocks[1].end"),
        ("structure.E008", "blocks[1].weeks"),
        ("structure.E006", "blocks"),
    ]
    assert blocks[1]["weeks"] == 2  # the fixture itself is untouched


def test_an_empty_ended_early_or_reason_is_not_a_program() -> None:
    document = program_document()
    with pytest.raises(ValidationError, match="ended_early"):
        Program.model_validate(set_at(document, "blocks[1].ended_early", ""))
    with pytest.raises(ValidationError, match="reason"):
        Program.model_validate(
            set_at(document, "revisions", [{"start": "2027-01-25", "inputs": {}, "reason": ""}])
        )


def test_inputs_on_picks_the_latest_revision_started_by_then() -> None:
    program = Program.model_validate(program_document())
    first = Inputs(cardio_stage=2)
    second = Inputs(cardio_stage=3)
    same_day = Inputs(cardio_stage=4)
    revised = program.model_copy(
        update={
            "revisions": (
                Revision(start=D(2027, 2, 1), inputs=second, reason="b"),
                Revision(start=D(2027, 1, 18), inputs=first, reason="a"),
                Revision(start=D(2027, 2, 1), inputs=same_day, reason="c"),
            )
        }
    )
    assert revised.inputs_on(D(2027, 1, 17)) == program.inputs
    assert revised.inputs_on(D(2027, 1, 18)) == first
    assert revised.inputs_on(D(2027, 1, 31)) == first
    assert revised.inputs_on(D(2027, 2, 1)) == same_day  # of equal starts, the later listed
    assert [revised.revision_on(D(2027, d, 1)) for d in (1, 2)] == [None, 2]
    assert revised.latest_inputs == same_day
    assert program.latest_inputs == program.inputs
    assert program.revisions == ()


def test_the_program_schema_lists_revisions_and_ended_early() -> None:
    result = CliRunner().invoke(app, ["schema", "program"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    definitions = schema["$defs"]
    assert schema["properties"]["revisions"]["default"] == []
    assert "revisions" not in schema["required"]
    assert definitions["Revision"]["required"] == ["start", "inputs", "reason"]
    assert definitions["Block"]["properties"]["ended_early"]["default"] is None
    assert "ended_early" not in definitions["Block"]["required"]
