"""Body composition: BMI, waist and waist-to-hip risk, body fat from skinfolds.

Body fat uses Durnin-Womersley (4 sites, NASM's protocol) or Jackson-Pollock (7 or 3 sites), each
converted to percent fat with the Siri equation. Every coefficient lives in ``norms.toml``.
"""

from __future__ import annotations

import math
from typing import Literal, cast, get_args

from pydantic import BaseModel, ConfigDict

from optcoach.assessment.rounding import round_half_up
from optcoach.model.assessment_input import Skinfolds
from optcoach.model.norms import QuadraticDensity, load_norms
from optcoach.model.vocab import Sex

BmiCategory = Literal[
    "underweight", "healthy", "overweight", "obese_class_1", "obese_class_2", "obese_class_3"
]
BMI_CATEGORIES: tuple[BmiCategory, ...] = get_args(BmiCategory)
OBESE_BMI_CATEGORIES: frozenset[BmiCategory] = frozenset(BMI_CATEGORIES[3:])
WaistRisk = Literal["very_low", "low", "high", "very_high"]
WaistToHipRisk = Literal["low", "moderate", "high"]
BodyFatMethod = Literal["durnin_womersley", "jackson_pollock_7", "jackson_pollock_3"]
BODY_FAT_METHODS: tuple[BodyFatMethod, ...] = get_args(BodyFatMethod)

DENSITY_DECIMALS = 5
PERCENT_DECIMALS = 1
MASS_DECIMALS = 1
RATIO_DECIMALS = 2


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Bmi(Frozen):
    value: float
    category: BmiCategory


class Waist(Frozen):
    value_cm: float
    risk: WaistRisk


class WaistToHip(Frozen):
    value: float
    risk: WaistToHipRisk


class BodyFat(Frozen):
    """Percent body fat by one skinfold method, with the masses it implies."""

    percent: float
    method: BodyFatMethod
    density: float
    skinfold_sum_mm: float
    fat_mass_kg: float
    lean_mass_kg: float
    warnings: tuple[str, ...] = ()


def _positive(name: str, value: float) -> None:
    if not value > 0:
        raise ValueError(f"{name} must be positive, not {value}")


def bmi_value(weight_kg: float, height_cm: float) -> float:
    """Return BMI (kg/m^2) rounded to the table's decimals; raise ValueError if not positive."""
    _positive("weight_kg", weight_kg)
    _positive("height_cm", height_cm)
    metres = height_cm / 100
    return round_half_up(weight_kg / metres**2, load_norms().bmi.decimals)


def bmi_category(bmi: float) -> BmiCategory:
    """Return the BMI class of an already rounded BMI value."""
    return cast(BmiCategory, load_norms().bmi.classify(bmi))


def assess_bmi(weight_kg: float, height_cm: float) -> Bmi:
    value = bmi_value(weight_kg, height_cm)
    return Bmi(value=value, category=bmi_category(value))


def waist_risk(sex: Sex, waist_cm: float) -> WaistRisk:
    """Return the disease-risk band of a waist circumference; raise ValueError if not positive."""
    _positive("waist_cm", waist_cm)
    return cast(WaistRisk, load_norms().waist[sex].classify(waist_cm))


def assess_waist(sex: Sex, waist_cm: float) -> Waist:
    return Waist(value_cm=waist_cm, risk=waist_risk(sex, waist_cm))


def waist_to_hip_risk(sex: Sex, ratio: float) -> WaistToHipRisk:
    """Return the risk band of a waist-to-hip ratio (unrounded, so no value falls in a gap)."""
    _positive("waist_to_hip", ratio)
    return cast(WaistToHipRisk, load_norms().waist_to_hip[sex].classify(ratio))


def assess_waist_to_hip(sex: Sex, waist_cm: float, hip_cm: float) -> WaistToHip:
    """Return the ratio (two decimals) and its risk; raise ValueError if a girth is not positive."""
    _positive("waist_cm", waist_cm)
    _positive("hip_cm", hip_cm)
    ratio = waist_cm / hip_cm
    return WaistToHip(
        value=round_half_up(ratio, RATIO_DECIMALS), risk=waist_to_hip_risk(sex, ratio)
    )


def siri_percent_fat(density: float) -> float:
    """Return percent body fat from body density with the Siri equation (unrounded)."""
    _positive("density", density)
    siri = load_norms().siri
    return siri.numerator / density - siri.offset


def durnin_womersley_density(sex: Sex, age: int, skinfold_sum_mm: float) -> float:
    """Return body density from the 4-site sum; raise ValueError if the sum is not positive."""
    _positive("skinfold_sum_mm", skinfold_sum_mm)
    row = load_norms().durnin_womersley.row(sex, age)
    return row.c - row.m * math.log10(skinfold_sum_mm)


def _quadratic_density(coeffs: QuadraticDensity, age: int, total: float) -> float:
    return coeffs.intercept - coeffs.a * total + coeffs.b * total**2 - coeffs.c * age


def jackson_pollock_density(sex: Sex, age: int, skinfold_sum_mm: float, sites: int) -> float:
    """Return body density by the Jackson-Pollock ``sites``-site equation (7 or 3).

    Raise ValueError if ``sites`` is neither 7 nor 3 or the sum is not positive.
    """
    _positive("skinfold_sum_mm", skinfold_sum_mm)
    jp = load_norms().jackson_pollock
    if sites == 7:
        coeffs = jp.seven_site.male if sex == "male" else jp.seven_site.female
    elif sites == 3:
        coeffs = jp.three_site.male if sex == "male" else jp.three_site.female
    else:
        raise ValueError(f"Jackson-Pollock uses 7 or 3 sites, not {sites}")
    return _quadratic_density(coeffs, age, skinfold_sum_mm)


def method_sites(method: BodyFatMethod, sex: Sex) -> tuple[str, ...]:
    """Return the skinfold sites a method needs for a client of ``sex``."""
    norms = load_norms()
    if method == "durnin_womersley":
        return norms.durnin_womersley.sites
    if method == "jackson_pollock_7":
        return norms.jackson_pollock.seven_site.sites
    three = norms.jackson_pollock.three_site
    return three.sites_male if sex == "male" else three.sites_female


def _site_sum(skinfolds: Skinfolds, sites: tuple[str, ...]) -> float | None:
    values = [getattr(skinfolds, site) for site in sites]
    if any(v is None for v in values):
        return None
    return float(sum(values))


def _density(method: BodyFatMethod, sex: Sex, age: int, total: float) -> float:
    if method == "durnin_womersley":
        return durnin_womersley_density(sex, age, total)
    return jackson_pollock_density(sex, age, total, 7 if method == "jackson_pollock_7" else 3)


def _age_fits(method: BodyFatMethod, age: int) -> bool:
    return method != "durnin_womersley" or age in load_norms().durnin_womersley.valid_ages


def _fit_warnings(method: BodyFatMethod, age: int, obese: bool) -> tuple[str, ...]:
    warnings = []
    if obese:
        warnings.append(
            f"{method}: skinfold equations are not appropriate for obese clients; track girths "
            "and body weight instead"
        )
    valid = load_norms().durnin_womersley.valid_ages
    if not _age_fits(method, age):
        warnings.append(
            f"durnin_womersley: best suited to ages {valid.low}-{valid.high}; age {age} "
            "makes the estimate less reliable"
        )
    return tuple(warnings)


def body_fat_by(
    method: BodyFatMethod, sex: Sex, age: int, weight_kg: float, skinfolds: Skinfolds, obese: bool
) -> BodyFat | None:
    """Return body fat by ``method``, or None when a site it needs was not measured."""
    total = _site_sum(skinfolds, method_sites(method, sex))
    if total is None:
        return None
    density = _density(method, sex, age, total)
    percent = round_half_up(siri_percent_fat(density), PERCENT_DECIMALS)
    fat_mass = round_half_up(weight_kg * percent / 100, MASS_DECIMALS)
    return BodyFat(
        percent=percent,
        method=method,
        density=round_half_up(density, DENSITY_DECIMALS),
        skinfold_sum_mm=total,
        fat_mass_kg=fat_mass,
        lean_mass_kg=round_half_up(weight_kg - fat_mass, MASS_DECIMALS),
        warnings=_fit_warnings(method, age, obese),
    )


def assess_body_fat(
    sex: Sex, age: int, weight_kg: float, skinfolds: Skinfolds, *, obese: bool
) -> BodyFat | None:
    """Return body fat by the best-fitting method the measured sites allow, or None.

    Preference: Durnin-Womersley (NASM's protocol) unless the client's age is outside its range
    and a Jackson-Pollock set was measured; then the 7-site, then the 3-site equation. A method
    that does not fit the client (obesity, age) still gives a result, with a warning.
    """
    results = [
        r
        for method in BODY_FAT_METHODS
        if (r := body_fat_by(method, sex, age, weight_kg, skinfolds, obese)) is not None
    ]
    if not results:
        return None
    fitting = [r for r in results if _age_fits(r.method, age)]
    return (fitting or results)[0]
