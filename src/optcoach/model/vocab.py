"""The closed vocabularies of optcoach.

Every id here is part of the public contract (DESIGN.md): stable, snake_case, never reused. Each
vocabulary is a ``Literal`` type, so pydantic rejects an unknown id with a message naming the field,
plus a tuple of its members for code that needs to iterate.
"""

from __future__ import annotations

from typing import Literal, get_args

Goal = Literal["fat_loss", "muscle_gain", "general_fitness", "max_strength", "sports_performance"]
GOALS: tuple[Goal, ...] = get_args(Goal)

Ruleset = Literal["cpt7", "cpt6"]
RULESETS: tuple[Ruleset, ...] = get_args(Ruleset)
DEFAULT_RULESET: Ruleset = "cpt7"

PhaseNumber = Literal[1, 2, 3, 4, 5]
PHASE_NUMBERS: tuple[PhaseNumber, ...] = get_args(PhaseNumber)

PhaseId = Literal[
    "stabilization_endurance",
    "strength_endurance",
    "muscular_development",
    "maximal_strength",
    "power",
]
PHASE_IDS: dict[int, PhaseId] = dict(zip(PHASE_NUMBERS, get_args(PhaseId), strict=True))

Level = Literal["stabilization", "strength", "power"]
LEVELS: tuple[Level, ...] = get_args(Level)
PHASE_LEVELS: dict[int, Level] = {
    1: "stabilization",
    2: "strength",
    3: "strength",
    4: "strength",
    5: "power",
}

Form = Literal[
    "flexibility", "cardiorespiratory", "core", "balance", "plyometric", "saq", "resistance"
]
FORMS: tuple[Form, ...] = get_args(Form)

SectionId = Literal[
    "warm_up", "activation", "skill_development", "resistance", "clients_choice", "cool_down"
]
SECTION_IDS: tuple[SectionId, ...] = get_args(SectionId)

Experience = Literal["beginner", "intermediate", "advanced"]
EXPERIENCES: tuple[Experience, ...] = get_args(Experience)

Sex = Literal["female", "male"]

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = get_args(Weekday)

Side = Literal["left", "right"]

# The role an exercise plays inside a resistance block; phases 2 and 5 pair two roles in a superset.
ExerciseRole = Literal["stabilization", "strength", "power"]

OhsaCompensation = Literal[
    "feet_turn_out",
    "knees_move_inward",
    "excessive_forward_lean",
    "low_back_arches",
    "arms_fall_forward",
    "heels_rise",
    "feet_flatten",
    "knees_move_outward",
    "low_back_rounds",
    "asymmetric_weight_shift",
]
OHSA_COMPENSATIONS: tuple[OhsaCompensation, ...] = get_args(OhsaCompensation)

SingleLegSquatCompensation = Literal["knee_valgus", "hip_hike", "hip_drop", "inward_trunk_rotation"]
SINGLE_LEG_SQUAT_COMPENSATIONS: tuple[SingleLegSquatCompensation, ...] = get_args(
    SingleLegSquatCompensation
)

PushPullCompensation = Literal["low_back_arches", "shoulders_elevate", "head_protrudes"]
PUSH_PULL_COMPENSATIONS: tuple[PushPullCompensation, ...] = get_args(PushPullCompensation)

StaticPosture = Literal["pes_planus_distortion", "lower_crossed", "upper_crossed"]
STATIC_POSTURES: tuple[StaticPosture, ...] = get_args(StaticPosture)

# One id per muscle, complex or tissue the reference names (CPT7, CPT6 and CES lists), plus the
# prime movers the resistance catalog needs. Regions such as the thoracic spine are SMR targets.
Muscle = Literal[
    # lower leg and foot
    "gastrocnemius",
    "lateral_gastrocnemius",
    "medial_gastrocnemius",
    "soleus",
    "peroneals",
    "anterior_tibialis",
    "posterior_tibialis",
    "popliteus",
    # thigh
    "hamstring_complex",
    "biceps_femoris",
    "biceps_femoris_short_head",
    "medial_hamstring_complex",
    "quadriceps",
    "rectus_femoris",
    "vastus_lateralis",
    "vastus_medialis_oblique",
    "adductor_complex",
    "adductor_magnus",
    "gracilis",
    "sartorius",
    "it_band",
    # hip
    "gluteus_maximus",
    "gluteus_medius",
    "gluteus_minimus",
    "tensor_fasciae_latae",
    "piriformis",
    "hip_external_rotators",
    "hip_flexor_complex",
    "psoas",
    # trunk
    "rectus_abdominis",
    "abdominal_complex",
    "external_obliques",
    "internal_obliques",
    "transverse_abdominis",
    "intrinsic_core_stabilizers",
    "quadratus_lumborum",
    "lumbar_extensors",
    "erector_spinae",
    "thoracic_spine",
    # shoulder girdle and back
    "latissimus_dorsi",
    "teres_major",
    "teres_minor",
    "infraspinatus",
    "subscapularis",
    "rotator_cuff",
    "upper_trapezius",
    "middle_trapezius",
    "lower_trapezius",
    "rhomboids",
    "serratus_anterior",
    "levator_scapulae",
    "pectoralis_major",
    "pectoralis_minor",
    "anterior_deltoid",
    "medial_deltoid",
    "posterior_deltoid",
    # arms
    "biceps_brachii",
    "triceps_brachii",
    "forearm_flexors",
    # neck
    "sternocleidomastoid",
    "scalenes",
    "deep_cervical_flexors",
]
MUSCLES: tuple[Muscle, ...] = get_args(Muscle)

Condition = Literal[
    "pregnancy",
    "postpartum",
    "hypertension",
    "coronary_heart_disease",
    "diabetes",
    "obesity",
    "osteoporosis",
    "osteopenia",
    "arthritis",
    "cancer",
    "chronic_lung_disease",
    "intermittent_claudication",
]
CONDITIONS: tuple[Condition, ...] = get_args(Condition)

# Populations that follow from age or medication rather than from a stated condition.
DerivedPopulation = Literal["youth", "older_adult", "beta_blockers"]
DERIVED_POPULATIONS: tuple[DerivedPopulation, ...] = get_args(DerivedPopulation)

SafetyTag = Literal[
    "supine",
    "prone",
    "head_below_heart",
    "floor_transition",
    "plyometric_impact",
    "loaded_spinal_flexion",
    "heavy_spinal_load",
    "overhead",
    "twisting",
    "smr",
    "balance_equipment",
    "hip_ab_adduction_machine",
]
SAFETY_TAGS: tuple[SafetyTag, ...] = get_args(SafetyTag)

Equipment = Literal[
    "dumbbells",
    "barbell",
    "bench",
    "squat_rack",
    "cable_machine",
    "selectorized_machines",
    "kettlebells",
    "resistance_bands",
    "medicine_ball",
    "stability_ball",
    "foam_roller",
    "half_foam_roll",
    "foam_pad",
    "balance_disc",
    "wobble_board",
    "bosu",
    "box",
    "agility_ladder",
    "cones",
    "pull_up_bar",
    "suspension_trainer",
    "treadmill",
    "stationary_bike",
    "rower",
    "elliptical",
]
EQUIPMENT: tuple[Equipment, ...] = get_args(Equipment)

BodyPart = Literal[
    "chest", "back", "shoulders", "arms", "legs", "hips", "calves", "total_body", "core"
]
BODY_PARTS: tuple[BodyPart, ...] = get_args(BodyPart)

MovementPattern = Literal[
    "squat",
    "hinge",
    "lunge",
    "push_horizontal",
    "push_vertical",
    "pull_horizontal",
    "pull_vertical",
    "elbow_flexion",
    "elbow_extension",
    "shoulder_abduction",
    "shoulder_external_rotation",
    "scapular_retraction",
    "hip_extension",
    "hip_flexion",
    "hip_abduction",
    "hip_adduction",
    "knee_flexion",
    "knee_extension",
    "plantar_flexion",
    "dorsiflexion",
    "ankle_inversion",
    "anti_extension",
    "anti_rotation",
    "anti_lateral_flexion",
    "spinal_flexion",
    "spinal_extension",
    "rotation",
    "single_leg_stance",
    "jump",
    "hop",
    "throw",
    "sprint",
    "agility",
    "carry",
    "locomotion",
    "stretch",
    "release",
    "total_body",
]
MOVEMENT_PATTERNS: tuple[MovementPattern, ...] = get_args(MovementPattern)

Plane = Literal["sagittal", "frontal", "transverse", "multiplanar"]
PLANES: tuple[Plane, ...] = get_args(Plane)

# Flexibility techniques and cardio modes are sub-kinds the planner selects by level.
FlexibilityTechnique = Literal["smr", "static", "active", "dynamic"]
FLEXIBILITY_TECHNIQUES: tuple[FlexibilityTechnique, ...] = get_args(FlexibilityTechnique)
