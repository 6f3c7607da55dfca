import re

from optcoach.model.program import Program, ProgramWarning
from optcoach.render.table import render_table


def _rows(text: str) -> list[list[str]]:
    return [line.split() for line in text.split("\n")]


def _has_row(text: str, *tokens: str) -> bool:
    return any(row[: len(tokens)] == list(tokens) for row in _rows(text))


def test_fits_100_columns_without_escape_codes(program: Program) -> None:
    text = render_table(program)
    assert max(len(line) for line in text.split("\n")) <= 100
    assert "\x1b" not in text
    assert text == render_table(program)


def test_narrower_width_is_respected(metric_program: Program) -> None:
    text = render_table(metric_program, width=80)
    assert max(len(line) for line in text.split("\n")) <= 80


def test_colour_only_when_asked(metric_program: Program) -> None:
    assert "\x1b[" in render_table(metric_program, color=True)


def test_annual_plan_rows_and_timeline(metric_program: Program, imperial_program: Program) -> None:
    metric = render_table(metric_program)
    assert _has_row(
        metric, "1", "1", "Stabilization", "Endurance", "4", "Jan", "2027", "17", "Jan", "2027", "2"
    )
    assert _has_row(
        metric, "2", "2", "Strength", "Endurance", "18", "Jan", "2027", "31", "Jan", "2027", "2"
    )
    assert "\n2027    Jan\nwk   1  1122\n" in metric
    imperial = render_table(imperial_program)
    assert _has_row(imperial, "3", "1/2/5", "Undulating", "29", "Mar", "2027")
    assert "\n2027    Mar  Apr\nwk   1  1122UU\n" in imperial


def test_first_week_in_detail_and_nothing_later(metric_program: Program) -> None:
    text = render_table(metric_program)
    lines = text.split("\n")
    titles = [
        (line, lines[n + 1])
        for n, line in enumerate(lines)
        if re.match(r"(Mon|Tue|Wed|Thu|Fri) \d", line)
    ]
    # Monday and Friday hold the same session, so it is shown once.
    assert titles == [
        (
            "Mon 4 Jan and Fri 8 Jan 2027",
            "Phase 1 · Stabilization Endurance, total body, about 60 of 60 min",
        ),
        (
            "Wed 6 Jan 2027",
            "Phase 1 · Stabilization Endurance, total body, about 58 of 60 min",
        ),
    ]
    assert "Week 1, from Mon 4 Jan 2027" in text
    assert "Week 2" not in text
    assert _has_row(
        text,
        "Ball",
        "dumbbell",
        "chest",
        "press",
        "2",
        "×",
        "15",
        "4-2-1-1",
        "60",
        "s",
        "60%",
        "1RM",
        "7.5",
        "kg",
    )
    assert _has_row(text, "Standing", "cable", "row", "2", "×", "15", "4-2-1-1", "60", "s", "20RM")
    assert "Trimmed to fit: skill_development: Box jump-up with stabilization; " in text
    skill = text.split("Wed 6 Jan 2027")[1].split("Skill development\n")[1].split("\n\n")[0]
    assert " ".join(skill.split()) == "Removed to fit the 60-minute budget."
    assert all(line.startswith("  ") for line in skill.split("\n"))


def test_sections_appear_in_order_with_empty_ones_marked(metric_program: Program) -> None:
    first_session = render_table(metric_program).split("\nWed 6 Jan 2027\n")[1]
    headings = [
        line
        for line in first_session.split("\n")
        if line
        in {
            "Warm-up",
            "Activation",
            "Skill development",
            "Resistance training",
            "Client's choice",
            "Cool-down",
        }
    ]
    assert headings == [
        "Warm-up",
        "Activation",
        "Skill development",
        "Resistance training",
        "Client's choice",
        "Cool-down",
    ]
    assert "Client's choice\n  no exercises\n" in first_session


def test_summary_and_no_warnings(imperial_program: Program) -> None:
    text = render_table(imperial_program)
    assert text.startswith("OPT program: Marcus O'Neil\nClient          Marcus O'Neil\n")
    assert "\nHeight, weight  71 in, 185 lb\n" in text
    assert "\nWarnings: none.\n" in text


def test_warnings_listed(metric_program: Program) -> None:
    text = render_table(metric_program)
    assert (
        "Warnings\n! hr.estimated: Heart-rate zones are estimated from age; confirm with a step "
        "test.\n! load.no_1rm: No 1RM for standing_cable_row: prescribed by rep max and RPE.\n"
    ) in text


def test_program_without_weeks(metric_program: Program) -> None:
    text = render_table(metric_program.model_copy(update={"weeks": ()}))
    assert text.endswith("The program has no weeks.")


def test_annual_plan_has_one_line_per_block(metric_program: Program) -> None:
    text = render_table(metric_program)
    plan = text.split("Annual plan\n")[1].split("\n\n")[0].split("\n")
    assert [line.split() for line in plan] == [
        ["#", "Phase", "Name", "Start", "End", "Weeks"],
        ["─" * 71],
        ["1", "1", "Stabilization", "Endurance", "4", "Jan", "2027", "17", "Jan", "2027", "2"],
        ["2", "2", "Strength", "Endurance", "18", "Jan", "2027", "31", "Jan", "2027", "2"],
    ]


def test_columns_no_item_uses_are_left_out(metric_program: Program) -> None:
    header = ["Exercise", "Sets", "×", "reps", "Tempo", "Rest", "Intensity", "Load"]
    assert _has_row(render_table(metric_program), *header)
    week = metric_program.weeks[0]
    unloaded = week.model_copy(
        update={
            "sessions": tuple(
                session.model_copy(
                    update={
                        "sections": tuple(
                            section.model_copy(
                                update={
                                    "items": tuple(
                                        item.model_copy(update={"load_kg": None})
                                        for item in section.items
                                    )
                                }
                            )
                            for section in session.sections
                        )
                    }
                )
                for session in week.sessions
            )
        }
    )
    text = render_table(metric_program.model_copy(update={"weeks": (unloaded,)}))
    assert _has_row(text, *header[:-1])
    assert not _has_row(text, *header)


def test_long_warnings_are_cut_to_one_line(metric_program: Program) -> None:
    assert "Long warnings are cut" not in render_table(metric_program)
    long = ProgramWarning(code="plan.long", message="trimmed " * 30)
    program = metric_program.model_copy(update={"warnings": (long,)})
    lines = render_table(program).split("\n")
    start = lines.index("Warnings")
    assert lines[start + 1] == ("! plan.long: " + "trimmed " * 30)[:99] + "…"
    assert lines[start + 2] == "Long warnings are cut to one line; --format md shows them in full."
