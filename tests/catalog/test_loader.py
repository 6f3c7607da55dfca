"""The loader reads every data file, and names the file, entry and field when one is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from optcoach.catalog import Catalog, CatalogError, load_catalog, load_exercises
from optcoach.catalog.loader import dangling_references, parse_exercises

GOOD_ENTRY = """\
  - id: {id}
    name: Test Exercise
    forms: [core]
    levels: [stabilization]
    body_parts: [core]
    movement_pattern: anti_extension
    plane: sagittal
    muscles: {{primary: [transverse_abdominis]}}
    progressions: {progressions}
    cues: [First cue., Second cue.]
"""


def _entry(exercise_id: str, progressions: str = "[]") -> str:
    return GOOD_ENTRY.format(id=exercise_id, progressions=progressions)


def _write(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# format: test\nexercises:\n" + body, encoding="utf-8")


def test_it_reads_nested_files_in_id_order(tmp_path: Path) -> None:
    _write(tmp_path, "b.yaml", _entry("zeta"))
    _write(tmp_path, "a/inner.yaml", _entry("alpha", "[zeta]"))
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    exercises = load_exercises(tmp_path)  # type: ignore[arg-type]
    assert [exercise.id for exercise in exercises] == ["alpha", "zeta"]
    assert exercises[0].progressions == ("zeta",)


def test_it_names_file_entry_and_field_for_a_bad_value() -> None:
    text = "exercises:\n" + _entry("plank_x").replace("plane: sagittal", "plane: diagonal")
    with pytest.raises(CatalogError, match=r"^core\.yaml: exercises\[0\] \(plank_x\): plane: "):
        parse_exercises(text, "core.yaml")


def test_it_names_the_index_when_the_id_is_missing() -> None:
    text = "exercises:\n" + _entry("x").replace("  - id: x\n    name", "  - name")
    with pytest.raises(CatalogError, match=r"^f\.yaml: exercises\[0\]: id: Field required"):
        parse_exercises(text, "f.yaml")


def test_it_rejects_a_duplicate_key_inside_an_entry() -> None:
    text = "exercises:\n" + _entry("x") + "    plane: frontal\n"
    with pytest.raises(CatalogError, match=r"^f\.yaml: malformed YAML at line 12: duplicate key"):
        parse_exercises(text, "f.yaml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- 1\n", "expected exactly one top-level key 'exercises'"),
        ("exercises: {a: 1}\n", "'exercises' must be a list of exercises"),
        ("exercises:\n  - just text\n", r"exercises\[0\]: expected a mapping of fields"),
        ("exercises: [\n", "malformed YAML"),
    ],
)
def test_it_rejects_a_malformed_document(text: str, message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        parse_exercises(text, "f.yaml")


def test_it_rejects_an_id_defined_in_two_files(tmp_path: Path) -> None:
    _write(tmp_path, "a.yaml", _entry("same"))
    _write(tmp_path, "b.yaml", _entry("same"))
    with pytest.raises(
        CatalogError, match=r"^b\.yaml: exercise id 'same' is already defined in a\.yaml$"
    ):
        load_exercises(tmp_path)  # type: ignore[arg-type]


def test_it_lists_references_to_unknown_ids(tmp_path: Path) -> None:
    _write(tmp_path, "a.yaml", _entry("alpha", "[missing, beta]") + _entry("beta"))
    catalog = Catalog(load_exercises(tmp_path))  # type: ignore[arg-type]
    assert dangling_references(catalog) == ("alpha: progressions: unknown exercise 'missing'",)


def test_load_catalog_is_cached_and_complete() -> None:
    catalog = load_catalog()
    assert isinstance(catalog, Catalog)
    assert load_catalog() is catalog
    assert [exercise.id for exercise in catalog] == sorted(exercise.id for exercise in catalog)
    assert "plank" in catalog
