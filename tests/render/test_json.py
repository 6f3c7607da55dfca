import json

from optcoach.model.program import Program
from optcoach.render.json import render_json


def test_round_trip_gives_an_equal_program(program: Program) -> None:
    assert Program.model_validate_json(render_json(program)) == program


def test_output_uses_public_keys_and_is_byte_stable(program: Program) -> None:
    text = render_json(program)
    document = json.loads(text)
    assert list(document)[:3] == ["schema", "generator", "ruleset"]
    assert document["schema"] == "optcoach.program/v1"
    assert document["client"]["schema"] == "optcoach.client/v1"
    assert "schema_" not in text
    assert render_json(Program.model_validate_json(text)) == text
    assert text.startswith('{\n  "schema": "optcoach.program/v1",\n')
    assert not text.endswith("\n")
