"""The corrective plan: inhibit, lengthen, activate and integrate, built from the findings.

Overactive muscles are inhibited with SMR and lengthened with static stretches; underactive
muscles are activated with isolated strengthening (never an integrated movement: those have the
catalog body part ``total_body`` or are listed under ``integrate`` in corrective.toml); one
integrated total-body movement ties them together. Exercises come from the catalog by target
muscle. Across findings the plan is merged:
each muscle is addressed once per step, and an exercise that covers several flagged muscles is
preferred to several that each cover one. A muscle the catalog cannot serve is named in the
plan's warnings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, ConfigDict

from optcoach.assessment.movement import Finding, Imbalances
from optcoach.catalog import Catalog, Exercise
from optcoach.model.corrective import HoldDose, RepDose, load_corrective
from optcoach.model.vocab import Equipment, Muscle, Ruleset, SafetyTag, Side

Step = Literal["inhibit", "lengthen", "activate", "integrate"]
STEPS: tuple[Step, ...] = ("inhibit", "lengthen", "activate", "integrate")
STEP_VERBS: dict[Step, str] = {
    "inhibit": "inhibit (SMR) overactive",
    "lengthen": "lengthen (static stretch) overactive",
    "activate": "activate (isolated strengthening) underactive",
    "integrate": "integrate (total-body movement) underactive",
}


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CorrectiveItem(Frozen):
    """One exercise of one step, the flagged muscles it serves and its dose."""

    exercise_id: str
    name: str
    targets: tuple[Muscle, ...]
    side: Side | None
    sets: int
    reps: int | None
    duration_s: int | None
    tempo: str | None
    rationale: str
    findings: tuple[str, ...]


class CorrectivePlan(Frozen):
    inhibit: tuple[CorrectiveItem, ...] = ()
    lengthen: tuple[CorrectiveItem, ...] = ()
    activate: tuple[CorrectiveItem, ...] = ()
    integrate: tuple[CorrectiveItem, ...] = ()
    warnings: tuple[str, ...] = ()

    def step(self, step: Step) -> tuple[CorrectiveItem, ...]:
        items: tuple[CorrectiveItem, ...] = getattr(self, step)
        return items

    @property
    def is_empty(self) -> bool:
        return not any(self.step(step) for step in STEPS)


Selector = Callable[[Muscle], tuple[Exercise, ...]]
# The catalog's mark of a multi-joint movement across the whole body (an integrated exercise).
INTEGRATED_BODY_PART = "total_body"


def is_integrated(exercise: Exercise, integrate_ids: tuple[str, ...]) -> bool:
    """Return True when ``exercise`` is an integrated (total-body) movement, not isolated work.

    The catalog marks integrated movements by the body part ``total_body``; the exercises listed
    under ``integrate`` in corrective.toml count as integrated whatever their body parts say.
    """
    return INTEGRATED_BODY_PART in exercise.body_parts or exercise.id in integrate_ids


def _finding_label(finding: Finding) -> str:
    side = f" ({finding.side})" if finding.side else ""
    return f"{finding.test}:{finding.compensation}{side}"


def _sources(
    findings: tuple[Finding, ...], muscles: frozenset[Muscle], overactive: bool
) -> tuple[str, ...]:
    labels = []
    for finding in findings:
        flagged = finding.overactive if overactive else finding.underactive
        if muscles & set(flagged):
            labels.append(_finding_label(finding))
    return tuple(dict.fromkeys(labels))


def _sides(
    findings: tuple[Finding, ...], muscles: frozenset[Muscle], overactive: bool
) -> Side | None:
    """Return the one side every flag of these muscles is on, or None (both sides)."""
    sides = {
        flag.side
        for finding in findings
        for flag in (finding.overactive_sides if overactive else finding.underactive_sides)
        if flag.muscle in muscles
    }
    if len(sides) == 1:
        (only,) = sides
        return only
    return None


def _cover(
    targets: tuple[Muscle, ...], select: Selector
) -> tuple[list[tuple[Exercise, frozenset[Muscle]]], list[Muscle]]:
    """Greedily pick exercises so every target is served once; return (picks, unmatched)."""
    uncovered = set(targets)
    picks: list[tuple[Exercise, frozenset[Muscle]]] = []
    unmatched: list[Muscle] = []
    for muscle in targets:
        if muscle not in uncovered:
            continue
        candidates = select(muscle)
        if not candidates:
            unmatched.append(muscle)
            uncovered.discard(muscle)
            continue
        # Most still-uncovered targets first; the catalog's id order breaks ties.
        best = max(
            enumerate(candidates),
            key=lambda pair: (len(uncovered & set(pair[1].muscles.primary)), -pair[0]),
        )[1]
        served = frozenset(uncovered & set(best.muscles.primary))
        uncovered -= served
        picks.append((best, served))
    return picks, unmatched


def _item(
    step: Step,
    exercise: Exercise,
    served: frozenset[Muscle],
    dose: HoldDose | RepDose,
    findings: tuple[Finding, ...],
) -> CorrectiveItem:
    overactive = step in ("inhibit", "lengthen")
    sources = _sources(findings, served, overactive)
    targets = tuple(sorted(served))
    side = _sides(findings, served, overactive)
    where = f" ({side} side)" if side else ""
    rationale = f"{STEP_VERBS[step]} {', '.join(targets)}{where}; flagged by {', '.join(sources)}"
    if isinstance(dose, HoldDose):
        return CorrectiveItem(
            exercise_id=exercise.id,
            name=exercise.name,
            targets=targets,
            side=side,
            sets=dose.sets,
            reps=None,
            duration_s=dose.hold_s,
            tempo=None,
            rationale=rationale,
            findings=sources,
        )
    return CorrectiveItem(
        exercise_id=exercise.id,
        name=exercise.name,
        targets=targets,
        side=side,
        sets=dose.sets,
        reps=dose.reps,
        duration_s=None,
        tempo=dose.tempo,
        rationale=rationale,
        findings=sources,
    )


def build_corrective_plan(
    imbalances: Imbalances,
    ruleset: Ruleset,
    catalog: Catalog,
    *,
    equipment: frozenset[Equipment] | None = None,
    exclude_tags: frozenset[SafetyTag] = frozenset(),
) -> CorrectivePlan:
    """Return the four-step plan for ``imbalances`` with exercises from ``catalog``.

    ``equipment`` keeps exercises the client can do (None: no filter); ``exclude_tags`` drops
    exercises a safety rule forbids. A flagged muscle no exercise serves is named in warnings.
    """
    findings = imbalances.findings
    if not findings:
        return CorrectivePlan()
    tables = load_corrective()
    doses = tables.doses[ruleset]

    def flexibility(technique: Literal["smr", "static"]) -> Selector:
        return lambda muscle: catalog.select(
            form="flexibility",
            technique=technique,
            targets=muscle,
            equipment=equipment,
            exclude_tags=exclude_tags,
        )

    def activation(muscle: Muscle) -> tuple[Exercise, ...]:
        candidates = catalog.select(targets=muscle, equipment=equipment, exclude_tags=exclude_tags)
        strengthening = tuple(
            e
            for e in candidates
            if set(e.forms) & set(tables.activate_forms)
            and "flexibility" not in e.forms
            and not is_integrated(e, tables.integrate_preferred)
        )
        corrective = tuple(e for e in strengthening if e.corrective)
        stabilization = tuple(e for e in strengthening if "stabilization" in e.levels)
        return corrective or stabilization

    plan: dict[Step, tuple[CorrectiveItem, ...]] = {}
    warnings: list[str] = []
    steps: tuple[tuple[Step, tuple[Muscle, ...], Selector, HoldDose | RepDose], ...] = (
        ("inhibit", imbalances.overactive, flexibility(doses.inhibit.technique), doses.inhibit),
        ("lengthen", imbalances.overactive, flexibility(doses.lengthen.technique), doses.lengthen),
        ("activate", imbalances.underactive, activation, doses.activate),
    )
    for step, targets, select, dose in steps:
        picks, unmatched = _cover(targets, select)
        plan[step] = tuple(_item(step, e, served, dose, findings) for e, served in picks)
        if unmatched:
            warnings.append(
                f"corrective {step}: the catalog has no suitable exercise for "
                f"{', '.join(unmatched)} with the client's equipment and restrictions"
            )
    integration = _integration_exercise(
        catalog, tables.integrate_preferred, equipment, exclude_tags
    )
    if integration is None:
        warnings.append(
            "corrective integrate: the catalog has no integrated total-body exercise for the "
            "client's equipment and restrictions"
        )
        plan["integrate"] = ()
    else:
        served = frozenset(imbalances.underactive)
        plan["integrate"] = (_item("integrate", integration, served, doses.integrate, findings),)
    if imbalances.conflicting:
        warnings.append(
            "corrective: flagged both overactive and underactive by different findings: "
            f"{', '.join(imbalances.conflicting)} - retest before correcting them"
        )
    return CorrectivePlan(**plan, warnings=tuple(warnings))


def _integration_exercise(
    catalog: Catalog,
    preferred: tuple[str, ...],
    equipment: frozenset[Equipment] | None,
    exclude_tags: frozenset[SafetyTag],
) -> Exercise | None:
    """Return the first preferred integration exercise available, else the first corrective
    integrated (total-body) stabilization exercise, else None."""
    allowed = {e.id for e in catalog.select(equipment=equipment, exclude_tags=exclude_tags)}
    for exercise_id in preferred:
        if exercise_id in allowed:
            return catalog.get(exercise_id)
    fallback = [
        e
        for e in catalog.select(
            level="stabilization", corrective=True, equipment=equipment, exclude_tags=exclude_tags
        )
        if is_integrated(e, preferred) and "flexibility" not in e.forms
    ]
    return fallback[0] if fallback else None
