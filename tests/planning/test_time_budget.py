"""Time budget: minutes from sets x reps x tempo + rest + transitions; trimming by priority."""

from __future__ import annotations

from optcoach.model.program import Item
from optcoach.model.vocab import SectionId
from optcoach.planning.time_budget import Planned, fit_to_budget, item_seconds, session_minutes
from tests.planning.programs import sample_program


def _item(exercise_id: str, form: str = "resistance", **fields: object) -> Item:
    base: dict[str, object] = {"name": exercise_id.replace("_", " "), "level": "stabilization"}
    return Item.model_validate(
        {"exercise_id": exercise_id, "form": form, "rationale": "test"} | base | fields
    )


def test_item_seconds_count_tempo_rest_sides_and_one_transition() -> None:
    # 2 sets x (12 reps x 8 s + 60 s rest) + 20 s transition
    squat = _item("squat", sets=2, reps=12, tempo="4-2-1-1", rest_s=60)
    assert item_seconds(squat) == 2 * (12 * 8 + 60) + 20
    # per side doubles the work, not the rest: 1 x (2 x 30 s) + 20 s
    stretch = _item("stretch", form="flexibility", sets=1, duration_s=30, per_side=True)
    assert item_seconds(stretch) == 80
    # explosive parts count 0.5 s each; a hold ends each rep: 3 x (8 x (2 + 3)) + 20
    hop = _item("hop", form="balance", sets=3, reps=8, tempo="X-X-X-X", duration_s=3)
    assert item_seconds(hop) == 3 * 8 * 5 + 20
    # SAQ drills have no tempo: 6 s a rep
    drill = _item("drill", form="saq", sets=2, reps=3, rest_s=30)
    assert item_seconds(drill) == 2 * (18 + 30) + 20
    assert session_minutes([squat, stretch, hop, drill]) == 12  # 668 s, rounded up


def _planned(
    item: Item,
    *,
    min_sets: int = 1,
    min_rest_s: int = 0,
    droppable: bool = False,
    group: str | None = None,
) -> Planned:
    return Planned(
        item=item, min_sets=min_sets, min_rest_s=min_rest_s, droppable=droppable, group=group
    )


def _session() -> list[tuple[SectionId, list[Planned]]]:
    walk = _item("walk", form="cardiorespiratory", sets=1, duration_s=300, optional=True)
    return [
        (
            "warm_up",
            [_planned(_item("roll", form="flexibility", sets=1, duration_s=30)), _planned(walk)],
        ),
        (
            "activation",
            [_planned(_item("plank", form="core", sets=2, duration_s=30, rest_s=60), min_rest_s=0)],
        ),
        (
            "skill_development",
            [_planned(_item("jump", form="plyometric", sets=2, reps=5, tempo="X-X-X-X"))],
        ),
        (
            "resistance",
            [
                _planned(
                    _item("squat", sets=3, reps=12, tempo="4-2-1-1", rest_s=90),
                    min_sets=1,
                    min_rest_s=0,
                    group="legs",
                ),
                _planned(
                    _item("press", sets=3, reps=12, tempo="4-2-1-1", rest_s=90),
                    min_sets=1,
                    min_rest_s=0,
                    droppable=True,
                    group="chest",
                ),
            ],
        ),
        ("clients_choice", [_planned(_item("curl", sets=2, reps=12, tempo="2-0-2-0"))]),
        ("cool_down", [_planned(_item("stretch", form="flexibility", sets=1, duration_s=30))]),
    ]


def test_a_roomy_budget_trims_nothing() -> None:
    fitted = fit_to_budget(_session(), 60)
    assert (fitted.minutes, fitted.trimmed) == (33, ())  # 1932 s


def test_trimming_follows_the_template_priorities_and_stops_once_it_fits() -> None:
    fitted = fit_to_budget(_session(), 15)
    assert fitted.trimmed == (
        "clients_choice: left out for time (curl)",
        "skill_development: left out for time (jump)",
        "warm_up: optional walk left out for time",
        "activation: rest shortened to the minimum",
        "resistance: rest shortened to the minimum",
    )
    assert fitted.minutes == 14
    kept = {sid: [i.exercise_id for i in items] for sid, items in fitted.sections}
    assert kept == {
        "warm_up": ["roll"],
        "activation": ["plank"],
        "skill_development": [],
        "resistance": ["squat", "press"],
        "clients_choice": [],
        "cool_down": ["stretch"],
    }


def test_trimming_never_goes_below_the_minimums() -> None:
    fitted = fit_to_budget(_session(), 1)
    kept = {
        sid: [(i.exercise_id, i.sets, i.rest_s) for i in items] for sid, items in fitted.sections
    }
    assert kept["resistance"] == [("squat", 1, 0)]
    assert kept["activation"] == [("plank", 1, 0)]
    assert fitted.trimmed[-4:] == (
        "activation: one set fewer",
        "resistance: one set fewer",
        "resistance: one set fewer",
        "resistance: press left out for time",
    )
    assert fitted.minutes == 5  # still over a 1-minute budget: the caller warns


def test_the_busy_client_s_sessions_fit_30_minutes_and_say_what_was_trimmed() -> None:
    program = sample_program("busy_home")
    sessions = [s for week in program.weeks for s in week.sessions]
    assert max(s.minutes_estimated for s in sessions) <= 30
    first = program.weeks[0].sessions[0]
    assert first.minutes_estimated == 29
    assert first.trimmed == (
        "cool_down: optional outdoor_walk left out for time",
        "warm_up: optional outdoor_walk left out for time",
        "activation: rest shortened to the minimum",
        "resistance: rest shortened to the minimum",
        "cool_down: static_adductor_stretch left out for time",
        "cool_down: smr_adductors left out for time",
        "warm_up: static_adductor_stretch left out for time",
    )
    assert [w.code for w in program.warnings] == [
        "plan.fallback.3",
        "plan.trimmed.1.total_body",
        "plan.trimmed.2.total_body",
        "plan.no_1rm",
    ]
