"""``optcoach serve``: migrate the database, optionally seed demo data, serve the web app.

A single local process: a threaded WSGI server from the standard library, static files through
WhiteNoise, SQLite (WAL) in the user data directory unless DATABASE_URL names PostgreSQL.
"""

from __future__ import annotations

import os
import sys
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import typer

from optcoach.cli.app import app
from optcoach.cli.input import fail


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        if os.environ.get("OPTCOACH_ACCESS_LOG"):
            super().log_message(format, *args)


def _prepare_environment(host: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "optcoach.web.settings")
    if not os.environ.get("ALLOWED_HOSTS") and host not in {"", "0.0.0.0", "::"}:
        os.environ["ALLOWED_HOSTS"] = ",".join(sorted({"localhost", "127.0.0.1", "[::1]", host}))


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, min=1, max=65535, help="TCP port."),
    demo: bool = typer.Option(False, "--demo", help="Seed a demo trainer and clients first."),
) -> None:
    """Serve the web app (SQLite in the user data dir unless DATABASE_URL is set)."""
    _prepare_environment(host)
    try:
        import django
        from django.conf import settings
        from django.core.management import call_command

        django.setup()
        call_command("migrate", interactive=False, verbosity=0)
        if demo:
            call_command("seed_demo")
        from optcoach.web.wsgi import application
    except Exception as error:  # a broken DATABASE_URL or unreachable database: say so
        fail(f"cannot start the web app: {error}")
    database = settings.DATABASES["default"]
    where = database["NAME"] if "sqlite" in str(database["ENGINE"]) else "PostgreSQL"
    try:
        server = make_server(
            host, port, application, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
        )
    except OSError as error:
        fail(f"cannot listen on {host}:{port}: {error.strerror or error}")
    shown = "localhost" if host in {"0.0.0.0", "::"} else host
    typer.echo(f"optcoach is running at http://{shown}:{port}/  (database: {where})")
    typer.echo("Press Ctrl+C to stop.")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        typer.echo("Stopped.")
    finally:
        server.server_close()
