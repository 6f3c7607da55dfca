"""Whole programs: goal routes, weekly spacing, sections, inputs, determinism, validity."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from optcoach.catalog import load_catalog
from optcoach.model.program import Program, Session
from optcoach.model.tables import load_template
from optcoach.model.vocab import GOALS, SECTION_IDS, Goal
from optcoach.planning import PlanningError, build_program
from optcoach.planning.program import build_context
from optcoach.validate import check_program
from tests.planning.programs import SAMPLE_NAMES, sample_client, sample_program

GOAL_SAMPLE: dict[Goal, str] = {
    "fat_loss": "fat_loss",
    "muscle_gain": "muscle_gain",
    "general_fitness": "general_fitness",
    "max_strength": "max_strength",
    "sports_performance": "sports_performance",
}


def _phases(program: Program) -> set[int]:
    return {p for block in program.blocks for p in block.phases}


def test_every_goal_has_a_sample() -> None:
    assert sorted(GOAL_SAMPLE) == sorted(GOALS)


@pytest.mark.parametrize("ruleset", ["cpt7", "cpt6"])
def test_goal_routes_hold_in_whole_programs(ruleset: str) -> None:
    used = {
        goal: _phases(sample_program(name, ruleset))  # type: ignore[arg-type]
        for goal, name in GOAL_SAMPLE.items()
    }
    assert used == {
        "fat_loss": {1, 2, 3},
        "muscle_gain": {1, 2, 3, 4},
        "general_fitness": {1, 2},
        "max_strength": {1, 2, 3, 4},
        "sports_performance": {1, 2, 5},
    }


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_blocks_and_weeks_cover_the_horizon(name: str) -> None:
    program = sample_program(name)
    assert sum(b.weeks for b in program.blocks) == program.horizon_weeks == 52
    assert [w.index for w in program.weeks] == list(range(1, 53))
    assert program.blocks[0].start == program.start
    for before, after in itertools.pairwise(program.blocks):
        assert after.start == before.end + dt.timedelta(days=1)


def _body_parts(session: Session) -> set[str]:
    catalog = load_catalog()
    parts: set[str] = set()
    for section in session.sections:
        if section.id == "resistance":
            for item in section.items:
                parts |= set(catalog.get(item.exercise_id).body_parts)
    return parts - {"core"}


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_no_body_part_trains_on_consecutive_days(name: str) -> None:
    program = sample_program(name)
    client = sample_client(name)
    sessions = [s for week in program.weeks for s in week.sessions]
    for before, after in itertools.pairwise(sessions):
        assert after.date > before.date
        if after.date - before.date == dt.timedelta(days=1):
            overlap = _body_parts(before) & _body_parts(after)
            assert "total_body" not in overlap and not overlap, (before.date, overlap)
    for week in program.weeks:
        assert len(week.sessions) <= client.days_per_week
        if client.weekdays is not None:
            assert {s.weekday for s in week.sessions} <= set(client.weekdays)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sessions_hold_the_template_sections_in_order_with_rationales(name: str) -> None:
    required = [s.id for s in load_template().sections if s.required]
    for week in sample_program(name).weeks:
        for session in week.sessions:
            ids = [s.id for s in session.sections]
            assert ids == [s for s in SECTION_IDS if s in ids]
            assert set(required) <= set(ids)
            assert session.minutes_estimated <= session.minutes_budget
            for section in session.sections:
                assert section.items
                assert all(item.rationale for item in section.items)


def test_inputs_record_what_the_plan_was_computed_from() -> None:
    inputs = sample_program("fat_loss").inputs
    assert inputs.one_rep_max_kg == {"dumbbell_chest_press": 16.0}
    assert inputs.overactive == (
        "adductor_complex",
        "external_obliques",
        "gastrocnemius",
        "hip_flexor_complex",
        "rectus_abdominis",
        "soleus",
        "tensor_fasciae_latae",
    )
    assert inputs.underactive == (
        "anterior_tibialis",
        "gluteus_maximus",
        "gluteus_medius",
        "hamstring_complex",
        "lumbar_extensors",
        "posterior_tibialis",
    )
    assert (inputs.hr_max, inputs.zones_estimated, inputs.start_phase, inputs.cardio_stage) == (
        180,
        True,
        1,
        1,
    )
    assert [(z.zone, z.low, z.high) for z in inputs.hr_zones] == [
        (1, None, 136),
        (2, 137, 147),
        (3, 148, 157),
        (4, 158, 180),
    ]


def test_warm_up_static_stretches_follow_the_overactive_muscles() -> None:
    program = sample_program("fat_loss")
    overactive = set(program.inputs.overactive)
    warm_up = program.weeks[0].sessions[0].sections[0]
    static = [i for i in warm_up.items if i.technique == "static"]
    assert static and all(set(i.targets) <= overactive for i in static)


def test_the_same_client_gives_the_same_json() -> None:
    client = sample_client("sports_performance")
    first = build_program(client).model_dump_json(by_alias=True)
    second = build_program(client).model_dump_json(by_alias=True)
    assert first == second


def test_weeks_below_one_raise_a_planning_error_naming_the_field() -> None:
    with pytest.raises(PlanningError, match="weeks: must be at least 1"):
        build_program(sample_client("fat_loss"), weeks=0)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_programs_pass_the_validator(name: str) -> None:
    assert check_program(sample_program(name), client=sample_client(name)) == []


def test_cardio_is_capped_at_the_population_heart_rate_ceiling() -> None:
    program = sample_program("general_fitness")  # hypertension: 40-85% of HRmax, HRmax 161
    assert [(z.zone, z.low, z.high) for z in program.inputs.hr_zones] == [
        (1, 105, 121),
        (2, 122, 136),
        (3, 136, 136),
    ]
    assert "plan.hr_ceiling" in {w.code for w in program.warnings}
    ctx = build_context(sample_client("general_fitness"))
    assert ctx.zone_intensity(3).model_dump(exclude_defaults=True) == {
        "hr_zone": 3,
        "hr_low": 136,
        "hr_high": 136,
    }


def test_a_heart_rate_altering_drug_gets_rpe_and_the_talk_test() -> None:
    client = sample_client("fat_loss").model_copy(update={"medications": ("verapamil 120 mg",)})
    ctx = build_context(client)
    assert ctx.zone_intensity(1).model_dump(exclude_defaults=True) == {
        "hr_zone": 1,
        "rpe": "3-4/10",
        "talk_test": True,
    }
    program = build_program(client, weeks=4)
    assert (program.inputs.hr_max, program.inputs.hr_zones) == (None, ())
    assert "plan.cardio_by_rpe" in {w.code for w in program.warnings}


def test_favourites_fill_the_clients_choice_when_they_fit() -> None:
    program = sample_program("max_strength")
    chosen = {
        (session.phases[0], tuple(i.exercise_id for i in section.items))
        for week in program.weeks
        for session in week.sessions
        for section in session.sections
        if section.id == "clients_choice"
    }
    # phase 4 sessions are full, so the optional section is trimmed there
    assert chosen == {
        (1, ("pallof_press",)),
        (2, ("dumbbell_lateral_raise",)),
        (3, ("dumbbell_lateral_raise",)),
    }
    warnings = {w.code: w.message for w in sample_program("sports_performance").warnings}
    assert warnings["plan.favourite.cone_5_10_5"] == (
        "favourite 'cone_5_10_5' fits no session of this plan (its levels or training form do "
        "not match the client's-choice section of any phase used)"
    )
