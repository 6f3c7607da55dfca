"""Decide which special populations a client belongs to, and why.

A population comes from a stated condition (``client.conditions``), from age (youth 6-17, older
adult 65+, thresholds in ``safety/data/populations.toml``) or from medication (a beta-blocker or
another heart-rate-lowering drug named in ``client.medications``). Each membership keeps the facts
the rules test (pregnancy week, whether hypertension is controlled) and a reason in words.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from pydantic import Field

from optcoach.model.client import Client, ConditionEntry
from optcoach.model.tables import IntRange, TableError
from optcoach.safety.rules import POPULATIONS, Population, SafetyModel, read_data

_FILE = "safety/data/populations.toml"


class PopulationTable(SafetyModel):
    """Age bands and medication names that place a client in a derived population."""

    youth_ages: IntRange
    older_adult_min_age: int = Field(ge=18)
    beta_blocker_names: tuple[str, ...] = Field(min_length=1)
    rate_lowering_names: tuple[str, ...] = ()


class Membership(SafetyModel):
    """One population a client belongs to, with the facts its rules test."""

    population: Population
    reason: str
    weeks: int | None = None
    controlled: bool = True


@cache
def load_population_table() -> PopulationTable:
    """Return the age bands and drug names; raise TableError naming the file when malformed."""
    doc = read_data("populations.toml")
    try:
        return PopulationTable(
            youth_ages=IntRange.model_validate(doc["age"]["youth"]),
            older_adult_min_age=doc["age"]["older_adult_min"],
            beta_blocker_names=tuple(n.lower() for n in doc["beta_blockers"]["names"]),
            rate_lowering_names=tuple(
                n.lower() for n in doc["beta_blockers"].get("other_rate_lowering", ())
            ),
        )
    except (KeyError, ValueError) as exc:
        raise TableError(f"{_FILE}: {exc}") from exc


def heart_rate_drug(medication: str) -> str | None:
    """Return the heart-rate-lowering drug named in ``medication`` (whole-word match), or None."""
    table = load_population_table()
    text = medication.lower()
    for name in (*table.beta_blocker_names, *table.rate_lowering_names):
        if re.search(rf"\b{re.escape(name)}", text):
            return name
    return None


def _condition_membership(entries: list[ConditionEntry]) -> Membership:
    """Merge the entries of one condition; disagreeing weeks become unknown (strictest rules)."""
    weeks = {entry.weeks for entry in entries}
    return Membership(
        population=entries[0].id,
        reason="stated condition",
        weeks=weeks.pop() if len(weeks) == 1 else None,
        controlled=all(entry.controlled for entry in entries),
    )


def memberships_from_client(
    client: Client, on: dt.date | None = None
) -> dict[Population, Membership]:
    """Return the populations the client file itself places the client in.

    ``on`` is the day the age is taken on (default: the client's start date, else today).
    """
    table = load_population_table()
    found: dict[Population, Membership] = {}
    by_condition: dict[Population, list[ConditionEntry]] = {}
    for entry in client.conditions:
        by_condition.setdefault(entry.id, []).append(entry)
    for population, entries in by_condition.items():
        found[population] = _condition_membership(entries)
    age = client.age_on(on or client.start_date or dt.date.today())
    if age in table.youth_ages:
        found["youth"] = Membership(population="youth", reason=f"age {age}")
    if age >= table.older_adult_min_age:
        found["older_adult"] = Membership(population="older_adult", reason=f"age {age}")
    for medication in client.medications:
        drug = heart_rate_drug(medication)
        if drug is not None:
            found["beta_blockers"] = Membership(
                population="beta_blockers", reason=f"medication {medication!r} ({drug})"
            )
            break
    return found


def ordered(found: dict[Population, Membership]) -> tuple[Membership, ...]:
    """Return memberships in the canonical population order (conditions, then derived)."""
    return tuple(found[p] for p in POPULATIONS if p in found)


__all__ = [
    "Membership",
    "PopulationTable",
    "heart_rate_drug",
    "load_population_table",
    "memberships_from_client",
    "ordered",
]
