"""``optcoach exercises``: filters, JSON and table output, stats, and exit 2 on bad options."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from optcoach.catalog import load_catalog
from optcoach.cli import app
from optcoach.cli.exercises import count_exercises

runner = CliRunner()


def _json(*args: str) -> object:
    result = runner.invoke(app, ["exercises", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_json_lists_the_filtered_exercises_with_the_contract_keys() -> None:
    document = _json("--form", "saq", "--level", "power", "--equipment", "none")
    assert isinstance(document, list)
    assert [item["id"] for item in document] == [
        "backpedal_to_sprint",
        "carioca",
        "line_shuttle_run",
        "partner_mirror_drill",
        "reactive_sprint_start",
    ]
    required = {
        "id", "name", "forms", "levels", "body_parts", "movement_pattern", "equipment",
        "muscles", "safety_tags", "progressions", "regressions", "cues",
    }  # fmt: skip
    assert all(required <= set(item) for item in document)
    assert document[1]["muscles"]["primary"] == [
        "gluteus_medius",
        "hip_external_rotators",
        "external_obliques",
    ]


def test_equipment_and_excluded_tags_filter_like_the_catalog() -> None:
    document = _json(
        "--technique", "smr", "--equipment", "foam_roller", "--tag-excluded", "supine,prone"
    )
    expected = load_catalog().select(
        technique="smr",
        equipment=frozenset({"foam_roller"}),
        exclude_tags=frozenset({"supine", "prone"}),
    )
    assert [item["id"] for item in document] == [exercise.id for exercise in expected]  # type: ignore[attr-defined]
    assert "smr_thoracic_spine" not in {item["id"] for item in document}  # type: ignore[attr-defined]


def test_stats_count_by_form_level_body_part_and_equipment() -> None:
    document = _json("--stats", "--form", "cardiorespiratory")
    assert document == {
        "total": 14,
        "by_form": {"cardiorespiratory": 14},
        "by_level": {"power": 14, "stabilization": 14, "strength": 14},
        "by_body_part": {"legs": 4, "total_body": 10},
        "by_equipment": {
            "body_weight": 6,
            "box": 1,
            "elliptical": 1,
            "rower": 1,
            "stationary_bike": 2,
            "treadmill": 3,
        },
    }
    assert count_exercises(tuple(load_catalog()))["total"] == len(load_catalog())


def test_table_output_names_each_exercise() -> None:
    result = runner.invoke(app, ["exercises", "--form", "plyometric", "--level", "stabilization"])
    assert result.exit_code == 0
    for exercise_id in ("squat_jump_with_stabilization", "box_jump_up_with_stabilization"):
        assert exercise_id in result.stdout
    stats = runner.invoke(app, ["exercises", "--stats"])
    assert stats.exit_code == 0
    assert f"{len(load_catalog())} exercises" in stats.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--form", "yoga"], "--form: unknown value 'yoga'"),
        (["--level", "elite"], "--level: unknown value 'elite'"),
        (["--equipment", "bench,sofa"], "--equipment: unknown value 'sofa'"),
        (["--body-part", "neck"], "--body-part: unknown value 'neck'"),
        (["--pattern", "dance"], "--pattern: unknown value 'dance'"),
        (["--tag-excluded", "loud"], "--tag-excluded: unknown value 'loud'"),
        (["--technique", "pnf"], "--technique: unknown value 'pnf'"),
    ],
)
def test_a_bad_filter_exits_2_naming_the_option(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["exercises", *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output
