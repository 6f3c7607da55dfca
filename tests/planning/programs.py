"""Sample clients and their programs, built once per test run (the planner is deterministic)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from optcoach.cli.input import load_client
from optcoach.model.client import Client
from optcoach.model.program import Program
from optcoach.model.vocab import Ruleset
from optcoach.planning import build_program

SAMPLE_NAMES = (
    "busy_home",
    "fat_loss",
    "general_fitness",
    "max_strength",
    "muscle_gain",
    "sports_performance",
)


def sample_path(name: str) -> Path:
    return Path(str(resources.files("optcoach.samples").joinpath(f"{name}.yaml")))


@cache
def sample_client(name: str) -> Client:
    return load_client(sample_path(name))


@cache
def sample_program(name: str, ruleset: Ruleset | None = None) -> Program:
    return build_program(sample_client(name), ruleset=ruleset)
