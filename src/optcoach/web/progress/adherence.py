"""Adherence as the engine measures it (``ProgressResult.adherence``), ready for a table and a
small inline SVG bar chart of planned versus completed resistance sets per week."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString, mark_safe

from optcoach.planning.progression import Adherence
from optcoach.web.units import kg_to_lb

BAR = 10
GAP = 6
HEIGHT = 120
PAD_BOTTOM = 18
PAD_TOP = 14


@dataclass(frozen=True)
class AdherenceRow:
    index: int
    start: str
    planned_sessions: int
    completed_sessions: int
    planned_sets: int
    completed_sets: int
    planned_volume: int
    completed_volume: int


def volume(kg: float, units: str) -> int:
    """Return a volume (reps x load) in the client's unit, rounded to a whole number."""
    return round(kg_to_lb(kg) if units == "imperial" else kg)


def rows(adherence: Adherence, units: str) -> list[AdherenceRow]:
    return [
        AdherenceRow(
            index=week.index,
            start=week.start.isoformat(),
            planned_sessions=week.planned_sessions,
            completed_sessions=week.completed_sessions,
            planned_sets=week.planned_sets,
            completed_sets=week.completed_sets,
            planned_volume=volume(week.planned_volume_kg, units),
            completed_volume=volume(week.completed_volume_kg, units),
        )
        for week in adherence.weeks
    ]


def sets_chart(adherence: Adherence) -> SafeString:
    """Return an SVG with one pair of bars per week: planned sets (grey), completed (blue)."""
    weeks = adherence.weeks
    if not weeks:
        return mark_safe("")
    top = max(max(w.planned_sets, w.completed_sets) for w in weeks) or 1
    usable = HEIGHT - PAD_TOP - PAD_BOTTOM
    width = len(weeks) * (2 * BAR + GAP) + GAP
    parts = [
        f'<svg class="adherence-chart" viewBox="0 0 {width} {HEIGHT}" width="{width}" '
        f'height="{HEIGHT}" role="img" aria-label="Planned and completed sets per week">'
    ]
    for position, week in enumerate(weeks):
        x = GAP + position * (2 * BAR + GAP)
        for offset, (css, value) in enumerate(
            (("planned", week.planned_sets), ("done", week.completed_sets))
        ):
            height = round(usable * value / top, 1)
            y = round(HEIGHT - PAD_BOTTOM - height, 1)
            label = escape(f"week {week.index}: {value} {css} sets")
            parts.append(
                f'<rect class="{css}" x="{x + offset * BAR}" y="{y}" width="{BAR}" '
                f'height="{height}"><title>{label}</title></rect>'
            )
        parts.append(
            f'<text x="{x + BAR}" y="{HEIGHT - 4}" text-anchor="middle" '
            f'font-size="9">{week.index}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))
