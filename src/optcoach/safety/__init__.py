"""Safety: special populations, contraindications and the clearance gate.

``constraints_for`` combines every rule that applies to a client (conditions, age, medication,
injuries) into one ``Constraints`` the planner obeys and the validator checks; the rules are data
in ``safety/data``. The clearance gate lives in ``optcoach.safety.clearance``.
"""

from optcoach.safety.constraints import Constraints, build_constraints, constraints_for
from optcoach.safety.populations import Membership
from optcoach.safety.rules import POPULATIONS, Population, Rule, RuleKind, SaqDose, load_rules

__all__ = [
    "POPULATIONS",
    "Constraints",
    "Membership",
    "Population",
    "Rule",
    "RuleKind",
    "SaqDose",
    "build_constraints",
    "constraints_for",
    "load_rules",
]
