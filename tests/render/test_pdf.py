import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from optcoach.model.program import Program
from optcoach.render.pdf import render_pdf
from tests.render.sample_programs import marcus_program

WORKTREE = Path(__file__).resolve().parents[2]


def test_pdf_is_a_pdf_and_identical_on_two_renders(program: Program) -> None:
    first = render_pdf(program)
    assert first[:5] == b"%PDF-"
    assert first.rstrip().endswith(b"%%EOF")
    assert render_pdf(program) == first


def test_page_size_follows_the_clients_units(
    metric_program: Program, imperial_program: Program
) -> None:
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in render_pdf(metric_program)
    assert b"/MediaBox [ 0 0 612 792 ]" in render_pdf(imperial_program)


def test_creation_date_is_fixed(metric_program: Program) -> None:
    assert b"/CreationDate (D:20000101000000+00'00')" in render_pdf(metric_program)


def test_bytes_do_not_depend_on_the_process() -> None:
    """Render in another interpreter with a fixed hash seed: set order must not leak."""
    script = (
        "import hashlib; from tests.render.sample_programs import marcus_program; "
        "from optcoach.render.pdf import render_pdf; "
        "print(hashlib.sha256(render_pdf(marcus_program())).hexdigest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "1", "PYTHONPATH": f"{WORKTREE / 'src'}:{WORKTREE}"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == hashlib.sha256(render_pdf(marcus_program())).hexdigest()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_text_shows_plan_and_items_in_client_units(
    imperial_program: Program, tmp_path: Path
) -> None:
    path = tmp_path / "program.pdf"
    path.write_bytes(render_pdf(imperial_program))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "OPT program: Marcus O'Neil" in text
    assert "1/2/5 Undulating 29 Mar 2027" in " ".join(text.split())
    assert "Week 6: from Mon 5 Apr 2027, phases 1/2/5" in text
    benches = [" ".join(line.split()) for line in text.splitlines() if "A1 Barbell bench" in line]
    # Once per week with phase 2: the three identical days of weeks 3 and 4 are shown once.
    assert benches == ["A1 Barbell bench press 3 × 10 2-0-2-0 no rest 75% 1RM 90 lb"] * 4
    assert "Mon 15 Mar, Wed 17 Mar and Fri 19 Mar 2027: Phase 2 · Strength Endurance" in text
    assert "Barbell back squat 133 kg (≈ 293 lb)" in text
    words = " ".join(text.split())
    assert "Warnings None. Annual plan" in words
    # Phase 2 and 5 sessions leave client's choice empty: 4 phase 2 tables, 2 phase 5 ones.
    assert words.count("Client's choice No exercises.") == 6
    assert words.count("Activation No exercises.") == 2
