"""Check the annual plan against the goal's route: only the goal's allowed phases (goals.toml)."""

from __future__ import annotations

from optcoach.model.tables import load_goals
from optcoach.validate.context import CheckContext
from optcoach.validate.issue import Issue, make_issue


def check_goals(ctx: CheckContext) -> list[Issue]:
    """Return issues for a goal that differs from the client's and for phases off the route."""
    program = ctx.program
    issues: list[Issue] = []
    if program.goal != ctx.client.goal:
        issues.append(
            make_issue(
                "goal.E002",
                "goal",
                f"program goal {program.goal}; client goal {ctx.client.goal}",
            )
        )
    allowed = load_goals().routes[program.goal].allowed
    for b, block in enumerate(program.blocks):
        off_route = sorted(set(block.phases) - allowed)
        if off_route:
            issues.append(
                make_issue(
                    "goal.E001",
                    f"blocks[{b}].phases",
                    f"phase {', '.join(str(p) for p in off_route)} in a {program.goal} program; "
                    f"the route allows phases {sorted(allowed)}",
                )
            )
    return issues
