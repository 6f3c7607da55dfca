"""Supersets: labels, the phases that use them, role pairs in order, similar mechanics."""

from __future__ import annotations

from typing import Any

import pytest

from tests.validate.conftest import FixtureCatalog
from tests.validate.editing import delete_at, found, get_at, set_at

P1_RES = "weeks[0].sessions[0].sections[2].items"
P2_RES = "weeks[2].sessions[0].sections[3].items"


@pytest.mark.parametrize("label", ["A3", "a2", "AA2", ""])
def test_it_reports_a_malformed_label(
    document: dict[str, Any], catalog: FixtureCatalog, label: str
) -> None:
    edited = set_at(document, f"{P2_RES}[1].superset", label)
    assert found(edited, catalog) == [
        ("superset.E001", f"{P2_RES}[1].superset"),
        ("superset.E003", f"{P2_RES}[0].superset"),
    ]


def test_it_reports_a_superset_in_phase_1(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, f"{P1_RES}[0].superset", "A1")
    assert found(edited, catalog) == [("superset.E002", f"{P1_RES}[0].superset")]


def test_it_reports_a_superset_with_one_member(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = delete_at(document, f"{P2_RES}[1]")
    assert found(edited, catalog) == [("superset.E003", f"{P2_RES}[0].superset")]


def test_it_reports_a_superset_with_three_members(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    items = get_at(document, P2_RES)
    edited = set_at(document, P2_RES, [items[0], items[1], items[1], *items[2:]])
    assert found(edited, catalog) == [("superset.E003", f"{P2_RES}[0].superset")]


def test_it_reports_partners_in_the_wrong_order(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, f"{P2_RES}[0].superset", "A2")
    edited = set_at(edited, f"{P2_RES}[1].superset", "A1")
    assert found(edited, catalog) == [
        ("superset.E005", f"{P2_RES}[0].superset"),
        ("superset.E004", f"{P2_RES}[0].superset"),
    ]


def test_it_reports_roles_that_are_not_the_phase_pair(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    # Two strength exercises: bench press then barbell squat as "A".
    items = get_at(document, P2_RES)
    pair = [items[0], {**items[2], "superset": "A2"}, items[1], items[3]]
    edited = set_at(document, P2_RES, [pair[0], pair[1]])
    assert found(edited, catalog) == [
        ("superset.E004", f"{P2_RES}[0].superset"),
        ("superset.E006", f"{P2_RES}[0].superset"),
    ]


def test_it_reports_members_that_are_not_adjacent(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    items = get_at(document, P2_RES)
    edited = set_at(document, P2_RES, [items[0], items[2], items[1], items[3]])
    assert found(edited, catalog) == [
        ("superset.E005", f"{P2_RES}[0].superset"),
        ("superset.E005", f"{P2_RES}[1].superset"),
    ]


def test_it_reports_partners_without_shared_mechanics(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    push_up = get_at(document, f"{P2_RES}[1]")
    edited = set_at(document, f"{P2_RES}[3]", {**push_up, "superset": "B2"})
    assert found(edited, catalog) == [("superset.E006", f"{P2_RES}[2].superset")]


def test_it_reports_an_unpaired_resistance_exercise_in_phase_2(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, f"{P2_RES}[3].superset", None)
    assert found(edited, catalog) == [
        ("superset.E007", f"{P2_RES}[3].superset"),
        ("superset.E003", f"{P2_RES}[2].superset"),
    ]


def test_it_reports_a_label_outside_the_resistance_section(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    path = "weeks[2].sessions[0].sections[1].items[0].superset"
    assert found(set_at(document, path, "A1"), catalog) == [("superset.E008", path)]
