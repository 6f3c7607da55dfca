"""Findings of the validator, shaped like Django's check messages, and the registry of their codes.

Every code lives in ``validate/data/codes.toml`` with a one-line title and a hint. Codes are stable
and never reused; building an ``Issue`` with a code missing from the registry is a programming
error and raises KeyError, so a check cannot invent a code the registry does not document.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from optcoach.model.datafile import TableError, read_toml
from optcoach.model.vocab import PHASE_NUMBERS

PHASE_FAMILY = "phase{n}"


class Issue(BaseModel):
    """One way a program fails to conform: stable code, JSON path, what is wrong, how to fix it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    path: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        return f"{self.code} {self.path}: {self.message}"


class CodeEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str
    hint: str
    retired: bool = False


@cache
def load_codes() -> dict[str, CodeEntry]:
    """Return every issue code, the phase family expanded to phase1 ... phase5.

    Raise TableError naming the entry when the registry is malformed.
    """
    doc = read_toml("optcoach.validate", "codes.toml")
    codes: dict[str, CodeEntry] = {}
    for code, row in doc["codes"].items():
        try:
            entry = CodeEntry.model_validate(row)
        except ValueError as exc:
            raise TableError(f"validate/data/codes.toml {code}: {exc}") from exc
        names = (
            [code.replace(PHASE_FAMILY, f"phase{n}") for n in PHASE_NUMBERS]
            if code.startswith(PHASE_FAMILY)
            else [code]
        )
        for name in names:
            codes[name] = entry
    return codes


def make_issue(code: str, path: str, message: str) -> Issue:
    """Return an Issue carrying the registry's hint; raise KeyError for an unregistered code."""
    entry = load_codes()[code]
    if entry.retired:
        raise KeyError(f"issue code {code} is retired and may not be reported")
    return Issue(code=code, path=path, message=message, hint=entry.hint)


def phase_code(phase: int, number: str) -> str:
    """Return the phase family's code for ``phase``: phase_code(1, "E002") is "phase1.E002"."""
    return f"{PHASE_FAMILY.format(n=phase)}.{number}"
