"""Decide which special populations a client belongs to, and why.

A population comes from a stated condition (``client.conditions``), from age (youth 6-17, older
adult 65+, thresholds in ``safety/data/populations.toml``), from medication (a beta-blocker or
another heart-rate-lowering drug named in ``client.medications``) or from a measured blood
pressure in a hypertension category. Each membership keeps the facts
the rules test (pregnancy week, whether hypertension is controlled) and a reason in words.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from pydantic import Field

from optcoach.assessment.body_composition import OBESE_BMI_CATEGORIES
from optcoach.assessment.intake import beta_blocker_names
from optcoach.assessment.report import current_bmi
from optcoach.assessment.vitals import BloodPressureCategory
from optcoach.model.client import MIN_AGE, Client, ConditionEntry
from optcoach.model.norms import load_norms
from optcoach.model.tables import IntRange, TableError
from optcoach.safety.readings import ReportView, blood_pressure_of, report_uses_rpe
from optcoach.safety.rules import POPULATIONS, Population, SafetyModel, read_data

_FILE = "safety/data/populations.toml"


class PopulationTable(SafetyModel):
    """Age bands, extra heart-rate drugs and blood-pressure categories that place a client."""

    youth_ages: IntRange
    older_adult_min_age: int = Field(ge=18)
    other_heart_rate_drugs: tuple[str, ...] = ()
    hypertension_categories: frozenset[BloodPressureCategory]
    uncontrolled_categories: frozenset[BloodPressureCategory]
    needs_clearance: frozenset[BloodPressureCategory]


class Membership(SafetyModel):
    """One population a client belongs to, with the facts its rules test."""

    population: Population
    reason: str
    weeks: int | None = None
    controlled: bool = True


@cache
def load_population_table() -> PopulationTable:
    """Return the population thresholds; raise TableError naming the file when malformed."""
    doc = read_data("populations.toml")
    ages = load_norms().populations
    try:
        return PopulationTable(
            youth_ages=IntRange(low=MIN_AGE, high=ages.youth_max_age),
            older_adult_min_age=ages.older_adult_min_age,
            other_heart_rate_drugs=tuple(n.lower() for n in doc["heart_rate_drugs"]["other"]),
            **doc["blood_pressure"],
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise TableError(f"{_FILE}: {exc}") from exc


def heart_rate_drug(medication: str) -> str | None:
    """Return the heart-rate-lowering drug ``medication`` names, or None.

    Beta-blockers are recognised by the assessment's list (model/data/intake.toml); the other
    heart-rate-lowering drugs by this package's list, as whole words, case-insensitively.
    """
    if beta_blocker_names((medication,)):
        return "beta-blocker"
    text = medication.lower()
    for name in load_population_table().other_heart_rate_drugs:
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
    bmi = current_bmi(client)
    if "obesity" not in found and bmi.category in OBESE_BMI_CATEGORIES:
        # the assessment names the client obese by BMI, so the program adapts as for obesity
        found["obesity"] = Membership(
            population="obesity", reason=f"BMI {bmi.value} ({bmi.category.replace('_', ' ')})"
        )
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


def memberships_for(
    client: Client, report: ReportView | None = None, on: dt.date | None = None
) -> tuple[Membership, ...]:
    """Return every population of the client, in canonical order, with its reason.

    Besides the client file, a measured blood pressure in a hypertension category adds (or, when
    in an uncontrolled category, marks as not controlled) hypertension, and a report that says
    heart-rate targets do not apply adds beta_blockers.
    """
    table = load_population_table()
    found = memberships_from_client(client, on)
    reading = blood_pressure_of(client, report)
    if reading is not None and reading.category in table.hypertension_categories:
        measured = f"blood pressure {reading.systolic}/{reading.diastolic} ({reading.category})"
        uncontrolled = reading.category in table.uncontrolled_categories
        stated = found.get("hypertension")
        if stated is None:
            found["hypertension"] = Membership(
                population="hypertension", reason=measured, controlled=not uncontrolled
            )
        elif uncontrolled and stated.controlled:
            found["hypertension"] = Membership(
                population="hypertension",
                reason=f"stated condition; {measured} shows it is not controlled",
                controlled=False,
            )
    if report_uses_rpe(report) and "beta_blockers" not in found:
        found["beta_blockers"] = Membership(
            population="beta_blockers", reason="assessment: heart-rate targets do not apply"
        )
    return ordered(found)


def ordered(found: dict[Population, Membership]) -> tuple[Membership, ...]:
    """Return memberships in the canonical population order (conditions, then derived)."""
    return tuple(found[p] for p in POPULATIONS if p in found)


__all__ = [
    "Membership",
    "PopulationTable",
    "heart_rate_drug",
    "load_population_table",
    "memberships_for",
    "memberships_from_client",
    "ordered",
]
