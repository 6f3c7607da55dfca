"""Stretching techniques by section and level; warm-up static stretches only when earned."""

from __future__ import annotations

from typing import Any

from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.validate import check_program
from tests.validate.conftest import CLIENT, FixtureCatalog
from tests.validate.editing import found, get_at, set_at

P1_STATIC = "weeks[0].sessions[0].sections[0].items[2]"
P2_ACTIVE = "weeks[2].sessions[0].sections[0].items[2]"


def _static(exercise_id: str, targets: tuple[str, ...]) -> dict[str, Any]:
    return {
        "exercise_id": exercise_id,
        "name": exercise_id,
        "form": "flexibility",
        "level": "stabilization",
        "technique": "static",
        "sets": 1,
        "duration_s": 30,
        "targets": list(targets),
        "rationale": "edited",
    }


def test_it_reports_a_static_stretch_of_a_muscle_not_found_overactive(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, P1_STATIC, _static("static_calf_stretch", ("gastrocnemius",)))
    program = Program.model_validate(edited)
    assert [(i.code, i.path, i.message) for i in check_program(program, catalog=catalog)] == [
        (
            "flexibility.E002",
            f"{P1_STATIC}.exercise_id",
            "static_calf_stretch stretches gastrocnemius; overactive: adductor_complex, "
            "tensor_fasciae_latae",
        )
    ]


def test_the_catalog_decides_what_a_stretch_targets(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    # Claiming an overactive target does not make a calf stretch lengthen the adductors.
    edited = set_at(document, P1_STATIC, _static("static_calf_stretch", ("adductor_complex",)))
    assert found(edited, catalog) == [("flexibility.E002", f"{P1_STATIC}.exercise_id")]


def test_without_an_assessment_any_static_stretch_is_allowed(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, P1_STATIC, _static("static_calf_stretch", ("gastrocnemius",)))
    edited = set_at(edited, "client.assessment", None)
    edited = set_at(edited, "inputs.overactive", [])
    edited = set_at(edited, "inputs.underactive", [])
    assert found(edited, catalog) == []


def test_a_separately_given_client_decides_whether_an_assessment_exists(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, P1_STATIC, _static("static_calf_stretch", ("gastrocnemius",)))
    edited = set_at(edited, "inputs.overactive", [])
    edited = set_at(edited, "inputs.underactive", [])
    program = Program.model_validate(edited)
    unassessed = Client.model_validate({**CLIENT, "assessment": None})
    assert check_program(program, client=unassessed, catalog=catalog) == []
    # With the program's own (assessed) client and no overactive muscles on record, every phase-1
    # warm-up static stretch is unearned: weeks 1-2 (three sessions each), weeks 5-6 (Mondays).
    assert [i.code for i in check_program(program, catalog=catalog)] == ["flexibility.E002"] * 8


def test_it_reports_static_stretching_in_a_strength_level_warm_up(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    static = {**_static("static_adductor_stretch", ("adductor_complex",)), "level": "strength"}
    edited = set_at(document, P2_ACTIVE, static)
    assert found(edited, catalog) == [("flexibility.E001", f"{P2_ACTIVE}.technique")]


def test_power_level_adds_static_stretching_only_with_imbalances(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    warm_up = "weeks[4].sessions[2].sections[0].items"
    static = {**_static("static_adductor_stretch", ("adductor_complex",)), "level": "power"}
    edited = set_at(document, warm_up, [*get_at(document, warm_up), static])
    assert found(edited, catalog) == []
    edited = set_at(edited, "inputs.overactive", [])
    edited = set_at(edited, "inputs.underactive", [])
    edited = set_at(edited, "client.assessment", None)
    assert found(edited, catalog) == [("flexibility.E001", f"{warm_up}[5].technique")]


def test_it_reports_dynamic_stretching_in_the_cool_down(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    cool_down = "weeks[4].sessions[2].sections[3].items"
    dynamic = get_at(document, "weeks[4].sessions[2].sections[0].items[2]")
    edited = set_at(document, f"{cool_down}[2]", dynamic)
    assert found(edited, catalog) == [
        ("form.E006", cool_down),  # one dynamic stretch; dynamic stretching comes 3-10 at a time
        ("flexibility.E001", f"{cool_down}[2].technique"),
    ]
