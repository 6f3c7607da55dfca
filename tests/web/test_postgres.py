"""Run the whole web suite again on PostgreSQL (required under CI=true).

The suite runs on SQLite in the normal pytest run; this module re-runs it in a subprocess with
DATABASE_URL pointing at the local server (127.0.0.1:5432, user postgres, database test, trust
auth). Locally without that server it skips and says why; under CI=true it fails instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/test"


def _postgres_url() -> str:
    return os.environ.get("OPTCOACH_TEST_POSTGRES_URL", DEFAULT_URL)


def _unreachable_reason(url: str) -> str | None:
    try:
        import psycopg
    except ImportError as error:  # pragma: no cover - psycopg is a main dependency
        return f"psycopg is not installed ({error})"
    try:
        with psycopg.connect(url.replace("postgres://", "postgresql://", 1), connect_timeout=3):
            return None
    except psycopg.Error as error:
        return f"PostgreSQL at {url} is unreachable: {str(error).strip().splitlines()[0]}"


@pytest.mark.postgres
def test_web_suite_passes_on_postgresql() -> None:
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.skip("already running on PostgreSQL (this is the inner run)")
    url = _postgres_url()
    reason = _unreachable_reason(url)
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true requires PostgreSQL: {reason}")
        print(f"skipping the PostgreSQL run: {reason}")
        pytest.skip(reason)
    env = {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/web",
            "-p",
            "no:cacheprovider",
            "-q",
            "--create-db",
            "-x",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    tail = "\n".join(result.stdout.splitlines()[-25:])
    assert result.returncode == 0, (
        f"web suite failed on PostgreSQL:\n{tail}\n{result.stderr[-2000:]}"
    )
    assert " passed" in result.stdout.splitlines()[-1], tail
