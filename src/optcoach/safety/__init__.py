"""Safety: special populations, contraindications and the clearance gate.

``constraints_for`` combines every rule that applies to a client (conditions, age, medication,
measured blood pressure, injuries) into one ``Constraints`` the planner obeys and the validator
checks; the rules are data in ``safety/data``. ``check_clearance`` decides whether a client may
be programmed at all; planning raises ``ClearanceRequired`` when it says no.
"""

from optcoach.safety.clearance import (
    Clearance,
    ClearanceRequired,
    check_clearance,
    require_clearance,
)
from optcoach.safety.constraints import Constraints, build_constraints, constraints_for
from optcoach.safety.populations import Membership, memberships_for
from optcoach.safety.rules import POPULATIONS, Population, Rule, RuleKind, SaqDose, load_rules

__all__ = [
    "POPULATIONS",
    "Clearance",
    "ClearanceRequired",
    "Constraints",
    "Membership",
    "Population",
    "Rule",
    "RuleKind",
    "SaqDose",
    "build_constraints",
    "check_clearance",
    "constraints_for",
    "load_rules",
    "memberships_for",
    "require_clearance",
]
