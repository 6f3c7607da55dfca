"""Planning: goal routes, periodization, session building, exercise selection, loads, time.

    from optcoach.planning import build_program, PlanningError
    program = build_program(client)            # 52 weeks from the client's start date

``build_program`` raises ``optcoach.safety.ClearanceRequired`` when the client needs a medical
clearance, and ``PlanningError`` (naming the field) for an impossible request.
"""

from optcoach.planning.program import PlanningError, build_program

__all__ = ["PlanningError", "build_program"]
