"""Plain words for the trainer: section titles and short lists of exercise names.

Warnings and trim notes name sections by their title and exercises by their catalog name
(choices.toml ``wording``), never by ids, and list only a few names before saying how many more.
"""

from __future__ import annotations

from collections.abc import Sequence

from optcoach.model.vocab import SectionId
from optcoach.planning.choices import load_choices


def section_title(section_id: SectionId) -> str:
    """Return the section's title (choices.toml ``wording.section_titles``)."""
    return load_choices().wording.section_titles[section_id]


def name_list(names: Sequence[str], limit: int | None = None) -> str:
    """Return ``names`` as "A", "A and B", "A, B and C", or "A, B, C and 4 more" past ``limit``."""
    shown = list(names if limit is None else names[:limit])
    rest = len(names) - len(shown)
    if rest:
        return f"{', '.join(shown)} and {rest} more"
    if len(shown) < 2:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} and {shown[-1]}"
