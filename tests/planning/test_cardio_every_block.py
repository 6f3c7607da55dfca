"""Goals that train cardio in every block keep the warm-up's cardio bout in every session."""

from __future__ import annotations

import pytest

from optcoach.model.program import Item, Program
from optcoach.model.tables import load_goals, load_ruleset
from optcoach.planning.program import build_context
from tests.planning.programs import sample_client, sample_program

EVERY_BLOCK = ("busy_home", "fat_loss", "general_fitness", "muscle_gain")


def _warm_up_cardio(program: Program) -> list[list[Item]]:
    return [
        [i for i in sec.items if i.form == "cardiorespiratory"]
        for w in program.weeks
        for s in w.sessions
        for sec in s.sections
        if sec.id == "warm_up"
    ]


@pytest.mark.parametrize("name", EVERY_BLOCK)
def test_every_session_keeps_one_warm_up_cardio_bout(name: str) -> None:
    client = sample_client(name)
    assert load_goals().routes[client.goal].cardio_every_block
    program = sample_program(name)
    ctx = build_context(client)
    minutes = load_ruleset(program.ruleset).cardio.warm_up_minutes.low
    bouts = _warm_up_cardio(program)
    assert len(bouts) == sum(len(w.sessions) for w in program.weeks)
    for items in bouts:
        assert len(items) == 1
        (item,) = items
        assert (item.optional, item.sets, item.duration_s) == (False, 1, minutes * 60)
        assert item.intensity == ctx.zone_intensity(1)
    cardio_ids = {i.exercise_id for items in bouts for i in items}
    for session in (s for w in program.weeks for s in w.sessions):
        cut = [t for t in session.trimmed if t.startswith("warm_up:")]
        assert not [t for t in cut if any(c in t for c in cardio_ids)]
        assert session.minutes_estimated <= client.session_minutes


def test_the_bout_is_at_zone_1_of_the_assessment_and_says_why() -> None:
    program = sample_program("fat_loss")
    item = _warm_up_cardio(program)[0][0]
    zone_1 = program.inputs.hr_zones[0]
    assert (item.exercise_id, item.intensity.hr_zone) == ("treadmill_walk", 1)
    assert (item.intensity.hr_low, item.intensity.hr_high) == (zone_1.low, zone_1.high)
    assert item.rationale == (
        "warm-up: 5 min of zone-1 cardio raises body temperature; kept in every session because "
        "a fat loss program trains cardio in every block"
    )


def test_the_30_minute_client_loses_other_optional_parts_first() -> None:
    program = sample_program("busy_home")
    first = program.weeks[0].sessions[0]
    assert first.trimmed[0] == "Cool-down: optional Brisk Walk left out for time"


def test_other_goals_keep_warm_up_cardio_optional() -> None:
    program = sample_program("max_strength")
    assert not load_goals().routes["max_strength"].cardio_every_block
    optional = {i.optional for items in _warm_up_cardio(program) for i in items}
    assert optional == {True}
