"""Assessment: intake (PAR-Q+), vitals, body composition, cardio, movement screens, performance.

The public entry point is ``assess(client, ruleset, catalog=...)``, returning an
``AssessmentReport``; the subject modules (``vitals``, ``intake``, ``body_composition``,
``cardio``, ``movement``, ``corrective``, ``performance``, ``one_rep_max``, ``start_phase``,
``reassessment``) expose the individual procedures.
"""

from optcoach.assessment.report import AssessmentReport, assess

__all__ = ["AssessmentReport", "assess"]
