"""The issue registry: every code documented once, never reused, and every reported code in it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from optcoach.validate import Issue, load_codes
from optcoach.validate.issue import make_issue, phase_code

SOURCE = Path(__file__).resolve().parents[2] / "src" / "optcoach" / "validate"


def _codes_in_source() -> set[str]:
    literal = re.compile(r'"([a-z]+\.E\d{3})"')
    phased = re.compile(r'phase_code\([^,]+, "(E\d{3})"\)')
    codes: set[str] = set()
    for path in SOURCE.glob("*.py"):
        text = path.read_text()
        codes |= set(literal.findall(text))
        codes |= {f"phase{n}.{number}" for number in phased.findall(text) for n in range(1, 6)}
    return codes


def test_every_code_reported_by_a_check_is_registered() -> None:
    assert _codes_in_source() - set(load_codes()) == set()


def test_every_registered_code_is_reported_by_some_check() -> None:
    active = {code for code, entry in load_codes().items() if not entry.retired}
    assert active - _codes_in_source() == set()


def test_the_phase_family_expands_to_the_five_phases() -> None:
    codes = load_codes()
    assert [code for code in codes if code.endswith(".E002") and code.startswith("phase")] == [
        "phase1.E002",
        "phase2.E002",
        "phase3.E002",
        "phase4.E002",
        "phase5.E002",
    ]
    assert phase_code(3, "E005") == "phase3.E005"


def test_an_issue_carries_the_registry_hint() -> None:
    issue = make_issue("phase1.E002", "weeks[0].sessions[0].sections[3].items[2].sets", "sets 4")
    assert issue == Issue(
        code="phase1.E002",
        path="weeks[0].sessions[0].sections[3].items[2].sets",
        message="sets 4",
        hint="Use the phase's sets from model/data/phases.toml.",
    )
    assert str(issue) == "phase1.E002 weeks[0].sessions[0].sections[3].items[2].sets: sets 4"


def test_an_unregistered_code_is_a_programming_error() -> None:
    with pytest.raises(KeyError, match=r"structure\.E999"):
        make_issue("structure.E999", "blocks", "nope")


def test_issues_are_frozen() -> None:
    issue = make_issue("goal.E002", "goal", "x")
    with pytest.raises(ValueError, match="frozen"):
        issue.code = "goal.E001"  # type: ignore[misc]
