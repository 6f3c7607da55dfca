"""Read the exercise data files under ``catalog/data`` into validated ``Exercise`` records.

Every ``*.yaml`` file below the data folder (recursively, in sorted path order) holds a header
comment (format, source, units) and one top-level key, ``exercises``, whose value is a list of
mappings in the ``Exercise`` schema. Loading fails with a ``CatalogError`` that names the file, the
entry (its id, or its index when the id is missing) and the field, so a bad edit is caught the
moment the catalog is read rather than when a planner happens to pick the exercise.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import ValidationError

from optcoach.catalog.exercise import Exercise
from optcoach.catalog.library import Catalog

DATA_SUFFIX = ".yaml"
TOP_LEVEL_KEY = "exercises"


class CatalogError(ValueError):
    """The exercise data is malformed; the message names the file, the entry and the field."""


# The C-accelerated parser when PyYAML was built with libyaml (several times faster), else the
# pure-Python one; both use the same safe constructor.
if TYPE_CHECKING:
    _SafeLoader = yaml.SafeLoader
else:
    _SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeLoader):
    """A safe YAML loader that refuses a mapping with the same key twice.

    Plain ``safe_load`` keeps the last value silently, which would hide a pasted-over field.
    """


def _construct_unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_unique_mapping,
)


def data_root() -> Traversable:
    """Return the folder that holds the packaged exercise data files."""
    return resources.files("optcoach.catalog").joinpath("data")


def _yaml_files(folder: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    """Yield (relative path, file) for every data file below ``folder``, in sorted path order."""
    entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    for entry in entries:
        relative = f"{prefix}{entry.name}"
        if entry.is_dir():
            yield from _yaml_files(entry, f"{relative}/")
        elif entry.name.endswith(DATA_SUFFIX):
            yield relative, entry


def _describe(exc: ValidationError) -> str:
    """Return the first few problems of ``exc``, each starting with the dotted field path."""
    problems = []
    for error in exc.errors()[:3]:
        field = ".".join(str(part) for part in error["loc"]) or "entry"
        problems.append(f"{field}: {error['msg'].removeprefix('Value error, ')}")
    return "; ".join(problems)


def parse_exercises(text: str, source: str) -> tuple[Exercise, ...]:
    """Return the exercises in one data file's ``text``; ``source`` names the file in errors.

    Raise CatalogError if the YAML is malformed, the top level is not ``exercises: [...]``, or an
    entry does not fit the schema.
    """
    try:
        document = yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise CatalogError(f"{source}: malformed YAML{where}: {problem}") from None
    if not isinstance(document, dict) or set(document) != {TOP_LEVEL_KEY}:
        raise CatalogError(f"{source}: expected exactly one top-level key '{TOP_LEVEL_KEY}'")
    entries = document[TOP_LEVEL_KEY]
    if not isinstance(entries, list):
        raise CatalogError(f"{source}: '{TOP_LEVEL_KEY}' must be a list of exercises")
    exercises: list[Exercise] = []
    for index, entry in enumerate(entries):
        label = f"{TOP_LEVEL_KEY}[{index}]"
        if not isinstance(entry, dict):
            raise CatalogError(f"{source}: {label}: expected a mapping of fields")
        if isinstance(entry.get("id"), str):
            label = f"{label} ({entry['id']})"
        try:
            exercises.append(Exercise.model_validate(entry))
        except ValidationError as exc:
            raise CatalogError(f"{source}: {label}: {_describe(exc)}") from None
    return tuple(exercises)


def load_exercises(root: Traversable | None = None) -> tuple[Exercise, ...]:
    """Return every exercise of every data file below ``root`` (default: the packaged data).

    Raise CatalogError naming the file and entry when an entry is malformed or when two entries
    (in the same or different files) share an id. References to other ids are not checked here:
    the resistance data is written in parallel, so a reference may briefly point ahead of the data;
    ``dangling_references`` lists them and the catalog lint test demands none.
    """
    folder = data_root() if root is None else root
    origin: dict[str, str] = {}
    exercises: list[Exercise] = []
    for relative, entry in _yaml_files(folder):
        for exercise in parse_exercises(entry.read_text(encoding="utf-8"), relative):
            if exercise.id in origin:
                raise CatalogError(
                    f"{relative}: exercise id '{exercise.id}' is already defined in "
                    f"{origin[exercise.id]}"
                )
            origin[exercise.id] = relative
            exercises.append(exercise)
    return tuple(sorted(exercises, key=lambda exercise: exercise.id))


@cache
def load_catalog() -> Catalog:
    """Return the packaged catalog, read and validated once per process.

    Raise CatalogError (see ``load_exercises``) when any data file is malformed.
    """
    return Catalog(load_exercises())


def dangling_references(catalog: Catalog) -> tuple[str, ...]:
    """Return one message per progression, regression or partner that names an unknown id."""
    problems: list[str] = []
    for exercise in catalog:
        references = {
            "progressions": exercise.progressions,
            "regressions": exercise.regressions,
            "superset_partners.stabilization": exercise.superset_partners.stabilization,
            "superset_partners.power": exercise.superset_partners.power,
        }
        for field, ids in references.items():
            problems.extend(
                f"{exercise.id}: {field}: unknown exercise '{reference}'"
                for reference in ids
                if reference not in catalog
            )
    return tuple(problems)
