"""SMR precautions and contraindications found in the client's history (``history.toml``).

Deep-vein thrombosis, bleeding disorders, varicose veins and surgical sites are no population of
their own, but the reference lists them among SMR precautions and contraindications. The history
is free text, so each rule names the words that trigger it; a match adds the rule with population
``"history"``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import Field

from optcoach.model.client import History
from optcoach.model.tables import TableError
from optcoach.safety.rules import Rule, SafetyModel, build_rule, read_data

_FILE = "safety/data/history.toml"

HistoryField = Literal["chronic_conditions", "surgeries"]


class HistoryRule(SafetyModel):
    """A rule and the history words that trigger it."""

    rule: Rule
    fields: tuple[HistoryField, ...] = Field(min_length=1)
    match: tuple[str, ...] = ()
    any_entry: bool = False

    def is_triggered_by(self, history: History) -> bool:
        """Return True when an entry of the rule's fields holds one of its words (or any entry)."""
        entries = [entry for field in self.fields for entry in getattr(history, field)]
        if self.any_entry:
            return any(entry.strip() for entry in entries)
        return any(
            re.search(rf"\b{re.escape(word)}", entry.lower())
            for entry in entries
            for word in self.match
        )


@cache
def load_history_rules() -> tuple[HistoryRule, ...]:
    """Return the history rules; raise TableError naming the rule when one is malformed."""
    rows = read_data("history.toml").get("rule", ())
    loaded = []
    for row in rows:
        where = f"{_FILE} rule {row.get('id')!r}"
        data = dict(row)
        trigger = {key: data.pop(key) for key in ("fields", "match", "any_entry") if key in data}
        rule = build_rule({"population": "history", **data}, where)
        try:
            entry = HistoryRule.model_validate(
                {
                    "rule": rule,
                    **trigger,
                    "match": tuple(w.lower() for w in trigger.get("match", ())),
                }
            )
        except ValueError as exc:
            raise TableError(f"{where}: {exc}") from exc
        if not entry.any_entry and not entry.match:
            raise TableError(f"{where}: give match words or any_entry = true")
        loaded.append(entry)
    return tuple(loaded)


def history_rules(history: History) -> tuple[Rule, ...]:
    """Return the history rules the client's history triggers, in file order."""
    return tuple(entry.rule for entry in load_history_rules() if entry.is_triggered_by(history))


__all__ = ["HistoryRule", "history_rules", "load_history_rules"]
