"""``optcoach assess`` through the CLI: formats, rulesets, and invalid measurements (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from optcoach.cli import app

NO = {f"q{i}": False for i in range(1, 8)}
BASE: dict[str, Any] = {
    "name": "Ana Silva",
    "sex": "female",
    "age": 40,
    "height_cm": 165,
    "weight_kg": 70,
    "goal": "general_fitness",
    "days_per_week": 3,
    "parq": NO,
    "assessment": {
        "date": "2026-11-02",
        "blood_pressure": "118/76",
        "skinfolds_mm": {"biceps": 6, "triceps": 14, "subscapular": 12, "suprailiac": 8},
        "ohsa": ["knees_move_inward"],
    },
}


def _write(tmp_path: Path, data: dict[str, Any], suffix: str = ".yaml") -> Path:
    path = tmp_path / f"client{suffix}"
    text = json.dumps(data) if suffix == ".json" else yaml.safe_dump(data)
    path.write_text(text, encoding="utf-8")
    return path


def _run(*args: str) -> Any:
    return CliRunner().invoke(app, ["assess", *args])


def _with_assessment(**changes: Any) -> dict[str, Any]:
    return {**BASE, "assessment": {**BASE["assessment"], **changes}}


def test_json_output(tmp_path: Path) -> None:
    result = _run(str(_write(tmp_path, BASE, ".json")), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "optcoach.assessment/v1"
    assert data["ruleset"] == "cpt7"
    assert data["body_fat"]["percent"] == 28.1
    assert data["blood_pressure"]["category"] == "normal"
    assert data["imbalances"]["overactive"] == ["adductor_complex", "tensor_fasciae_latae"]
    assert data["recommended_start_phase"] == 1


def test_ruleset_option_and_client_ruleset(tmp_path: Path) -> None:
    path = _write(tmp_path, BASE)
    cpt6 = json.loads(_run(str(path), "--format", "json", "--ruleset", "cpt6").stdout)
    assert cpt6["ruleset"] == "cpt6"
    assert "vastus_lateralis" in cpt6["imbalances"]["overactive"]
    from_file = _write(tmp_path, {**BASE, "ruleset": "cpt6"}, ".json")
    assert json.loads(_run(str(from_file), "--format", "json").stdout)["ruleset"] == "cpt6"


def test_markdown_and_table(tmp_path: Path) -> None:
    path = _write(tmp_path, BASE)
    md = _run(str(path), "--format", "md")
    assert md.exit_code == 0
    assert md.stdout.startswith(
        "# Assessment: Ana Silva (female, 40) - 2026-11-02 - ruleset cpt7\n"
    )
    assert "| Body fat | 28.1% (durnin womersley, sum 40 mm) | fat 19.7 kg, lean 50.3 kg |" in (
        md.stdout
    )
    table = _run(str(path))
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0] == (
        "Assessment: Ana Silva (female, 40) - 2026-11-02 - ruleset cpt7"
    )
    assert "MOVEMENT ASSESSMENT" in table.stdout


def test_crisis_is_reported_prominently(tmp_path: Path) -> None:
    path = _write(tmp_path, _with_assessment(blood_pressure="190/125"))
    result = _run(str(path), "--format", "md")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[2] == "## STOP"
    assert lines[4].startswith("- HYPERTENSIVE CRISIS: blood pressure 190/125 mmHg")
    assert result.stderr.startswith("warning: HYPERTENSIVE CRISIS: blood pressure 190/125 mmHg")
    table = _run(str(path))
    assert table.stdout.splitlines()[2] == "STOP"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            _with_assessment(skinfolds_mm={"biceps": -3}),
            "assessment.skinfolds_mm.biceps: Input should be greater than 0",
        ),
        (
            _with_assessment(blood_pressure="abc"),
            'assessment.blood_pressure: write blood pressure as systolic/diastolic, e.g. "120/80"',
        ),
        (
            _with_assessment(resting_hr=400),
            "assessment.resting_hr: Input should be less than or equal to 250",
        ),
        ({**BASE, "age": 4}, "age: Input should be greater than or equal to 6"),
        (
            _with_assessment(vertical_jump={"reach_cm": 230, "jump_cm": 220}),
            "assessment.vertical_jump: jump_cm must be above reach_cm",
        ),
        (
            _with_assessment(shark_skill_faults=-1),
            "assessment.shark_skill_faults: Input should be greater than or equal to 0",
        ),
        (
            _with_assessment(hr_max_formula="fox"),
            "assessment.hr_max_formula: Input should be 'tanaka', 'traditional' or 'gellish'",
        ),
    ],
)
def test_invalid_measurements_exit_2_naming_the_field(
    tmp_path: Path, data: dict[str, Any], message: str
) -> None:
    result = _run(str(_write(tmp_path, data)))
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_missing_file_and_bad_format(tmp_path: Path) -> None:
    missing = _run(str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 2
    assert "nope.yaml: no such file" in missing.stderr
    bad = _run(str(_write(tmp_path, BASE)), "--format", "pdf")
    assert bad.exit_code == 2
