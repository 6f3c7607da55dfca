"""Load the assessment norms in ``model/data/norms.toml`` into frozen, validated models.

The norms are the numbers an assessment compares a client with: blood-pressure and BMI classes,
waist and waist-to-hip risk, YMCA step-test ratings, body-density equations, HRmax formulas, the
one-rep-max chart. The file is parsed once and cached; a malformed file fails at load time with an
error naming the table and entry (``TableError``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, model_validator

from optcoach.model.datafile import build_table, parse_toml
from optcoach.model.tables import IntRange
from optcoach.model.vocab import Experience, PhaseNumber, Ruleset, Sex

HrMaxFormula = Literal["tanaka", "traditional", "gellish"]
HR_MAX_FORMULAS: tuple[HrMaxFormula, ...] = ("tanaka", "traditional", "gellish")
OneRepMaxMethod = Literal["epley", "brzycki", "chart"]
ONE_REP_MAX_METHODS: tuple[OneRepMaxMethod, ...] = ("epley", "brzycki", "chart")


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Band(Frozen):
    """One band of a classification: values ``below`` x, ``up_to`` x, or (last) all the rest."""

    category: str
    below: float | None = None
    up_to: float | None = None

    @model_validator(mode="after")
    def _one_bound(self) -> Self:
        if self.below is not None and self.up_to is not None:
            raise ValueError(f"band {self.category!r} gives both below and up_to")
        return self

    @property
    def bound(self) -> float | None:
        return self.below if self.below is not None else self.up_to

    def admits(self, value: float) -> bool:
        if self.below is not None:
            return value < self.below
        if self.up_to is not None:
            return value <= self.up_to
        return True


class BandTable(Frozen):
    """Bands ordered from low values up; every band but the last is bounded."""

    bands: tuple[Band, ...]

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if not self.bands:
            raise ValueError("a band table needs at least one band")
        *bounded, last = self.bands
        if last.bound is not None:
            raise ValueError(f"the last band {last.category!r} must be unbounded")
        bounds = []
        for band in bounded:
            if band.bound is None:
                raise ValueError(f"only the last band may be unbounded, not {band.category!r}")
            bounds.append(band.bound)
        if bounds != sorted(bounds) or len(set(bounds)) != len(bounds):
            raise ValueError(f"band bounds {bounds} must increase")
        return self

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(band.category for band in self.bands)

    def classify(self, value: float) -> str:
        """Return the category of the first band that admits ``value``."""
        for band in self.bands:
            if band.admits(value):
                return band.category
        raise AssertionError("unreachable: the last band admits every value")  # pragma: no cover


class BloodPressureNorms(Frozen):
    severity: tuple[str, ...]
    systolic: BandTable
    diastolic: BandTable

    @model_validator(mode="before")
    @classmethod
    def _wrap(cls, value: Any) -> Any:
        if isinstance(value, dict):
            value = dict(value)
            for key in ("systolic", "diastolic"):
                if isinstance(value.get(key), list):
                    value[key] = {"bands": value[key]}
        return value

    @model_validator(mode="after")
    def _known_categories(self) -> Self:
        for table in (self.systolic, self.diastolic):
            unknown = set(table.categories) - set(self.severity)
            if unknown:
                raise ValueError(f"categories {sorted(unknown)} are missing from severity")
        return self


class BmiNorms(BandTable):
    decimals: int


class YmcaColumn(Frozen):
    """One age column of the YMCA table: each rating's inclusive recovery-HR range."""

    ages: IntRange
    excellent: IntRange
    good: IntRange
    above_average: IntRange
    average: IntRange
    below_average: IntRange
    poor: IntRange
    very_poor: IntRange

    def ranges(self, ratings: tuple[str, ...]) -> tuple[tuple[str, IntRange], ...]:
        return tuple((rating, getattr(self, rating)) for rating in ratings)


class YmcaNorms(Frozen):
    ratings: tuple[str, ...]
    adult_min_age: int
    male: tuple[YmcaColumn, ...]
    female: tuple[YmcaColumn, ...]

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        for sex in ("male", "female"):
            columns: tuple[YmcaColumn, ...] = getattr(self, sex)
            for column in columns:
                ranges = [r for _, r in column.ranges(self.ratings)]
                for lower, upper in pairwise(ranges):
                    if lower.high >= upper.low:
                        raise ValueError(f"{sex} ages {column.ages}: ratings overlap or disorder")
            for before, after in pairwise(columns):
                if after.ages.low != before.ages.high + 1:
                    raise ValueError(f"{sex}: age columns must be contiguous")
        return self

    def column(self, sex: Sex, age: int) -> YmcaColumn:
        """Return the age column for ``age``; the youngest column serves younger clients."""
        columns = self.male if sex == "male" else self.female
        for column in columns:
            if age in column.ages:
                return column
        return columns[0] if age < columns[0].ages.low else columns[-1]


class DensityRow(Frozen):
    ages: IntRange
    c: float
    m: float


class DurninWomersleyNorms(Frozen):
    sites: tuple[str, ...]
    valid_ages: IntRange
    male: tuple[DensityRow, ...]
    female: tuple[DensityRow, ...]

    def row(self, sex: Sex, age: int) -> DensityRow:
        """Return the coefficients for ``sex`` at ``age``; raise KeyError if no row covers it."""
        for row in self.male if sex == "male" else self.female:
            if age in row.ages:
                return row
        raise KeyError(f"no Durnin-Womersley coefficients for a {sex} aged {age}")


class QuadraticDensity(Frozen):
    """Jackson-Pollock density = intercept - a*S + b*S^2 - c*age."""

    intercept: float
    a: float
    b: float
    c: float


class JacksonPollockSeven(Frozen):
    sites: tuple[str, ...]
    male: QuadraticDensity
    female: QuadraticDensity


class JacksonPollockThree(Frozen):
    sites_male: tuple[str, ...]
    sites_female: tuple[str, ...]
    male: QuadraticDensity
    female: QuadraticDensity


class JacksonPollockNorms(Frozen):
    seven_site: JacksonPollockSeven
    three_site: JacksonPollockThree


class SiriNorms(Frozen):
    numerator: float
    offset: float


class LinearAgeFormula(Frozen):
    intercept: float
    slope: float


class HrMaxNorms(Frozen):
    default: HrMaxFormula
    formulas: dict[HrMaxFormula, LinearAgeFormula]

    @model_validator(mode="after")
    def _all_formulas(self) -> Self:
        if set(self.formulas) != set(HR_MAX_FORMULAS):
            raise ValueError(f"formulas must be exactly {list(HR_MAX_FORMULAS)}")
        return self


class Vt2FieldTest(Frozen):
    duration_min: int
    averaged_last_min: int
    share: float


class RockportNorms(Frozen):
    intercept: float
    weight_lb: float
    age: float
    male: float
    time_min: float
    hr: float


class OneRepMaxNorms(Frozen):
    default: OneRepMaxMethod
    reliable_reps_max: int
    epley_divisor: float
    brzycki_numerator: float
    brzycki_denominator: float
    chart: dict[int, int]

    @model_validator(mode="after")
    def _chart_descends(self) -> Self:
        reps = sorted(self.chart)
        if reps != list(range(1, len(reps) + 1)) or self.chart[1] != 100:
            raise ValueError("chart must run from 1 rep at 100% without gaps")
        percents = [self.chart[r] for r in reps]
        if percents != sorted(percents, reverse=True):
            raise ValueError("chart percentages must fall as reps rise")
        return self


class StrengthTestNorms(Frozen):
    test_reps: int
    rest_s: int
    bench_increment_percent: IntRange
    squat_increment_percent: IntRange
    exercise_ids: dict[Literal["bench_press", "squat"], str]


class SharkSkillNorms(Frozen):
    fault_penalty_s: float


class ReassessmentDirections(Frozen):
    higher_is_better: tuple[str, ...]
    lower_is_better: tuple[str, ...]

    @model_validator(mode="after")
    def _disjoint(self) -> Self:
        both = set(self.higher_is_better) & set(self.lower_is_better)
        if both:
            raise ValueError(f"measures {sorted(both)} cannot improve in both directions")
        return self


class CardioStageRules(Frozen):
    by_experience: dict[Experience, int]
    low_fitness_ymca_ratings: tuple[str, ...]
    low_fitness_stage: int
    fat_loss_stage_max: int
    without_thresholds_stage_max: int
    population_stage: int


class PopulationAges(Frozen):
    youth_max_age: int
    older_adult_min_age: int


class StartPhaseRules(Frozen):
    default_phase: PhaseNumber
    experienced: tuple[Experience, ...]
    experienced_phase: PhaseNumber
    stabilization_bp_categories: tuple[str, ...]


class Norms(Frozen):
    """Every assessment norm, as read from ``norms.toml``."""

    blood_pressure: BloodPressureNorms
    resting_hr: BandTable
    bmi: BmiNorms
    waist: dict[Sex, BandTable]
    waist_to_hip: dict[Sex, BandTable]
    ymca: YmcaNorms
    durnin_womersley: DurninWomersleyNorms
    jackson_pollock: JacksonPollockNorms
    siri: SiriNorms
    hr_max: HrMaxNorms
    vt2_field_test: Vt2FieldTest
    rockport: RockportNorms
    one_rep_max: OneRepMaxNorms
    strength_test: StrengthTestNorms
    shark_skill: SharkSkillNorms
    reassessment: ReassessmentDirections
    talk_test: dict[Ruleset, dict[int, str]]
    cardio_stage: CardioStageRules
    populations: PopulationAges
    start_phase: StartPhaseRules


def _normalise(doc: dict[str, Any]) -> dict[str, Any]:
    """Turn the TOML's string-keyed rep chart into integers."""
    chart = doc.get("one_rep_max", {}).get("chart")
    if isinstance(chart, dict):
        doc["one_rep_max"]["chart"] = {int(reps): pct for reps, pct in chart.items()}
    for ruleset, zones in doc.get("talk_test", {}).items():
        doc["talk_test"][ruleset] = {int(zone): text for zone, text in zones.items()}
    return doc


def parse_norms(text: str, source: str = "model/data/norms.toml") -> Norms:
    """Return the norms in ``text``; raise TableError naming the entry when malformed."""
    return build_table(Norms, _normalise(parse_toml(text, source)), source)


@cache
def load_norms() -> Norms:
    """Return the packaged norms (cached); raise TableError when the data file is malformed."""
    text = resources.files("optcoach.model").joinpath("data", "norms.toml").read_text("utf-8")
    return parse_norms(text)


__all__ = [
    "HR_MAX_FORMULAS",
    "ONE_REP_MAX_METHODS",
    "Band",
    "BandTable",
    "HrMaxFormula",
    "Norms",
    "OneRepMaxMethod",
    "load_norms",
    "parse_norms",
]
