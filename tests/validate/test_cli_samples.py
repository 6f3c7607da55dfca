"""``optcoach validate`` on a planner-built program, with the bundled catalog."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from typer.testing import CliRunner

from optcoach.cli import app
from optcoach.cli.input import load_client
from optcoach.planning import build_program

runner = CliRunner()


def _sample_program(tmp_path: Path) -> dict[str, object]:
    client = load_client(resources.files("optcoach.samples").joinpath("busy_home.yaml"))  # type: ignore[arg-type]
    document: dict[str, object] = build_program(client, weeks=8).model_dump(
        mode="json", by_alias=True
    )
    return document


def test_a_planned_program_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "program.json"
    path.write_text(json.dumps(_sample_program(tmp_path)))
    result = runner.invoke(app, ["validate", str(path)])
    assert (result.exit_code, result.stdout) == (0, "valid\n")


def test_a_hand_edited_planned_program_is_rejected(tmp_path: Path) -> None:
    document = _sample_program(tmp_path)
    document["goal"] = "muscle_gain"  # the client still wants fat loss
    path = tmp_path / "program.json"
    path.write_text(json.dumps(document))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert result.stdout == "goal.E002 goal: program goal muscle_gain; client goal fat_loss\n"
