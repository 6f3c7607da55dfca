"""Load the special-population rules in ``safety/data/rules.toml`` into frozen ``Rule`` records.

A rule is one constraint of one population (e.g. "hypertension: 10-20 reps") with the text a
trainer reads and the source it comes from. The planner and the validator never read the file;
they read the combined ``Constraints`` (``optcoach.safety.constraints``), whose ``rules`` list the
records that applied so both can name them. The file is parsed once and cached; a malformed rule
fails at load time naming the file and the rule id.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_serializer,
    model_validator,
)

from optcoach.model.datafile import TableError, read_toml
from optcoach.model.tables import IntRange
from optcoach.model.vocab import (
    CONDITIONS,
    DERIVED_POPULATIONS,
    Condition,
    DerivedPopulation,
    MovementPattern,
    SafetyTag,
)

Population = Condition | DerivedPopulation
# The order populations are listed in everywhere (conditions as in DESIGN.md, then derived).
POPULATIONS: tuple[Population, ...] = (*CONDITIONS, *DERIVED_POPULATIONS)

# A rule's population: a special population, "injury" for the injury-region rules, or "history"
# for the SMR rules found in the client's history.
RulePopulation = Population | Literal["injury", "history"]

RuleKind = Literal[
    "excluded_tags",
    "excluded_patterns",
    "excluded_exercises",
    "percent_1rm",
    "percent_1rm_max",
    "reps",
    "sets",
    "frequency",
    "max_isometric_s",
    "max_concentric_s",
    "start_phase",
    "max_phase",
    "hr_percent_max",
    "use_rpe",
    "smr_contraindication",
    "smr_precaution",
    "cardio_modes",
    "cardio_minutes",
    "cardio_stage_max",
    "saq",
    "precaution",
]

# The one value field each kind carries (None: the kind is a flag or text only).
_VALUE_FIELD: dict[str, str | None] = {
    "excluded_tags": "tags",
    "excluded_patterns": "patterns",
    "excluded_exercises": "exercises",
    "percent_1rm": "range",
    "percent_1rm_max": "value",
    "reps": "range",
    "sets": "range",
    "frequency": "range",
    "max_isometric_s": "value",
    "max_concentric_s": "value",
    "start_phase": "value",
    "max_phase": "value",
    "hr_percent_max": "range",
    "use_rpe": None,
    "smr_contraindication": None,
    "smr_precaution": None,
    "cardio_modes": "modes",
    "cardio_minutes": "range",
    "cardio_stage_max": "value",
    "saq": "saq",
    "precaution": None,
}
_VALUE_FIELDS = ("tags", "patterns", "exercises", "range", "value", "modes", "saq")
# Value bounds per kind: phases 1-5, cardio stages 1-5, seconds, percentages.
_VALUE_BOUNDS: dict[str, tuple[int, int]] = {
    "percent_1rm_max": (1, 100),
    "max_isometric_s": (0, 10),
    "max_concentric_s": (0, 10),
    "start_phase": (1, 5),
    "max_phase": (1, 5),
    "cardio_stage_max": (1, 5),
}
_RANGE_BOUNDS: dict[str, tuple[int, int]] = {
    "percent_1rm": (1, 100),
    "reps": (1, 30),
    "sets": (1, 10),
    "frequency": (1, 7),
    "hr_percent_max": (20, 100),
    "cardio_minutes": (1, 180),
}


class SafetyModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RuleWhen(SafetyModel):
    """When a rule applies beyond its population being present; every set field must hold.

    ``weeks_min``/``weeks_max`` test the condition's ``weeks`` (pregnancy week, weeks since
    delivery); unknown weeks satisfy them, the conservative reading. ``controlled`` tests the
    condition's ``controlled`` flag, ``clearance`` whether a medical clearance is recorded, and
    ``with_population`` that another population is present too.
    """

    weeks_min: int | None = Field(default=None, ge=0, le=45)
    weeks_max: int | None = Field(default=None, ge=0, le=45)
    controlled: bool | None = None
    clearance: bool | None = None
    with_population: Population | None = None

    def describe(self) -> str:
        """Return the condition in words ("" when the rule always applies)."""
        parts = []
        if self.weeks_min is not None:
            parts.append(f"from week {self.weeks_min}")
        if self.weeks_max is not None:
            parts.append(f"up to week {self.weeks_max}")
        if self.controlled is not None:
            parts.append("when controlled" if self.controlled else "when not controlled")
        if self.clearance is not None:
            parts.append("with clearance" if self.clearance else "without clearance")
        if self.with_population is not None:
            parts.append(f"with {self.with_population}")
        return ", ".join(parts)


class SaqDose(SafetyModel):
    """A population's own SAQ dose (youth): drills per session, sets, reps, rest, days a week."""

    drills: IntRange
    sets: IntRange
    reps: IntRange
    rest_s: IntRange
    frequency: IntRange


class Rule(SafetyModel):
    """One constraint of one population, with the words and the source a trainer can check."""

    id: str = Field(pattern=r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
    population: RulePopulation
    kind: RuleKind
    text: str = Field(min_length=3)
    source: str = Field(min_length=3)
    unconfirmed: bool = False
    when: RuleWhen = RuleWhen()
    tags: frozenset[SafetyTag] = frozenset()
    patterns: frozenset[MovementPattern] = frozenset()
    exercises: frozenset[str] = frozenset()
    range: IntRange | None = None
    value: int | None = None
    modes: tuple[str, ...] = ()
    saq: SaqDose | None = None

    @field_serializer("tags", "patterns", "exercises")
    def _sorted(self, values: frozenset[str]) -> list[str]:
        return sorted(values)

    @model_validator(mode="after")
    def _one_value_for_its_kind(self) -> Self:
        wanted = _VALUE_FIELD[self.kind]
        for name in _VALUE_FIELDS:
            given = getattr(self, name)
            present = given is not None and given != frozenset() and given != ()
            if name == wanted and not present:
                raise ValueError(f"kind {self.kind!r} needs {name!r}")
            if name != wanted and present:
                raise ValueError(f"kind {self.kind!r} takes no {name!r}")
        if self.kind in _VALUE_BOUNDS and self.value is not None:
            low, high = _VALUE_BOUNDS[self.kind]
            if not low <= self.value <= high:
                raise ValueError(f"{self.kind} value {self.value} is outside {low}-{high}")
        if self.kind in _RANGE_BOUNDS and self.range is not None:
            low, high = _RANGE_BOUNDS[self.kind]
            if not (low <= self.range.low and self.range.high <= high):
                raise ValueError(f"{self.kind} range {self.range} is outside {low}-{high}")
        if not self.id.startswith(f"{self.population}."):
            raise ValueError(f"rule id must start with its population {self.population!r}")
        return self

    @property
    def label(self) -> str:
        """Return "population: text [source]" for warnings and validator messages."""
        marker = " (UNCONFIRMED)" if self.unconfirmed else ""
        return f"{self.population}: {self.text} [{self.source}]{marker}"


def read_data(name: str) -> dict[str, Any]:
    """Return the parsed TOML file ``safety/data/<name>``; raise TableError naming the file."""
    return read_toml("optcoach.safety", name)


def build_rule(data: dict[str, Any], where: str) -> Rule:
    """Return ``data`` as a Rule; raise TableError naming ``where`` and the bad field."""
    try:
        return Rule.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(part) for part in first["loc"])
        raise TableError(f"{where}{'.' + loc if loc else ''}: {first['msg']}") from exc


@cache
def load_rules() -> tuple[Rule, ...]:
    """Return every population rule in file order; raise TableError on a malformed rule."""
    doc = read_data("rules.toml")
    rules = tuple(
        build_rule(row, f"safety/data/rules.toml rule {row.get('id', index)!r}")
        for index, row in enumerate(doc.get("rule", ()))
    )
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise TableError(f"safety/data/rules.toml: rule id {rule.id!r} is used twice")
        seen.add(rule.id)
        if rule.population in ("injury", "history"):
            raise TableError(
                f"safety/data/rules.toml {rule.id!r}: {rule.population} rules live apart"
            )
    saq_owners = {rule.population for rule in rules if rule.kind == "saq"}
    if len(saq_owners) > 1:
        raise TableError(
            f"safety/data/rules.toml: only one population may set saq, not {saq_owners}"
        )
    return rules


def rules_for(population: Population) -> tuple[Rule, ...]:
    """Return the rules of one population in file order (conditional ones included)."""
    return tuple(rule for rule in load_rules() if rule.population == population)


__all__ = [
    "POPULATIONS",
    "Population",
    "Rule",
    "RuleKind",
    "RulePopulation",
    "RuleWhen",
    "SaqDose",
    "build_rule",
    "load_rules",
    "read_data",
    "rules_for",
]
