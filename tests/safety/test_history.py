"""SMR precautions and contraindications found in the client's history."""

from __future__ import annotations

import pytest

from optcoach.safety import constraints_for
from tests.safety.clients import make_client


@pytest.mark.parametrize(
    ("history", "ids", "smr_allowed"),
    [
        ({"chronic_conditions": ["DVT in 2019"]}, ["history.deep_vein_thrombosis"], False),
        ({"chronic_conditions": ["Haemophilia A"]}, ["history.bleeding_disorder"], False),
        ({"chronic_conditions": ["varicose veins, left calf"]}, ["history.varicose_veins"], True),
        ({"surgeries": ["ACL reconstruction 2021"]}, ["history.surgery"], True),
        ({"chronic_conditions": ["asthma"], "surgeries": []}, [], True),
        # whole-word start: "advt" is no DVT
        ({"chronic_conditions": ["advt"]}, [], True),
    ],
)
def test_history_triggers_smr_rules(
    history: dict[str, list[str]], ids: list[str], smr_allowed: bool
) -> None:
    c = constraints_for(make_client(history=history))
    assert [rule.id for rule in c.rules] == ids
    assert c.smr_allowed is smr_allowed
    assert ("smr" in c.excluded_tags) is not smr_allowed


def test_varicose_veins_and_surgery_are_listed_as_precautions() -> None:
    client = make_client(
        history={"chronic_conditions": ["varicose veins"], "surgeries": ["appendectomy"]}
    )
    assert constraints_for(client).smr_precautions == (
        "Varicose veins: no SMR over them.",
        "Past surgery: no SMR over the surgical site.",
    )
