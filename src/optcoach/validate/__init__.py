"""The conformance checker: an independent oracle over any program, generated or hand-edited.

    from optcoach.validate import check_program, Issue
    issues = check_program(program)          # [] when the program conforms

It reads the same tables as the planner (model/data, the catalog) and never imports the planner.
"""

from optcoach.validate.check import CHECKS, check_program
from optcoach.validate.context import ExerciseSource
from optcoach.validate.issue import Issue, load_codes

__all__ = ["CHECKS", "ExerciseSource", "Issue", "check_program", "load_codes"]
