"""The corrective plan over the packaged catalog: every compensation row is fully served."""

from __future__ import annotations

import pytest

from optcoach.assessment.corrective import build_corrective_plan, is_integrated
from optcoach.assessment.movement import build_finding, summarize
from optcoach.catalog import load_catalog
from optcoach.model.compensations import load_compensations
from optcoach.model.corrective import load_corrective
from optcoach.model.norms import load_norms
from optcoach.model.vocab import EQUIPMENT

ROWS = [
    pytest.param(ruleset, row.test, row.compensation, id=f"{ruleset}-{row.test}-{row.compensation}")
    for ruleset in ("cpt7", "cpt6")
    for row in load_compensations(ruleset)
]


@pytest.mark.parametrize(("ruleset", "test", "compensation"), ROWS)
def test_every_row_gets_a_complete_plan(ruleset: str, test: str, compensation: str) -> None:
    finding = build_finding(ruleset, test, compensation, "left")  # type: ignore[arg-type]
    summary = summarize((finding,))
    plan = build_corrective_plan(
        summary,
        ruleset,
        load_catalog(),
        equipment=frozenset(EQUIPMENT),  # type: ignore[arg-type]
    )
    assert plan.warnings == ()
    for step, flagged in (
        ("inhibit", summary.overactive),
        ("lengthen", summary.overactive),
        ("activate", summary.underactive),
    ):
        served = [m for item in plan.step(step) for m in item.targets]  # type: ignore[arg-type]
        assert sorted(served) == sorted(flagged), step
    assert len(plan.integrate) == 1
    catalog = load_catalog()
    integrate_ids = load_corrective().integrate_preferred
    activate = [catalog.get(item.exercise_id) for item in plan.activate]
    assert [e.id for e in activate if is_integrated(e, integrate_ids) or not e.corrective] == []
    assert [is_integrated(catalog.get(i.exercise_id), integrate_ids) for i in plan.integrate] == [
        True
    ]


def test_activate_holds_isolated_work_and_integrated_movements_go_to_integrate() -> None:
    summary = summarize((build_finding("cpt7", "single_leg_squat", "inward_trunk_rotation"),))
    plan = build_corrective_plan(summary, "cpt7", load_catalog(), equipment=frozenset(EQUIPMENT))
    assert [(i.exercise_id, i.targets) for i in plan.activate] == [
        ("prone_ball_hip_extension", ("gluteus_maximus",)),
        ("clamshell", ("gluteus_medius",)),
    ]
    assert [i.exercise_id for i in plan.integrate] == ["ball_wall_squat_to_overhead_press"]
    knees = summarize((build_finding("cpt7", "ohsa", "knees_move_inward"),))
    plan = build_corrective_plan(knees, "cpt7", load_catalog(), equipment=frozenset(EQUIPMENT))
    assert [i.exercise_id for i in plan.activate] == [
        "heel_walk",
        "prone_ball_hip_extension",
        "clamshell",
        "resisted_ankle_inversion",
    ]


def test_knees_move_inward_with_the_packaged_catalog() -> None:
    summary = summarize((build_finding("cpt7", "ohsa", "knees_move_inward"),))
    plan = build_corrective_plan(summary, "cpt7", load_catalog(), equipment=frozenset(EQUIPMENT))
    catalog = load_catalog()
    for item in plan.inhibit:
        assert catalog.get(item.exercise_id).technique == "smr"
    for item in plan.lengthen:
        assert catalog.get(item.exercise_id).technique == "static"
    assert sorted(m for i in plan.inhibit for m in i.targets) == [
        "adductor_complex",
        "tensor_fasciae_latae",
    ]
    assert sorted(m for i in plan.activate for m in i.targets) == [
        "anterior_tibialis",
        "gluteus_maximus",
        "gluteus_medius",
        "posterior_tibialis",
    ]
    assert [i.exercise_id for i in plan.integrate] == ["ball_wall_squat_to_overhead_press"]


def test_data_ids_exist_in_the_catalog() -> None:
    catalog = load_catalog()
    assert [i for i in load_corrective().integrate_preferred if i not in catalog] == []
    assert [i for i in load_norms().strength_test.exercise_ids.values() if i not in catalog] == []
