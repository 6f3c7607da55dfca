"""Programs built for special populations obey their constraints.

For every population and goal the planner's program is checked directly against the client's
``Constraints`` (the catalog supplies each item's tags and pattern), and the validator is asked
as an independent oracle for safety issues. A property test does the same over random sets of
conditions, ages, medication and injuries.
"""

from __future__ import annotations

import math
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from types import FrameType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from optcoach.catalog import Catalog, load_catalog
from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.model.tables import load_ruleset
from optcoach.model.vocab import CONDITIONS, EQUIPMENT, GOALS
from optcoach.planning import build_program
from optcoach.safety import POPULATIONS, ClearanceRequired, Constraints, constraints_for
from optcoach.validate import check_program
from tests.safety.clients import CLEARANCE, NO, client_in, make_client

FULL_GYM = list(EQUIPMENT)
WEEKS = 20  # long enough to reach phase 4 (max strength) and the phase-5 blocks (sports)
BUILD_CPU_SECONDS = 3  # a program builds in well under a second of CPU; more means a loop


class PlanTimeout(Exception):
    """build_program used more than BUILD_CPU_SECONDS of CPU time."""


@contextmanager
def cpu_limit(seconds: float) -> Iterator[None]:
    """Raise PlanTimeout inside the block once it has used ``seconds`` of CPU time."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise PlanTimeout(f"build_program used more than {seconds} s of CPU")

    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


@cache
def catalog() -> Catalog:
    return load_catalog()


def safety_breaches(program: Program, constraints: Constraints) -> list[str]:
    """Return every place the program breaks a constraint, as "path: what" lines."""
    found: list[str] = []
    tables = load_ruleset(program.ruleset)
    allowed_zones = {
        zone
        for stage in tables.cardio.stages
        if constraints.cardio_stage_max is None or stage.stage <= constraints.cardio_stage_max
        for zone in stage.zones
    }
    hr_ceiling = (
        math.floor(program.inputs.hr_max * constraints.hr_percent_max.high / 100)
        if constraints.hr_percent_max is not None and program.inputs.hr_max is not None
        else None
    )
    for b, block in enumerate(program.blocks):
        for phase in block.phases:
            if phase not in constraints.allowed_phases:
                found.append(f"blocks[{b}]: phase {phase} not in {constraints.allowed_phases}")
    if (
        constraints.start_phase is not None
        and program.blocks[0].phases[0] > constraints.start_phase
    ):
        found.append(f"blocks[0]: starts in phase {program.blocks[0].phases[0]}")
    for w, week in enumerate(program.weeks):
        if constraints.frequency_max is not None and len(week.sessions) > constraints.frequency_max:
            found.append(f"weeks[{w}]: {len(week.sessions)} sessions")
        for s, session in enumerate(week.sessions):
            for section in session.sections:
                for i, item in enumerate(section.items):
                    path = f"weeks[{w}].sessions[{s}].{section.id}[{i}] {item.exercise_id}"
                    found += _item_breaches(path, item, constraints, hr_ceiling, allowed_zones)
    return found


def _item_breaches(
    path: str, item: Any, c: Constraints, hr_ceiling: int | None, zones: set[int]
) -> list[str]:
    found: list[str] = []
    exercise = catalog().get(item.exercise_id)
    if not c.allows(exercise):
        found.append(f"{path}: excluded by {[r.id for r in c.excluding_rules(exercise)]}")
    if item.tempo is not None and c.tempo_rules_broken(item.tempo):
        found.append(f"{path}: tempo {item.tempo}")
    if item.form == "resistance":
        percent = item.intensity.percent_1rm
        if percent is not None and c.percent_1rm_max is not None and percent > c.percent_1rm_max:
            found.append(f"{path}: {percent}% 1RM")
        if percent is not None and c.percent_1rm_min is not None and percent < c.percent_1rm_min:
            found.append(f"{path}: {percent}% 1RM")
        if c.reps is not None and item.reps is not None and item.reps not in c.reps:
            found.append(f"{path}: reps {item.reps}")
        if c.sets is not None and item.sets not in c.sets:
            found.append(f"{path}: sets {item.sets}")
    if item.form == "cardiorespiratory":
        intensity = item.intensity
        if c.use_rpe and (intensity.hr_low is not None or intensity.hr_high is not None):
            found.append(f"{path}: HR target on beta-blockers")
        if c.use_rpe and intensity.rpe is None and not intensity.talk_test:
            found.append(f"{path}: neither RPE nor talk test on beta-blockers")
        if not c.use_rpe and hr_ceiling is not None and (intensity.hr_high or 0) > hr_ceiling:
            found.append(f"{path}: hr_high {intensity.hr_high} above {hr_ceiling}")
        if intensity.hr_zone is not None and intensity.hr_zone not in zones:
            found.append(f"{path}: zone {intensity.hr_zone} beyond stage {c.cardio_stage_max}")
    return found


def safety_issues(program: Program, client: Client) -> list[str]:
    issues = check_program(program, client=client, catalog=catalog())
    return [str(issue) for issue in issues if issue.code.startswith("safety.")]


def build(client: Client, weeks: int = WEEKS) -> Program:
    with cpu_limit(BUILD_CPU_SECONDS):
        return build_program(client, weeks=weeks, catalog=catalog())


@pytest.mark.parametrize("goal", GOALS)
@pytest.mark.parametrize("population", POPULATIONS)
def test_programs_obey_each_population(population: str, goal: str) -> None:
    client = client_in(population, goal=goal, equipment=FULL_GYM, medical_clearance=CLEARANCE)
    program = build(client)
    constraints = constraints_for(client, None, program.ruleset, on=program.start)
    assert safety_breaches(program, constraints) == []
    assert safety_issues(program, client) == []
    messages = [warning.message for warning in program.warnings]
    for rule in constraints.rules:
        assert rule.label in messages, f"{rule.id} missing from the warnings"


@pytest.mark.parametrize("population", POPULATIONS)
def test_cardio_stays_under_the_population_hr_ceiling(population: str) -> None:
    client = client_in(population, goal="general_fitness", equipment=FULL_GYM)
    program = build(client, weeks=4)
    constraints = constraints_for(client, None, program.ruleset, on=program.start)
    assert safety_breaches(program, constraints) == []


def test_other_heart_rate_drugs_get_rpe_cardio() -> None:
    client = make_client(medications=["verapamil 120 mg"], goal="fat_loss", equipment=FULL_GYM)
    program = build(client, weeks=4)
    constraints = constraints_for(client, None, program.ruleset, on=program.start)
    assert constraints.use_rpe is True
    assert safety_breaches(program, constraints) == []


@pytest.mark.parametrize("population", POPULATIONS)
def test_without_clearance_programs_stay_under_the_phase_cap(population: str) -> None:
    client = client_in(population, goal="max_strength", equipment=FULL_GYM)
    program = build(client)
    constraints = constraints_for(client, None, program.ruleset, on=program.start)
    assert safety_breaches(program, constraints) == []
    assert safety_issues(program, client) == []
    assert max(p for block in program.blocks for p in block.phases) <= constraints.max_phase


@pytest.mark.parametrize("goal", GOALS)
def test_body_weight_only_programs_obey_the_strictest_pair(goal: str) -> None:
    client = make_client(
        age=70, goal=goal, conditions=["osteoporosis", "hypertension"], medical_clearance=CLEARANCE
    )
    program = build(client)
    constraints = constraints_for(client, None, program.ruleset, on=program.start)
    assert safety_breaches(program, constraints) == []
    assert safety_issues(program, client) == []


def test_parq_yes_gets_no_program_until_clearance_is_recorded() -> None:
    blocked = make_client(parq=dict(NO, q1=True), equipment=FULL_GYM)
    with pytest.raises(ClearanceRequired, match="clearance"):
        build(blocked, weeks=4)
    cleared = blocked.model_copy(
        update={"medical_clearance": make_client(medical_clearance=CLEARANCE).medical_clearance}
    )
    assert len(build(cleared, weeks=4).weeks) == 4


def test_a_crisis_reading_gets_no_program_even_with_clearance() -> None:
    client = make_client(
        assessment={"blood_pressure": "185/100"}, medical_clearance=CLEARANCE, equipment=FULL_GYM
    )
    with pytest.raises(ClearanceRequired, match="no medical clearance overrides"):
        build(client, weeks=4)


def test_an_excluded_exercise_edited_in_fails_validation_naming_the_rule() -> None:
    client = client_in("osteoporosis", goal="general_fitness", equipment=FULL_GYM)
    program = build(client, weeks=4)
    roller = next(e for e in catalog() if "smr" in e.safety_tags)
    week = program.weeks[0]
    session = week.sessions[0]
    section = session.sections[0]
    item = section.items[0].model_copy(update={"exercise_id": roller.id, "name": roller.name})
    edited = program.model_copy(
        update={
            "weeks": (
                week.model_copy(
                    update={
                        "sessions": (
                            session.model_copy(
                                update={
                                    "sections": (
                                        section.model_copy(
                                            update={"items": (item, *section.items[1:])}
                                        ),
                                        *session.sections[1:],
                                    )
                                }
                            ),
                            *week.sessions[1:],
                        )
                    }
                ),
                *program.weeks[1:],
            )
        }
    )
    issues = safety_issues(edited, client)
    assert len(issues) == 1
    assert "safety.E001" in issues[0]
    assert "osteoporosis.smr" in issues[0]


# ---------------------------------------------------------------- property over condition sets

CONDITION_ENTRIES = st.sampled_from(CONDITIONS).flatmap(
    lambda condition: st.builds(
        lambda weeks, controlled: {
            "id": condition,
            **({"weeks": weeks} if condition in ("pregnancy", "postpartum") else {}),
            "controlled": controlled,
        },
        st.integers(0, 40),
        st.booleans(),
    )
)


@st.composite
def special_clients(draw: st.DrawFn) -> Client:
    entries = draw(st.lists(CONDITION_ENTRIES, min_size=1, max_size=3, unique_by=lambda e: e["id"]))
    data: dict[str, Any] = {
        "goal": draw(st.sampled_from(GOALS)),
        "age": draw(st.sampled_from([12, 16, 35, 50, 67, 80])),
        "conditions": entries,
        "medications": draw(st.sampled_from([[], ["metoprolol"], ["verapamil"]])),
        "injuries": draw(st.sampled_from([[], ["knee"], ["shoulder"], ["low_back", "ankle"]])),
        "equipment": draw(st.sampled_from([FULL_GYM, [], ["dumbbells", "bench", "foam_roller"]])),
        "days_per_week": draw(st.integers(2, 5)),
        "medical_clearance": draw(st.sampled_from([None, CLEARANCE])),
    }
    return make_client(**data)


@settings(derandomize=True, max_examples=15, deadline=None)
@given(client=special_clients())
def test_random_condition_sets_pass_the_validator(client: Client) -> None:
    program = build(client, weeks=12)
    constraints = constraints_for(client, None, program.ruleset, on=program.start)
    assert safety_issues(program, client) == []
    assert safety_breaches(program, constraints) == []
