"""Shared fixtures: the test client, its phase-1 and phase-2 programs, the YAML log histories."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from optcoach.assessment import AssessmentReport, assess
from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.model.session_log import LogEntry, parse_log
from tests.planning.progression.programs import build_test_program

HERE = Path(__file__).parent
LOGS = HERE.parents[1] / "fixtures" / "logs"
CLIENT_FILE = HERE / "client.yaml"


def client_document() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(CLIENT_FILE.read_text(encoding="utf-8"))
    return document


def load_log(name: str) -> tuple[LogEntry, ...]:
    return parse_log(yaml.safe_load((LOGS / f"{name}.yaml").read_text(encoding="utf-8")), name)


def reassessed_client(ohsa: list[str], day: dt.date = dt.date(2027, 1, 29)) -> Client:
    """Return the test client with a new assessment on ``day`` showing ``ohsa``."""
    document = client_document()
    document["assessment"]["date"] = day
    document["assessment"]["ohsa"] = ohsa
    return Client.model_validate(document)


def report_of(client: Client) -> AssessmentReport:
    return assess(client, "cpt7")


@pytest.fixture(scope="session")
def client() -> Client:
    return Client.model_validate(client_document())


@pytest.fixture(scope="session")
def phase1(client: Client) -> Program:
    return build_test_program(client)


@pytest.fixture(scope="session")
def phase2(client: Client) -> Program:
    return build_test_program(client.model_copy(update={"start_phase": 2}))
