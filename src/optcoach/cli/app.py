"""The Typer application every ``optcoach`` command registers on."""

import typer

app = typer.Typer(
    name="optcoach",
    help="NASM OPT program design: assess clients, build and validate periodized programs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Design, validate and progress NASM OPT programs."""
