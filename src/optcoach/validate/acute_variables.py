"""Check every item's acute variables against its phase's tables.

Resistance items follow their phase's role table (model/data/phases.toml), except a corrective
exercise (catalog ``corrective``) in the activation section, which follows the corrective
continuum's activation dose (model/data/corrective.toml ``activate``) in every phase; core,
balance, plyometric and SAQ items follow forms.toml at the phase's level; flexibility items follow
their technique's dose. Numbers are read from the tables, never restated here.
"""

from __future__ import annotations

from collections import defaultdict

from optcoach.model.corrective import load_corrective
from optcoach.model.program import Item
from optcoach.model.tables import IntRange, PhaseTable, RoleVariables
from optcoach.model.vocab import PHASE_LEVELS, ExerciseRole, FlexibilityTechnique, Level
from optcoach.validate.context import CheckContext, LocatedItem
from optcoach.validate.issue import Issue, make_issue, phase_code

LEVELLED_FORMS = ("core", "balance", "plyometric", "saq")


def check_acute_variables(ctx: CheckContext) -> list[Issue]:
    """Return issues for items whose sets, reps, tempo, rest, intensity or dose leave the tables."""
    issues = ctx.check_each_item(_check_item)
    issues.extend(_check_counts(ctx))
    issues.extend(_check_body_part_counts(ctx))
    return issues


def _check_item(ctx: CheckContext, located: LocatedItem) -> list[Issue]:
    phase = located.phase
    if phase is None:
        return []  # structure.E015 already says the session has no single phase
    item = located.item
    level = PHASE_LEVELS[phase]
    issues: list[Issue] = []
    if item.level != level:
        issues.append(
            make_issue(
                phase_code(phase, "E007"),
                f"{located.path}.level",
                f"{item.exercise_id} is {item.level} level; phase {phase} is {level} level",
            )
        )
    if item.form == "resistance" and is_corrective_activation(ctx, located):
        issues.extend(_check_corrective_activation(ctx, located))
    elif item.form == "resistance":
        issues.extend(_check_resistance(ctx, ctx.tables.phase(phase), located))
    elif item.form in LEVELLED_FORMS:
        issues.extend(_check_levelled_form(ctx, located, level))
    elif item.form == "flexibility":
        issues.extend(_check_flexibility_dose(ctx, located))
    return issues


def role_of(item: Item, table: PhaseTable) -> ExerciseRole | None:
    """Return the item's role; a phase with a single role lends it to items that omit it."""
    if item.role is not None:
        return item.role
    if len(table.roles) == 1:
        return next(iter(table.roles))
    return None


def _outside(
    code: str, path: str, what: str, value: float | None, allowed: IntRange, context: str
) -> list[Issue]:
    if value is not None and value in allowed:
        return []
    shown = "missing" if value is None else f"{value:g}"
    return [make_issue(code, path, f"{what} {shown}; {context} allows {allowed}")]


def _check_resistance(ctx: CheckContext, table: PhaseTable, located: LocatedItem) -> list[Issue]:
    item = located.item
    path = located.path
    n = table.number
    issues = _outside(
        phase_code(n, "E002"), f"{path}.sets", "sets", item.sets, table.sets, f"phase {n}"
    )
    role = role_of(item, table)
    if role is None or role not in table.roles:
        issues.append(
            make_issue(
                phase_code(n, "E006"),
                f"{path}.role",
                f"{item.exercise_id} has role {role or 'none'}; phase {n} roles are "
                f"{', '.join(sorted(table.roles))}",
            )
        )
        return issues
    variables: RoleVariables = table.roles[role]
    where = f"phase {n} ({role})"
    if item.reps is None:
        issues.append(
            make_issue(phase_code(n, "E008"), f"{path}.reps", f"{item.exercise_id} has no reps")
        )
    else:
        issues += _outside(
            phase_code(n, "E001"), f"{path}.reps", "reps", item.reps, variables.reps, where
        )
    if not ctx.is_allowed_tempo(item.tempo, variables.tempo):
        issues.append(
            make_issue(
                phase_code(n, "E003"),
                f"{path}.tempo",
                f"tempo {item.tempo or 'missing'}; {where} uses {variables.tempo}",
            )
        )
    issues += _outside(
        phase_code(n, "E004"), f"{path}.rest_s", "rest_s", item.rest_s, variables.rest_s, where
    )
    percent = item.intensity.percent_1rm
    if percent is not None:
        issues += _outside(
            phase_code(n, "E005"),
            f"{path}.intensity.percent_1rm",
            "percent_1rm",
            percent,
            variables.percent_1rm,
            where,
        )
    return issues


def is_corrective_activation(ctx: CheckContext, located: LocatedItem) -> bool:
    """Return True for a catalog corrective exercise prescribed in the activation section."""
    exercise = ctx.exercise(located.item.exercise_id)
    return located.section.id == "activation" and exercise is not None and exercise.corrective


def _check_corrective_activation(ctx: CheckContext, located: LocatedItem) -> list[Issue]:
    """Judge a corrective activation item by the continuum's isolated strengthening dose."""
    item = located.item
    path = located.path
    dose = load_corrective().activation(ctx.program.ruleset)
    where = "corrective activation"
    issues = _outside("corrective.E001", f"{path}.sets", "sets", item.sets, dose.sets, where)
    issues += _outside("corrective.E002", f"{path}.reps", "reps", item.reps, dose.reps, where)
    if not ctx.is_allowed_tempo(item.tempo, dose.tempo):
        issues.append(
            make_issue(
                "corrective.E003",
                f"{path}.tempo",
                f"tempo {item.tempo or 'missing'}; {where} uses {dose.tempo}",
            )
        )
    issues += _outside(
        "corrective.E004", f"{path}.rest_s", "rest_s", item.rest_s, dose.rest_s, where
    )
    return issues


def _check_levelled_form(ctx: CheckContext, located: LocatedItem, level: Level) -> list[Issue]:
    item = located.item
    path = located.path
    dose = ctx.tables.forms.dose(item.form, level)
    where = f"{item.form} at {level} level"
    issues = _outside("form.E001", f"{path}.sets", "sets", item.sets, dose.sets, where)
    if item.reps is None and item.duration_s is None:
        issues.append(make_issue("form.E007", path, f"{item.exercise_id} has no reps or duration"))
    if item.reps is not None:
        issues += _outside("form.E002", f"{path}.reps", "reps", item.reps, dose.reps, where)
        if dose.tempo is not None and not ctx.is_allowed_tempo(item.tempo, dose.tempo):
            issues.append(
                make_issue(
                    "form.E003",
                    f"{path}.tempo",
                    f"tempo {item.tempo or 'missing'}; {where} uses {dose.tempo}",
                )
            )
    issues += _outside("form.E004", f"{path}.rest_s", "rest_s", item.rest_s, dose.rest_s, where)
    if dose.hold_s is not None and item.duration_s is not None:
        issues += _outside(
            "form.E005", f"{path}.duration_s", "hold", item.duration_s, dose.hold_s, where
        )
    return issues


def technique_of(ctx: CheckContext, item: Item) -> FlexibilityTechnique | None:
    """Return the item's flexibility technique, falling back to the catalog's."""
    if item.technique is not None:
        return item.technique
    exercise = ctx.exercise(item.exercise_id)
    return exercise.technique if exercise is not None else None


def _check_flexibility_dose(ctx: CheckContext, located: LocatedItem) -> list[Issue]:
    item = located.item
    path = located.path
    technique = technique_of(ctx, item)
    if technique is None:
        return []  # unknown exercise: exercise.E001 reports it
    dose = ctx.tables.forms.flexibility.technique(technique)
    where = f"{technique} flexibility"
    issues = _outside("form.E001", f"{path}.sets", "sets", item.sets, dose.sets, where)
    if dose.reps is not None:
        issues += _outside("form.E002", f"{path}.reps", "reps", item.reps, dose.reps, where)
    if dose.hold_s is not None and (dose.reps is None or item.duration_s is not None):
        issues += _outside(
            "form.E005", f"{path}.duration_s", "hold", item.duration_s, dose.hold_s, where
        )
    return issues


def _check_counts(ctx: CheckContext) -> list[Issue]:
    """Count distinct exercises per form (flexibility: per technique) in each section."""
    issues: list[Issue] = []
    for located in ctx.sessions():
        if located.phase is None:
            continue
        level = PHASE_LEVELS[located.phase]
        for k, section in enumerate(located.session.sections):
            groups: dict[str, set[str]] = defaultdict(set)
            for item in section.items:
                if item.form in LEVELLED_FORMS:
                    groups[item.form].add(item.exercise_id)
                elif item.form == "flexibility":
                    technique = technique_of(ctx, item)
                    if technique is not None:
                        groups[technique].add(item.exercise_id)
            for kind in sorted(groups):
                count = len(groups[kind])
                if kind in LEVELLED_FORMS:
                    allowed = ctx.tables.forms.dose(kind, level).exercises  # type: ignore[arg-type]
                    where = f"{kind} at {level} level"
                else:
                    allowed = ctx.tables.forms.flexibility.technique(kind).exercises  # type: ignore[arg-type]
                    where = f"{kind} flexibility"
                if count not in allowed:
                    issues.append(
                        make_issue(
                            "form.E006",
                            f"{located.path}.sections[{k}].items",
                            f"{section.id} holds {count} {kind} exercises; {where} allows "
                            f"{allowed}",
                        )
                    )
    return issues


def _check_body_part_counts(ctx: CheckContext) -> list[Issue]:
    """Count resistance exercises (supersets in superset phases) per main body part."""
    issues: list[Issue] = []
    for located in ctx.sessions():
        if located.phase is None:
            continue
        table = ctx.tables.phase(located.phase)
        for k, section in enumerate(located.session.sections):
            if section.id != "resistance":
                continue
            counted: dict[str, set[str]] = defaultdict(set)
            for item in section.items:
                exercise = ctx.exercise(item.exercise_id)
                if exercise is None or item.form != "resistance":
                    continue
                if table.superset_roles is not None:
                    if item.superset is None or item.superset[1:] != "1":
                        continue  # a superset counts once, by its first member
                    unit = item.superset
                else:
                    unit = item.exercise_id
                counted[exercise.body_parts[0]].add(unit)
            for body_part in sorted(counted):
                count = len(counted[body_part])
                if count > table.exercises_per_body_part.high:
                    kind = "supersets" if table.superset_roles else "exercises"
                    issues.append(
                        make_issue(
                            phase_code(table.number, "E009"),
                            f"{located.path}.sections[{k}].items",
                            f"{count} {body_part} {kind}; phase {table.number} allows "
                            f"{table.exercises_per_body_part} per body part",
                        )
                    )
    return issues
