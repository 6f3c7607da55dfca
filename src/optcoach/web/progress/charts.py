"""Server-rendered line charts as inline SVG: dates on x, one or more series on y.

Pure geometry and escaping; the values come from stored assessment reports.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from html import escape

from django.utils.safestring import SafeString, mark_safe

WIDTH = 420
HEIGHT = 230
PAD_LEFT = 40
PAD_RIGHT = 14
PAD_TOP = 12
PAD_BOTTOM = 40
PALETTE = ("#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2")


@dataclass
class Series:
    label: str
    points: list[tuple[dt.date, float]] = field(default_factory=list)


@dataclass(frozen=True)
class Chart:
    title: str
    unit: str
    series: tuple[Series, ...]

    @property
    def is_empty(self) -> bool:
        return not any(s.points for s in self.series)

    @property
    def svg(self) -> SafeString:
        return render_svg(self)

    @property
    def latest(self) -> list[tuple[str, float, str]]:
        """Return (series label, last value, unit) for a text summary beside the chart."""
        return [(s.label, s.points[-1][1], self.unit) for s in self.series if s.points]


def _nice_bounds(low: float, high: float) -> tuple[float, float, float]:
    """Return (axis low, axis high, tick step) with round ticks covering [low, high]."""
    if math.isclose(low, high):
        low, high = low - 1, high + 1
    raw = (high - low) / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def render_svg(chart: Chart) -> SafeString:
    points = [p for s in chart.series for p in s.points]
    title = escape(chart.title)
    if not points:
        return mark_safe(
            f'<svg class="chart" viewBox="0 0 {WIDTH} 60" role="img" '
            f'aria-label="{title}: no data"><text x="{WIDTH / 2}" y="34" '
            'text-anchor="middle" class="muted">No data yet</text></svg>'
        )
    first = min(p[0] for p in points)
    last = max(p[0] for p in points)
    span_days = max((last - first).days, 1)
    low, high, step = _nice_bounds(min(p[1] for p in points), max(p[1] for p in points))
    plot_w = WIDTH - PAD_LEFT - PAD_RIGHT
    plot_h = HEIGHT - PAD_TOP - PAD_BOTTOM

    def x(day: dt.date) -> float:
        if first == last:
            return PAD_LEFT + plot_w / 2
        return round(PAD_LEFT + plot_w * (day - first).days / span_days, 1)

    def y(value: float) -> float:
        return round(PAD_TOP + plot_h * (1 - (value - low) / (high - low)), 1)

    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{title}" xmlns="http://www.w3.org/2000/svg"><title>{title}</title>'
    ]
    tick = low
    while tick <= high + step / 2:
        ty = y(tick)
        parts.append(
            f'<line x1="{PAD_LEFT}" x2="{WIDTH - PAD_RIGHT}" y1="{ty}" y2="{ty}" class="grid"/>'
            f'<text x="{PAD_LEFT - 6}" y="{ty + 4}" text-anchor="end" class="tick">{tick:g}</text>'
        )
        tick += step
    dates = sorted({p[0] for p in points})
    for day in dates if len(dates) <= 8 else dates[:: math.ceil(len(dates) / 8)]:
        parts.append(
            f'<text x="{x(day)}" y="{HEIGHT - 14}" text-anchor="middle" class="tick">'
            f"{escape(day.strftime('%d %b %y'))}</text>"
        )
    for index, series in enumerate(chart.series):
        if not series.points:
            continue
        color = PALETTE[index % len(PALETTE)]
        coords = " ".join(f"{x(d)},{y(v)}" for d, v in series.points)
        parts.append(
            f'<polyline points="{coords}" fill="none" stroke="{color}" stroke-width="2.5"/>'
        )
        for day, value in series.points:
            parts.append(
                f'<circle cx="{x(day)}" cy="{y(value)}" r="4" fill="{color}">'
                f"<title>{escape(series.label)} {day.isoformat()}: {value:g} "
                f"{escape(chart.unit)}</title></circle>"
            )
    legend_x = PAD_LEFT
    for index, series in enumerate(chart.series):
        if not series.points:
            continue
        color = PALETTE[index % len(PALETTE)]
        parts.append(
            f'<rect x="{legend_x}" y="{HEIGHT - 11}" width="10" height="8" fill="{color}"/>'
            f'<text x="{legend_x + 14}" y="{HEIGHT - 3}" class="legend">'
            f"{escape(series.label)}</text>"
        )
        legend_x += 24 + 6.5 * len(series.label)
    parts.append("</svg>")
    return mark_safe("".join(parts))
