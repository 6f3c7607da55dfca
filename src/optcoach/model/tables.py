"""Load the OPT tables in ``model/data`` into frozen, validated models.

The planner and the validator both read these tables, so every number of the OPT model lives in
exactly one place. Each file is parsed once and cached; a malformed file fails at load time with
an error naming the file and the entry.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, model_validator

from optcoach.model.datafile import TableError, build_table, read_toml
from optcoach.model.vocab import (
    PHASE_LEVELS,
    ExerciseRole,
    Experience,
    FlexibilityTechnique,
    Form,
    Goal,
    Level,
    PhaseId,
    PhaseNumber,
    Ruleset,
    SectionId,
)


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class IntRange(Frozen):
    """An inclusive range of whole numbers, written ``[low, high]`` in the tables."""

    low: int
    high: int

    @model_validator(mode="before")
    @classmethod
    def _from_pair(cls, value: Any) -> Any:
        if isinstance(value, list | tuple):
            if len(value) != 2:
                raise ValueError("a range is written [low, high]")
            return {"low": value[0], "high": value[1]}
        return value

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.low > self.high:
            raise ValueError(f"range low {self.low} is above high {self.high}")
        return self

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int | float) and self.low <= value <= self.high

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"

    def clamp(self, value: int) -> int:
        return max(self.low, min(self.high, value))


class RoleVariables(Frozen):
    """Acute variables for one exercise role inside a phase's resistance block."""

    reps: IntRange
    tempo: str
    percent_1rm: IntRange
    rest_s: IntRange
    percent_body_weight_max: int | None = None


class PhaseTable(Frozen):
    """The resistance acute variables of one OPT phase in one ruleset."""

    number: PhaseNumber
    id: PhaseId
    weeks: IntRange
    default_weeks: int
    sets: IntRange
    frequency: IntRange
    exercises_per_body_part: IntRange
    superset: Literal["none", "strength->stabilization", "strength->power"]
    roles: dict[ExerciseRole, RoleVariables]

    @property
    def level(self) -> Level:
        return PHASE_LEVELS[self.number]

    @property
    def superset_roles(self) -> tuple[ExerciseRole, ExerciseRole] | None:
        """Return the (first, second) roles of the phase's superset, or None."""
        if self.superset == "none":
            return None
        first, second = self.superset.split("->")
        return first, second  # type: ignore[return-value]

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.default_weeks not in self.weeks:
            raise ValueError(f"default_weeks {self.default_weeks} is outside weeks {self.weeks}")
        pair = self.superset_roles
        expected = set(pair) if pair else {next(iter(self.roles))}
        if set(self.roles) != expected or len(self.roles) != len(expected):
            raise ValueError(f"roles {sorted(self.roles)} do not match superset {self.superset!r}")
        return self


class FlexibilityDose(Frozen):
    exercises: IntRange
    sets: IntRange
    hold_s: IntRange | None = None
    reps: IntRange | None = None


class FormDose(Frozen):
    """How much of one training form a session holds at one level."""

    optional: bool
    exercises: IntRange
    sets: IntRange
    reps: IntRange
    rest_s: IntRange
    tempo: str | None = None
    hold_s: IntRange | None = None


class FlexibilityTable(Frozen):
    levels: dict[Level, FlexibilityTechnique]
    smr: FlexibilityDose
    static: FlexibilityDose
    active: FlexibilityDose
    dynamic: FlexibilityDose

    def technique(self, name: FlexibilityTechnique) -> FlexibilityDose:
        dose: FlexibilityDose = getattr(self, name)
        return dose


class ClientsChoiceTable(Frozen):
    exercises: IntRange


class FormsTable(Frozen):
    flexibility: FlexibilityTable
    core: dict[Level, FormDose]
    balance: dict[Level, FormDose]
    plyometric: dict[Level, FormDose]
    saq: dict[Level, FormDose]
    clients_choice: ClientsChoiceTable

    def dose(self, form: Form, level: Level) -> FormDose:
        """Return the dose of a level-graded form (core, balance, plyometric or saq)."""
        if form not in ("core", "balance", "plyometric", "saq"):
            raise KeyError(f"{form} has no per-level dose table")
        table: dict[Level, FormDose] = getattr(self, form)
        return table[level]


class CardioZone(Frozen):
    zone: int
    rpe: IntRange
    bounds: tuple[str, str] | None = None
    percent_hr_max: IntRange | None = None


class CardioStage(Frozen):
    stage: int
    zones: tuple[int, ...]
    minutes: IntRange
    advance_when: str
    sessions_per_week: IntRange | None = None
    work_s: IntRange | None = None
    recovery_s: IntRange | None = None
    work_rest: tuple[str, ...] = ()
    requires_thresholds: bool = False


class CardioTable(Frozen):
    method: Literal["ventilatory_threshold", "percent_hr_max"]
    rpe_scale: str
    warm_up_minutes: IntRange
    cool_down_minutes: IntRange
    weekly_growth_max_percent: int
    zones: tuple[CardioZone, ...]
    stages: tuple[CardioStage, ...]
    estimated_vt1_percent_hr_max: int | None = None
    estimated_vt2_percent_hr_max: int | None = None


class GoalRoute(Frozen):
    allowed: frozenset[PhaseNumber]
    opening: tuple[tuple[PhaseNumber, ...], ...]
    cycle: tuple[tuple[PhaseNumber, ...], ...]
    cardio_every_block: bool

    @model_validator(mode="after")
    def _uses_allowed_phases(self) -> Self:
        for block in (*self.opening, *self.cycle):
            if not block or not set(block) <= self.allowed:
                raise ValueError(f"block {list(block)} uses a phase outside {sorted(self.allowed)}")
        return self


class GoalsTable(Frozen):
    routes: dict[Goal, GoalRoute]
    fallback: dict[PhaseNumber, PhaseNumber]


class SectionTemplate(Frozen):
    id: SectionId
    forms: tuple[Form, ...]
    required: bool
    minutes: IntRange
    trim_priority: int


class Timing(Frozen):
    transition_s: int
    explosive_component_s: float
    drill_rep_s: int
    dynamic_rep_s: int


class TemplateTable(Frozen):
    sections: tuple[SectionTemplate, ...]
    timing: Timing


class StatusTable(Frozen):
    days: IntRange
    splits: tuple[Literal["total_body", "upper_lower", "push_pull_legs", "body_part"], ...]


class TrainingStatusTable(Frozen):
    session_minutes: IntRange
    statuses: dict[Experience, StatusTable]


class RulesetTables(Frozen):
    """Everything the engine needs to know about one ruleset."""

    name: Ruleset
    phases: dict[PhaseNumber, PhaseTable]
    forms: FormsTable
    cardio: CardioTable

    def phase(self, number: int) -> PhaseTable:
        return self.phases[number]  # type: ignore[index]


def _read(name: str) -> dict[str, Any]:
    return read_toml("optcoach.model", name)


@cache
def load_ruleset(name: Ruleset) -> RulesetTables:
    """Return the tables of ruleset ``name``; raise TableError when a data file is malformed."""
    phases_doc = _read("phases.toml")
    forms_doc = _read("forms.toml")
    cardio_doc = _read("cardio.toml")
    if name not in phases_doc:
        raise TableError(f"model/data/phases.toml: no ruleset {name!r}")
    phases = {
        int(number): build_table(
            PhaseTable, {"number": int(number), **row}, f"phases.toml {name}.{number}"
        )
        for number, row in phases_doc[name].items()
    }
    if sorted(phases) != [1, 2, 3, 4, 5]:
        raise TableError(f"model/data/phases.toml {name}: phases must be exactly 1-5")
    return RulesetTables(
        name=name,
        phases=phases,
        forms=build_table(FormsTable, forms_doc[name], f"forms.toml {name}"),
        cardio=build_table(CardioTable, cardio_doc[name], f"cardio.toml {name}"),
    )


@cache
def load_goals() -> GoalsTable:
    doc = _read("goals.toml")
    fallback = {int(k): v for k, v in doc.pop("fallback", {}).items()}
    return build_table(GoalsTable, {"routes": doc, "fallback": fallback}, "goals.toml")


@cache
def load_template() -> TemplateTable:
    return build_table(TemplateTable, _read("template.toml"), "template.toml")


@cache
def load_training_status() -> TrainingStatusTable:
    doc = _read("training_status.toml")
    minutes = doc.pop("session_minutes")
    return build_table(
        TrainingStatusTable,
        {"session_minutes": minutes, "statuses": doc},
        "training_status.toml",
    )


def parse_tempo(tempo: str, explosive_component_s: float) -> float:
    """Return the seconds one rep takes at ``tempo`` ("4-2-1-1", or "X" parts for explosive).

    Raise ValueError if the tempo is not four dash-separated parts.
    """
    parts = tempo.split("-")
    if len(parts) != 4:
        raise ValueError(f"tempo {tempo!r} must have four parts, e.g. 4-2-1-1")
    seconds = 0.0
    for part in parts:
        if part.upper() == "X":
            seconds += explosive_component_s
        elif part.isdigit():
            seconds += int(part)
        else:
            raise ValueError(f"tempo {tempo!r} has a part that is neither a number nor X")
    return seconds


__all__ = [
    "CardioStage",
    "CardioTable",
    "CardioZone",
    "FlexibilityDose",
    "FormDose",
    "FormsTable",
    "GoalRoute",
    "GoalsTable",
    "IntRange",
    "PhaseTable",
    "RoleVariables",
    "RulesetTables",
    "SectionTemplate",
    "TableError",
    "TemplateTable",
    "TrainingStatusTable",
    "load_goals",
    "load_ruleset",
    "load_template",
    "load_training_status",
    "parse_tempo",
]
