"""``optcoach validate``: exit 0 "valid", exit 1 with violations, exit 2 for unusable files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from optcoach.cli import app
from optcoach.validate import check
from tests.validate.conftest import CLIENT, FixtureCatalog, program_document
from tests.validate.editing import set_at

runner = CliRunner()


@pytest.fixture(autouse=True)
def _fixture_catalog(monkeypatch: pytest.MonkeyPatch, catalog: FixtureCatalog) -> None:
    monkeypatch.setattr(check, "_bundled_catalog", lambda: catalog)


def _write(tmp_path: Path, document: dict[str, Any], name: str = "program.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document))
    return path


def test_a_conformant_program_prints_valid(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(_write(tmp_path, program_document()))])
    assert (result.exit_code, result.stdout) == (0, "valid\n")


def test_violations_are_listed_with_code_path_and_message(tmp_path: Path) -> None:
    path = "weeks[0].sessions[0].sections[2].items[0].sets"
    edited = set_at(program_document(), path, 4)
    result = runner.invoke(app, ["validate", str(_write(tmp_path, edited))])
    assert result.exit_code == 1
    assert result.stdout == f"phase1.E002 {path}: sets 4; phase 1 allows 1-3\n"
    assert result.stderr == "1 violation\n"


def test_json_format_lists_issues_with_hints(tmp_path: Path) -> None:
    edited = set_at(program_document(), "weeks[0].sessions[0].weekday", "tue")
    result = runner.invoke(app, ["validate", str(_write(tmp_path, edited)), "--format", "json"])
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["valid"] is False
    assert [(i["code"], i["path"]) for i in document["issues"]] == [
        ("structure.E014", "weeks[0].sessions[0].weekday"),
        ("spacing.E004", "weeks[0].sessions[0].weekday"),
    ]
    assert document["issues"][0]["hint"] == "Set weekday from the date."


def test_json_format_of_a_valid_program(tmp_path: Path) -> None:
    path = _write(tmp_path, program_document())
    result = runner.invoke(app, ["validate", str(path), "--format", "json"])
    assert (result.exit_code, json.loads(result.stdout)) == (0, {"valid": True, "issues": []})


def test_a_separate_client_file_is_checked_against(tmp_path: Path) -> None:
    client = tmp_path / "client.yaml"
    client.write_text(yaml.safe_dump({**CLIENT, "session_minutes": 45}))
    program = _write(tmp_path, program_document())
    result = runner.invoke(app, ["validate", str(program), "--client", str(client)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 18  # every session's budget differs from the client's 45 minutes
    assert lines[0] == (
        "time.E002 weeks[0].sessions[0].minutes_budget: budget 60 minutes; the client has 45"
    )


def test_a_missing_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "nope.json")])
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'nope.json'}: no such file\n"


def test_malformed_json_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "program.json"
    path.write_text('{"schema": ')
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert "malformed JSON at line 1" in result.stderr
    assert "Traceback" not in result.output


def test_a_bad_field_exits_2_naming_it(tmp_path: Path) -> None:
    edited = set_at(program_document(), "weeks[0].sessions[0].sections[2].items[0].sets", 0)
    result = runner.invoke(app, ["validate", str(_write(tmp_path, edited))])
    assert result.exit_code == 2
    assert (
        "weeks.0.sessions.0.sections.2.items.0.sets: Input should be greater than or equal to 1"
        in result.stderr
    )


def test_a_bad_client_file_exits_2_naming_it(tmp_path: Path) -> None:
    client = tmp_path / "client.yaml"
    client.write_text(yaml.safe_dump({**CLIENT, "age": 4}))
    program = _write(tmp_path, program_document())
    result = runner.invoke(app, ["validate", str(program), "--client", str(client)])
    assert result.exit_code == 2
    assert "age: Input should be greater than or equal to 6" in result.stderr
