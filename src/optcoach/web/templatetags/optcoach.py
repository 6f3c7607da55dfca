"""Display filters: ids as words, loads in the client's units. No rule lives here."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template

from optcoach.model.vocab import PHASE_IDS, SECTION_IDS
from optcoach.web.units import format_load

register = template.Library()


@register.filter
def words(value: Any) -> str:
    """Turn an id such as "knees_move_inward" into "Knees move inward"."""
    if value is None or value == "":
        return "—"
    return str(value).replace("_", " ").capitalize()


# Display names where the id alone reads badly.
SECTION_LABELS = {
    "clients_choice": "Client's choice",
    "warm_up": "Warm-up",
    "cool_down": "Cool-down",
}


@register.filter
def section_label(section_id: Any) -> str:
    return SECTION_LABELS.get(str(section_id), words(section_id))


@register.filter
def join_words(values: Iterable[Any] | None) -> str:
    if not values:
        return "—"
    return ", ".join(str(v).replace("_", " ") for v in values)


@register.filter
def plain(value: Any) -> str:
    """Render a JSON value compactly for a facts list."""
    if isinstance(value, dict):
        return "; ".join(f"{k.replace('_', ' ')} {plain(v)}" for k, v in sorted(value.items()))
    if isinstance(value, list | tuple):
        return ", ".join(plain(v) for v in value) or "—"
    return words(value) if isinstance(value, str) and "_" in value else str(value)


@register.filter
def load(kg: Any, units: str) -> str:
    try:
        return format_load(float(kg), units)
    except (TypeError, ValueError):
        return ""


@register.filter
def item_load(item: Any, units: str) -> str:
    """Return an item's load (its ``load_kg``/``load_lb``) in the client's units."""
    get = item.get if isinstance(item, dict) else lambda key: getattr(item, key, None)
    return format_load(get("load_kg"), units, get("load_lb"))


@register.filter
def phase_name(number: Any) -> str:
    try:
        return PHASE_IDS[int(number)].replace("_", " ")
    except (KeyError, TypeError, ValueError):
        return ""


@register.filter
def six_sections(session: Any) -> list[dict[str, Any]]:
    """Return the six session sections in order, each with its index in the document or None.

    The planner may leave out a section it has nothing for; the card still shows all six.
    """
    present = {section.id: (index, section) for index, section in enumerate(session.sections)}
    return [
        {
            "id": section_id,
            "index": present.get(section_id, (None, None))[0],
            "section": present.get(section_id, (None, None))[1],
        }
        for section_id in SECTION_IDS
    ]


@register.simple_tag
def item_notes(notes: Any, section_index: int, item_index: int) -> list[Any]:
    """Return the recorded progression changes of one item (see programs.progression)."""
    if not isinstance(notes, dict):
        return []
    return list(notes.get((section_index, item_index), ()))
