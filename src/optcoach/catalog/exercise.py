"""One exercise of the catalog, as a frozen, validated record.

The schema is the contract between the catalog data files, the planner (which fills slots by
form, level, body part, pattern, equipment and safety tags) and the validator (which checks an
item against the exercise it names). Vocabularies are closed: an unknown id fails at load time.
"""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from optcoach.model.vocab import (
    BodyPart,
    Equipment,
    ExerciseRole,
    FlexibilityTechnique,
    Form,
    Level,
    MovementPattern,
    Muscle,
    Plane,
    SafetyTag,
)

ExerciseId = Annotated[str, Field(pattern=r"^[a-z0-9]+(_[a-z0-9]+)*$", max_length=80)]

Surface = Literal[
    "floor",
    "bench",
    "machine",
    "stability_ball",
    "balance_beam",
    "half_foam_roll",
    "foam_pad",
    "balance_disc",
    "wobble_board",
    "bosu",
    "box",
    "suspension",
]
BaseOfSupport = Literal[
    "seated",
    "supine",
    "prone",
    "side_lying",
    "kneeling",
    "half_kneeling",
    "quadruped",
    "two_leg",
    "staggered",
    "split",
    "tandem",
    "single_leg",
    "hanging",
    "none",
]
ArmPattern = Literal["two_arm", "alternating_arm", "single_arm", "none"]
# How the exercise is loaded decides how the planner prescribes intensity:
# external -> kg from %1RM or a rep max; body_weight / band -> reps and RPE;
# medicine_ball -> % of body weight; none -> flexibility, cardio and drills.
Loading = Literal["external", "body_weight", "band", "medicine_ball", "none"]
# How a set is measured: reps, or a hold / bout in seconds.
Dose = Literal["reps", "hold", "duration"]


class CatalogModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Muscles(CatalogModel):
    primary: tuple[Muscle, ...] = Field(min_length=1)
    secondary: tuple[Muscle, ...] = ()


class Stability(CatalogModel):
    """Where the exercise sits on the OPT stability continua (surface, stance, arms)."""

    surface: Surface = "floor"
    base_of_support: BaseOfSupport = "two_leg"
    arm_pattern: ArmPattern = "none"


class SupersetPartners(CatalogModel):
    """For a strength exercise: partners of similar mechanics for phase 2 and phase 5 supersets."""

    stabilization: tuple[ExerciseId, ...] = ()
    power: tuple[ExerciseId, ...] = ()


class Exercise(CatalogModel):
    id: ExerciseId
    name: Annotated[str, Field(min_length=3, max_length=100)]
    forms: tuple[Form, ...] = Field(min_length=1)
    levels: tuple[Level, ...] = Field(min_length=1)
    body_parts: tuple[BodyPart, ...] = Field(min_length=1)
    movement_pattern: MovementPattern
    plane: Plane
    equipment: tuple[Equipment, ...] = ()
    muscles: Muscles
    stability: Stability = Stability()
    safety_tags: tuple[SafetyTag, ...] = ()
    technique: FlexibilityTechnique | None = None
    roles: tuple[ExerciseRole, ...] = ()
    loading: Loading = "none"
    dose: Dose = "reps"
    per_side: bool = False
    corrective: bool = False
    progressions: tuple[ExerciseId, ...] = ()
    regressions: tuple[ExerciseId, ...] = ()
    superset_partners: SupersetPartners = SupersetPartners()
    cues: tuple[str, ...] = Field(min_length=2, max_length=4)

    @model_validator(mode="after")
    def _coherent(self) -> Self:
        if ("flexibility" in self.forms) != (self.technique is not None):
            raise ValueError("technique is set exactly when the exercise is a flexibility form")
        if "resistance" in self.forms and not self.roles:
            raise ValueError("a resistance exercise lists the roles it can play")
        if self.technique == "smr" and "smr" not in self.safety_tags:
            raise ValueError("an SMR exercise carries the smr safety tag")
        if self.id in self.progressions or self.id in self.regressions:
            raise ValueError("an exercise cannot progress or regress to itself")
        return self

    @property
    def targets(self) -> frozenset[Muscle]:
        """Return the muscles the exercise mainly works, stretches or releases."""
        return frozenset(self.muscles.primary)

    def is_available_with(self, equipment: frozenset[Equipment]) -> bool:
        return set(self.equipment) <= equipment

    def has_any_tag(self, tags: frozenset[SafetyTag]) -> bool:
        return not tags.isdisjoint(self.safety_tags)
