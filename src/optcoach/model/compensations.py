"""Compensation tables: what each observed compensation says about overactive/underactive muscles.

Read by the assessment (to turn observations into findings) and by the catalog's lint tests (every
muscle a finding can flag must have exercises that release, lengthen or activate it).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from optcoach.model.datafile import TableError, read_toml
from optcoach.model.vocab import Muscle, Ruleset

CompensationTest = Literal["ohsa", "single_leg_squat", "pushing", "pulling", "static_posture"]
TESTS: tuple[CompensationTest, ...] = (
    "ohsa",
    "single_leg_squat",
    "pushing",
    "pulling",
    "static_posture",
)


class CompensationRow(BaseModel):
    """One compensation of one test; side-aware rows split muscles by side."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    test: CompensationTest
    compensation: str
    source: Literal["cpt7", "cpt6", "ces"]
    view: Literal["anterior", "lateral", "posterior"] | None = None
    unconfirmed: bool = False
    overactive: tuple[Muscle, ...] = ()
    underactive: tuple[Muscle, ...] = ()
    overactive_same: tuple[Muscle, ...] = ()
    overactive_opposite: tuple[Muscle, ...] = ()
    underactive_same: tuple[Muscle, ...] = ()
    underactive_opposite: tuple[Muscle, ...] = ()

    @property
    def all_overactive(self) -> frozenset[Muscle]:
        return frozenset(self.overactive + self.overactive_same + self.overactive_opposite)

    @property
    def all_underactive(self) -> frozenset[Muscle]:
        return frozenset(self.underactive + self.underactive_same + self.underactive_opposite)


@cache
def load_compensations(ruleset: Ruleset) -> tuple[CompensationRow, ...]:
    """Return the ruleset's rows followed by the CES rows both rulesets share.

    Raise TableError naming the row when the data file is malformed.
    """
    doc = read_toml("optcoach.model", "compensations.toml")
    rows: list[CompensationRow] = []
    for source in (ruleset, "ces"):
        for test, entries in doc.get(source, {}).items():
            for index, entry in enumerate(entries):
                try:
                    rows.append(
                        CompensationRow.model_validate({"test": test, "source": source, **entry})
                    )
                except ValidationError as exc:
                    raise TableError(
                        f"model/data/compensations.toml {source}.{test}[{index}]: "
                        f"{exc.errors()[0]['loc']} {exc.errors()[0]['msg']}"
                    ) from exc
    return tuple(rows)


def find_row(ruleset: Ruleset, test: CompensationTest, compensation: str) -> CompensationRow:
    """Return the row for ``compensation`` on ``test``; raise KeyError if the ruleset has none."""
    for row in load_compensations(ruleset):
        if row.test == test and row.compensation == compensation:
            return row
    raise KeyError(f"{ruleset} has no {test} row for {compensation!r}")


def flaggable_muscles(ruleset: Ruleset) -> tuple[frozenset[Muscle], frozenset[Muscle]]:
    """Return (every muscle any row can flag overactive, every muscle it can flag underactive)."""
    over: set[Muscle] = set()
    under: set[Muscle] = set()
    for row in load_compensations(ruleset):
        over |= row.all_overactive
        under |= row.all_underactive
    return frozenset(over), frozenset(under)
