"""Table integrity of the safety data: every population covered, every rule sourced, phase 1
always reachable, malformed rules rejected at load time naming the rule."""

from __future__ import annotations

import itertools

import pytest

from optcoach.model.tables import TableError
from optcoach.safety import Membership, build_constraints, load_rules
from optcoach.safety.rules import POPULATIONS, build_rule, rules_for


def test_every_population_has_rules_and_every_rule_a_source() -> None:
    rules = load_rules()
    assert {rule.population for rule in rules} == set(POPULATIONS)
    assert all(rule.source and rule.text for rule in rules)
    assert len({rule.id for rule in rules}) == len(rules)


@pytest.mark.parametrize("population", [p for p in POPULATIONS if p != "beta_blockers"])
def test_every_population_starts_in_phase_one_and_is_capped_until_clearance(
    population: str,
) -> None:
    kinds = {(rule.kind, rule.value, rule.when.clearance) for rule in rules_for(population)}  # type: ignore[arg-type]
    assert ("start_phase", 1, None) in kinds
    assert ("max_phase", 2, False) in kinds


@pytest.mark.parametrize("pair", list(itertools.combinations(POPULATIONS, 2)))
@pytest.mark.parametrize("ruleset", ["cpt7", "cpt6"])
def test_phase_one_meets_every_pair_of_populations(pair: tuple[str, str], ruleset: str) -> None:
    members = [Membership(population=p, reason="test") for p in pair]  # type: ignore[arg-type]
    for cleared in (False, True):
        constraints = build_constraints(members, cleared=cleared, ruleset=ruleset)  # type: ignore[arg-type]
        assert constraints.allowed_phases[0] == 1
        assert not any(note.startswith("phase 1 ") for note in constraints.resolutions)
        assert not any(
            note.startswith(("reps", "sets", "percent")) for note in constraints.resolutions
        )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "reps", "value": 3}, "kind 'reps' needs 'range'"),
        ({"kind": "reps", "range": [10, 20], "tags": ["supine"]}, "kind 'reps' takes no 'tags'"),
        ({"kind": "max_phase", "value": 7}, "max_phase value 7 is outside 1-5"),
        ({"kind": "hr_percent_max", "range": [40, 120]}, "hr_percent_max range 40-120 is outside"),
        ({"kind": "excluded_tags", "tags": ["upside_down"]}, "tags"),
        ({"kind": "reps", "range": [20, 10]}, "range low 20 is above high 10"),
    ],
)
def test_malformed_rules_fail_naming_the_rule(data: dict[str, object], message: str) -> None:
    row = {
        "id": "obesity.bad",
        "population": "obesity",
        "text": "bad rule",
        "source": "test",
        **data,
    }
    with pytest.raises(TableError, match=r"rules\.toml rule 'obesity\.bad'") as info:
        build_rule(row, "safety/data/rules.toml rule 'obesity.bad'")
    assert message in str(info.value)


def test_rule_id_must_start_with_its_population() -> None:
    row = {
        "id": "diabetes.reps",
        "population": "obesity",
        "kind": "reps",
        "range": [10, 20],
        "text": "wrong owner",
        "source": "test",
    }
    with pytest.raises(TableError, match="must start with its population 'obesity'"):
        build_rule(row, "here")


def test_labels_mark_unconfirmed_rules() -> None:
    by_id = {rule.id: rule for rule in load_rules()}
    assert by_id["hypertension.reps"].label == (
        "hypertension: 10-20 reps, as a circuit or peripheral heart action. "
        "[CPT7 ch. 22; reference §8]"
    )
    assert by_id["obesity.floor_transitions"].label.endswith("(UNCONFIRMED)")
