"""Recorded findings must follow from the compensations the client showed."""

from __future__ import annotations

from typing import Any

from tests.validate.conftest import FixtureCatalog
from tests.validate.editing import found, set_at


def test_it_reports_an_invented_overactive_muscle(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(
        document, "inputs.overactive", ["adductor_complex", "tensor_fasciae_latae", "psoas"]
    )
    assert found(edited, catalog) == [("inputs.E001", "inputs.overactive[2]")]


def test_it_reports_an_invented_underactive_muscle(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, "inputs.underactive", ["rhomboids"])
    assert found(edited, catalog) == [("inputs.E001", "inputs.underactive[0]")]
