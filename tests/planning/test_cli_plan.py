"""``optcoach plan``: formats, options, bad client files and the clearance gate."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from optcoach.cli import app
from tests.planning.programs import sample_path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clients"
SRC = Path(__file__).resolve().parents[2] / "src"
runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing_goal", "goal: Field required"),
        ("negative_weight", "weight_kg: Input should be greater than or equal to 15"),
        ("age_4", "age: Input should be greater than or equal to 6"),
        ("nine_days", "days_per_week: Input should be less than or equal to 7"),
        ("unknown_equipment", "equipment.1: Input should be 'dumbbells'"),
        ("malformed", "malformed YAML at line 6"),
    ],
)
def test_bad_client_files_exit_2_naming_the_field(name: str, message: str) -> None:
    result = runner.invoke(app, ["plan", str(FIXTURES / f"{name}.yaml")])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_a_missing_clearance_gives_no_program_and_says_clearance() -> None:
    result = runner.invoke(app, ["plan", str(FIXTURES / "needs_clearance.yaml")])
    assert result.exit_code == 3
    assert "medical clearance" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--weeks", "0"], "weeks: must be at least 1, got 0"),
        (["--start", "next monday"], "--start: 'next monday' is not a date"),
    ],
)
def test_bad_options_exit_2_naming_the_option(options: list[str], message: str) -> None:
    result = runner.invoke(app, ["plan", str(sample_path("busy_home")), *options])
    assert result.exit_code == 2
    assert message in result.stderr


def test_json_carries_the_design_keys() -> None:
    result = runner.invoke(
        app, ["plan", str(sample_path("busy_home")), "--weeks", "8", "--start", "2027-03-01"]
    )
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert list(document) == [
        "schema",
        "generator",
        "ruleset",
        "goal",
        "start",
        "horizon_weeks",
        "client",
        "inputs",
        "warnings",
        "blocks",
        "weeks",
        "revisions",
    ]
    assert (document["schema"], document["goal"], document["start"]) == (
        "optcoach.program/v1",
        "fat_loss",
        "2027-03-01",
    )
    assert [(b["phase"], b["start"], b["end"], b["weeks"]) for b in document["blocks"]] == [
        (1, "2027-03-01", "2027-03-28", 4),
        (2, "2027-03-29", "2027-04-25", 4),
    ]
    session = document["weeks"][0]["sessions"][0]
    assert (session["date"], session["weekday"], session["phases"]) == ("2027-03-02", "tue", [1])
    assert [s["id"] for s in session["sections"]] == [
        "warm_up",
        "activation",
        "resistance",
        "cool_down",
    ]
    item = session["sections"][2]["items"][0]
    assert {
        "exercise_id",
        "name",
        "form",
        "level",
        "sets",
        "reps",
        "tempo",
        "rest_s",
        "intensity",
        "load_kg",
        "superset",
        "rationale",
    } <= set(item)


def test_ruleset_option_overrides_the_client_file(tmp_path: Path) -> None:
    out = tmp_path / "program.json"
    result = runner.invoke(
        app,
        [
            "plan",
            str(sample_path("general_fitness")),
            "--ruleset",
            "cpt7",
            "--weeks",
            "4",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"wrote {out}\n"
    assert json.loads(out.read_text())["ruleset"] == "cpt7"


@pytest.mark.parametrize("fmt", ["md", "table", "ics"])
def test_text_formats_render_the_program(fmt: str) -> None:
    result = runner.invoke(
        app, ["plan", str(sample_path("busy_home")), "--weeks", "4", "--format", fmt]
    )
    assert result.exit_code == 0, result.stderr
    assert ("Sam Whitfield" in result.stdout) or ("BEGIN:VCALENDAR" in result.stdout)


def test_the_same_client_gives_the_same_bytes_in_two_processes() -> None:
    command = [sys.executable, "-m", "optcoach", "plan", str(sample_path("fat_loss"))]
    env = os.environ | {"PYTHONPATH": str(SRC)}
    first = subprocess.run(command, capture_output=True, env=env, check=True).stdout
    second = subprocess.run(command, capture_output=True, env=env, check=True).stdout
    assert first == second
    assert json.loads(first)["horizon_weeks"] == 52
