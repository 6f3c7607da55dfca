"""Structure: sections in template order, blocks tiling the horizon, consistent weeks."""

from __future__ import annotations

from typing import Any

from optcoach.model.program import Program
from optcoach.validate import check_program
from tests.validate.conftest import FixtureCatalog
from tests.validate.editing import delete_at, found, get_at, set_at

P1 = "weeks[0].sessions[0]"


def test_the_fixture_program_conforms(program: Program, catalog: FixtureCatalog) -> None:
    assert check_program(program, catalog=catalog) == []


def test_it_reports_sections_out_of_order(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    sections = get_at(document, f"{P1}.sections")
    swapped = [sections[0], sections[2], sections[1], *sections[3:]]
    edited = set_at(document, f"{P1}.sections", swapped)
    program = Program.model_validate(edited)
    issues = check_program(program, catalog=catalog)
    assert [(i.code, i.path, i.message) for i in issues] == [
        (
            "structure.E002",
            f"{P1}.sections",
            "sections are ordered warm_up, resistance, activation, clients_choice, cool_down",
        )
    ]
    assert issues[0].hint.startswith("Order sections warm_up, activation")


def test_it_reports_a_missing_required_section(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = delete_at(document, f"{P1}.sections[1]")
    assert found(edited, catalog) == [("structure.E001", f"{P1}.sections")]


def test_optional_sections_may_be_dropped(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = delete_at(document, f"{P1}.sections[3]")  # client's choice
    assert found(edited, catalog) == []


def test_it_reports_a_repeated_section(document: dict[str, Any], catalog: FixtureCatalog) -> None:
    sections = get_at(document, f"{P1}.sections")
    edited = set_at(document, f"{P1}.sections", [*sections, sections[-1]])
    assert found(edited, catalog) == [("structure.E003", f"{P1}.sections[5].id")]


def test_it_reports_an_empty_required_section(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, f"{P1}.sections[2].items", [])
    assert found(edited, catalog) == [("structure.E017", f"{P1}.sections[2].items")]


def test_it_reports_a_form_outside_its_section(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    core = get_at(document, f"{P1}.sections[1].items[0]")
    cool_down = get_at(document, f"{P1}.sections[4].items")
    edited = set_at(document, f"{P1}.sections[4].items", [*cool_down, core])
    assert found(edited, catalog) == [("structure.E004", f"{P1}.sections[4].items[3].form")]


def test_it_reports_too_many_client_choices(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    choice = get_at(document, f"{P1}.sections[3].items[0]")
    edited = set_at(document, f"{P1}.sections[3].items", [choice, choice, choice])
    assert found(edited, catalog) == [("structure.E016", f"{P1}.sections[3].items")]


def test_it_reports_a_block_gap(document: dict[str, Any], catalog: FixtureCatalog) -> None:
    edited = delete_at(document, "blocks[1]")
    assert found(edited, catalog) == [
        ("structure.E005", "blocks[1].start"),
        ("structure.E006", "blocks"),
        ("structure.E012", "weeks[2].phases"),
        ("structure.E012", "weeks[3].phases"),
    ]


def test_it_reports_block_dates_that_disagree_with_its_weeks(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, "blocks[0].end", "2027-01-16")
    assert found(edited, catalog) == [
        ("structure.E007", "blocks[0].end"),
        ("structure.E005", "blocks[1].start"),
    ]


def test_it_reports_blocks_shorter_than_the_ruleset_allows(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    # cpt6 fixes phase 1 at 4-6 weeks and phase 2 at 4; the final block may be cut by the horizon.
    edited = set_at(document, "ruleset", "cpt6")
    assert found(edited, catalog) == [
        ("structure.E008", "blocks[0].weeks"),
        ("structure.E008", "blocks[1].weeks"),
    ]


def test_it_reports_a_block_that_misstates_undulation(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, "blocks[0].undulating", True)
    assert found(edited, catalog) == [("structure.E009", "blocks[0]")]


def test_it_reports_blocks_short_of_the_horizon(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, "horizon_weeks", 7)
    assert found(edited, catalog) == [("structure.E006", "blocks"), ("structure.E010", "weeks")]


def test_it_reports_a_week_start_off_the_calendar(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, "weeks[1].start", "2027-01-12")
    assert found(edited, catalog) == [
        ("structure.E011", "weeks[1].start"),
        ("structure.E013", "weeks[1].sessions[0].date"),
    ]


def test_it_reports_week_phases_that_leave_the_block(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, "weeks[0].phases", [2])
    assert found(edited, catalog) == [
        ("structure.E012", "weeks[0].phases"),
        ("structure.E015", "weeks[0].sessions[0].phases"),
        ("structure.E015", "weeks[0].sessions[1].phases"),
        ("structure.E015", "weeks[0].sessions[2].phases"),
    ]


def test_it_reports_a_session_outside_its_week(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, "weeks[0].sessions[2].date", "2027-01-11")
    edited = set_at(edited, "weeks[0].sessions[2].weekday", "mon")
    assert found(edited, catalog) == [("structure.E013", "weeks[0].sessions[2].date")]


def test_it_reports_a_weekday_that_contradicts_the_date(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, "weeks[0].sessions[0].weekday", "tue")
    assert found(edited, catalog) == [
        ("structure.E014", "weeks[0].sessions[0].weekday"),
        ("spacing.E004", "weeks[0].sessions[0].weekday"),
    ]


def test_it_reports_a_session_without_a_single_phase(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    edited = set_at(document, "weeks[4].sessions[0].phases", [1, 2])
    assert found(edited, catalog) == [("structure.E015", "weeks[4].sessions[0].phases")]


def test_it_reports_sessions_out_of_date_order(
    document: dict[str, Any], catalog: FixtureCatalog
) -> None:
    sessions = get_at(document, "weeks[0].sessions")
    edited = set_at(document, "weeks[0].sessions", sessions[::-1])
    assert found(edited, catalog) == [
        ("structure.E018", "weeks[0].sessions[1].date"),
        ("structure.E018", "weeks[0].sessions[2].date"),
    ]
