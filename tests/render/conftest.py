"""Fixtures: the hand-built programs of ``sample_programs`` (one metric, one imperial client)."""

from __future__ import annotations

import pytest

from optcoach.model.program import Program
from tests.render.sample_programs import dana_program, marcus_program


@pytest.fixture(scope="session")
def metric_program() -> Program:
    return dana_program()


@pytest.fixture(scope="session")
def imperial_program() -> Program:
    return marcus_program()


@pytest.fixture(scope="session", params=["metric", "imperial"])
def program(request: pytest.FixtureRequest) -> Program:
    return dana_program() if request.param == "metric" else marcus_program()
