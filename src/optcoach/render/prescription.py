"""Spell out an item's prescription (dose, tempo, rest, intensity, load) alike in every format.

Only formatting happens here: every value comes from the Program as the planner wrote it. The one
choice made is which unit a load is shown in: pounds for a client who reads imperial units when the
planner recorded ``load_lb``, kilograms otherwise.
"""

from __future__ import annotations

from optcoach.model.client import Units
from optcoach.model.program import Intensity, Item, Session

_SECONDS_PER_MINUTE = 60
# Rest and holds read better as "90 s" than "1 min 30 s"; longer spans in minutes.
_SECONDS_SHOWN_BELOW = 120


def format_number(value: float) -> str:
    """Return ``value`` without a trailing ".0": 20.0 -> "20", 22.5 -> "22.5", 2.25 -> "2.25"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if text != "-0" else "0"


def format_seconds(seconds: int) -> str:
    """Return "45 s", "90 s", "10 min" or "2 min 30 s": whole seconds below two minutes."""
    minutes, rest = divmod(seconds, _SECONDS_PER_MINUTE)
    if seconds < _SECONDS_SHOWN_BELOW:
        return f"{seconds} s"
    if rest == 0:
        return f"{minutes} min"
    return f"{minutes} min {rest} s"


def format_dose(item: Item) -> str:
    """Return sets × reps or sets × duration, e.g. "2 × 12", "1 × 30 s each side", "3 sets"."""
    if item.reps is not None:
        dose = f"{item.sets} × {item.reps}"
    elif item.duration_s is not None:
        dose = f"{item.sets} × {format_seconds(item.duration_s)}"
    else:
        dose = f"{item.sets} set" if item.sets == 1 else f"{item.sets} sets"
    if item.per_side:
        dose += " each side"
    if item.side is not None:
        dose += f" ({item.side} side)"
    return dose


def format_rest(item: Item) -> str | None:
    """Return the rest after the item; "no rest" when a superset or a set of reps has none (the
    next exercise follows at once); None for timed holds and cardio, where rest means nothing."""
    if item.rest_s > 0:
        return format_seconds(item.rest_s)
    return "no rest" if item.superset is not None or item.reps is not None else None


def format_intensity(intensity: Intensity) -> str | None:
    """Return every intensity measure the item carries, joined with ", "; None when it has none."""
    parts: list[str] = []
    if intensity.percent_1rm is not None:
        parts.append(f"{format_number(intensity.percent_1rm)}% 1RM")
    if intensity.percent_body_weight is not None:
        parts.append(f"{format_number(intensity.percent_body_weight)}% body weight")
    if intensity.hr_zone is not None:
        zone = f"zone {intensity.hr_zone}"
        if intensity.hr_low is not None and intensity.hr_high is not None:
            zone += f" ({intensity.hr_low}–{intensity.hr_high} bpm)"
        elif intensity.hr_low is not None:
            zone += f" (≥ {intensity.hr_low} bpm)"
        elif intensity.hr_high is not None:
            zone += f" (≤ {intensity.hr_high} bpm)"
        parts.append(zone)
    if intensity.rep_max is not None:
        parts.append(f"{intensity.rep_max}RM load")
    if intensity.rpe is not None:
        parts.append(f"RPE {intensity.rpe}")
    if intensity.talk_test:
        parts.append("talk test")
    return ", ".join(parts) if parts else None


def format_load(item: Item, units: Units) -> str | None:
    """Return the load in the client's units ("40 lb", "17.5 kg"), or None for unloaded items."""
    if units == "imperial" and item.load_lb is not None:
        return f"{format_number(item.load_lb)} lb"
    if item.load_kg is not None:
        return f"{format_number(item.load_kg)} kg"
    return None


def item_details(item: Item, units: Units) -> tuple[str, ...]:
    """Return the item's prescription as short phrases, in reading order.

    E.g. ("3 × 10", "tempo 2-0-2-0", "rest 60 s", "75% 1RM", "135 lb"); absent values are left out.
    """
    details = [format_dose(item)]
    if item.tempo is not None:
        details.append(f"tempo {item.tempo}")
    rest = format_rest(item)
    if rest is not None:
        details.append(rest if item.rest_s == 0 else f"rest {rest}")
    intensity = format_intensity(item.intensity)
    if intensity is not None:
        details.append(intensity)
    load = format_load(item, units)
    if load is not None:
        details.append(load)
    return tuple(details)


def format_item_line(item: Item, units: Units) -> str:
    """Return the item on one line, for calendars and other plain-text summaries.

    E.g. "A1 Barbell squat: 3 × 10, tempo 2-0-2-0, rest 60 s, 75% 1RM, 135 lb (optional)".
    """
    prefix = f"{item.superset} " if item.superset is not None else ""
    suffix = " (optional)" if item.optional else ""
    return f"{prefix}{item.name}: {', '.join(item_details(item, units))}{suffix}"


def format_minutes(session: Session) -> str:
    """Return "about 52 of 60 min": the planner's estimate against the client's budget."""
    return f"about {session.minutes_estimated} of {session.minutes_budget} min"
