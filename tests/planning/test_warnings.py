"""Warnings a trainer reads: counts, a few catalog names, section titles, what to do next."""

from __future__ import annotations

from optcoach.model.program import Program
from optcoach.planning.time_budget import Cut, summarise_cuts
from optcoach.planning.wording import name_list
from tests.planning.programs import sample_program


def _message(program: Program, code: str) -> str:
    return next(w.message for w in program.warnings if w.code == code)


def test_name_lists_read_as_plain_english() -> None:
    assert name_list([]) == ""
    assert name_list(["Plank"]) == "Plank"
    assert name_list(["Plank", "Bird Dog"]) == "Plank and Bird Dog"
    assert name_list(["A", "B", "C"]) == "A, B and C"
    assert name_list(["A", "B", "C"], 3) == "A, B and C"
    assert name_list(["A", "B", "C", "D", "E"], 3) == "A, B, C and 2 more"


def test_no_1rm_counts_names_a_few_and_says_what_to_add() -> None:
    assert _message(sample_program("busy_home"), "plan.no_1rm") == (
        "22 loaded exercises in the plan have no 1RM estimate (Bench-supported single-arm "
        "dumbbell row, Bent-over alternating dumbbell row, Bent-over dumbbell row and 19 more), "
        "so they are prescribed as a rep max. To get loads in kg, add a tested lift to the "
        "client's assessment (assessment.lifts: exercise_id, weight and reps) for each exercise "
        "that should carry a load."
    )


def test_no_1rm_speaks_the_clients_units() -> None:
    assert "To get loads in lb," in _message(sample_program("muscle_gain"), "plan.no_1rm")


def test_trimmed_uses_section_titles_and_exercise_names() -> None:
    program = sample_program("fat_loss")
    assert _message(program, "plan.trimmed.2.total_body") == (
        "Phase 2 total body sessions were trimmed to fit the client's 60 minutes. "
        "Skill development left out for time (Power Step-Up and Speed Lateral Squat). "
        "Cool-down: Treadmill Walk left out for time. "
        "Rest between sets cut to the minimum in activation and resistance training."
    )
    assert _message(sample_program("busy_home"), "plan.trimmed.1.total_body") == (
        "Phase 1 total body sessions were trimmed to fit the client's 30 minutes. "
        "Cool-down: Brisk Walk, Standing Adductor Stretch and Foam Roll Adductors left out for "
        "time. Warm-up: Standing Adductor Stretch and Foam Roll Adductors left out for time. "
        "Activation: Single-Leg Hip Internal and External Rotation left out for time. "
        "Rest between sets cut to the minimum in activation and resistance training."
    )


def test_summary_gathers_cuts_by_section_and_lists_shortened_sections() -> None:
    cuts = (
        Cut("clients_choice", "section", ("Curl",)),
        Cut("cool_down", "optional", ("Walk",)),
        Cut("activation", "rest"),
        Cut("resistance", "sets"),
        Cut("cool_down", "exercises", ("Calf Stretch",)),
        Cut("resistance", "exercises", ("Lunge", "Row")),
    )
    assert summarise_cuts(cuts) == (
        "Client's choice left out for time (Curl). "
        "Cool-down: Walk and Calf Stretch left out for time. "
        "Resistance training: Lunge and Row left out for time. "
        "Rest between sets cut to the minimum in activation. "
        "One set fewer of each exercise in resistance training."
    )
