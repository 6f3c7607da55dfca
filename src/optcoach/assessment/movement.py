"""Movement screens: static posture, overhead squat, single-leg squat, pushing and pulling.

Each observed compensation becomes a ``Finding`` that names its test, compensation, side and the
compensation-table row it came from (ruleset or CES), with the muscles that row flags as probably
overactive (to inhibit and lengthen) or underactive (to activate). Side-aware rows (asymmetric
weight shift, single-leg squat) put each muscle on the side the row says: ``same`` is the side
shifted toward or the stance leg, ``opposite`` the other side.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict

from optcoach.model.assessment_input import AssessmentInput
from optcoach.model.compensations import CompensationRow, CompensationTest, find_row
from optcoach.model.vocab import (
    OHSA_COMPENSATIONS,
    PUSH_PULL_COMPENSATIONS,
    SINGLE_LEG_SQUAT_COMPENSATIONS,
    STATIC_POSTURES,
    Muscle,
    Ruleset,
    Side,
)

SIDES: tuple[Side, Side] = ("left", "right")
TEST_NAMES: dict[CompensationTest, str] = {
    "static_posture": "static posture",
    "ohsa": "overhead squat",
    "single_leg_squat": "single-leg squat",
    "pushing": "pushing assessment",
    "pulling": "pulling assessment",
}


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MuscleFlag(Frozen):
    """A flagged muscle and its side (None when the finding is not side-specific)."""

    muscle: Muscle
    side: Side | None = None


class Finding(Frozen):
    """One compensation seen on one test, traced to the table row that interprets it."""

    test: CompensationTest
    compensation: str
    side: Side | None
    view: Literal["anterior", "lateral", "posterior"] | None
    ruleset: Ruleset
    source: Literal["cpt7", "cpt6", "ces"]
    unconfirmed: bool
    overactive: tuple[Muscle, ...]
    underactive: tuple[Muscle, ...]
    overactive_sides: tuple[MuscleFlag, ...]
    underactive_sides: tuple[MuscleFlag, ...]
    rationale: str


class Imbalances(Frozen):
    """Every flagged muscle across findings (sorted), the findings, and any muscle in both lists."""

    overactive: tuple[Muscle, ...]
    underactive: tuple[Muscle, ...]
    findings: tuple[Finding, ...]
    conflicting: tuple[Muscle, ...]


def _other(side: Side) -> Side:
    return "right" if side == "left" else "left"


def _flags(
    plain: Iterable[Muscle],
    same: Iterable[Muscle],
    opposite: Iterable[Muscle],
    side: Side | None,
) -> tuple[MuscleFlag, ...]:
    flags = [MuscleFlag(muscle=m) for m in plain]
    flags += [MuscleFlag(muscle=m, side=side) for m in same]
    flags += [MuscleFlag(muscle=m, side=_other(side) if side else None) for m in opposite]
    unique = {(f.muscle, f.side or ""): f for f in flags}
    return tuple(unique[key] for key in sorted(unique))


def _describe(row: CompensationRow, side: Side | None, ruleset: Ruleset) -> str:
    where = f", {side} side" if side else ""
    view = f" ({row.view} view)" if row.view else ""
    table = "CES" if row.source == "ces" else row.source.upper()
    note = " (UNCONFIRMED list)" if row.unconfirmed else ""
    return (
        f"{TEST_NAMES[row.test]}{view}: {row.compensation.replace('_', ' ')}{where} -> "
        f"{table} {row.test} row{note}, ruleset {ruleset}"
    )


def build_finding(
    ruleset: Ruleset, test: CompensationTest, compensation: str, side: Side | None = None
) -> Finding:
    """Return the finding for one compensation; raise KeyError if the ruleset has no row."""
    row = find_row(ruleset, test, compensation)
    over = _flags(row.overactive, row.overactive_same, row.overactive_opposite, side)
    under = _flags(row.underactive, row.underactive_same, row.underactive_opposite, side)
    return Finding(
        test=test,
        compensation=compensation,
        side=side,
        view=row.view,
        ruleset=ruleset,
        source=row.source,
        unconfirmed=row.unconfirmed,
        overactive=tuple(sorted({f.muscle for f in over})),
        underactive=tuple(sorted({f.muscle for f in under})),
        overactive_sides=over,
        underactive_sides=under,
        rationale=_describe(row, side, ruleset),
    )


def _in_order(observed: Iterable[str], vocabulary: tuple[str, ...]) -> tuple[str, ...]:
    seen = set(observed)
    return tuple(c for c in vocabulary if c in seen)


def movement_findings(
    measurements: AssessmentInput, ruleset: Ruleset
) -> tuple[tuple[Finding, ...], tuple[str, ...]]:
    """Return (findings, warnings) for every screen on record, in a fixed order.

    Order: static posture, overhead squat, single-leg squat (left, right), pushing, pulling; each
    in vocabulary order, repeats dropped. An asymmetric weight shift without ``ohsa_shift_side``
    gives side-less flags and a warning.
    """
    m = measurements
    findings: list[Finding] = []
    warnings: list[str] = []
    for posture in _in_order(m.static_posture, STATIC_POSTURES):
        findings.append(build_finding(ruleset, "static_posture", posture))
    for compensation in _in_order(m.ohsa, OHSA_COMPENSATIONS):
        side = m.ohsa_shift_side if compensation == "asymmetric_weight_shift" else None
        if compensation == "asymmetric_weight_shift" and side is None:
            warnings.append(
                "ohsa: asymmetric weight shift recorded without ohsa_shift_side; muscles are "
                "flagged without sides - record the side shifted toward"
            )
        findings.append(build_finding(ruleset, "ohsa", compensation, side))
    if m.ohsa_shift_side is not None and "asymmetric_weight_shift" not in m.ohsa:
        warnings.append("ohsa: ohsa_shift_side is set but no asymmetric_weight_shift is recorded")
    if m.single_leg_squat is not None:
        for side in SIDES:
            observed = getattr(m.single_leg_squat, side)
            for compensation in _in_order(observed, SINGLE_LEG_SQUAT_COMPENSATIONS):
                findings.append(build_finding(ruleset, "single_leg_squat", compensation, side))
    for test, observed in (("pushing", m.pushing), ("pulling", m.pulling)):
        for compensation in _in_order(observed, PUSH_PULL_COMPENSATIONS):
            findings.append(build_finding(ruleset, test, compensation))  # type: ignore[arg-type]
    return tuple(findings), tuple(warnings)


def summarize(findings: tuple[Finding, ...]) -> Imbalances:
    """Return the union of flagged muscles, sorted, and the muscles flagged both ways.

    A muscle flagged overactive by one finding and underactive by another (on the same side, or
    without sides) is listed as conflicting: the trainer should retest before correcting it.
    """
    over = {f.muscle for finding in findings for f in finding.overactive_sides}
    under = {f.muscle for finding in findings for f in finding.underactive_sides}
    over_flags = {(f.muscle, f.side) for finding in findings for f in finding.overactive_sides}
    under_flags = {(f.muscle, f.side) for finding in findings for f in finding.underactive_sides}
    conflicting = {
        muscle
        for muscle, side in over_flags
        for other, other_side in under_flags
        if muscle == other and (side is None or other_side is None or side == other_side)
    }
    return Imbalances(
        overactive=tuple(sorted(over)),
        underactive=tuple(sorted(under)),
        findings=findings,
        conflicting=tuple(sorted(conflicting)),
    )


# Assessment changes for obese, youth, older and prenatal clients (reference section 8).
ADJUSTED_POPULATIONS: tuple[str, ...] = ("obesity", "youth", "older_adult", "pregnancy")
SKIP_SINGLE_LEG: tuple[str, ...] = ("pregnancy",)


def screening_notes(
    populations: tuple[str, ...], single_leg_recorded: bool
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (notes, warnings) on how the movement screens change for these populations."""
    adjusted = [p for p in ADJUSTED_POPULATIONS if p in populations]
    if not adjusted:
        return (), ()
    who = ", ".join(adjusted)
    notes = [
        f"overhead squat: reduced depth ({who})",
        f"pushing and pulling: standing or on machines ({who})",
        f"limit floor transitions during testing ({who})",
    ]
    warnings = []
    skip = [p for p in SKIP_SINGLE_LEG if p in populations]
    if skip:
        notes.append(f"single-leg squat: skip ({', '.join(skip)})")
        if single_leg_recorded:
            warnings.append(
                f"single-leg squat recorded for a client in {', '.join(skip)}: the test should "
                "be skipped; its findings are kept but confirm them another way"
            )
    else:
        notes.append(f"single-leg squat: only if clearly stable, with no fall risk ({who})")
    return tuple(notes), tuple(warnings)
