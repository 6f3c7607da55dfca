"""Cardio safety: the population's %HRmax ceiling, RPE on heart-rate drugs, the cardio stage cap.

The fixture's two phase-1 weeks hold one warm-up treadmill walk per session (zone 1 up to
145 bpm; HRmax 187). Pregnancy caps heart rate at 70% (130 bpm) and cardio at stage 2;
hypertension at 85% (158 bpm) and stage 2; metoprolol (a beta-blocker) asks for RPE / talk test.
"""

from __future__ import annotations

from typing import Any

from optcoach.model.program import Program
from optcoach.validate import check_program
from tests.validate.conftest import CLIENT, FixtureCatalog
from tests.validate.editing import set_at
from tests.validate.test_safety import (
    HYPERTENSIVE,
    PREGNANCY_CEILING,
    PREGNANT,
    _issues,
    _trimmed,
    _with_limited_tempos,
    capped_heart_rates,
)

WALKS = [f"weeks[{w}].sessions[{s}].sections[0].items[3]" for w in (0, 1) for s in (0, 1, 2)]
ON_METOPROLOL = {**CLIENT, "medications": ["metoprolol 50 mg"]}


def _with_walk_intensity(document: dict[str, Any], intensity: dict[str, Any]) -> dict[str, Any]:
    for walk in WALKS:
        document = set_at(document, f"{walk}.intensity", intensity)
    return document


def _pregnant_uncapped() -> dict[str, Any]:
    document = _trimmed(2, PREGNANT)
    document["inputs"]["hr_zones"] = _trimmed(2, CLIENT)["inputs"]["hr_zones"]
    return _with_walk_intensity(document, {"hr_zone": 1, "hr_high": 145})


def test_heart_rates_above_the_population_ceiling_are_reported(catalog: FixtureCatalog) -> None:
    document = _pregnant_uncapped()
    assert _issues(document, catalog) == [
        ("safety.E011", f"{walk}.intensity.hr_high") for walk in WALKS
    ]
    issue = check_program(Program.model_validate(document), catalog=catalog)[0]
    assert issue.message.startswith(
        "treadmill_walk reaches 145 bpm; 70% of the 187 bpm HRmax is 130 bpm: rule "
        "pregnancy.heart_rate (pregnancy: "
    )


def test_a_zone_named_without_bounds_is_judged_by_the_inputs_zone_table(
    catalog: FixtureCatalog,
) -> None:
    # Zone 2 runs 145-154 bpm in the uncapped table; the walk gives the zone only.
    document = _pregnant_uncapped()
    document = set_at(document, "inputs.cardio_stage", 2)
    document = set_at(document, f"{WALKS[0]}.intensity", {"hr_zone": 2})
    assert _issues(document, catalog)[0] == ("safety.E011", f"{WALKS[0]}.intensity.hr_zone")


def test_heart_rates_at_the_ceiling_conform(catalog: FixtureCatalog) -> None:
    document = capped_heart_rates(_pregnant_uncapped(), PREGNANCY_CEILING)
    assert _issues(document, catalog) == []
    over = set_at(document, f"{WALKS[2]}.intensity.hr_high", PREGNANCY_CEILING + 1)
    # One beat over the ceiling breaks the rule and no longer matches the zone table.
    assert _issues(over, catalog) == [
        ("cardio.E003", f"{WALKS[2]}.intensity"),
        ("safety.E011", f"{WALKS[2]}.intensity.hr_high"),
    ]


def test_heart_rate_drugs_bar_bpm_targets_and_ask_for_rpe(catalog: FixtureCatalog) -> None:
    document = _trimmed(2, ON_METOPROLOL)
    expected = []
    for walk in WALKS:
        expected += [
            ("safety.E012", f"{walk}.intensity"),
            ("safety.E013", f"{walk}.intensity"),
        ]
    assert _issues(document, catalog) == expected
    issues = check_program(Program.model_validate(document), catalog=catalog)
    assert issues[0].message.startswith(
        "treadmill_walk has a heart-rate target (None-145 bpm) but the client's medication "
        "alters heart rate: rule beta_blockers.rpe (beta_blockers: "
    )


def test_rpe_and_the_talk_test_conform_on_heart_rate_drugs(catalog: FixtureCatalog) -> None:
    by_effort = {"hr_zone": 1, "rpe": "3/10", "talk_test": True}
    document = _with_walk_intensity(_trimmed(2, ON_METOPROLOL), by_effort)
    assert _issues(document, catalog) == []
    talk_only = _with_walk_intensity(document, {"hr_zone": 1, "talk_test": True})
    assert _issues(talk_only, catalog) == []
    with_bpm = _with_walk_intensity(document, {**by_effort, "hr_high": 145})
    assert _issues(with_bpm, catalog) == [("safety.E012", f"{w}.intensity") for w in WALKS]


def test_the_ceiling_does_not_apply_on_heart_rate_drugs(catalog: FixtureCatalog) -> None:
    client = {**PREGNANT, "medications": ["metoprolol 50 mg"]}
    document = _with_walk_intensity(
        _trimmed(2, client), {"hr_zone": 1, "rpe": "3/10", "talk_test": True}
    )
    assert _issues(document, catalog) == []


def test_a_cardio_stage_above_the_cap_is_reported(catalog: FixtureCatalog) -> None:
    document = _with_limited_tempos(_trimmed(2, HYPERTENSIVE))
    assert _issues(document, catalog) == []
    staged = set_at(document, "inputs.cardio_stage", 3)
    assert _issues(staged, catalog) == [("safety.E015", "inputs.cardio_stage")]
    revised = set_at(
        document,
        "revisions",
        [{"start": "2027-01-11", "inputs": staged["inputs"], "reason": "stage up"}],
    )
    assert _issues(revised, catalog) == [("safety.E015", "revisions[0].inputs.cardio_stage")]
    issue = check_program(Program.model_validate(revised), catalog=catalog)[0]
    assert issue.message.startswith(
        "cardio stage 3; at most stage 2: rule hypertension.cardio_stage (hypertension: "
    )


def test_a_zone_of_a_stage_above_the_cap_is_reported(catalog: FixtureCatalog) -> None:
    document = _with_limited_tempos(_trimmed(2, HYPERTENSIVE))
    edited = set_at(
        document, f"{WALKS[0]}.intensity", {"hr_zone": 3, "hr_low": 155, "hr_high": 158}
    )
    assert _issues(edited, catalog) == [
        ("cardio.E001", f"{WALKS[0]}.intensity.hr_zone"),
        ("cardio.E003", f"{WALKS[0]}.intensity"),
        ("safety.E014", f"{WALKS[0]}.intensity.hr_zone"),
    ]
    # Zone 3's listed top (164 bpm) is above hypertension's 158 bpm ceiling as well.
    bare = set_at(document, f"{WALKS[0]}.intensity", {"hr_zone": 3})
    assert _issues(bare, catalog) == [
        ("cardio.E001", f"{WALKS[0]}.intensity.hr_zone"),
        ("safety.E011", f"{WALKS[0]}.intensity.hr_zone"),
        ("safety.E014", f"{WALKS[0]}.intensity.hr_zone"),
    ]


def test_without_a_population_nothing_caps_cardio(catalog: FixtureCatalog) -> None:
    document = _trimmed(2, CLIENT)
    staged = set_at(document, "inputs.cardio_stage", 5)
    # Stage 5 is legal for this client; the warm-up walk still fits it (zone 1).
    assert _issues(staged, catalog) == []
