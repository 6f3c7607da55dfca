"""Hand-edited programs: mutate conformant programs in many ways; each edit is caught exactly.

Sources are the hand-built fixture (tests/validate/conftest.py) and the programs the planner
builds for the bundled sample clients (src/optcoach/samples/*.yaml). Each source must conform;
each mutation kind that applies to a source must yield exactly its expected issue codes. Every
mutation kind must apply to at least one source, so none of them is silently vacuous.

Edits that change how long a session takes shift that session's ``minutes_estimated`` by the
change the validator's own timing computes, as a careful trainer would, so only the provoked
issue shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

import pytest

from optcoach.catalog import load_catalog
from optcoach.catalog.exercise import Exercise
from optcoach.cli.input import load_client, read_document
from optcoach.model.client import KG_PER_LB, Client
from optcoach.model.program import Program, Session
from optcoach.model.tables import load_ruleset
from optcoach.planning import build_program
from optcoach.safety import Constraints, constraints_for
from optcoach.validate import ExerciseSource, check_program
from optcoach.validate.time_budget import estimate_minutes
from tests.validate.conftest import FixtureCatalog, _catalog_exercises, program_document
from tests.validate.editing import delete_at, get_at, set_at

Document = dict[str, Any]


@dataclass(frozen=True, eq=False)
class Source:
    name: str
    document: Document
    catalog: ExerciseSource

    @property
    def program(self) -> Program:
        return Program.model_validate(self.document)

    @property
    def client(self) -> Client:
        return Client.model_validate(self.document["client"])

    @cached_property
    def constraints(self) -> Constraints:
        return constraints_for(
            self.client,
            None,
            self.document["ruleset"],
            on=dt.date.fromisoformat(self.document["start"]),
        )

    def exercises(self) -> Iterator[Exercise]:
        yield from iter(self.catalog)  # type: ignore[call-overload]


@dataclass(frozen=True)
class Mutated:
    document: Document
    expected: frozenset[str]
    keep_minutes: bool = True


def _sample_paths() -> list[Any]:
    folder = resources.files("optcoach.samples")
    return sorted((p for p in folder.iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name)


# Mutations run on 12-week plans (long enough to reach the undulating 1/2/5 weeks of sports
# performance) to keep the suite fast; the full 52-week plans
# are checked for conformance once each.
MUTATION_WEEKS = 12
FULL_WEEKS = 52


@cache
def _samples(weeks: int) -> tuple[Source, ...]:
    catalog = load_catalog()
    found = []
    for path in _sample_paths():
        client = load_client(path)  # type: ignore[arg-type]
        program = build_program(client, weeks=weeks)
        name = f"{path.name.removesuffix('.yaml')}-{weeks}w"
        found.append(Source(name, program.model_dump(mode="json", by_alias=True), catalog))
    return tuple(found)


# Special-population variants of two samples (cleared by a physician), planned by the planner.
CLEARED = {"date": "2026-12-20", "by": "Dr. Example"}
VARIANTS = (
    ("pregnant", "general_fitness.yaml", {"conditions": [{"id": "pregnancy", "weeks": 20}]}),
    ("hypertensive", "max_strength.yaml", {"conditions": ["hypertension"]}),
)


@cache
def _variants(weeks: int) -> tuple[Source, ...]:
    catalog = load_catalog()
    found = []
    for name, sample, changes in VARIANTS:
        document = read_document(resources.files("optcoach.samples").joinpath(sample))  # type: ignore[arg-type]
        client = Client.model_validate({**document, **changes, "medical_clearance": CLEARED})
        program = build_program(client, weeks=weeks)
        found.append(
            Source(f"{name}-{weeks}w", program.model_dump(mode="json", by_alias=True), catalog)
        )
    return tuple(found)


@cache
def _sources() -> tuple[Source, ...]:
    fixture = Source("fixture", program_document(), FixtureCatalog(_catalog_exercises()))
    return (fixture, *_samples(MUTATION_WEEKS), *_variants(MUTATION_WEEKS))


# ---------------------------------------------------------------------------- finding targets


def _sessions(document: Document) -> Iterator[tuple[int, int, Document]]:
    for w, week in enumerate(document["weeks"]):
        for s, session in enumerate(week["sessions"]):
            yield w, s, session


def _section_index(session: Document, section_id: str) -> int | None:
    for k, section in enumerate(session["sections"]):
        if section["id"] == section_id:
            return k
    return None


def _items(
    document: Document, section_id: str, *, phase: int | None = None
) -> Iterator[tuple[str, Document, int]]:
    """Yield (path, item, phase) for items of ``section_id`` sections, in document order."""
    for w, s, session in _sessions(document):
        if len(session["phases"]) != 1 or (phase is not None and session["phases"][0] != phase):
            continue
        k = _section_index(session, section_id)
        if k is None:
            continue
        for i, item in enumerate(session["sections"][k]["items"]):
            yield f"weeks[{w}].sessions[{s}].sections[{k}].items[{i}]", item, session["phases"][0]


def _first(iterator: Iterator[Any]) -> Any:
    return next(iterator, None)


def _edit(document: Document, path: str, value: Any) -> Document:
    return set_at(document, path, value)


def _resistance(source: Source) -> tuple[str, Document, int] | None:
    return _first(
        (p, item, phase)
        for p, item, phase in _items(source.document, "resistance")
        if item["form"] == "resistance"
    )


def _role_table(source: Source, item: Document, phase: int) -> Any:
    table = load_ruleset(source.document["ruleset"]).phase(phase)
    role = item.get("role") or next(iter(table.roles))
    return table, table.roles[role]


# ---------------------------------------------------------------------------- mutation kinds


def reps_out_of_range(source: Source) -> Mutated | None:
    found = _resistance(source)
    if found is None:
        return None
    path, item, phase = found
    _, variables = _role_table(source, item, phase)
    reps = variables.reps.high + 5
    expected = {f"phase{phase}.E001"}
    limit = source.constraints.reps
    if limit is not None and reps not in limit:
        expected.add("safety.E006")
    return Mutated(_edit(source.document, f"{path}.reps", reps), frozenset(expected))


def sets_out_of_range(source: Source) -> Mutated | None:
    found = _resistance(source)
    if found is None:
        return None
    path, item, phase = found
    table, _ = _role_table(source, item, phase)
    sets = table.sets.high + 1
    expected = {f"phase{phase}.E002"}
    limit = source.constraints.sets
    if limit is not None and sets not in limit:
        expected.add("safety.E007")
    return Mutated(_edit(source.document, f"{path}.sets", sets), frozenset(expected))


def wrong_tempo(source: Source) -> Mutated | None:
    found = _resistance(source)
    if found is None:
        return None
    path, _, phase = found
    tempo = "3-3-3-3"
    expected = {f"phase{phase}.E003"}
    if source.constraints.tempo_rules_broken(tempo):
        expected.add("safety.E008")
    return Mutated(_edit(source.document, f"{path}.tempo", tempo), frozenset(expected))


def rest_out_of_range(source: Source) -> Mutated | None:
    found = _resistance(source)
    if found is None:
        return None
    path, item, phase = found
    _, variables = _role_table(source, item, phase)
    rest = variables.rest_s.high + 30
    return Mutated(
        _edit(source.document, f"{path}.rest_s", rest), frozenset({f"phase{phase}.E004"})
    )


def _loaded(source: Source) -> tuple[str, Document, int, float] | None:
    one_rep_max = source.document["inputs"]["one_rep_max_kg"]
    for path, item, phase in _items(source.document, "resistance"):
        percent = (item.get("intensity") or {}).get("percent_1rm")
        if (
            item.get("load_kg") is not None
            and percent is not None
            and item["exercise_id"] in one_rep_max
        ):
            return path, item, phase, float(one_rep_max[item["exercise_id"]])
    return None


def _with_load(document: Document, path: str, item: Document, load_kg: float) -> Document:
    edited = _edit(document, f"{path}.load_kg", load_kg)
    if item.get("load_lb") is not None:
        edited = _edit(edited, f"{path}.load_lb", round(load_kg / KG_PER_LB, 1))
    return edited


def percent_1rm_out_of_range(source: Source) -> Mutated | None:
    found = _loaded(source)
    if found is None:
        return None
    path, item, phase, one_rep_max = found
    _, variables = _role_table(source, item, phase)
    percent = max(variables.percent_1rm.low - 20, 5)
    edited = _edit(source.document, f"{path}.intensity.percent_1rm", percent)
    edited = _with_load(edited, path, item, round(percent / 100 * one_rep_max, 1))
    expected = {f"phase{phase}.E005"}
    if (
        source.constraints.percent_1rm_min is not None
        and percent < source.constraints.percent_1rm_min
    ):
        expected.add("safety.E005")
    return Mutated(edited, frozenset(expected))


def load_inconsistent_with_percent(source: Source) -> Mutated | None:
    found = _loaded(source)
    if found is None:
        return None
    path, item, _, _ = found
    edited = _with_load(source.document, path, item, item["load_kg"] + 10)
    return Mutated(edited, frozenset({"load.E001"}))


def load_lb_inconsistent(source: Source) -> Mutated | None:
    for path, item, _ in _items(source.document, "resistance"):
        if item.get("load_lb") is not None:
            edited = _edit(source.document, f"{path}.load_lb", item["load_lb"] + 10)
            return Mutated(edited, frozenset({"load.E006"}))
    return None


def section_order_swapped(source: Source) -> Mutated | None:
    _, _, session = _first(_sessions(source.document))
    w, s = 0, 0
    sections = session["sections"]
    swapped = [sections[1], sections[0], *sections[2:]]
    edited = _edit(source.document, f"weeks[{w}].sessions[{s}].sections", swapped)
    return Mutated(edited, frozenset({"structure.E002"}))


def section_missing(source: Source) -> Mutated | None:
    session = source.document["weeks"][0]["sessions"][0]
    k = _section_index(session, "activation")
    if k is None:
        return None
    sections = [sec for i, sec in enumerate(session["sections"]) if i != k]
    edited = _edit(source.document, "weeks[0].sessions[0].sections", sections)
    return Mutated(edited, frozenset({"structure.E001"}))


def _superset_pair(source: Source) -> tuple[str, int, int] | None:
    for w, s, session in _sessions(source.document):
        k = _section_index(session, "resistance")
        if k is None:
            continue
        items = session["sections"][k]["items"]
        for i, item in enumerate(items[:-1]):
            label = item.get("superset")
            if label and label.endswith("1") and items[i + 1].get("superset") == label[:-1] + "2":
                return f"weeks[{w}].sessions[{s}].sections[{k}].items", i, i + 1
    return None


def superset_with_one_member(source: Source) -> Mutated | None:
    found = _superset_pair(source)
    if found is None:
        return None
    path, _, second = found
    items = get_at(source.document, path)
    edited = _edit(source.document, path, [it for i, it in enumerate(items) if i != second])
    return Mutated(edited, frozenset({"superset.E003"}))


def superset_members_swapped(source: Source) -> Mutated | None:
    found = _superset_pair(source)
    if found is None:
        return None
    path, first, second = found
    items = list(get_at(source.document, path))
    items[first], items[second] = items[second], items[first]
    return Mutated(_edit(source.document, path, items), frozenset({"superset.E005"}))


def superset_roles_reversed(source: Source) -> Mutated | None:
    """Keep the items in place but label the second exercise as the superset's first."""
    found = _superset_pair(source)
    if found is None:
        return None
    path, first, second = found
    items = list(get_at(source.document, path))
    label = items[first]["superset"][:-1]
    items[first] = {**items[first], "superset": f"{label}2"}
    items[second] = {**items[second], "superset": f"{label}1"}
    items[first], items[second] = items[second], items[first]
    return Mutated(_edit(source.document, path, items), frozenset({"superset.E004"}))


def superset_in_phase_1(source: Source) -> Mutated | None:
    found = _first(
        (p, item)
        for p, item, _ in _items(source.document, "resistance", phase=1)
        if item["form"] == "resistance"
    )
    if found is None:
        return None
    return Mutated(
        _edit(source.document, f"{found[0]}.superset", "A1"), frozenset({"superset.E002"})
    )


def _block_phase_swap(source: Source, goal: str, phase: int) -> Mutated | None:
    if source.document["goal"] != goal:
        return None
    blocks = source.document["blocks"]
    b = next((b for b, block in enumerate(blocks) if not block["undulating"]), None)
    if b is None:
        return None
    edited = _edit(source.document, f"blocks[{b}].phase", phase)
    edited = _edit(edited, f"blocks[{b}].phases", [phase])
    expected = {"goal.E001", "structure.E012"}
    if phase > source.constraints.max_phase or phase not in source.constraints.allowed_phases:
        expected.add("safety.E009")
    weeks = load_ruleset(source.document["ruleset"]).phase(phase).weeks
    if not weeks.low <= blocks[b]["weeks"] <= weeks.high:
        expected.add("structure.E008")
    return Mutated(edited, frozenset(expected))


def phase_4_in_fat_loss(source: Source) -> Mutated | None:
    return _block_phase_swap(source, "fat_loss", 4)


def phase_5_in_muscle_gain(source: Source) -> Mutated | None:
    return _block_phase_swap(source, "muscle_gain", 5)


def phase_5_in_fat_loss_fixture_route(source: Source) -> Mutated | None:
    """Relabel the fixture (sports performance, phases 1/2/5) as fat loss: phase 5 is off-route."""
    if source.document["goal"] != "sports_performance":
        return None
    edited = _edit(source.document, "goal", "fat_loss")
    edited = _edit(edited, "client.goal", "fat_loss")
    return Mutated(edited, frozenset({"goal.E001"}))


def equipment_unavailable(source: Source) -> Mutated | None:
    used: set[str] = set()
    for _, _, session in _sessions(source.document):
        for section in session["sections"]:
            for item in section["items"]:
                if item["exercise_id"] in source.catalog:
                    used |= set(source.catalog.get(item["exercise_id"]).equipment)
    if not used:
        return None
    missing = sorted(used)[0]
    equipment = [e for e in source.document["client"]["equipment"] if e != missing]
    return Mutated(
        _edit(source.document, "client.equipment", equipment), frozenset({"equipment.E001"})
    )


def unknown_exercise_id(source: Source) -> Mutated | None:
    found = _first(_items(source.document, "activation"))
    if found is None:
        return None
    return Mutated(
        _edit(source.document, f"{found[0]}.exercise_id", "no_such_exercise"),
        frozenset({"exercise.E001"}),
    )


def minutes_over_budget(source: Source) -> Mutated | None:
    session = source.document["weeks"][0]["sessions"][0]
    edited = _edit(
        source.document, "weeks[0].sessions[0].minutes_budget", session["minutes_estimated"] - 1
    )
    return Mutated(edited, frozenset({"time.E001", "time.E002"}), keep_minutes=False)


def estimate_far_from_items(source: Source) -> Mutated | None:
    session = Session.model_validate(source.document["weeks"][0]["sessions"][0])
    low = max(1, round(estimate_minutes(session) / 3))
    edited = _edit(source.document, "weeks[0].sessions[0].minutes_estimated", low)
    return Mutated(edited, frozenset({"time.E003"}), keep_minutes=False)


def same_muscles_on_consecutive_days(source: Source) -> Mutated | None:
    for w, week in enumerate(source.document["weeks"]):
        sessions = week["sessions"]
        for s in range(1, len(sessions)):
            before, after = sessions[s - 1], sessions[s]
            day = dt.date.fromisoformat(before["date"]) + dt.timedelta(days=1)
            if before["split"] != after["split"] or day.isoformat() >= after["date"]:
                continue
            weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][day.weekday()]
            edited = _edit(source.document, f"weeks[{w}].sessions[{s}].date", day.isoformat())
            edited = _edit(edited, f"weeks[{w}].sessions[{s}].weekday", weekday)
            edited = _edit(edited, "client.weekdays", None)
            return Mutated(edited, frozenset({"spacing.E001"}))
    return None


def block_gap(source: Source) -> Mutated | None:
    if len(source.document["blocks"]) < 3:
        return None
    return Mutated(
        delete_at(source.document, "blocks[1]"),
        frozenset({"structure.E005", "structure.E006", "structure.E012"}),
    )


def week_dates_inconsistent(source: Source) -> Mutated | None:
    week = source.document["weeks"][1]
    start = dt.date.fromisoformat(week["start"])
    expected = {"structure.E011"}
    if any(session["date"] == week["start"] for session in week["sessions"]):
        expected.add("structure.E013")
    edited = _edit(source.document, "weeks[1].start", (start + dt.timedelta(days=1)).isoformat())
    return Mutated(edited, frozenset(expected))


def wrong_weekday(source: Source) -> Mutated | None:
    session = source.document["weeks"][0]["sessions"][0]
    day = dt.date.fromisoformat(session["date"])
    wrong = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][(day.weekday() + 1) % 7]
    expected = {"structure.E014"}
    weekdays = source.document["client"].get("weekdays")
    if weekdays is not None and wrong not in weekdays:
        expected.add("spacing.E004")
    return Mutated(
        _edit(source.document, "weeks[0].sessions[0].weekday", wrong), frozenset(expected)
    )


def level_mismatch(source: Source) -> Mutated | None:
    found = _first(_items(source.document, "activation", phase=1))
    if found is None:
        return None
    path, item, _ = found
    expected = {"phase1.E007"}
    if "power" not in source.catalog.get(item["exercise_id"]).levels:
        expected.add("exercise.E003")
    return Mutated(_edit(source.document, f"{path}.level", "power"), frozenset(expected))


def static_stretch_of_a_muscle_not_overactive(source: Source) -> Mutated | None:
    overactive = set(source.document["inputs"]["overactive"])
    if not overactive:
        return None
    found = _first(
        (p, item)
        for p, item, _ in _items(source.document, "warm_up", phase=1)
        if item.get("technique") == "static"
    )
    if found is None:
        return None
    path, _item = found
    equipment = set(source.document["client"]["equipment"])
    allowed = source.constraints
    replacement = _first(
        e
        for e in source.exercises()
        if e.technique == "static"
        and "stabilization" in e.levels
        and overactive.isdisjoint(e.muscles.primary)
        and set(e.equipment) <= equipment
        and allowed.allows(e)
        and not allowed.excluding_rules(e)
    )
    if replacement is None:
        return None
    edited = _edit(source.document, f"{path}.exercise_id", replacement.id)
    return Mutated(edited, frozenset({"flexibility.E002"}))


def cardio_zone_beyond_stage(source: Source) -> Mutated | None:
    found = _first(
        (p, item)
        for section in ("warm_up", "cool_down", "clients_choice")
        for p, item, _ in _items(source.document, section)
        if item["form"] == "cardiorespiratory" and (item.get("intensity") or {}).get("hr_zone")
    )
    if found is None:
        return None
    tables = load_ruleset(source.document["ruleset"]).cardio
    stage = next(s for s in tables.stages if s.stage == source.document["inputs"]["cardio_stage"])
    zone = max(z.zone for z in tables.zones)
    if zone in stage.zones:
        return None
    intensity = {"hr_zone": zone}
    expected = {"cardio.E001"}
    limits = source.constraints
    if limits.cardio_stage_max is not None and all(
        s.stage > limits.cardio_stage_max for s in tables.stages if zone in s.zones
    ):
        expected.add("safety.E014")  # the zone belongs only to stages the client may not use
    hr_max = source.document["inputs"]["hr_max"]
    listed = [z for z in source.document["inputs"]["hr_zones"] if z["zone"] == zone]
    if limits.hr_percent_max is not None and hr_max is not None and not limits.use_rpe and listed:
        top = listed[0]["high"] if listed[0]["high"] is not None else hr_max
        if listed[0]["low"] is not None and top > hr_max * limits.hr_percent_max.high // 100:
            expected.add("safety.E011")  # the zone's bounds reach past the %HRmax ceiling
    return Mutated(_edit(source.document, f"{found[0]}.intensity", intensity), frozenset(expected))


def invented_overactive_muscle(source: Source) -> Mutated | None:
    inputs = source.document["inputs"]
    if not inputs["overactive"]:
        return None  # inventing the first finding would also (rightly) bar unearned stretches
    return Mutated(
        _edit(source.document, "inputs.overactive", [*inputs["overactive"], "scalenes"]),
        frozenset({"inputs.E001"}),
    )


def medicine_ball_too_heavy(source: Source) -> Mutated | None:
    for path, item, _phase in _items(source.document, "resistance", phase=5):
        percent = (item.get("intensity") or {}).get("percent_body_weight")
        if percent is None:
            continue
        body_weight = source.client.body_weight_kg
        edited = _edit(source.document, f"{path}.intensity.percent_body_weight", 15)
        if item.get("load_kg") is not None:
            edited = _with_load(edited, path, item, round(0.15 * body_weight, 1))
        return Mutated(edited, frozenset({"load.E004"}))
    return None


def contraindicated_tag(source: Source) -> Mutated | None:
    """Swap an activation exercise for one carrying a tag the client's rules exclude."""
    constraints = source.constraints
    if not constraints.excluded_tags:
        return None
    equipment = set(source.document["client"]["equipment"])
    for path, item, _ in _items(source.document, "activation"):
        used = {it["exercise_id"] for _, it, _ in _items(source.document, "activation")}
        replacement = _first(
            e
            for e in source.exercises()
            if item["form"] in e.forms
            and item["level"] in e.levels
            and e.id not in used
            and not e.corrective
            and set(e.equipment) <= equipment
            and {rule.kind for rule in constraints.excluding_rules(e)} == {"excluded_tags"}
        )
        if replacement is not None:
            edited = _edit(source.document, f"{path}.exercise_id", replacement.id)
            return Mutated(edited, frozenset({"safety.E001"}))
    return None


def percent_1rm_above_ceiling(source: Source) -> Mutated | None:
    """Raise a %1RM above the client's ceiling while staying inside the phase's range."""
    ceiling = source.constraints.percent_1rm_max
    if ceiling is None:
        return None
    one_rep_max = source.document["inputs"]["one_rep_max_kg"]
    for path, item, phase in _items(source.document, "resistance"):
        percent = (item.get("intensity") or {}).get("percent_1rm")
        if percent is None:
            continue
        _, variables = _role_table(source, item, phase)
        if variables.percent_1rm.high <= ceiling:
            continue
        raised = variables.percent_1rm.high
        edited = _edit(source.document, f"{path}.intensity.percent_1rm", raised)
        if item.get("load_kg") is not None and item["exercise_id"] in one_rep_max:
            load = round(raised / 100 * one_rep_max[item["exercise_id"]], 1)
            edited = _with_load(edited, path, item, load)
        return Mutated(edited, frozenset({"safety.E004"}))
    return None


MUTATIONS: tuple[Callable[[Source], Mutated | None], ...] = (
    reps_out_of_range,
    sets_out_of_range,
    wrong_tempo,
    rest_out_of_range,
    percent_1rm_out_of_range,
    load_inconsistent_with_percent,
    load_lb_inconsistent,
    section_order_swapped,
    section_missing,
    superset_with_one_member,
    superset_members_swapped,
    superset_roles_reversed,
    superset_in_phase_1,
    phase_4_in_fat_loss,
    phase_5_in_muscle_gain,
    phase_5_in_fat_loss_fixture_route,
    equipment_unavailable,
    unknown_exercise_id,
    minutes_over_budget,
    estimate_far_from_items,
    same_muscles_on_consecutive_days,
    block_gap,
    week_dates_inconsistent,
    wrong_weekday,
    level_mismatch,
    static_stretch_of_a_muscle_not_overactive,
    cardio_zone_beyond_stage,
    invented_overactive_muscle,
    medicine_ball_too_heavy,
    contraindicated_tag,
    percent_1rm_above_ceiling,
)


def _keep_estimates(before: Document, after: Document) -> tuple[Document, bool]:
    """Shift each edited session's estimate by the time the edit added or removed.

    Return the document and whether an edited session now runs over its budget (which the
    validator rightly reports as time.E001: the edit made the session too long).
    """
    over_budget = False
    if len(before["weeks"]) != len(after["weeks"]):
        return after, over_budget
    edited = after
    for w, week in enumerate(after["weeks"]):
        old_week = before["weeks"][w]
        if len(week["sessions"]) != len(old_week["sessions"]):
            continue
        for s, session in enumerate(week["sessions"]):
            old = old_week["sessions"][s]
            if session["sections"] == old["sections"]:
                continue
            delta = estimate_minutes(Session.model_validate(session)) - estimate_minutes(
                Session.model_validate(old)
            )
            estimate = round(old["minutes_estimated"] + delta)
            edited = set_at(edited, f"weeks[{w}].sessions[{s}].minutes_estimated", estimate)
            over_budget = over_budget or estimate > session["minutes_budget"]
    return edited, over_budget


def _codes(document: Document, source: Source) -> list[str]:
    program = Program.model_validate(document)
    return [issue.code for issue in check_program(program, catalog=source.catalog)]


@pytest.mark.parametrize(
    "source",
    (*_sources(), *_samples(FULL_WEEKS), *_variants(FULL_WEEKS)),
    ids=lambda source: source.name,
)
def test_the_source_program_conforms(source: Source) -> None:
    program = source.program
    assert [str(i) for i in check_program(program, catalog=source.catalog)] == []


CASES = [
    pytest.param(source, mutation, id=f"{source.name}-{mutation.__name__}")
    for source in _sources()
    for mutation in MUTATIONS
]


@cache
def _mutated(source: Source, mutation: Callable[[Source], Mutated | None]) -> Mutated | None:
    return mutation(source)


@pytest.mark.parametrize(("source", "mutation"), CASES)
def test_each_mutation_is_caught_exactly(
    source: Source, mutation: Callable[[Source], Mutated | None]
) -> None:
    mutated = _mutated(source, mutation)
    if mutated is None:
        pytest.skip(f"{mutation.__name__} does not apply to {source.name}")
    document, over_budget = (
        _keep_estimates(source.document, mutated.document)
        if mutated.keep_minutes
        else (mutated.document, False)
    )
    expected = mutated.expected | ({"time.E001"} if over_budget else set())
    assert set(_codes(document, source)) == expected


def test_every_mutation_kind_applies_to_some_source() -> None:
    vacuous = [
        mutation.__name__
        for mutation in MUTATIONS
        if all(_mutated(source, mutation) is None for source in _sources())
    ]
    assert vacuous == []


def test_there_are_at_least_twenty_mutation_kinds() -> None:
    assert len(MUTATIONS) >= 20
