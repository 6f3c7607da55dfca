"""Special populations: excluded tags, %1RM ceilings, reps/sets, tempo limits, phases, frequency."""

from __future__ import annotations

import copy
import json
from typing import Any

from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.validate import check_program
from tests.validate.conftest import CLIENT, FixtureCatalog, program_document
from tests.validate.editing import get_at, set_at

PREGNANT = {**CLIENT, "sex": "female", "conditions": [{"id": "pregnancy", "weeks": 20}]}
HYPERTENSIVE = {**CLIENT, "conditions": ["hypertension"]}
LIMITED_TEMPOS = {"4-2-1-1": "4-1-1-1", "2-0-2-0": "2-0-1-0"}


def _trimmed(weeks: int, client: dict[str, Any]) -> dict[str, Any]:
    """Return the fixture cut to its first ``weeks`` weeks (2: phase 1; 4: phases 1 and 2).

    For a pregnant client the heart rates are capped at 70% of the fixture's 187 bpm HRmax
    (130 bpm), as the planner does.
    """
    document = copy.deepcopy(program_document())
    document["horizon_weeks"] = weeks
    document["blocks"] = document["blocks"][: weeks // 2]
    document["weeks"] = document["weeks"][:weeks]
    document["client"] = client
    if client is PREGNANT:
        document = capped_heart_rates(document, PREGNANCY_CEILING)
    return document


PREGNANCY_CEILING = 130  # floor(187 x 70 / 100)


def capped_heart_rates(document: dict[str, Any], ceiling: int) -> dict[str, Any]:
    """Return ``document`` with every zone bound and cardio hr_high capped at ``ceiling``."""
    edited = copy.deepcopy(document)
    for zone in edited["inputs"]["hr_zones"]:
        zone["high"] = ceiling if zone["high"] is None else min(zone["high"], ceiling)
        if zone["low"] is not None:
            zone["low"] = min(zone["low"], zone["high"])
    for week in edited["weeks"]:
        for session in week["sessions"]:
            for section in session["sections"]:
                for item in section["items"]:
                    intensity = item.get("intensity") or {}
                    if intensity.get("hr_high") is not None:
                        intensity["hr_high"] = min(intensity["hr_high"], ceiling)
    return edited


def _with_limited_tempos(document: dict[str, Any]) -> dict[str, Any]:
    text = json.dumps(document)
    for table, limited in LIMITED_TEMPOS.items():
        text = text.replace(f'"{table}"', f'"{limited}"')
    edited: dict[str, Any] = json.loads(text)
    return edited


def _issues(document: dict[str, Any], catalog: FixtureCatalog) -> list[tuple[str, str]]:
    program = Program.model_validate(document)
    return [(i.code, i.path) for i in check_program(program, catalog=catalog)]


def test_a_pregnant_clients_phase_1_program_conforms(catalog: FixtureCatalog) -> None:
    assert _issues(_trimmed(2, PREGNANT), catalog) == []


def test_it_reports_a_supine_exercise_for_a_pregnant_client(catalog: FixtureCatalog) -> None:
    path = "weeks[0].sessions[0].sections[1].items[0]"
    document = _trimmed(2, PREGNANT)
    bridge = {**get_at(document, path), "exercise_id": "floor_bridge", "name": "Floor Bridge"}
    program = Program.model_validate(set_at(document, path, bridge))
    issues = check_program(program, catalog=catalog)
    assert [(i.code, i.path) for i in issues] == [("safety.E001", f"{path}.exercise_id")]
    assert issues[0].message.startswith(
        "floor_bridge is excluded by tag supine: rule pregnancy.no_supine_prone (pregnancy: "
    )


def test_it_reports_reps_outside_the_pregnancy_range(catalog: FixtureCatalog) -> None:
    path = "weeks[0].sessions[0].sections[2].items[0].reps"
    document = set_at(_trimmed(2, PREGNANT), path, 18)
    assert _issues(document, catalog) == [("safety.E006", path)]


def test_it_reports_phase_5_for_a_pregnant_client(catalog: FixtureCatalog) -> None:
    document = set_at(program_document(), "client", PREGNANT)
    found = [issue for issue in _issues(document, catalog) if issue[0] == "safety.E009"]
    assert found == [("safety.E009", "blocks[2].phases")]


def test_a_hypertensive_client_needs_short_holds(catalog: FixtureCatalog) -> None:
    document = _trimmed(2, HYPERTENSIVE)
    assert _issues(_with_limited_tempos(document), catalog) == []
    path = "weeks[0].sessions[0].sections[2].items[0].tempo"
    edited = set_at(_with_limited_tempos(document), path, "4-2-1-1")
    program = Program.model_validate(edited)
    [issue] = check_program(program, catalog=catalog)
    assert (issue.code, issue.path) == ("safety.E008", path)
    assert "rule hypertension.isometric" in issue.message


def test_it_reports_an_intensity_above_the_hypertension_ceiling(catalog: FixtureCatalog) -> None:
    document = _with_limited_tempos(_trimmed(4, HYPERTENSIVE))
    bench = "weeks[2].sessions[0].sections[3].items[0]"
    assert _issues(document, catalog) == []
    edited = set_at(document, f"{bench}.intensity", {"percent_1rm": 78})
    edited = set_at(edited, f"{bench}.load_kg", 62.5)
    program = Program.model_validate(edited)
    [issue] = check_program(program, catalog=catalog)
    assert (issue.code, issue.path) == ("safety.E004", f"{bench}.intensity.percent_1rm")
    assert issue.message.startswith("78% 1RM is above 75%: rule hypertension.percent_1rm")


def test_it_reports_more_weekly_sessions_than_hypertension_allows(
    catalog: FixtureCatalog,
) -> None:
    client = {**HYPERTENSIVE, "days_per_week": 4, "weekdays": ["mon", "tue", "wed", "fri"]}
    document = _with_limited_tempos(_trimmed(2, client))
    monday = get_at(document, "weeks[0].sessions[0]")
    curl = get_at(document, "weeks[0].sessions[0].sections[3].items[0]")
    sections = [
        {**section, "items": [curl]} if section["id"] == "resistance" else section
        for section in monday["sections"]
        if section["id"] != "clients_choice"
    ]
    tuesday = {**monday, "date": "2027-01-05", "weekday": "tue", "sections": sections}
    sessions = get_at(document, "weeks[0].sessions")
    edited = set_at(document, "weeks[0].sessions", [sessions[0], tuesday, *sessions[1:]])
    program = Program.model_validate(edited)
    issues = check_program(program, catalog=catalog, client=Client.model_validate(client))
    assert [(i.code, i.path) for i in issues if i.code != "time.E003"] == [
        ("safety.E010", "weeks[0].sessions")
    ]
