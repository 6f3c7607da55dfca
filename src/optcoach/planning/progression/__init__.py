"""Progression: session logs drive loads, the staircase, cardio and reassessment.

``progress(program, logs, assessments, today=..., overrides=...)`` is the entry point; it is pure
and deterministic. The rules are data (``optcoach/model/data/progression.toml``).
"""

from optcoach.planning.progression.decisions import (
    Adherence,
    BlockAction,
    Decision,
    Override,
    ProgressResult,
    WeekAdherence,
)
from optcoach.planning.progression.engine import progress
from optcoach.planning.progression.reassessment import reassessment_due
from optcoach.planning.progression.replan import Planner, future_part

__all__ = [
    "Adherence",
    "BlockAction",
    "Decision",
    "Override",
    "Planner",
    "ProgressResult",
    "WeekAdherence",
    "future_part",
    "progress",
    "reassessment_due",
]
