"""Turn a client's current injuries into exclusion rules (``safety/data/injuries.toml``).

Each injury region names the movement patterns and safety tags it rules out; a current injury
also makes SMR near the area a precaution. The rules carry population ``"injury"`` so warnings and
validator messages can tell them from the special-population rules.
"""

from __future__ import annotations

from functools import cache
from typing import get_args

from optcoach.model.client import Injury, InjuryRegion
from optcoach.model.tables import TableError
from optcoach.safety.rules import Rule, build_rule, read_data

_FILE = "safety/data/injuries.toml"
_SOURCE = "optcoach decision S10 (UNCONFIRMED); reference §3"


@cache
def load_injury_rules() -> dict[InjuryRegion, tuple[Rule, ...]]:
    """Return the exclusion rules of every injury region; raise TableError if one is missing."""
    doc = read_data("injuries.toml")
    regions: tuple[InjuryRegion, ...] = get_args(InjuryRegion)
    missing = sorted(set(regions) - set(doc))
    if missing:
        raise TableError(f"{_FILE}: no entry for regions {missing}")
    unknown = sorted(set(doc) - set(regions) - {"smr"})
    if unknown:
        raise TableError(f"{_FILE}: unknown regions {unknown}")
    table: dict[InjuryRegion, tuple[Rule, ...]] = {}
    for region in regions:
        row = doc[region]
        rules = []
        for kind, field in (("excluded_patterns", "patterns"), ("excluded_tags", "tags")):
            if row.get(field):
                data = {
                    "id": f"injury.{region}.{field}",
                    "population": "injury",
                    "kind": kind,
                    field: row[field],
                    "text": row["text"],
                    "source": _SOURCE,
                    "unconfirmed": True,
                }
                rules.append(build_rule(data, f"{_FILE} {region}"))
        table[region] = tuple(rules)
    return table


@cache
def injury_smr_rule() -> Rule:
    """Return the SMR precaution that any current injury adds."""
    row = read_data("injuries.toml")["smr"]
    data = {
        "id": "injury.smr",
        "population": "injury",
        "kind": "smr_precaution",
        "text": row["text"],
        "source": row["source"],
    }
    return build_rule(data, f"{_FILE} smr")


def injury_rules(injuries: tuple[Injury, ...]) -> tuple[Rule, ...]:
    """Return the rules of the current injuries, region by region in vocabulary order."""
    table = load_injury_rules()
    current = {injury.region for injury in injuries if injury.current}
    if not current:
        return ()
    rules = [
        rule for region, region_rules in table.items() if region in current for rule in region_rules
    ]
    return (*rules, injury_smr_rule())


__all__ = ["injury_rules", "injury_smr_rule", "load_injury_rules"]
