"""The exercise library: data files, loader, queries, progression graph and swaps."""

from optcoach.catalog.exercise import Exercise
from optcoach.catalog.library import Catalog
from optcoach.catalog.loader import CatalogError, load_catalog, load_exercises
from optcoach.catalog.progression import (
    ProgressionGraph,
    next_progression,
    next_regression,
    progression_graph,
)
from optcoach.catalog.slots import Slot, load_slots
from optcoach.catalog.swap import SwapSuggestion

__all__ = [
    "Catalog",
    "CatalogError",
    "Exercise",
    "ProgressionGraph",
    "Slot",
    "SwapSuggestion",
    "load_catalog",
    "load_exercises",
    "load_slots",
    "next_progression",
    "next_regression",
    "progression_graph",
]
