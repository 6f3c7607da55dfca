"""A small hand-made catalog for query, graph and swap tests, independent of the data files."""

from __future__ import annotations

from typing import Any

import pytest

from optcoach.catalog import Catalog, Exercise


def make_exercise(exercise_id: str, **fields: Any) -> Exercise:
    """Return a valid core exercise with ``fields`` overriding the defaults."""
    base: dict[str, Any] = {
        "id": exercise_id,
        "name": exercise_id.replace("_", " ").title(),
        "forms": ["core"],
        "levels": ["stabilization"],
        "body_parts": ["core"],
        "movement_pattern": "anti_extension",
        "plane": "sagittal",
        "muscles": {"primary": ["transverse_abdominis"]},
        "cues": ["First cue.", "Second cue."],
    }
    base.update(fields)
    return Exercise.model_validate(base)


@pytest.fixture
def small_catalog() -> Catalog:
    """Five exercises: a floor -> pad -> disc chain, a band variant and an unrelated stretch."""
    return Catalog(
        [
            make_exercise(
                "floor_hold",
                progressions=["pad_hold"],
                safety_tags=["floor_transition"],
            ),
            make_exercise(
                "pad_hold",
                equipment=["foam_pad"],
                safety_tags=["balance_equipment"],
                progressions=["disc_hold"],
            ),
            make_exercise(
                "disc_hold",
                equipment=["balance_disc"],
                safety_tags=["balance_equipment"],
                muscles={"primary": ["transverse_abdominis", "rectus_abdominis"]},
            ),
            make_exercise(
                "band_hold",
                equipment=["resistance_bands"],
                regressions=["floor_hold"],
                plane="transverse",
                movement_pattern="anti_rotation",
                muscles={"primary": ["transverse_abdominis", "external_obliques"]},
            ),
            make_exercise(
                "calf_stretch",
                forms=["flexibility"],
                technique="static",
                body_parts=["calves"],
                movement_pattern="stretch",
                muscles={"primary": ["gastrocnemius"]},
            ),
        ]
    )
