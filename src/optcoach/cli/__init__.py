"""The ``optcoach`` command: parse arguments, call the engine, print a render.

Each command lives in its own module and registers itself on ``app`` when imported.
"""

from optcoach.cli import assess as _assess  # noqa: F401  (registers the command)
from optcoach.cli import exercises as _exercises  # noqa: F401  (registers the command)
from optcoach.cli import plan as _plan  # noqa: F401  (registers the command)
from optcoach.cli import progress as _progress  # noqa: F401  (registers the command)
from optcoach.cli import schema as _schema  # noqa: F401  (registers the command)
from optcoach.cli import serve as _serve  # noqa: F401  (registers the command)
from optcoach.cli import validate as _validate  # noqa: F401  (registers the command)
from optcoach.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
