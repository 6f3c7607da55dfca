"""A small hand-made catalog for corrective-plan tests, independent of the packaged data."""

from __future__ import annotations

from typing import Any

from optcoach.catalog import Catalog, Exercise


def exercise(id_: str, primary: list[str], **fields: Any) -> Exercise:
    data: dict[str, Any] = {
        "id": id_,
        "name": id_.replace("_", " ").title(),
        "forms": ["flexibility"],
        "levels": ["stabilization"],
        "body_parts": ["legs"],
        "movement_pattern": "release",
        "plane": "sagittal",
        "muscles": {"primary": primary},
        "cues": ["slow", "controlled"],
    }
    data.update(fields)
    return Exercise.model_validate(data)


def smr(id_: str, primary: list[str], **fields: Any) -> Exercise:
    return exercise(
        id_, primary, technique="smr", safety_tags=["smr"], equipment=["foam_roller"], **fields
    )


def stretch(id_: str, primary: list[str]) -> Exercise:
    return exercise(id_, primary, technique="static", movement_pattern="stretch")


def activation(id_: str, primary: list[str], **fields: Any) -> Exercise:
    base: dict[str, Any] = {
        "forms": ["resistance"],
        "roles": ["stabilization"],
        "movement_pattern": "hip_abduction",
        "loading": "band",
        "corrective": True,
    }
    base.update(fields)
    return exercise(id_, primary, **base)


def make_catalog() -> Catalog:
    return Catalog(
        [
            smr("foam_roll_adductors", ["adductor_complex"]),
            smr("foam_roll_tfl", ["tensor_fasciae_latae", "it_band"]),
            smr("foam_roll_calves", ["gastrocnemius", "soleus"]),
            stretch("kneeling_hip_flexor_stretch", ["hip_flexor_complex", "tensor_fasciae_latae"]),
            stretch("standing_adductor_stretch", ["adductor_complex"]),
            stretch("calf_stretch", ["gastrocnemius"]),
            activation("tube_walking", ["gluteus_medius", "gluteus_maximus"]),
            activation("floor_bridge", ["gluteus_maximus"], movement_pattern="hip_extension"),
            activation(
                "resisted_dorsiflexion", ["anterior_tibialis"], movement_pattern="dorsiflexion"
            ),
            # not corrective: used only when no corrective exercise targets the muscle
            activation(
                "calf_raise_inversion",
                ["posterior_tibialis"],
                corrective=False,
                movement_pattern="plantar_flexion",
            ),
            # a strength-level lift targeting the glutes must never be chosen for activation
            activation(
                "barbell_hip_thrust",
                ["gluteus_maximus", "gluteus_medius"],
                corrective=False,
                levels=["strength"],
                roles=["strength"],
                equipment=["barbell", "bench"],
            ),
            exercise(
                "ball_wall_squat_to_overhead_press",
                ["gluteus_maximus", "anterior_deltoid"],
                forms=["resistance"],
                roles=["stabilization"],
                movement_pattern="total_body",
                body_parts=["total_body"],
                equipment=["stability_ball", "dumbbells"],
                loading="external",
                corrective=True,
            ),
            exercise(
                "step_up_to_overhead_press",
                ["gluteus_maximus", "quadriceps"],
                forms=["resistance"],
                roles=["stabilization"],
                movement_pattern="total_body",
                body_parts=["total_body"],
                equipment=["box", "dumbbells"],
                loading="external",
                corrective=True,
            ),
        ]
    )
