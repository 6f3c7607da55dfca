from pathlib import Path

import pytest

from optcoach.web import settings


def test_it_parses_a_postgres_url() -> None:
    assert settings.parse_database_url("postgres://postgres:p%40ss@127.0.0.1:5432/test") == {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "test",
        "USER": "postgres",
        "PASSWORD": "p@ss",
        "HOST": "127.0.0.1",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


def test_it_defaults_to_sqlite_with_wal_in_the_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("OPTCOACH_DATA_DIR", str(tmp_path))
    database = settings.parse_database_url(None)
    assert database["NAME"] == str(tmp_path / "optcoach.sqlite3")
    assert database["OPTIONS"]["init_command"] == (  # type: ignore[index]
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )


def test_it_rejects_an_unknown_scheme() -> None:
    with pytest.raises(ValueError, match="DATABASE_URL: unsupported scheme 'mysql'"):
        settings.parse_database_url("mysql://x@y/z")


def test_it_generates_and_keeps_the_secret_key(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("OPTCOACH_DATA_DIR", str(tmp_path))
    first = settings.load_secret_key()
    assert len(first) >= 50
    assert settings.load_secret_key() == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600
    monkeypatch.setenv("SECRET_KEY", "from-env")
    assert settings.load_secret_key() == "from-env"


def test_it_reads_flags_and_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_FLAG", "Yes")
    monkeypatch.setenv("X_LIST", " a.example , ,b.example")
    assert settings.env_bool("X_FLAG") is True
    assert settings.env_bool("X_MISSING") is False
    assert settings.env_list("X_LIST", ()) == ["a.example", "b.example"]


def test_debug_is_off_by_default() -> None:
    assert settings.DEBUG is False
