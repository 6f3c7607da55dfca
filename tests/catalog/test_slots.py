"""The slot file expands rows over levels and names the row and field when one is wrong."""

from __future__ import annotations

import pytest

from optcoach.catalog import CatalogError, Slot, load_slots
from optcoach.catalog.slots import parse_slots

ROWS = """
[[slots]]
name = "resistance.chest"
section = "resistance"
form = "resistance"
body_part = "chest"
levels = ["stabilization", "power"]
role_is_level = true
corrective = false
required = true

[[slots]]
name = "flexibility.smr"
section = "warm_up"
form = "flexibility"
technique = "smr"
levels = []
required = false
requires_any = ["foam_roller"]
"""


def test_it_expands_rows_over_levels() -> None:
    assert parse_slots(ROWS) == (
        Slot(
            id="resistance.chest.stabilization",
            section="resistance",
            form="resistance",
            level="stabilization",
            body_part="chest",
            role="stabilization",
            corrective=False,
            required=True,
        ),
        Slot(
            id="resistance.chest.power",
            section="resistance",
            form="resistance",
            level="power",
            body_part="chest",
            role="power",
            corrective=False,
            required=True,
        ),
        Slot(
            id="flexibility.smr",
            section="warm_up",
            form="flexibility",
            technique="smr",
            required=False,
            requires_any=frozenset({"foam_roller"}),
        ),
    )


def test_requires_any_limits_the_profiles_a_slot_applies_to() -> None:
    smr = parse_slots(ROWS)[2]
    assert smr.applies_to(frozenset({"foam_roller", "bench"})) is True
    assert smr.applies_to(frozenset({"bench"})) is False
    assert parse_slots(ROWS)[0].applies_to(frozenset()) is True


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (ROWS.replace('form = "resistance"', 'form = "pilates"'), r"slots\[0\]: form: "),
        (ROWS.replace("required = true", ""), r"slots\[0\]: required: Field required"),
        (ROWS + ROWS, "slot id 'resistance.chest.stabilization' appears twice"),
        ("slots = 3", "expected only"),
        ("[[slots]\n", "slots.toml: "),
    ],
)
def test_it_rejects_a_malformed_file(text: str, message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        parse_slots(text)


def test_the_packaged_slot_ids() -> None:
    levels = ("stabilization", "strength", "power")
    resistance = [
        f"resistance.{part}.{level}"
        for part in ("chest", "back", "shoulders", "legs", "hips", "total_body", "arms", "calves")
        for level in levels
    ]
    assert [slot.id for slot in load_slots()] == [
        "flexibility.smr",
        "flexibility.static",
        "flexibility.active",
        "flexibility.dynamic",
        "cardio",
        "activation.stabilization",
        "core.stabilization",
        "core.strength",
        "core.power",
        *(f"{form}.{level}" for form in ("balance", "plyometric", "saq") for level in levels),
        *resistance,
    ]
    optional = [slot.id for slot in load_slots() if not slot.required]
    assert optional == [name for name in resistance if ".arms." in name or ".calves." in name]
