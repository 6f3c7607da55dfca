"""Django settings for the optcoach web app, read from the environment.

Environment variables (all optional):

- ``OPTCOACH_DATA_DIR``: where the SQLite database and the generated secret key live
  (default: the platform's user data directory for "optcoach").
- ``DATABASE_URL``: ``postgres://user:pass@host:port/name`` selects PostgreSQL (psycopg 3);
  ``sqlite:///path/to/db.sqlite3`` another SQLite file. Default: ``<data dir>/optcoach.sqlite3``.
- ``SECRET_KEY``: when unset, a key is generated once and kept in ``<data dir>/secret_key``.
- ``DEBUG``: "1"/"true"/"yes" turns debug on; off by default.
- ``ALLOWED_HOSTS``: comma-separated host names (default: localhost, 127.0.0.1, [::1]).
- ``CSRF_TRUSTED_ORIGINS``: comma-separated origins, for a server behind a proxy.
- ``SITE_URL``: the absolute origin used in invitation and password-reset links when known.
- ``INVITATION_DAYS``: how many days an invitation stays valid (default 14).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import unquote, urlsplit

import platformdirs

BASE_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool = False) -> bool:
    """Return an environment flag: "1", "true", "yes", "on" (any case) are true."""
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: tuple[str, ...]) -> list[str]:
    """Return a comma-separated environment list, blanks dropped."""
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return list(default)
    return [part.strip() for part in value.split(",") if part.strip()]


def data_dir() -> Path:
    """Return (and create) the directory holding the SQLite file and the secret key."""
    configured = os.environ.get("OPTCOACH_DATA_DIR")
    path = Path(configured) if configured else Path(platformdirs.user_data_dir("optcoach"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def load_secret_key() -> str:
    """Return SECRET_KEY from the environment, else the key kept in the data dir (made once)."""
    configured = os.environ.get("SECRET_KEY")
    if configured:
        return configured
    key_file = data_dir() / "secret_key"
    if key_file.exists():
        return key_file.read_text(encoding="utf-8").strip()
    key = secrets.token_urlsafe(50)
    key_file.write_text(key, encoding="utf-8")
    key_file.chmod(0o600)
    return key


def parse_database_url(url: str | None) -> dict[str, object]:
    """Turn DATABASE_URL into a Django DATABASES entry; None means SQLite in the data dir.

    Raise ValueError naming the scheme when it is neither postgres nor sqlite.
    """
    if not url:
        return _sqlite(data_dir() / "optcoach.sqlite3")
    parts = urlsplit(url)
    if parts.scheme in {"postgres", "postgresql", "pgsql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")) or "postgres",
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    if parts.scheme == "sqlite":
        return _sqlite(Path(unquote(parts.path)) if parts.path not in {"", "/"} else None)
    raise ValueError(f"DATABASE_URL: unsupported scheme {parts.scheme!r} (use postgres or sqlite)")


def _sqlite(path: Path | None) -> dict[str, object]:
    # WAL lets the portal's writes and the trainer's reads proceed side by side.
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path) if path is not None else ":memory:",
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }


SECRET_KEY = load_secret_key()
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ("localhost", "127.0.0.1", "[::1]"))
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", ())
SITE_URL = os.environ.get("SITE_URL", "")
# How long an invitation link or code stays usable.
INVITATION_DAYS = int(os.environ.get("INVITATION_DAYS", "14"))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "optcoach.web",
    "optcoach.web.accounts",
    "optcoach.web.clients",
    "optcoach.web.assessments",
    "optcoach.web.programs",
    "optcoach.web.portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "optcoach.web.urls"
WSGI_APPLICATION = "optcoach.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": parse_database_url(os.environ.get("DATABASE_URL"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
# Only ``collectstatic`` writes here; WhiteNoise serves from the app folders (see below).
STATIC_ROOT = data_dir() / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve straight from the app's static/ folder: no collectstatic step for a local server.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Password-reset mail: printed to the console unless an SMTP host is configured.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "optcoach@localhost")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES")
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES")
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
