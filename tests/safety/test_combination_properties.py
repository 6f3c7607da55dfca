"""Property: any set of populations combines to the strictest of each kind of its members."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from optcoach.model.tables import IntRange
from optcoach.safety import POPULATIONS, Constraints, Membership, build_constraints


@st.composite
def memberships(draw: st.DrawFn) -> tuple[Membership, ...]:
    chosen = draw(st.sets(st.sampled_from(POPULATIONS), min_size=1, max_size=5))
    members = []
    for population in sorted(chosen, key=POPULATIONS.index):
        weeks = (
            draw(st.none() | st.integers(0, 42))
            if population in ("pregnancy", "postpartum")
            else None
        )
        members.append(
            Membership(
                population=population,
                reason="property test",
                weeks=weeks,
                controlled=draw(st.booleans()),
            )
        )
    return tuple(members)


def _within(inner: IntRange | None, outer: IntRange | None) -> bool:
    if outer is None:
        return True
    return inner is not None and outer.low <= inner.low and inner.high <= outer.high


@settings(derandomize=True, max_examples=150, deadline=None)
@given(members=memberships(), cleared=st.booleans())
def test_combination_is_at_least_as_strict_as_each_member(
    members: tuple[Membership, ...], cleared: bool
) -> None:
    combined = build_constraints(members, cleared=cleared)
    # Each member judged alone; only rules that name a partner population can differ.
    alone: list[Constraints] = [build_constraints((m,), cleared=cleared) for m in members]
    assert combined.populations == tuple(m.population for m in members)
    assert combined.excluded_tags == frozenset().union(*(c.excluded_tags for c in alone))
    assert combined.smr_allowed is all(c.smr_allowed for c in alone)
    assert combined.use_rpe is any(c.use_rpe for c in alone)
    assert set(combined.allowed_phases) <= set.intersection(*(set(c.allowed_phases) for c in alone))
    assert combined.allowed_phases[0] == 1
    assert combined.max_phase == max(combined.allowed_phases)
    ceilings = [c.percent_1rm_max for c in alone if c.percent_1rm_max is not None]
    assert combined.percent_1rm_max == (min(ceilings) if ceilings else None)
    stages = [c.cardio_stage_max for c in alone if c.cardio_stage_max is not None]
    assert combined.cardio_stage_max == (min(stages) if stages else None)
    frequencies = [c.frequency_max for c in alone if c.frequency_max is not None]
    assert combined.frequency_max == (min(frequencies) if frequencies else None)
    if not any(
        note.split(":")[0] in ("reps", "sets", "hr_percent_max") for note in combined.resolutions
    ):
        for c in alone:
            assert _within(combined.reps, c.reps)
            assert _within(combined.sets, c.sets)
            assert _within(combined.hr_percent_max, c.hr_percent_max)
    assert set(combined.rules) == set().union(*(set(c.rules) for c in alone)) | {
        rule for rule in combined.rules if rule.when.with_population is not None
    }
