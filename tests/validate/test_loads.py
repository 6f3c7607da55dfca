"""Loads: %1RM x 1RM, % body weight for medicine balls, pounds converted from kilograms."""

from __future__ import annotations

from typing import Any

import pytest

from optcoach.model.program import Program
from optcoach.validate import check_program
from tests.validate.conftest import FixtureCatalog
from tests.validate.editing import found, set_at

BENCH_P2 = "weeks[2].sessions[0].sections[3].items[0]"
ROW_P1 = "weeks[0].sessions[0].sections[2].items[1]"
BALL_P5 = "weeks[4].sessions[2].sections[2].items[1]"


def test_it_reports_a_load_off_the_percentage(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    program = Program.model_validate(set_at(document, f"{BENCH_P2}.load_kg", 70))
    assert [(i.code, i.path, i.message) for i in check_program(program, catalog=catalog)] == [
        (
            "load.E001",
            f"{BENCH_P2}.load_kg",
            "70 kg; 75% of a 80 kg 1RM is 60.0 kg (tolerance 2.5 kg)",
        )
    ]


@pytest.mark.parametrize("load_kg", [57.5, 62.5])
def test_a_load_rounded_to_a_plate_step_is_accepted(
    document: dict[str, Any], catalog: FixtureCatalog, load_kg: float
) -> None:
    assert found(set_at(document, f"{BENCH_P2}.load_kg", load_kg), catalog) == []


def test_it_reports_a_load_without_a_basis(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    assert found(set_at(document, f"{ROW_P1}.load_kg", 20), catalog) == [
        ("load.E002", f"{ROW_P1}.load_kg")
    ]


def test_it_reports_a_missing_load(document: dict[str, Any], catalog: FixtureCatalog) -> None:
    assert found(set_at(document, f"{BENCH_P2}.load_kg", None), catalog) == [
        ("load.E003", f"{BENCH_P2}.load_kg")
    ]


def test_it_reports_a_medicine_ball_above_ten_percent(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, f"{BALL_P5}.intensity", {"percent_body_weight": 15})
    edited = set_at(edited, f"{BALL_P5}.load_kg", 12)
    assert found(edited, catalog) == [("load.E004", f"{BALL_P5}.intensity.percent_body_weight")]


def test_a_medicine_ball_given_only_in_kilograms_is_checked_too(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, f"{BALL_P5}.intensity", {})
    edited = set_at(edited, f"{BALL_P5}.load_kg", 10)
    program = Program.model_validate(edited)
    assert [(i.code, i.message) for i in check_program(program, catalog=catalog)] == [
        (
            "load.E002",
            "10 kg for med_ball_chest_pass with no 1RM estimate and no % body weight behind it",
        ),
        ("load.E004", "medicine ball at 12.5% of body weight; phase 5 (power) allows at most 10%"),
    ]


def test_it_reports_a_ball_weight_off_its_percentage(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    assert found(set_at(document, f"{BALL_P5}.load_kg", 8), catalog) == [
        ("load.E005", f"{BALL_P5}.load_kg")
    ]


@pytest.mark.parametrize(
    ("load_lb", "expected"), [(132.5, []), (130, []), (125, [("load.E006", f"{BENCH_P2}.load_lb")])]
)
def test_it_checks_pounds_against_kilograms(
    document: dict[str, Any],
    catalog: FixtureCatalog,
    load_lb: float,
    expected: list[tuple[str, str]],
) -> None:
    # 60 kg is 132.3 lb
    assert found(set_at(document, f"{BENCH_P2}.load_lb", load_lb), catalog) == expected


def test_it_reports_pounds_without_kilograms(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    assert found(set_at(document, f"{ROW_P1}.load_lb", 40), catalog) == [
        ("load.E006", f"{ROW_P1}.load_lb")
    ]
