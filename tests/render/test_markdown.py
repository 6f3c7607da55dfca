import datetime as dt

from optcoach.model.program import Program, Session
from optcoach.render.markdown import escape, render_markdown
from tests.render.sample_programs import FLOOR_BRIDGE, dana_program, phase2_session


def _lines(program: Program) -> list[str]:
    return render_markdown(program).split("\n")


def test_superset_items_show_label_dose_and_load_in_client_units(
    metric_program: Program, imperial_program: Program
) -> None:
    bench = "- A1 · **Barbell bench press**: 3 × 10, tempo 2-0-2-0, no rest, 75% 1RM, {}"
    metric = _lines(metric_program)
    imperial = _lines(imperial_program)
    assert bench.format("40 kg") in metric
    assert bench.format("90 lb") in imperial
    index = metric.index(bench.format("40 kg"))
    assert metric[index : index + 3] == [
        bench.format("40 kg"),
        "  - Why: Strength half of the phase 2 superset: 75% of a 52.5 kg 1RM.",
        "- A2 · **Push-up, hands on ball**: 3 × 10, tempo 4-2-1-1, rest 60 s",
    ]


def test_item_with_targets_and_escaped_rationale(metric_program: Program) -> None:
    lines = _lines(metric_program)
    index = lines.index("- **Foam roll: calves**: 1 × 30 s each side")
    assert lines[index + 1 : index + 3] == [
        "  - Targets: gastrocnemius, soleus",
        "  - Why: Knees moved inward in the overhead squat: calves are overactive, so release "
        "them.",
    ]
    assert "  - Why: No 1RM for rows: a load the client could lift about 20 times." in lines


def test_header_summary_warnings_and_annual_plan(metric_program: Program) -> None:
    text = render_markdown(metric_program)
    assert text.startswith("# OPT program: Dana Reyes\n\n## Client\n\n| | |\n|---|---|\n")
    assert "| Goal | Fat loss |" in text
    assert "| Height, weight | 165 cm, 82 kg |" in text
    assert "| Overactive | gastrocnemius, soleus, hip flexor complex |" in text
    assert (
        "## Warnings\n\n"
        "- **hr.estimated**: Heart-rate zones are estimated from age; confirm with a step test.\n"
        "- **load.no\\_1rm**: No 1RM for standing\\_cable\\_row: prescribed by rep max and RPE.\n"
    ) in text
    assert (
        "| 1 | 1 | Stabilization Endurance | 4 Jan 2027 | 17 Jan 2027 | 2 | "
        "New client: start with stabilization. |\n"
        "| 2 | 2 | Strength Endurance | 18 Jan 2027 | 31 Jan 2027 | 2 |   |"
    ) in text


def test_every_week_and_session_is_listed(metric_program: Program) -> None:
    lines = _lines(metric_program)
    weeks = [line for line in lines if line.startswith("## Week ")]
    sessions = [line for line in lines if line.startswith("### ")]
    assert weeks == [
        "## Week 1: from Mon 4 Jan 2027, phase 1",
        "## Week 2: from Mon 11 Jan 2027, phase 1",
        "## Week 3: from Mon 18 Jan 2027, phase 2",
        "## Week 4: from Mon 25 Jan 2027, phase 2",
    ]
    assert len(sessions) == 12
    assert sessions[0] == "### Mon 4 Jan 2027: Phase 1 · Stabilization Endurance, total body"


def test_trimmed_session_and_empty_optional_section(metric_program: Program) -> None:
    text = render_markdown(metric_program)
    assert (
        "### Wed 6 Jan 2027: Phase 1 · Stabilization Endurance, total body\n\n"
        "About 58 of 60 min.\n\n"
        "Trimmed to fit the time budget:\n\n"
        "- skill\\_development: Box jump-up with stabilization\n"
        "- clients\\_choice: Stationary bike\n"
    ) in text
    assert (
        "#### Skill development\n\n_Removed to fit the 60-minute budget._\n\nNo exercises.\n"
    ) in text


def test_no_warnings_and_cpt6_phase_name(imperial_program: Program) -> None:
    text = render_markdown(imperial_program)
    assert "## Warnings\n\nNone.\n" in text
    assert "| Height, weight | 71 in, 185 lb |" in text
    assert "| 3 | 1/2/5 | Undulating | 29 Mar 2027 | 11 Apr 2027 | 2 |" in text


def test_escape_keeps_program_text_literal() -> None:
    assert escape("Push-up *wide* [ball] | a_b") == "Push-up \\*wide\\* \\[ball\\] \\| a\\_b"
    odd = FLOOR_BRIDGE.model_copy(update={"name": "Bridge *hold*"})
    session = phase2_session(dt.date(2027, 1, 18))
    sections = (session.sections[0], session.sections[1].model_copy(update={"items": (odd,)}))
    assert "- **Bridge \\*hold\\***: 2 × 15, tempo 4-2-1-1" in render_markdown(
        _with_one_session(session.model_copy(update={"sections": sections}))
    )


def _with_one_session(session: Session) -> Program:
    program = dana_program()
    week = program.weeks[0].model_copy(update={"sessions": (session,)})
    return program.model_copy(update={"weeks": (week,)})
