"""Check the program's recorded findings against the client's movement screens.

``inputs.overactive`` and ``inputs.underactive`` (and those of every revision) drive corrective
choices (warm-up static stretches, activation). Each muscle listed must be one that some
compensation the client showed can flag (model/data/compensations.toml), so a hand edit cannot
invent findings. A re-planned program keeps the inputs of the assessment it started from, which
the client file keeps as its assessment's ``previous``: compensations of the whole chain count.
"""

from __future__ import annotations

from optcoach.model.client import Client
from optcoach.model.compensations import CompensationTest, find_row
from optcoach.model.vocab import Muscle, Ruleset
from optcoach.validate.context import CheckContext, inputs_path
from optcoach.validate.issue import Issue, make_issue


def observed_compensations(client: Client) -> list[tuple[CompensationTest, str]]:
    """Return (test, compensation) for every compensation the client's screens recorded.

    The screens are the client's assessment and every earlier one it keeps as ``previous``.
    """
    observed: list[tuple[CompensationTest, str]] = []
    found = client.assessment
    while found is not None:
        observed += [("ohsa", c) for c in found.ohsa]
        if found.single_leg_squat is not None:
            sides = found.single_leg_squat.left + found.single_leg_squat.right
            observed += [("single_leg_squat", c) for c in sides]
        observed += [("pushing", c) for c in found.pushing]
        observed += [("pulling", c) for c in found.pulling]
        observed += [("static_posture", c) for c in found.static_posture]
        found = found.previous
    return sorted(set(observed))


def flaggable(client: Client, ruleset: Ruleset) -> tuple[set[Muscle], set[Muscle]] | None:
    """Return the muscles the client's compensations can flag; None when a row is missing."""
    over: set[Muscle] = set()
    under: set[Muscle] = set()
    for test, compensation in observed_compensations(client):
        try:
            row = find_row(ruleset, test, compensation)
        except KeyError:
            return None
        over |= row.all_overactive
        under |= row.all_underactive
    return over, under


def check_assessment_inputs(ctx: CheckContext) -> list[Issue]:
    """Return one issue per recorded muscle no observed compensation supports."""
    limits = flaggable(ctx.client, ctx.program.ruleset)
    if limits is None:
        return []
    issues: list[Issue] = []
    for revision, inputs in ctx.inputs_records():
        where = inputs_path(revision)
        for field, listed, allowed in (
            ("overactive", inputs.overactive, limits[0]),
            ("underactive", inputs.underactive, limits[1]),
        ):
            for index, muscle in enumerate(listed):
                if muscle not in allowed:
                    issues.append(
                        make_issue(
                            "inputs.E001",
                            f"{where}.{field}[{index}]",
                            f"{muscle} is listed {field} but no compensation the client showed "
                            "flags it",
                        )
                    )
    return issues
