"""``optcoach serve`` as a user runs it: a subprocess with its own data directory."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SECRET_KEY"}}
    env.update(PYTHONPATH=str(SRC), OPTCOACH_DATA_DIR=str(tmp_path), **extra)
    return env


def _get(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read()


def test_it_migrates_and_serves_pages_and_static_files(tmp_path: Path) -> None:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "optcoach", "serve", "--port", str(port)],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert banner == (
            f"optcoach is running at http://127.0.0.1:{port}/  "
            f"(database: {tmp_path / 'optcoach.sqlite3'})\n"
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                status, _, body = _get(f"http://127.0.0.1:{port}/accounts/login/")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        assert status == 200
        assert b"<h1>Sign in</h1>" in body
        status, content_type, body = _get(f"http://127.0.0.1:{port}/static/htmx.min.js")
        assert (status, content_type.split(";")[0]) == (200, "text/javascript")
        assert body.startswith(b"var htmx=function()")
        assert (tmp_path / "secret_key").exists()
        journal = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]);"
                "print(c.execute('pragma journal_mode').fetchone()[0])",
                str(tmp_path / "optcoach.sqlite3"),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        assert journal.stdout == "wal\n"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_it_fails_cleanly_on_a_bad_database_url(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "optcoach", "serve", "--port", str(_free_port())],
        env=_env(tmp_path, DATABASE_URL="mysql://nobody@nowhere/db"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "DATABASE_URL: unsupported scheme 'mysql'" in result.stderr
