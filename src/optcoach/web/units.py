"""Show loads in the client's units: a unit conversion, nothing more."""

from __future__ import annotations

from optcoach.model.client import KG_PER_LB


def kg_to_lb(kg: float) -> float:
    return kg / KG_PER_LB


def lb_to_kg(lb: float) -> float:
    return lb * KG_PER_LB


def format_load(kg: float | None, units: str, lb: float | None = None) -> str:
    """Return "40 kg" or "88 lb"; a stated pound value wins over converting the kilograms."""
    if kg is None and lb is None:
        return ""
    if units == "imperial":
        pounds = lb if lb is not None else kg_to_lb(kg or 0.0)
        return f"{_trim(round(pounds * 2) / 2)} lb"
    kilograms = kg if kg is not None else lb_to_kg(lb or 0.0)
    return f"{_trim(round(kilograms * 2) / 2)} kg"


def to_display(kg: float | None, units: str) -> float | None:
    """Return a kilogram value in the client's unit, rounded to the half unit, for a form."""
    if kg is None:
        return None
    value = kg_to_lb(kg) if units == "imperial" else kg
    return round(value * 2) / 2


def from_display(value: float | None, units: str) -> float | None:
    """Return kilograms for a value typed in the client's unit."""
    if value is None:
        return None
    return round(lb_to_kg(value), 3) if units == "imperial" else value


def _trim(value: float) -> str:
    return f"{value:g}"
