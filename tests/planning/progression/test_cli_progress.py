"""``optcoach progress``: formats, the updated program file, and errors naming the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from optcoach.cli import app
from optcoach.model.program import Program
from tests.planning.progression.conftest import CLIENT_FILE, LOGS

runner = CliRunner()


@pytest.fixture
def program_file(tmp_path: Path, phase1: Program) -> Path:
    path = tmp_path / "program.json"
    path.write_text(phase1.model_dump_json(by_alias=True), encoding="utf-8")
    return path


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["progress", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_holds_program_decisions_and_adherence(program_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "updated.json"
    code, stdout, _ = invoke(
        str(CLIENT_FILE),
        str(LOGS / "stall.yaml"),
        "--program",
        str(program_file),
        "--format",
        "json",
        "--out",
        str(out),
    )
    assert code == 0
    document = json.loads(stdout)
    assert sorted(document) == ["adherence", "cut", "decisions", "program", "reassessment_due"]
    assert [(d["kind"], d["exercise_id"], d["after"]) for d in document["decisions"]] == [
        ("load_down", "standing_cable_row", "22.5 kg")
    ]
    assert document["adherence"]["session_rate"] == 100.0
    assert document["reassessment_due"] == ["2027-02-01", "2027-03-01"]
    written = Program.model_validate_json(out.read_text(encoding="utf-8"))
    assert written == Program.model_validate(document["program"])


def test_markdown_lists_each_decision_with_its_rule(program_file: Path) -> None:
    code, stdout, _ = invoke(
        str(CLIENT_FILE), str(LOGS / "stall.yaml"), "--program", str(program_file), "--format", "md"
    )
    assert code == 0
    assert (
        "- **2027-01-18** load_down `standing_cable_row` 25 kg -> 22.5 kg: last set short of the "
        "12-rep target on 13 Jan and 15 Jan 2027 (10 and 10 reps) at 25 kg (missed-reps rule): "
        "-10% to 22.5 kg for the next 6 session(s) [missed_reps]"
    ) in stdout.splitlines()
    assert "| 2 (2027-01-11) | 3/3 | 24/24 | 5156/5256 |" in stdout.splitlines()


def test_table_is_the_default(program_file: Path) -> None:
    code, stdout, _ = invoke(
        str(CLIENT_FILE), str(LOGS / "steady.yaml"), "--program", str(program_file)
    )
    assert code == 0
    assert "Adherence" in stdout
    assert stdout.splitlines()[-1] == "Reassessment due: 2027-02-01, 2027-03-01"


def test_a_bad_log_entry_exits_2_naming_entry_and_field(program_file: Path, tmp_path: Path) -> None:
    log = tmp_path / "log.yaml"
    log.write_text(
        "- {date: 2027-01-04, exercise_id: goblet_squat, set: 1, reps: 10, load_kg: 20}\n"
        "- {date: 2027-01-06, exercise_id: goblet_squat, set: 1, reps: ten, load_kg: 20}\n",
        encoding="utf-8",
    )
    code, stdout, stderr = invoke(str(CLIENT_FILE), str(log), "--program", str(program_file))
    assert code == 2
    assert stdout == ""
    assert stderr == (
        f"error: {log}: entries[1] (2027-01-06 goblet_squat).reps: Input should be a valid "
        "integer, unable to parse string as an integer\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--today", "someday"], "error: --today: 'someday' is not a date (YYYY-MM-DD)\n"),
    ],
)
def test_bad_options_exit_2(program_file: Path, args: list[str], message: str) -> None:
    code, _, stderr = invoke(
        str(CLIENT_FILE), str(LOGS / "steady.yaml"), "--program", str(program_file), *args
    )
    assert (code, stderr) == (2, message)


def test_an_unreadable_program_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    code, _, stderr = invoke(str(CLIENT_FILE), str(LOGS / "steady.yaml"), "--program", str(missing))
    assert (code, stderr) == (2, f"error: {missing}: no such file\n")


def test_without_a_program_the_planner_builds_one_first() -> None:
    code, stdout, _ = invoke(str(CLIENT_FILE), str(LOGS / "steady.yaml"), "--format", "json")
    assert code == 0
    document = json.loads(stdout)
    assert document["cut"] == "2027-01-16"
    assert len(document["program"]["weeks"]) == 52
    assert document["program"]["start"] == "2027-01-04"
    assert [w["planned_sessions"] for w in document["adherence"]["weeks"]] == [3, 3]
