"""The slots the planner fills, read from ``catalog/data/slots.toml``.

A slot is a catalog query (form, level, technique, body part, role, corrective flag) the planner
runs with the client's equipment and excluded safety tags. The planner and the catalog's coverage
test read the same file, so "every slot has candidates" is checked against what the planner asks.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from optcoach.catalog.exercise import Exercise
from optcoach.catalog.library import Catalog
from optcoach.catalog.loader import CatalogError
from optcoach.model.vocab import (
    BodyPart,
    Equipment,
    ExerciseRole,
    FlexibilityTechnique,
    Form,
    Level,
    SafetyTag,
    SectionId,
)

SLOTS_FILE = "slots.toml"


class _SlotRow(BaseModel):
    """One ``[[slots]]`` row as written, before expansion over its levels."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=r"^[a-z_]+(\.[a-z_]+)*$")
    section: SectionId
    form: Form
    levels: tuple[Level, ...]
    technique: FlexibilityTechnique | None = None
    body_part: BodyPart | None = None
    role_is_level: bool = False
    corrective: bool | None = None
    required: bool
    requires_any: tuple[Equipment, ...] = ()


class Slot(BaseModel):
    """One slot: the query the planner runs to find candidates for it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    section: SectionId
    form: Form
    level: Level | None = None
    technique: FlexibilityTechnique | None = None
    body_part: BodyPart | None = None
    role: ExerciseRole | None = None
    corrective: bool | None = None
    required: bool
    requires_any: frozenset[Equipment] = frozenset()

    def applies_to(self, equipment: frozenset[Equipment]) -> bool:
        """Return whether the slot can be made with ``equipment`` (see ``requires_any``)."""
        return not self.requires_any or not self.requires_any.isdisjoint(equipment)

    def candidates(
        self,
        catalog: Catalog,
        *,
        equipment: frozenset[Equipment] | None,
        exclude_tags: frozenset[SafetyTag] = frozenset(),
    ) -> tuple[Exercise, ...]:
        """Return the exercises that can fill this slot, in id order."""
        return catalog.select(
            form=self.form,
            level=self.level,
            technique=self.technique,
            body_part=self.body_part,
            role=self.role,
            corrective=self.corrective,
            equipment=equipment,
            exclude_tags=exclude_tags,
        )


def parse_slots(text: str, source: str = SLOTS_FILE) -> tuple[Slot, ...]:
    """Return the slots in ``text``, each row expanded over its levels, in file order.

    Raise CatalogError naming the row and field for a malformed row or a repeated slot id.
    """
    try:
        document: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{source}: {exc}") from None
    if set(document) != {"slots"} or not isinstance(document["slots"], list):
        raise CatalogError(f"{source}: expected only [[slots]] rows")
    slots: list[Slot] = []
    for index, entry in enumerate(document["slots"]):
        try:
            row = _SlotRow.model_validate(entry)
        except ValidationError as exc:
            error = exc.errors()[0]
            field = ".".join(str(part) for part in error["loc"])
            raise CatalogError(f"{source}: slots[{index}]: {field}: {error['msg']}") from None
        levels: tuple[Level | None, ...] = row.levels or (None,)
        for level in levels:
            slots.append(
                Slot(
                    id=row.name if level is None else f"{row.name}.{level}",
                    section=row.section,
                    form=row.form,
                    level=level,
                    technique=row.technique,
                    body_part=row.body_part,
                    role=level if row.role_is_level else None,
                    corrective=row.corrective,
                    required=row.required,
                    requires_any=frozenset(row.requires_any),
                )
            )
    seen: set[str] = set()
    for slot in slots:
        if slot.id in seen:
            raise CatalogError(f"{source}: slot id '{slot.id}' appears twice")
        seen.add(slot.id)
    return tuple(slots)


@cache
def load_slots() -> tuple[Slot, ...]:
    """Return the packaged slots (cached); raise CatalogError if the file is malformed."""
    text = resources.files("optcoach.catalog").joinpath("data", SLOTS_FILE).read_text()
    return parse_slots(text)
