"""Rendering of assessment reports: JSON round trip, Markdown content, terminal width."""

from __future__ import annotations

import json

import pytest

from optcoach.assessment import AssessmentReport, assess
from optcoach.render.assessment import render_assessment, sections
from tests.assessment.catalog_fixture import make_catalog
from tests.assessment.clients import make_client

GEAR = ["foam_roller", "stability_ball", "dumbbells"]


def _report(**assessment: object) -> AssessmentReport:
    return assess(make_client(assessment=assessment, equipment=GEAR), catalog=make_catalog())


def test_json_round_trips() -> None:
    report = _report(date="2026-11-02", ohsa=["knees_move_inward"], resting_hr=64)
    text = render_assessment(report, "json")
    assert text.endswith("}\n")
    assert AssessmentReport.model_validate(json.loads(text)) == report


def test_markdown_small_report_exactly() -> None:
    report = _report(date="2026-11-02", resting_hr=58)
    assert render_assessment(report, "md") == (
        "# Assessment: Test Client (female, 40) - 2026-11-02 - ruleset cpt7\n"
        "\n## Intake\n\n"
        "- PAR-Q+: cleared\n"
        "\n## Vitals and body composition\n\n"
        "| Measure | Value | Rating |\n"
        "|---|---|---|\n"
        "| Resting heart rate | 58 bpm | bradycardia |\n"
        "| Weight | 70 kg |  |\n"
        "| Height | 165 cm |  |\n"
        "| BMI | 25.7 kg/m² | overweight |\n"
        "\n## Cardiorespiratory\n\n"
        "- HRmax 180 bpm (tanaka formula)\n"
        "- VT1 137 bpm, VT2 158 bpm (estimated)\n"
        "- VT1 not measured: estimated at 76% of HRmax (137 bpm)\n"
        "- VT2 not measured: estimated at 88% of HRmax (158 bpm)\n"
        "- Recommended cardio stage: 1\n"
        "  - beginner client: stage 1\n"
        "\n"
        "| Zone | From bpm | To bpm | RPE | Talk test |\n"
        "|---|---|---|---|---|\n"
        "| 1 | - | 136 | 3-4 (0-10) | talks in full sentences comfortably |\n"
        "| 2 | 137 | 147 | 5-6 (0-10) | talking starts to be challenging (at or just above VT1) |\n"
        "| 3 | 148 | 157 | 7-8 (0-10) | only short phrases between breaths |\n"
        "| 4 | 158 | 180 | 9-10 (0-10) | cannot talk: a few words at most (above VT2) |\n"
        "\n## Movement assessment\n\n"
        "- No compensations recorded.\n"
        "\n## Corrective plan\n\n"
        "- No corrective exercises: nothing to correct.\n"
        "\n## Recommended start\n\n"
        "- OPT phase 1\n"
        "  - phase 1 (stabilization endurance)\n"
        "  - beginner client: build stabilization endurance first\n"
    )


def test_corrective_and_sides_in_the_views() -> None:
    report = _report(ohsa=["asymmetric_weight_shift"], ohsa_shift_side="left")
    md = render_assessment(report, "md")
    assert "| inhibit | Foam Roll Adductors | adductor complex | left | 1 x 30 s |" in md
    assert "| activate | Tube Walking | gluteus medius | left | 1 x 12 reps @ 4-2-1-1 |" in md
    table = render_assessment(report, "table")
    assert max(len(line) for line in table.splitlines()) <= 100
    assert "CORRECTIVE PLAN" in table


def test_beta_blockers_and_reassessment_sections() -> None:
    client = make_client(
        medications=["beta_blockers"],
        assessment={"push_up_reps": 12, "previous": {"push_up_reps": 8}},
    )
    report = assess(client, catalog=make_catalog())
    titles = [s.title for s in sections(report)]
    assert titles == [
        "Intake",
        "Vitals and body composition",
        "Cardiorespiratory",
        "Movement assessment",
        "Corrective plan",
        "Performance",
        "Recommended start",
        "Reassessment",
        "Warnings",
    ]
    md = render_assessment(report, "md")
    assert "- Guide intensity by RPE and the talk test (beta-blockers).\n" in md
    assert "| push up reps | 8 | 12 | +4 | better |" in md


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'; use one of json, md, table"):
        render_assessment(_report(), "pdf")  # type: ignore[arg-type]
