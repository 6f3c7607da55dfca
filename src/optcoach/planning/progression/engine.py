"""``progress``: apply session logs (and new assessments) to a program.

Order of work, each step pure: decide the staircase (layoff, block end, trainer override) and
whether a new assessment re-plans the future; re-plan and splice if so; then, on the resulting
program, refresh 1RMs from the log, apply the load rules exercise by exercise, and the cardio
rules; finally measure adherence and list the reassessment dates still open. Sessions dated
before the cut are never changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from optcoach.assessment import AssessmentReport, assess
from optcoach.assessment.one_rep_max import estimate_one_rep_max
from optcoach.assessment.reassessment import Reassessment, compare
from optcoach.catalog import Catalog, load_catalog
from optcoach.model.client import Client
from optcoach.model.norms import load_norms
from optcoach.model.program import Program
from optcoach.model.progression_rules import ProgressionRules, load_progression_rules
from optcoach.model.session_log import LogEntry, sort_entries
from optcoach.model.tables import load_ruleset
from optcoach.model.vocab import PhaseNumber
from optcoach.planning.progression.adherence import measure_adherence
from optcoach.planning.progression.cardio import stage_decision, volume_decision
from optcoach.planning.progression.decisions import Decision, Override, ProgressResult
from optcoach.planning.progression.draft import ProgramDraft, block_index_of
from optcoach.planning.progression.history import exposures
from optcoach.planning.progression.loads import (
    LoadContext,
    load_decisions,
    refresh_one_rep_max,
)
from optcoach.planning.progression.reassessment import new_assessment, reassessment_due
from optcoach.planning.progression.replan import (
    Planner,
    default_planner,
    replan,
    splice_week,
)
from optcoach.planning.progression.staircase import (
    Verdict,
    block_end,
    is_finished,
    latest_report_in,
    layoff,
)
from optcoach.safety import constraints_for

PERCENT = 100.0


def cut_date(entries: Sequence[LogEntry], today: dt.date | None, start: dt.date) -> dt.date:
    """Return the first day that may still change: after the last log entry, and not before today.

    Without ``today`` and without entries, the whole program is future (the program start).
    """
    after_log = max(e.date for e in entries) + dt.timedelta(days=1) if entries else None
    candidates = [d for d in (today, after_log) if d is not None]
    return max(candidates) if candidates else start


def logged_one_rep_max(
    program: Program, entries: Sequence[LogEntry], catalog: Catalog, rules: ProgressionRules
) -> dict[str, float]:
    """Return the 1RM estimates from logged sets that beat the program's (for a re-plan)."""
    reps_max = load_norms().one_rep_max.reliable_reps_max
    best: dict[str, float] = {}
    for entry in entries:
        kg = entry.kg
        if not entry.completed or not entry.reps or entry.reps > reps_max or not kg:
            continue
        if entry.exercise_id not in catalog:
            continue
        if catalog.get(entry.exercise_id).loading != "external":
            continue
        value = estimate_one_rep_max(entry.exercise_id, kg, entry.reps, rules.one_rep_max.method)
        best[entry.exercise_id] = max(best.get(entry.exercise_id, 0.0), value.one_rep_max_kg)
    current = program.latest_inputs.one_rep_max_kg
    factor = 1 + rules.one_rep_max.min_change_percent / PERCENT
    return {k: v for k, v in sorted(best.items()) if k in current and v >= current[k] * factor}


def raised_one_rep_max(program: Program) -> dict[str, float]:
    """Return the 1RM estimates the latest revision holds above the plan's own ``inputs``."""
    planned = program.inputs.one_rep_max_kg
    latest = program.latest_inputs.one_rep_max_kg
    return {k: v for k, v in sorted(latest.items()) if k in planned and v > planned[k]}


def _changes(
    program: Program,
    report: AssessmentReport | None,
    assessments: Sequence[AssessmentReport],
    catalog: Catalog,
) -> Reassessment | None:
    """Compare ``report`` with the assessment before it; None without a report or a basis.

    The basis is the report's own ``reassessment``, else the latest earlier report given, else
    the program client's assessment (or, once a re-plan has stored the new one, its
    ``previous``).
    """
    if report is None or report.date is None:
        return None
    if report.reassessment is not None:
        return report.reassessment
    day = report.date
    earlier = [r for r in assessments if r.date is not None and r.date < day]
    if earlier:
        return compare(max(earlier, key=lambda r: r.date or day), report)
    measured = program.client.assessment
    if measured is not None and measured.date is not None and measured.date >= day:
        measured = measured.previous
    if measured is None:
        return None
    basis = program.client.model_copy(update={"assessment": measured})
    return compare(assess(basis, program.ruleset, catalog=catalog), report)


def _reassessment_decision(
    report: AssessmentReport, changes: Reassessment | None, cut: dt.date, has_client: bool
) -> Decision:
    parts = []
    if changes is not None:
        for label, found in (
            ("cleared", changes.compensations_resolved),
            ("new", changes.compensations_new),
            ("still present", changes.compensations_persisting),
        ):
            if found:
                parts.append(f"{label}: {', '.join(found)}")
    findings = "; ".join(parts) or "no compensations recorded"
    over = ", ".join(report.imbalances.overactive) or "none"
    under = ", ".join(report.imbalances.underactive) or "none"
    reason = (
        f"assessment of {report.date}: {findings}; corrective focus now overactive {over}, "
        f"underactive {under}; recommended start phase {report.recommended_start_phase}"
    )
    if not has_client:
        reason += "; pass the client file holding this assessment to re-plan with it"
    return Decision(
        kind="reassessment",
        date=cut,
        rule="reassessment",
        action="replan" if has_client else "client_needed",
        after=f"overactive {over}; underactive {under}",
        reason=reason,
    )


def progress(
    program: Program,
    logs: Sequence[LogEntry],
    assessments: Sequence[AssessmentReport] = (),
    *,
    today: dt.date | None = None,
    overrides: Sequence[Override] = (),
    client: Client | None = None,
    catalog: Catalog | None = None,
    planner: Planner | Callable[..., Program] | None = None,
) -> ProgressResult:
    """Return ``program`` updated by the session log, with every decision and its reason.

    ``today`` (default: the day after the last log entry) is the cut: sessions before it, and
    any session with a logged entry, are never changed. ``assessments`` are the client's
    assessment reports; one dated after the plan's own re-plans the future with ``client`` (the
    client file holding that assessment; default the program's client). ``overrides`` replace
    block-end verdicts. ``planner`` defaults to ``optcoach.planning.build_program`` and is only
    called to re-plan; its errors (ClearanceRequired, PlanningError) pass through.
    """
    entries = sort_entries(logs)
    given_catalog = catalog
    catalog = catalog or load_catalog()
    rules = load_progression_rules()
    tables = load_ruleset(program.ruleset)
    cut = cut_date(entries, today, program.start)
    decisions: list[Decision] = []

    # 1. The staircase and reassessment: do the future weeks need re-planning?
    verdict: Verdict | None = layoff(program, entries, cut, rules)
    changes = None
    if verdict is None:
        finished = [b for i, b in enumerate(program.blocks) if is_finished(program, i, cut)]
        window = (
            latest_report_in(
                assessments,
                finished[-1].start,
                finished[-1].end + dt.timedelta(days=rules.block_end.grace_days),
            )
            if finished
            else None
        )
        verdict = block_end(
            program,
            entries,
            _changes(program, window, assessments, catalog),
            cut,
            rules,
            overrides,
        )
    if verdict is not None:
        decisions.append(verdict.decision)
    report = new_assessment(program, assessments, cut)
    if report is not None:
        changes = _changes(program, report, assessments, catalog)
        decisions.append(_reassessment_decision(report, changes, cut, client is not None))
    start_phase = verdict.start_phase if verdict else None
    at = splice_week(program, cut)
    planned_phase: PhaseNumber | None = None
    if at is not None:
        index = block_index_of(program, program.weeks[at].start)
        if index is not None:
            planned_phase = program.blocks[index].phase
    needs_replan = (report is not None and client is not None) or (
        start_phase is not None and start_phase != planned_phase
    )
    if needs_replan and at is not None:
        phase: PhaseNumber = start_phase or planned_phase or 1
        chosen = client or program.client
        refreshed = logged_one_rep_max(program, entries, catalog, rules)
        # Estimates earlier runs raised (revisions) carry over unless a new assessment re-measures.
        carried = {} if report is not None and client is not None else raised_one_rep_max(program)
        if start_phase is not None and start_phase != planned_phase and verdict is not None:
            cause = f"{verdict.decision.kind} ({verdict.decision.rule}): {verdict.decision.reason}"
        else:
            cause = f"reassessment of {report.date if report else cut}"
        result = replan(
            program,
            chosen,
            cut,
            phase,
            {**carried, **refreshed},
            planner or default_planner(),
            given_catalog,
            f"re-planned from phase {phase} after {cause}",
        )
        if result is not None:
            program, at = result
            decisions.append(
                Decision(
                    kind="replan",
                    date=program.weeks[at].start,
                    rule="replan",
                    action="replan",
                    after=f"phase {phase}",
                    reason=(
                        f"weeks {at + 1}-{len(program.weeks)} re-planned from phase {phase} "
                        f"starting {program.weeks[at].start}"
                        + (
                            " with 1RMs refreshed from the log: "
                            + ", ".join(f"{k} {v:g} kg" for k, v in refreshed.items())
                            if refreshed
                            else ""
                        )
                    ),
                )
            )

    # 2. Loads and cardio on the (possibly re-planned) program.
    draft = ProgramDraft(program, cut)
    latest = max(assessments, key=lambda r: r.date or program.start, default=None)
    context = LoadContext(
        rules=rules,
        tables=tables,
        client=program.client,
        catalog=catalog,
        constraints=constraints_for(program.client, latest, program.ruleset),
    )
    decisions += refresh_one_rep_max(draft, entries, context)
    decisions += load_decisions(draft, exposures(program, entries), context)
    stage = stage_decision(draft, entries, catalog, tables, rules)
    if stage is not None:
        decisions.append(stage)
    volume = volume_decision(draft, entries, catalog, tables)
    if volume is not None:
        decisions.append(volume)
    updated = draft.build()

    return ProgressResult(
        program=updated,
        decisions=tuple(sorted(decisions, key=Decision.sort_key)),
        adherence=measure_adherence(updated, entries, cut),
        reassessment_due=reassessment_due(updated, assessments, rules=rules),
        cut=cut,
    )


__all__ = ["cut_date", "logged_one_rep_max", "progress", "raised_one_rep_max"]
