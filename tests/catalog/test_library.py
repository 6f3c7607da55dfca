"""Catalog look-ups and filters return exactly the matching exercises, in id order."""

from __future__ import annotations

import pytest

from optcoach.catalog import Catalog
from tests.catalog.conftest import make_exercise


def _ids(exercises: object) -> list[str]:
    return [exercise.id for exercise in exercises]  # type: ignore[attr-defined]


def test_it_iterates_in_id_order(small_catalog: Catalog) -> None:
    assert _ids(small_catalog) == [
        "band_hold",
        "calf_stretch",
        "disc_hold",
        "floor_hold",
        "pad_hold",
    ]
    assert len(small_catalog) == 5
    assert "pad_hold" in small_catalog
    assert "nothing" not in small_catalog


def test_get_names_the_unknown_id(small_catalog: Catalog) -> None:
    assert small_catalog.get("pad_hold").equipment == ("foam_pad",)
    with pytest.raises(KeyError, match="unknown exercise 'nothing'"):
        small_catalog.get("nothing")


def test_it_refuses_duplicate_ids() -> None:
    with pytest.raises(ValueError, match="duplicate exercise id 'a_b'"):
        Catalog([make_exercise("a_b"), make_exercise("a_b")])


def test_select_without_filters_returns_everything(small_catalog: Catalog) -> None:
    assert _ids(small_catalog.select()) == _ids(small_catalog)


def test_select_by_equipment_keeps_subsets(small_catalog: Catalog) -> None:
    assert _ids(small_catalog.select(equipment=frozenset())) == ["calf_stretch", "floor_hold"]
    assert _ids(small_catalog.select(equipment=frozenset({"foam_pad", "resistance_bands"}))) == [
        "band_hold",
        "calf_stretch",
        "floor_hold",
        "pad_hold",
    ]


def test_select_combines_filters(small_catalog: Catalog) -> None:
    assert _ids(
        small_catalog.select(form="core", exclude_tags=frozenset({"balance_equipment"}))
    ) == [
        "band_hold",
        "floor_hold",
    ]
    assert _ids(small_catalog.select(technique="static")) == ["calf_stretch"]
    assert _ids(small_catalog.select(targets="rectus_abdominis")) == ["disc_hold"]
    assert _ids(small_catalog.select(pattern="anti_rotation")) == ["band_hold"]
    assert _ids(small_catalog.select(body_part="calves", form="flexibility")) == ["calf_stretch"]
    assert _ids(small_catalog.select(level="power")) == []
    assert _ids(small_catalog.select(corrective=True)) == []


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"form": "yoga"}, "form: unknown value 'yoga'"),
        ({"level": "elite"}, "level: unknown value 'elite'"),
        ({"equipment": frozenset({"sofa"})}, "equipment: unknown value 'sofa'"),
        ({"exclude_tags": frozenset({"scary"})}, "exclude_tags: unknown value 'scary'"),
        ({"targets": "heart"}, "targets: unknown value 'heart'"),
    ],
)
def test_select_names_an_unknown_filter_value(
    small_catalog: Catalog, arguments: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        small_catalog.select(**arguments)  # type: ignore[arg-type]


def test_partners_follow_data_order() -> None:
    catalog = Catalog(
        [
            make_exercise(
                "press",
                forms=["resistance"],
                roles=["strength"],
                levels=["strength"],
                superset_partners={
                    "stabilization": ["ball_press", "band_press"],
                    "power": ["throw"],
                },
            ),
            make_exercise("band_press"),
            make_exercise("ball_press"),
            make_exercise("throw"),
        ]
    )
    assert _ids(catalog.partners("press", "stabilization")) == ["ball_press", "band_press"]
    assert _ids(catalog.partners("press", "power")) == ["throw"]
    assert _ids(catalog.partners("throw", "power")) == []
    with pytest.raises(ValueError, match="role: expected 'stabilization' or 'power'"):
        catalog.partners("press", "strength")  # type: ignore[arg-type]
    with pytest.raises(KeyError, match="unknown exercise 'bench'"):
        catalog.partners("bench", "power")
