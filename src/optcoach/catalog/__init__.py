"""The exercise library: data files, loader, queries, progression graph and swaps."""

from optcoach.catalog.exercise import Exercise
from optcoach.catalog.library import Catalog
from optcoach.catalog.loader import CatalogError, load_catalog, load_exercises

__all__ = ["Catalog", "CatalogError", "Exercise", "load_catalog", "load_exercises"]
