import datetime as dt
from typing import Any

import pytest

from optcoach.model.program import Intensity, Item, Session
from optcoach.render.prescription import (
    format_dose,
    format_intensity,
    format_item_line,
    format_load,
    format_minutes,
    format_number,
    format_rest,
    format_seconds,
    item_details,
)
from tests.render.sample_programs import BENCH_PRESS, FOAM_ROLL_CALVES, phase1_session


def _item(**fields: Any) -> Item:
    base: dict[str, Any] = {
        "exercise_id": "x",
        "name": "X",
        "form": "resistance",
        "level": "strength",
        "sets": 3,
        "rationale": "r",
    }
    return Item.model_validate(base | fields)


@pytest.mark.parametrize(
    ("value", "text"), [(20.0, "20"), (22.5, "22.5"), (2.25, "2.25"), (0.0, "0"), (7.125, "7.12")]
)
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (30, "30 s"),
        (60, "60 s"),
        (90, "90 s"),
        (120, "2 min"),
        (150, "2 min 30 s"),
        (600, "10 min"),
    ],
)
def test_format_seconds(seconds: int, text: str) -> None:
    assert format_seconds(seconds) == text


def test_format_dose_variants() -> None:
    assert format_dose(_item(reps=12)) == "3 × 12"
    assert format_dose(_item(duration_s=45, per_side=True)) == "3 × 45 s each side"
    assert format_dose(_item(reps=8, side="left")) == "3 × 8 (left side)"
    assert format_dose(_item()) == "3 sets"
    assert format_dose(_item(sets=1)) == "1 set"


def test_format_rest_distinguishes_superset_from_no_rest() -> None:
    assert format_rest(_item(rest_s=90)) == "90 s"
    assert format_rest(_item(rest_s=0, superset="A1")) == "no rest"
    assert format_rest(_item(reps=12, rest_s=0)) == "no rest"
    assert format_rest(_item(duration_s=30, rest_s=0)) is None


def test_format_intensity_lists_every_measure() -> None:
    assert format_intensity(Intensity()) is None
    assert format_intensity(Intensity(percent_1rm=87.5)) == "87.5% 1RM"
    assert (
        format_intensity(Intensity(hr_zone=2, hr_low=136, hr_high=152, talk_test=True))
        == "zone 2 (136–152 bpm), talk test"
    )
    assert format_intensity(Intensity(hr_zone=3, hr_low=153)) == "zone 3 (≥ 153 bpm)"
    assert format_intensity(Intensity(percent_body_weight=10)) == "10% body weight"
    assert format_intensity(Intensity(rep_max=20, rpe="5-6")) == "20RM load, RPE 5-6"


def test_format_load_uses_pounds_only_for_imperial_clients_with_load_lb() -> None:
    assert format_load(BENCH_PRESS, "imperial") == "90 lb"
    assert format_load(BENCH_PRESS, "metric") == "40 kg"
    assert format_load(_item(load_kg=7.5), "imperial") == "7.5 kg"
    assert format_load(FOAM_ROLL_CALVES, "metric") is None


def test_item_details_and_line() -> None:
    assert item_details(BENCH_PRESS, "metric") == (
        "3 × 10",
        "tempo 2-0-2-0",
        "no rest",
        "75% 1RM",
        "40 kg",
    )
    assert (
        format_item_line(BENCH_PRESS, "imperial")
        == "A1 Barbell bench press: 3 × 10, tempo 2-0-2-0, no rest, 75% 1RM, 90 lb"
    )
    optional = _item(reps=10, optional=True)
    assert format_item_line(optional, "metric") == "X: 3 × 10, no rest (optional)"


def test_format_minutes() -> None:
    session: Session = phase1_session(dt.date(2027, 1, 6), trimmed=True)
    assert format_minutes(session) == "about 58 of 60 min"
