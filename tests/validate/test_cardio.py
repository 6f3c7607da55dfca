"""Cardio items: the stage's zones, the program's zone bounds, minutes per section."""

from __future__ import annotations

from typing import Any

import pytest

from tests.validate.conftest import FixtureCatalog
from tests.validate.editing import found, set_at

WALK = "weeks[0].sessions[0].sections[0].items[3]"


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            f"{WALK}.intensity",
            {"hr_zone": 2, "hr_low": 145, "hr_high": 154},
            [("cardio.E001", f"{WALK}.intensity.hr_zone")],
        ),
        (f"{WALK}.intensity", {"hr_zone": 7}, [("cardio.E002", f"{WALK}.intensity.hr_zone")]),
        (
            f"{WALK}.intensity",
            {"hr_zone": 1, "hr_high": 150},
            [("cardio.E003", f"{WALK}.intensity")],
        ),
        (f"{WALK}.duration_s", 660, [("cardio.E004", f"{WALK}.duration_s")]),
        (f"{WALK}.duration_s", 240, [("cardio.E004", f"{WALK}.duration_s")]),
        (f"{WALK}.duration_s", None, [("cardio.E005", f"{WALK}.duration_s")]),
    ],
)
def test_it_reports_cardio_off_the_tables(
    document: dict[str, Any],
    catalog: FixtureCatalog,
    path: str,
    value: object,
    expected: list[tuple[str, str]],
) -> None:
    assert found(set_at(document, path, value), catalog) == expected


def test_a_later_stage_opens_higher_zones(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, f"{WALK}.intensity", {"hr_zone": 2, "hr_low": 145, "hr_high": 154})
    edited = set_at(edited, "inputs.cardio_stage", 2)
    assert found(edited, catalog) == []
