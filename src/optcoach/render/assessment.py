"""Render an assessment report as JSON, Markdown or a terminal table a trainer can read.

The report is first laid out as titled sections of lines and tables (``sections``); Markdown and
the terminal view then draw the same sections, so both show the same content. A hypertensive
crisis or a missing medical clearance opens the document, before anything else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Literal, get_args

from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from optcoach.assessment import AssessmentReport
from optcoach.assessment.corrective import STEPS, CorrectiveItem
from optcoach.assessment.vitals import crisis_message
from optcoach.render.console import render_text

AssessmentFormat = Literal["json", "md", "table"]
ASSESSMENT_FORMATS: tuple[AssessmentFormat, ...] = get_args(AssessmentFormat)
DEFAULT_WIDTH = 100
NONE = "-"


@dataclass(frozen=True)
class Grid:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[str, ...] = ()
    grids: tuple[Grid, ...] = field(default_factory=tuple)


def _label(value: str) -> str:
    return value.replace("_", " ")


def _muscles(muscles: tuple[str, ...]) -> str:
    return ", ".join(_label(m) for m in muscles) or NONE


def _number(value: float | int | None, unit: str = "") -> str:
    if value is None:
        return NONE
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return f"{text} {unit}".rstrip()


def _alerts(report: AssessmentReport) -> Section | None:
    lines = []
    if report.stop_training and report.blood_pressure is not None:
        lines.append(crisis_message(report.blood_pressure))
    if not report.parq.cleared:
        lines.append("NO TRAINING until medical clearance is recorded (PAR-Q+).")
    return Section("STOP", tuple(lines)) if lines else None


def _intake(report: AssessmentReport) -> Section:
    parq = report.parq
    status = "cleared" if parq.cleared else "medical clearance required"
    lines = [f"PAR-Q+: {status}", *(f"- {reason}" for reason in parq.reasons)]
    history = report.history
    if history.occupation:
        lines.append(f"Occupation: {history.occupation}")
    if history.lifestyle:
        lines.append(f"Lifestyle: {history.lifestyle}")
    if history.injuries:
        injuries = ", ".join(
            f"{i.side + ' ' if i.side else ''}{i.region}{'' if i.current else ' (past)'}"
            for i in history.injuries
        )
        lines.append(f"Injuries: {injuries}")
    if history.surgeries:
        lines.append(f"Surgeries: {', '.join(history.surgeries)}")
    if history.medications:
        lines.append(f"Medications: {', '.join(history.medications)}")
    if history.chronic_conditions:
        lines.append(f"Chronic conditions: {', '.join(history.chronic_conditions)}")
    if report.populations:
        lines.append(f"Special populations: {', '.join(_label(p) for p in report.populations)}")
    return Section("Intake", tuple(lines))


def _vitals_and_body(report: AssessmentReport) -> Section:
    rows: list[tuple[str, str, str]] = []
    if report.blood_pressure is not None:
        bp = report.blood_pressure
        rows.append(("Blood pressure", f"{bp.systolic}/{bp.diastolic} mmHg", _label(bp.category)))
    if report.resting_hr is not None:
        hr = report.resting_hr
        rows.append(("Resting heart rate", f"{hr.value} bpm", _label(hr.category)))
    rows.append(("Weight", _number(report.weight_kg, "kg"), ""))
    rows.append(("Height", _number(report.height_cm, "cm"), ""))
    rows.append(("BMI", _number(report.bmi.value, "kg/m²"), _label(report.bmi.category)))
    if report.waist is not None:
        rows.append(
            ("Waist", _number(report.waist.value_cm, "cm"), f"{_label(report.waist.risk)} risk")
        )
    if report.waist_to_hip is not None:
        whr = report.waist_to_hip
        rows.append(("Waist-to-hip ratio", _number(whr.value), f"{_label(whr.risk)} risk"))
    if report.body_fat is not None:
        fat = report.body_fat
        rows.append(
            (
                "Body fat",
                f"{fat.percent:g}% ({_label(fat.method)}, sum {fat.skinfold_sum_mm:g} mm)",
                f"fat {fat.fat_mass_kg:g} kg, lean {fat.lean_mass_kg:g} kg",
            )
        )
    return Section(
        "Vitals and body composition", grids=(Grid(("Measure", "Value", "Rating"), tuple(rows)),)
    )


def _cardio(report: AssessmentReport) -> Section:
    hr = report.heart_rate
    lines = []
    if hr.use_rpe:
        lines.append("Guide intensity by RPE and the talk test (beta-blockers).")
    else:
        lines.append(f"HRmax {hr.hr_max} bpm ({hr.formula} formula)")
        if hr.vt1 is not None and hr.vt2 is not None:
            kind = "estimated" if hr.estimated else "measured"
            lines.append(f"VT1 {hr.vt1} bpm, VT2 {hr.vt2} bpm ({kind})")
    lines.extend(hr.notes if not hr.use_rpe else ())
    if report.ymca_step_test is not None:
        ymca = report.ymca_step_test
        lines.append(f"YMCA step test: {ymca.recovery_hr} bpm, {_label(ymca.rating)}")
    if report.vo2max is not None:
        lines.append(f"VO2max {report.vo2max.value:g} mL/kg/min ({report.vo2max.method})")
    lines.append(f"Recommended cardio stage: {report.recommended_cardio_stage}")
    lines.extend(f"- {reason}" for reason in report.cardio_stage_reasons)
    rows = tuple(
        (
            str(z.zone),
            _number(z.low),
            _number(z.high),
            f"{z.rpe.low}-{z.rpe.high} ({z.rpe_scale})",
            z.talk_test,
        )
        for z in hr.zones
    )
    grid = Grid(("Zone", "From bpm", "To bpm", "RPE", "Talk test"), rows)
    return Section("Cardiorespiratory", tuple(lines), (grid,))


def _movement(report: AssessmentReport) -> Section:
    imbalances = report.imbalances
    lines = list(report.screening_notes)
    if not imbalances.findings:
        lines.append("No compensations recorded.")
        return Section("Movement assessment", tuple(lines))
    lines.append(f"Overactive: {_muscles(imbalances.overactive)}")
    lines.append(f"Underactive: {_muscles(imbalances.underactive)}")
    if imbalances.conflicting:
        lines.append(f"Flagged both ways (retest): {_muscles(imbalances.conflicting)}")
    rows = tuple(
        (
            _label(f.test),
            _label(f.compensation),
            f.side or NONE,
            ", ".join(
                _label(m.muscle) + (f" ({m.side})" if m.side else "") for m in f.overactive_sides
            ),
            ", ".join(
                _label(m.muscle) + (f" ({m.side})" if m.side else "") for m in f.underactive_sides
            ),
            f.source.upper() if f.source != "ces" else "CES",
        )
        for f in imbalances.findings
    )
    grid = Grid(("Test", "Compensation", "Side", "Overactive", "Underactive", "Table"), rows)
    return Section("Movement assessment", tuple(lines), (grid,))


def _dose(item: CorrectiveItem) -> str:
    amount = f"{item.duration_s} s" if item.duration_s is not None else f"{item.reps} reps"
    tempo = f" @ {item.tempo}" if item.tempo else ""
    return f"{item.sets} x {amount}{tempo}"


def _corrective(report: AssessmentReport) -> Section:
    plan = report.corrective_plan
    if plan.is_empty:
        empty = "see the warnings below" if plan.warnings else "nothing to correct"
        return Section("Corrective plan", (f"No corrective exercises: {empty}.",))
    rows = tuple(
        (step, item.name, _muscles(item.targets), item.side or "both", _dose(item))
        for step in STEPS
        for item in plan.step(step)
    )
    grid = Grid(("Step", "Exercise", "Targets", "Side", "Dose"), rows)
    notes = ("Some flagged muscles have no exercise: see the warnings below.",)
    return Section("Corrective plan", notes if plan.warnings else (), (grid,))


def _performance(report: AssessmentReport) -> Section | None:
    perf = report.performance
    rows: list[tuple[str, str]] = []
    if perf.push_up_reps is not None:
        rows.append(("Push-up test", f"{perf.push_up_reps} reps"))
    if perf.davies_touches is not None:
        rows.append(("Davies test", f"{perf.davies_touches} touches"))
    if perf.shark_skill is not None:
        shark = perf.shark_skill
        rows.append(
            (
                "Shark skill test",
                f"{shark.total_s:g} s ({shark.time_s:g} s + {shark.faults} faults)",
            )
        )
    for name, value, unit in (
        ("Vertical jump", perf.vertical_jump_cm, "cm"),
        ("Standing long jump", perf.long_jump_cm, "cm"),
        ("40-yard dash", perf.forty_yard_s, "s"),
        ("Pro shuttle", perf.pro_shuttle_s, "s"),
        ("LEFT test", perf.left_test_s, "s"),
    ):
        if value is not None:
            rows.append((name, _number(value, unit)))
    for estimate in report.one_rep_max_estimates:
        rows.append(
            (
                f"1RM {_label(estimate.exercise_id)}",
                f"{estimate.one_rep_max_kg:g} kg ({estimate.weight_kg:g} kg x {estimate.reps}, "
                f"{estimate.method}{'' if estimate.reliable else ', unreliable'})",
            )
        )
    if not rows:
        return None
    return Section("Performance", grids=(Grid(("Test", "Result"), tuple(rows)),))


def _start(report: AssessmentReport) -> Section:
    return Section(
        "Recommended start",
        (
            f"OPT phase {report.recommended_start_phase}",
            *(f"- {r}" for r in report.start_phase_reasons),
        ),
    )


def _reassessment(report: AssessmentReport) -> Section | None:
    result = report.reassessment
    if result is None:
        return None
    lines = [
        f"From {result.before_date or 'earlier'} to {result.after_date or 'now'}",
        f"Compensations resolved: {', '.join(result.compensations_resolved) or NONE}",
        f"Compensations new: {', '.join(result.compensations_new) or NONE}",
        f"Start phase: {result.start_phase_before} -> {result.start_phase_after}",
    ]
    rows = tuple(
        (_label(c.measure), f"{c.before:g}", f"{c.after:g}", f"{c.change:+g}", _label(c.verdict))
        for c in result.changes
    )
    grid = Grid(("Measure", "Before", "After", "Change", "Verdict"), rows)
    return Section("Reassessment", tuple(lines), (grid,))


def sections(report: AssessmentReport) -> tuple[Section, ...]:
    """Return the report laid out as titled sections, alerts first."""
    parts: list[Section | None] = [
        _alerts(report),
        _intake(report),
        _vitals_and_body(report),
        _cardio(report),
        _movement(report),
        _corrective(report),
        _performance(report),
        _start(report),
        _reassessment(report),
    ]
    if report.warnings:
        parts.append(Section("Warnings", report.warnings))
    return tuple(p for p in parts if p is not None)


def _title(report: AssessmentReport) -> str:
    when = report.date.isoformat() if report.date else "undated"
    return (
        f"Assessment: {report.client_name} ({report.sex}, {report.age}) - {when} - "
        f"ruleset {report.ruleset}"
    )


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_assessment_markdown(report: AssessmentReport) -> str:
    """Return the report as Markdown: a heading per section, tables as pipe tables."""
    out = [f"# {_title(report)}"]
    for section in sections(report):
        out.extend(["", f"## {section.title}", ""])
        out.extend(
            f"  - {line[2:]}" if line.startswith("- ") else f"- {line}" for line in section.lines
        )
        for grid in section.grids:
            if not grid.rows:
                continue
            if out[-1]:
                out.append("")
            out.append("| " + " | ".join(grid.headers) + " |")
            out.append("|" + "---|" * len(grid.headers))
            out.extend("| " + " | ".join(_md_cell(c) for c in row) + " |" for row in grid.rows)
    return "\n".join(out) + "\n"


def render_assessment_table(
    report: AssessmentReport, *, width: int = DEFAULT_WIDTH, color: bool = False
) -> str:
    """Return the terminal view, at most ``width`` columns; plain text unless ``color``."""
    parts: list[RenderableType] = [Text(_title(report), style="bold")]
    for section in sections(report):
        style = "bold red" if section.title == "STOP" else "bold"
        parts.append(Text(""))
        parts.append(Text(section.title.upper(), style=style))
        parts.extend(Text(line) for line in section.lines)
        for grid in section.grids:
            if not grid.rows:
                continue
            table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
            for header in grid.headers:
                table.add_column(header, overflow="fold")
            for row in grid.rows:
                table.add_row(*row)
            parts.append(table)
    return render_text(parts, width=width, color=color) + "\n"


def render_assessment_json(report: AssessmentReport) -> str:
    """Return the report's JSON document (DESIGN.md keys), indented, with a final newline."""
    return json.dumps(report.to_json_dict(), indent=2, ensure_ascii=False) + "\n"


def render_assessment(report: AssessmentReport, fmt: AssessmentFormat) -> str:
    """Return ``report`` as "json", "md" or "table"; raise ValueError for another format."""
    if fmt == "json":
        return render_assessment_json(report)
    if fmt == "md":
        return render_assessment_markdown(report)
    if fmt == "table":
        return render_assessment_table(report)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(ASSESSMENT_FORMATS)}")
