"""Print rich renderables to plain text for the terminal views (program and assessment)."""

from __future__ import annotations

from io import StringIO

from rich.console import Console, Group, RenderableType


def render_text(parts: list[RenderableType], *, width: int, color: bool) -> str:
    """Return ``parts`` printed at most ``width`` columns wide, trailing spaces stripped.

    Without ``color`` the text has no escape codes (for files, pipes and tests).
    """
    buffer = StringIO()
    console = Console(
        file=buffer,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        markup=False,
        emoji=False,
        highlight=False,
        legacy_windows=False,
    )
    console.print(Group(*parts))
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()).strip("\n")
