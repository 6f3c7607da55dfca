"""Check supersets: well-formed labels, pairs of the phase's roles in order, similar mechanics.

A superset is two adjacent resistance items labelled ``<letter>1`` and ``<letter>2`` (A1, A2).
Only phases whose table names a superset (phase 2: strength then stabilization; phase 5: strength
then power) use them, and there every resistance exercise belongs to one. Partners share a body
part or movement pattern, or the catalog lists the second as a partner of the first.
"""

from __future__ import annotations

import re
from collections import defaultdict

from optcoach.catalog.exercise import Exercise
from optcoach.model.program import Item
from optcoach.validate.acute_variables import role_of
from optcoach.validate.context import CheckContext, LocatedSession
from optcoach.validate.issue import Issue, make_issue

LABEL = re.compile(r"^(?P<group>[A-Z])(?P<position>[12])$")
FIRST, SECOND = 1, 2


def check_supersets(ctx: CheckContext) -> list[Issue]:
    """Return issues for malformed, misplaced, incomplete or mismatched supersets."""
    issues: list[Issue] = []
    for located in ctx.sessions():
        for k, section in enumerate(located.session.sections):
            path = f"{located.path}.sections[{k}]"
            if section.id == "resistance":
                issues += _check_resistance_section(ctx, located, path, section.items)
                continue
            for i, item in enumerate(section.items):
                if item.superset is not None:
                    issues.append(
                        make_issue(
                            "superset.E008",
                            f"{path}.items[{i}].superset",
                            f"{item.exercise_id} is labelled {item.superset} in {section.id}",
                        )
                    )
    return issues


def _check_resistance_section(
    ctx: CheckContext, located: LocatedSession, path: str, items: tuple[Item, ...]
) -> list[Issue]:
    if located.phase is None:
        return []
    table = ctx.tables.phase(located.phase)
    roles = table.superset_roles
    issues: list[Issue] = []
    groups: dict[str, list[tuple[int, int, Item]]] = defaultdict(list)
    for i, item in enumerate(items):
        item_path = f"{path}.items[{i}]"
        if item.superset is None:
            if roles is not None and item.form == "resistance":
                issues.append(
                    make_issue(
                        "superset.E007",
                        f"{item_path}.superset",
                        f"{item.exercise_id} is not in a superset; phase {table.number} pairs "
                        f"{roles[0]} then {roles[1]}",
                    )
                )
            continue
        if roles is None:
            issues.append(
                make_issue(
                    "superset.E002",
                    f"{item_path}.superset",
                    f"{item.exercise_id} is labelled {item.superset}; phase {table.number} "
                    "has no supersets",
                )
            )
            continue
        match = LABEL.match(item.superset)
        if match is None:
            issues.append(
                make_issue(
                    "superset.E001",
                    f"{item_path}.superset",
                    f"label {item.superset!r} is not <letter>1 or <letter>2",
                )
            )
            continue
        groups[match["group"]].append((i, int(match["position"]), item))
    if roles is None:
        return issues
    for group in sorted(groups):
        members = groups[group]
        positions = [position for _, position, _ in members]
        first_index = members[0][0]
        group_path = f"{path}.items[{first_index}].superset"
        if sorted(positions) != [FIRST, SECOND]:
            labels = ", ".join(f"{group}{position}" for position in positions)
            issues.append(
                make_issue(
                    "superset.E003",
                    group_path,
                    f"superset {group} has members {labels}; it needs {group}1 and {group}2",
                )
            )
            continue
        (i1, p1, item1), (i2, _, item2) = members
        if p1 != FIRST or i2 != i1 + 1:
            issues.append(
                make_issue(
                    "superset.E005",
                    group_path,
                    f"superset {group}: {group}1 and {group}2 are items {i1} and {i2}",
                )
            )
            if p1 != FIRST:
                item1, item2 = item2, item1
        pair = (role_of(item1, table), role_of(item2, table))
        if pair != roles:
            issues.append(
                make_issue(
                    "superset.E004",
                    group_path,
                    f"superset {group} pairs {pair[0]} then {pair[1]}; phase {table.number} "
                    f"pairs {roles[0]} then {roles[1]}",
                )
            )
        exercise1 = ctx.exercise(item1.exercise_id)
        exercise2 = ctx.exercise(item2.exercise_id)
        if exercise1 and exercise2 and not is_similar(exercise1, exercise2, roles[1]):
            issues.append(
                make_issue(
                    "superset.E006",
                    group_path,
                    f"{exercise1.id} ({', '.join(exercise1.body_parts)}; "
                    f"{exercise1.movement_pattern}) and {exercise2.id} "
                    f"({', '.join(exercise2.body_parts)}; {exercise2.movement_pattern}) "
                    "share no body part or pattern",
                )
            )
    return issues


def is_similar(first: Exercise, second: Exercise, second_role: str) -> bool:
    """Return True when two exercises have similar mechanics for a superset."""
    listed: tuple[str, ...] = getattr(first.superset_partners, second_role, ())
    return (
        second.id in listed
        or first.movement_pattern == second.movement_pattern
        or not set(first.body_parts).isdisjoint(second.body_parts)
    )
