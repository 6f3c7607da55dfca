"""Cardiorespiratory assessment: HRmax, heart-rate targets and zones, step and walk tests.

cpt7 zones are bounded by the ventilatory thresholds (VT1, their midpoint, VT2); when a threshold
was not measured it is estimated from HRmax (shares in ``cardio.toml``) and the zones are marked
estimated. cpt6 zones are bands of HRmax. Clients on beta-blockers get RPE and talk-test zones
with no heart-rate numbers, because a predicted HRmax does not apply to them.
"""

from __future__ import annotations

import math
from typing import Literal, cast, get_args

from pydantic import BaseModel, ConfigDict

from optcoach.assessment.rounding import round_bpm, round_half_up
from optcoach.model.norms import HrMaxFormula, load_norms
from optcoach.model.tables import IntRange, load_ruleset
from optcoach.model.vocab import Experience, Goal, Ruleset, Sex

YmcaRating = Literal[
    "excellent", "good", "above_average", "average", "below_average", "poor", "very_poor"
]
YMCA_RATINGS: tuple[YmcaRating, ...] = get_args(YmcaRating)
VO2MAX_DECIMALS = 1


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class HeartRateZone(Frozen):
    """One training zone: inclusive bpm bounds (None where open or on RPE only) and its RPE."""

    zone: int
    low: int | None
    high: int | None
    rpe: IntRange
    rpe_scale: str
    talk_test: str


class HeartRate(Frozen):
    """HRmax and the zones of one ruleset.

    ``estimated`` is True when a cpt7 threshold came from HRmax rather than a test; ``use_rpe``
    is True on beta-blockers, and then every bpm value is None.
    """

    hr_max: int | None
    formula: HrMaxFormula
    method: Literal["ventilatory_threshold", "percent_hr_max"]
    vt1: int | None
    vt2: int | None
    zones: tuple[HeartRateZone, ...]
    estimated: bool
    use_rpe: bool
    notes: tuple[str, ...] = ()


class YmcaStepTest(Frozen):
    recovery_hr: int
    rating: YmcaRating
    warnings: tuple[str, ...] = ()


class Vo2max(Frozen):
    value: float
    method: Literal["rockport"]


def _check_age(age: int) -> None:
    if age <= 0:
        raise ValueError(f"age must be positive, not {age}")


def _check_percent(percent: float) -> None:
    if not 0 < percent <= 100:
        raise ValueError(f"percent must be in (0, 100], not {percent}")


def hr_max(age: int, formula: HrMaxFormula | None = None) -> int:
    """Return predicted HRmax in whole bpm (Tanaka unless ``formula`` says otherwise).

    Raise ValueError if ``age`` is not positive, KeyError for an unknown formula.
    """
    _check_age(age)
    norms = load_norms().hr_max
    coeffs = norms.formulas[formula or norms.default]
    return round_bpm(coeffs.intercept - coeffs.slope * age)


def percent_hr_max_target(max_hr: int, percent: float) -> int:
    """Return the target heart rate at ``percent`` of HRmax; raise ValueError out of (0, 100]."""
    _check_percent(percent)
    return round_bpm(max_hr * percent / 100)


def karvonen_target(max_hr: int, resting_hr: int, percent: float) -> int:
    """Return the Karvonen target: (HRmax - HRrest) x percent + HRrest.

    Raise ValueError if the percent is out of (0, 100] or resting HR is not below HRmax.
    """
    _check_percent(percent)
    if not 0 < resting_hr < max_hr:
        raise ValueError(f"resting_hr {resting_hr} must be positive and below HRmax {max_hr}")
    return round_bpm((max_hr - resting_hr) * percent / 100 + resting_hr)


def vt2_from_field_test(mean_hr_last_minutes: int) -> int:
    """Return VT2 from the 20-minute test: the mean HR of its last 5 minutes times 0.95."""
    if mean_hr_last_minutes <= 0:
        raise ValueError(f"vt2_test_hr must be positive, not {mean_hr_last_minutes}")
    return round_bpm(mean_hr_last_minutes * load_norms().vt2_field_test.share)


def cpt7_zones(vt1: int, vt2: int, max_hr: int | None) -> tuple[HeartRateZone, ...]:
    """Return cpt7 zones: z1 below VT1, z2 VT1 to the midpoint, z3 midpoint to VT2, z4 from VT2.

    The midpoint is (VT1 + VT2) / 2; a fractional midpoint starts zone 3 at the next whole beat.
    Zone 4 runs up to HRmax when it is known (or to VT2 when a measured VT2 exceeds a predicted
    HRmax). Raise ValueError unless VT1 is at least 2 beats below VT2.
    """
    if not 0 < vt1 < vt2 - 1:
        raise ValueError(f"vt1 {vt1} must be positive and at least 2 bpm below vt2 {vt2}")
    if max_hr is not None:
        max_hr = max(max_hr, vt2)
    midpoint = math.ceil((vt1 + vt2) / 2)
    bounds = {"vt1": vt1, "midpoint": midpoint, "vt2": vt2}
    cardio = load_ruleset("cpt7").cardio
    talk = load_norms().talk_test["cpt7"]
    zones = []
    for row in cardio.zones:
        lower, upper = row.bounds or ("", "")
        zones.append(
            HeartRateZone(
                zone=row.zone,
                low=bounds[lower] if lower else None,
                high=bounds[upper] - 1 if upper else max_hr,
                rpe=row.rpe,
                rpe_scale=cardio.rpe_scale,
                talk_test=talk[row.zone],
            )
        )
    return tuple(zones)


def cpt6_zones(max_hr: int) -> tuple[HeartRateZone, ...]:
    """Return cpt6 zones as bpm bands of HRmax (65-75%, 76-85%, 86-95%).

    The printed bands skip a percent between zones; in beats, each zone starts the beat after
    the previous one ends, so no heart rate falls between zones.
    """
    cardio = load_ruleset("cpt6").cardio
    talk = load_norms().talk_test["cpt6"]
    zones: list[HeartRateZone] = []
    for row in cardio.zones:
        if row.percent_hr_max is None:
            raise ValueError(f"cpt6 zone {row.zone} has no percent_hr_max band")
        low = percent_hr_max_target(max_hr, row.percent_hr_max.low)
        previous_high = zones[-1].high if zones else None
        zones.append(
            HeartRateZone(
                zone=row.zone,
                low=previous_high + 1 if previous_high is not None else low,
                high=percent_hr_max_target(max_hr, row.percent_hr_max.high),
                rpe=row.rpe,
                rpe_scale=cardio.rpe_scale,
                talk_test=talk[row.zone],
            )
        )
    return tuple(zones)


def rpe_zones(ruleset: Ruleset) -> tuple[HeartRateZone, ...]:
    """Return the ruleset's zones by RPE and talk test only (every bpm value None)."""
    cardio = load_ruleset(ruleset).cardio
    talk = load_norms().talk_test[ruleset]
    return tuple(
        HeartRateZone(
            zone=row.zone,
            low=None,
            high=None,
            rpe=row.rpe,
            rpe_scale=cardio.rpe_scale,
            talk_test=talk[row.zone],
        )
        for row in cardio.zones
    )


def _thresholds(
    max_hr: int, vt1: int | None, vt2: int | None
) -> tuple[int, int, bool, tuple[str, ...]]:
    """Return (vt1, vt2, estimated, notes), estimating what was not measured from HRmax."""
    cardio = load_ruleset("cpt7").cardio
    share1 = cardio.estimated_vt1_percent_hr_max
    share2 = cardio.estimated_vt2_percent_hr_max
    if share1 is None or share2 is None:
        raise ValueError("cardio.toml cpt7 lacks the estimated VT shares")
    est1 = percent_hr_max_target(max_hr, share1)
    est2 = percent_hr_max_target(max_hr, share2)
    notes: list[str] = []
    final1 = vt1 if vt1 is not None else est1
    final2 = vt2 if vt2 is not None else est2
    if vt1 is None:
        notes.append(f"VT1 not measured: estimated at {share1}% of HRmax ({est1} bpm)")
    if vt2 is None:
        notes.append(f"VT2 not measured: estimated at {share2}% of HRmax ({est2} bpm)")
    if final1 >= final2:
        notes.append(
            f"measured and estimated thresholds disagree ({final1} >= {final2} bpm): both "
            "estimated from HRmax; measure VT1 and VT2"
        )
        return est1, est2, True, tuple(notes)
    return final1, final2, vt1 is None or vt2 is None, tuple(notes)


def heart_rate_profile(
    age: int,
    ruleset: Ruleset = "cpt7",
    *,
    formula: HrMaxFormula | None = None,
    vt1: int | None = None,
    vt2: int | None = None,
    vt2_test_hr: int | None = None,
    beta_blockers: bool = False,
) -> HeartRate:
    """Return HRmax and the ruleset's zones.

    VT2 comes from ``vt2`` when measured, else from the 20-minute test (``vt2_test_hr``), else
    from HRmax. On beta-blockers, the zones are RPE/talk-test only.
    """
    chosen: HrMaxFormula = formula or load_norms().hr_max.default
    method = load_ruleset(ruleset).cardio.method
    if beta_blockers:
        return HeartRate(
            hr_max=None,
            formula=chosen,
            method=method,
            vt1=None,
            vt2=None,
            zones=rpe_zones(ruleset),
            estimated=False,
            use_rpe=True,
            notes=(
                "beta-blockers: predicted heart rates do not apply; guide intensity by RPE and "
                "the talk test",
            ),
        )
    max_hr = hr_max(age, chosen)
    if method == "percent_hr_max":
        return HeartRate(
            hr_max=max_hr,
            formula=chosen,
            method=method,
            vt1=None,
            vt2=None,
            zones=cpt6_zones(max_hr),
            estimated=False,
            use_rpe=False,
        )
    notes: tuple[str, ...] = ()
    if vt2 is None and vt2_test_hr is not None:
        vt2 = vt2_from_field_test(vt2_test_hr)
        notes = (f"VT2 {vt2} bpm from the 20-minute test (mean {vt2_test_hr} bpm x 0.95)",)
    final1, final2, estimated, more = _thresholds(max_hr, vt1, vt2)
    return HeartRate(
        hr_max=max_hr,
        formula=chosen,
        method=method,
        vt1=final1,
        vt2=final2,
        zones=cpt7_zones(final1, final2, max(max_hr, final2)),
        estimated=estimated,
        use_rpe=False,
        notes=notes + more,
    )


def ymca_rating(sex: Sex, age: int, recovery_hr: int) -> YmcaRating:
    """Return the YMCA step-test rating of a one-minute recovery heart rate.

    A value in a gap between two bands takes the nearer band; exactly half-way takes the
    lower-fitness band. Below the best band is excellent; above the worst is very poor.
    """
    _check_age(age)
    if recovery_hr <= 0:
        raise ValueError(f"ymca_step_hr must be positive, not {recovery_hr}")
    ymca = load_norms().ymca
    ranges = ymca.column(sex, age).ranges(ymca.ratings)
    best: tuple[float, int, str] | None = None
    for index, (rating, band) in enumerate(ranges):
        if recovery_hr in band:
            return cast(YmcaRating, rating)
        distance = band.low - recovery_hr if recovery_hr < band.low else recovery_hr - band.high
        # Ties go to the later (lower-fitness) rating: compare on (distance, -index).
        key = (distance, -index, rating)
        if best is None or key < best:
            best = key
    if best is None:  # pragma: no cover - the table always has bands
        raise ValueError("YMCA table has no ratings")
    return cast(YmcaRating, best[2])


def assess_ymca(sex: Sex, age: int, recovery_hr: int) -> YmcaStepTest:
    """Return the rating, warning when the client is younger than the adult norms."""
    warnings: tuple[str, ...] = ()
    adult = load_norms().ymca.adult_min_age
    if age < adult:
        warnings = (f"ymca_step_test: norms start at age {adult}; rated on the youngest column",)
    return YmcaStepTest(
        recovery_hr=recovery_hr, rating=ymca_rating(sex, age, recovery_hr), warnings=warnings
    )


def rockport_vo2max(weight_lb: float, age: int, sex: Sex, time_min: float, hr: int) -> float:
    """Return VO2max (mL/kg/min) from the Rockport 1-mile walk, to one decimal."""
    _check_age(age)
    if weight_lb <= 0 or time_min <= 0 or hr <= 0:
        raise ValueError("weight_lb, time_min and hr must be positive")
    r = load_norms().rockport
    value = (
        r.intercept
        + r.weight_lb * weight_lb
        + r.age * age
        + r.male * (1 if sex == "male" else 0)
        + r.time_min * time_min
        + r.hr * hr
    )
    return round_half_up(value, VO2MAX_DECIMALS)


class CardioStage(Frozen):
    stage: int
    reasons: tuple[str, ...]


def recommend_cardio_stage(
    ruleset: Ruleset,
    experience: Experience,
    goal: Goal,
    *,
    ymca: YmcaRating | None = None,
    thresholds_measured: bool = False,
    populations: tuple[str, ...] = (),
) -> CardioStage:
    """Return the cardio stage to start at, each cap on it stated as a reason.

    Start from the experience's stage, then cap it: special populations and low step-test
    fitness at stage 1, fat loss at stage 2, cpt7 without measured VT1 and VT2 at stage 2, and
    never beyond the ruleset's last stage.
    """
    rules = load_norms().cardio_stage
    stage = rules.by_experience[experience]
    reasons = [f"{experience} client: stage {stage}"]

    def cap(limit: int, why: str) -> None:
        nonlocal stage
        if stage > limit:
            stage = limit
            reasons.append(f"{why}: stage {limit} at most")

    if populations:
        cap(rules.population_stage, f"special population ({', '.join(populations)})")
    if ymca in rules.low_fitness_ymca_ratings:
        cap(rules.low_fitness_stage, f"YMCA step test rated {ymca}")
    if goal == "fat_loss":
        cap(rules.fat_loss_stage_max, "fat-loss goal (stages 1-2 suit weight loss)")
    if ruleset == "cpt7" and not thresholds_measured:
        cap(rules.without_thresholds_stage_max, "VT1 and VT2 not both measured")
    last = max(s.stage for s in load_ruleset(ruleset).cardio.stages)
    cap(last, f"{ruleset} has {last} stages")
    return CardioStage(stage=stage, reasons=tuple(reasons))
