"""Table-integrity tests: every range ordered, every phase complete, both rulesets loadable."""

import pytest

from optcoach.model.tables import (
    IntRange,
    TableError,
    load_goals,
    load_ruleset,
    load_template,
    load_training_status,
    parse_tempo,
)
from optcoach.model.vocab import FORMS, PHASE_LEVELS, RULESETS, SECTION_IDS


@pytest.mark.parametrize("ruleset", RULESETS)
def test_every_phase_defines_every_acute_variable(ruleset: str) -> None:
    tables = load_ruleset(ruleset)  # type: ignore[arg-type]
    assert sorted(tables.phases) == [1, 2, 3, 4, 5]
    for number, phase in tables.phases.items():
        assert phase.level == PHASE_LEVELS[number]
        assert phase.roles, f"phase {number} has no roles"
        for role in phase.roles.values():
            assert role.reps.low >= 1
            assert 0 < role.percent_1rm.low <= role.percent_1rm.high <= 100
            parse_tempo(role.tempo, 0.5)


def test_rulesets_differ_where_the_reference_conflicts() -> None:
    cpt7, cpt6 = load_ruleset("cpt7"), load_ruleset("cpt6")
    assert (cpt7.phase(3).sets.high, cpt6.phase(3).sets.high) == (6, 5)
    assert (
        cpt7.phase(3).roles["strength"].rest_s.high,
        cpt6.phase(3).roles["strength"].rest_s.high,
    ) == (180, 60)
    assert (cpt7.phase(1).weeks, cpt6.phase(1).weeks) == (
        IntRange(low=2, high=6),
        IntRange(low=4, high=6),
    )
    assert cpt6.phase(2).weeks == IntRange(low=4, high=4)
    assert cpt7.cardio.method == "ventilatory_threshold"
    assert cpt6.cardio.method == "percent_hr_max"
    assert len(cpt7.cardio.stages) == 5 and len(cpt6.cardio.stages) == 3


def test_superset_phases_pair_the_expected_roles() -> None:
    tables = load_ruleset("cpt7")
    assert tables.phase(2).superset_roles == ("strength", "stabilization")
    assert tables.phase(5).superset_roles == ("strength", "power")
    assert tables.phase(5).roles["power"].percent_body_weight_max == 10
    assert tables.phase(1).superset_roles is None


def test_template_lists_the_six_sections_in_order() -> None:
    template = load_template()
    assert tuple(s.id for s in template.sections) == SECTION_IDS
    for section in template.sections:
        assert set(section.forms) <= set(FORMS)


def test_goal_routes_respect_the_reference() -> None:
    routes = load_goals().routes
    assert routes["fat_loss"].allowed == {1, 2, 3}
    assert 5 not in routes["muscle_gain"].allowed
    assert 4 in routes["max_strength"].allowed
    assert set(routes) == {
        "fat_loss",
        "muscle_gain",
        "general_fitness",
        "max_strength",
        "sports_performance",
    }


def test_training_status_days_are_ordered() -> None:
    status = load_training_status()
    assert status.statuses["beginner"].days == IntRange(low=2, high=3)
    assert status.session_minutes == IntRange(low=30, high=90)


def test_a_reversed_range_is_rejected() -> None:
    with pytest.raises(ValueError, match="above high"):
        IntRange.model_validate([5, 1])


def test_tempo_parsing() -> None:
    assert parse_tempo("4-2-1-1", 0.5) == 8
    assert parse_tempo("X-X-X-X", 0.5) == 2
    with pytest.raises(ValueError, match="four parts"):
        parse_tempo("4/2/1", 0.5)


def test_table_error_is_a_value_error() -> None:
    assert issubclass(TableError, ValueError)
