"""Check the shape of a program: blocks, weeks, sessions and sections against the template.

Blocks must tile the horizon without gaps, weeks follow each other from the start date, every
session sits inside its week on its weekday and trains one phase of its block, and every session
holds the template's sections in the template's order. Revisions (new inputs from a date on) come
in date order inside the horizon, and a block that ended early because of a recorded decision is
followed by the revision that decision made.
"""

from __future__ import annotations

import datetime as dt
import itertools

from optcoach.model.program import Block
from optcoach.model.tables import load_template
from optcoach.model.vocab import WEEKDAYS
from optcoach.validate.context import CheckContext
from optcoach.validate.issue import Issue, make_issue

DAYS_PER_WEEK = len(WEEKDAYS)


def check_structure(ctx: CheckContext) -> list[Issue]:
    """Return the structural issues of the program, blocks first, then weeks, then sessions."""
    return [
        *_check_blocks(ctx),
        *_check_revisions(ctx),
        *_check_weeks(ctx),
        *_check_sessions(ctx),
        *_check_sections(ctx),
    ]


def _block_days(block: Block) -> int:
    return (block.end - block.start).days + 1


def _check_blocks(ctx: CheckContext) -> list[Issue]:
    program = ctx.program
    issues: list[Issue] = []
    for b, block in enumerate(program.blocks):
        path = f"blocks[{b}]"
        if block.phase not in block.phases or block.undulating != (len(set(block.phases)) > 1):
            issues.append(
                make_issue(
                    "structure.E009",
                    path,
                    f"phase {block.phase}, phases {list(block.phases)} and undulating "
                    f"{str(block.undulating).lower()} disagree",
                )
            )
        if _block_days(block) != block.weeks * DAYS_PER_WEEK:
            issues.append(
                make_issue(
                    "structure.E007",
                    f"{path}.end",
                    f"block runs {block.start} to {block.end} ({_block_days(block)} days) but "
                    f"says {block.weeks} weeks ({block.weeks * DAYS_PER_WEEK} days)",
                )
            )
        if b > 0:
            previous = program.blocks[b - 1]
            expected = previous.end + dt.timedelta(days=1)
            if block.start != expected:
                kind = "a gap" if block.start > expected else "an overlap"
                issues.append(
                    make_issue(
                        "structure.E005",
                        f"{path}.start",
                        f"block starts {block.start}, leaving {kind} after blocks[{b - 1}] "
                        f"which ends {previous.end}",
                    )
                )
        is_last = b == len(program.blocks) - 1
        for phase in sorted(set(block.phases)):
            allowed = ctx.tables.phase(phase).weeks
            # The final block may be cut short by the horizon, and any block by a recorded
            # progression decision (ended_early); neither may run long.
            excused = is_last or block.ended_early is not None
            too_short = block.weeks < allowed.low and not excused
            if too_short or block.weeks > allowed.high:
                issues.append(
                    make_issue(
                        "structure.E008",
                        f"{path}.weeks",
                        f"block of {block.weeks} weeks; phase {phase} lasts {allowed} weeks "
                        f"in {program.ruleset}",
                    )
                )
    if not program.blocks:
        issues.append(make_issue("structure.E006", "blocks", "the program has no blocks"))
        return issues
    if program.blocks[0].start != program.start:
        issues.append(
            make_issue(
                "structure.E006",
                "blocks[0].start",
                f"first block starts {program.blocks[0].start}, program starts {program.start}",
            )
        )
    total = sum(block.weeks for block in program.blocks)
    if total != program.horizon_weeks:
        issues.append(
            make_issue(
                "structure.E006",
                "blocks",
                f"blocks add up to {total} weeks; the horizon is {program.horizon_weeks} weeks",
            )
        )
    return issues


def _check_revisions(ctx: CheckContext) -> list[Issue]:
    """Check revisions are dated after the start, inside the horizon, in ascending order; and
    that every block marked ``ended_early`` ends the day before a revision starts."""
    program = ctx.program
    last_day = program.start + dt.timedelta(days=DAYS_PER_WEEK * program.horizon_weeks - 1)
    issues: list[Issue] = []
    previous: dt.date | None = None
    for r, revision in enumerate(program.revisions):
        path = f"revisions[{r}].start"
        if not program.start < revision.start <= last_day:
            issues.append(
                make_issue(
                    "structure.E019",
                    path,
                    f"revision starts {revision.start}; revisions start after the program start "
                    f"{program.start} and by its last day {last_day}",
                )
            )
        elif previous is not None and revision.start <= previous:
            issues.append(
                make_issue(
                    "structure.E019",
                    path,
                    f"revision starts {revision.start}, not after the previous one ({previous})",
                )
            )
        previous = revision.start
    starts = {revision.start for revision in program.revisions}
    for b, block in enumerate(program.blocks):
        following = block.end + dt.timedelta(days=1)
        if block.ended_early is not None and following not in starts:
            issues.append(
                make_issue(
                    "structure.E020",
                    f"blocks[{b}].ended_early",
                    f"block ending {block.end} says it ended early ({block.ended_early}) but no "
                    f"revision starts on {following}",
                )
            )
    return issues


def _block_on(ctx: CheckContext, day: dt.date) -> Block | None:
    for block in ctx.program.blocks:
        if block.start <= day <= block.end:
            return block
    return None


def _check_weeks(ctx: CheckContext) -> list[Issue]:
    program = ctx.program
    issues: list[Issue] = []
    indexes = [week.index for week in program.weeks]
    expected_indexes = list(range(1, program.horizon_weeks + 1))
    if indexes != expected_indexes:
        issues.append(
            make_issue(
                "structure.E010",
                "weeks",
                f"weeks are numbered {_summarise(indexes)}; expected 1..{program.horizon_weeks}",
            )
        )
    for w, week in enumerate(program.weeks):
        expected_start = program.start + dt.timedelta(days=DAYS_PER_WEEK * (week.index - 1))
        if week.start != expected_start:
            issues.append(
                make_issue(
                    "structure.E011",
                    f"weeks[{w}].start",
                    f"week {week.index} starts {week.start}; expected {expected_start}",
                )
            )
        block = _block_on(ctx, week.start)
        if block is None:
            issues.append(
                make_issue("structure.E012", f"weeks[{w}].phases", f"no block covers {week.start}")
            )
            continue
        phases = set(week.phases)
        fits = bool(phases) and phases <= set(block.phases)
        if fits and not block.undulating:
            fits = phases == set(block.phases)
        if not fits:
            issues.append(
                make_issue(
                    "structure.E012",
                    f"weeks[{w}].phases",
                    f"week {week.index} trains phases {sorted(phases)}; its block "
                    f"({block.start} to {block.end}) has phases {sorted(set(block.phases))}",
                )
            )
    return issues


def _summarise(indexes: list[int]) -> str:
    shown = ", ".join(str(i) for i in indexes[:6])
    return f"[{shown}{', ...' if len(indexes) > 6 else ''}] ({len(indexes)} weeks)"


def _check_sessions(ctx: CheckContext) -> list[Issue]:
    issues: list[Issue] = []
    for w, week in enumerate(ctx.program.weeks):
        last = week.start + dt.timedelta(days=DAYS_PER_WEEK - 1)
        previous: dt.date | None = None
        for s, session in enumerate(week.sessions):
            path = f"weeks[{w}].sessions[{s}]"
            if not week.start <= session.date <= last:
                issues.append(
                    make_issue(
                        "structure.E013",
                        f"{path}.date",
                        f"session on {session.date} is outside week {week.index} "
                        f"({week.start} to {last})",
                    )
                )
            if previous is not None and session.date <= previous:
                issues.append(
                    make_issue(
                        "structure.E018",
                        f"{path}.date",
                        f"session on {session.date} follows a session on {previous}",
                    )
                )
            previous = session.date
            weekday = WEEKDAYS[session.date.weekday()]
            if session.weekday != weekday:
                issues.append(
                    make_issue(
                        "structure.E014",
                        f"{path}.weekday",
                        f"weekday is {session.weekday} but {session.date} is a {weekday}",
                    )
                )
            if len(session.phases) != 1 or session.phases[0] not in week.phases:
                issues.append(
                    make_issue(
                        "structure.E015",
                        f"{path}.phases",
                        f"session trains phases {list(session.phases)}; expected one of "
                        f"week {week.index}'s phases {list(week.phases)}",
                    )
                )
    return issues


def _check_sections(ctx: CheckContext) -> list[Issue]:
    template = load_template()
    order = {section.id: n for n, section in enumerate(template.sections)}
    forms = {section.id: section.forms for section in template.sections}
    choice = ctx.tables.forms.clients_choice.exercises
    issues: list[Issue] = []
    for located in ctx.sessions():
        sections = located.session.sections
        ids = [section.id for section in sections]
        seen: set[str] = set()
        for k, section in enumerate(sections):
            path = f"{located.path}.sections[{k}]"
            if section.id in seen:
                issues.append(
                    make_issue("structure.E003", f"{path}.id", f"{section.id} appears again")
                )
            seen.add(section.id)
            for i, item in enumerate(section.items):
                if item.form not in forms[section.id]:
                    issues.append(
                        make_issue(
                            "structure.E004",
                            f"{path}.items[{i}].form",
                            f"{item.form} item {item.exercise_id} in {section.id}; "
                            f"{section.id} holds {', '.join(forms[section.id])}",
                        )
                    )
            if section.id == "clients_choice" and len(section.items) not in choice:
                issues.append(
                    make_issue(
                        "structure.E016",
                        f"{path}.items",
                        f"client's choice holds {len(section.items)} exercises; {choice} allowed",
                    )
                )
        ranks = [order[section_id] for section_id in ids]
        if any(later < earlier for earlier, later in itertools.pairwise(ranks)):
            issues.append(
                make_issue(
                    "structure.E002",
                    f"{located.path}.sections",
                    f"sections are ordered {', '.join(ids)}",
                )
            )
        present = {section.id: section for section in sections}
        for template_section in template.sections:
            if not template_section.required:
                continue
            found = present.get(template_section.id)
            if found is None:
                issues.append(
                    make_issue(
                        "structure.E001",
                        f"{located.path}.sections",
                        f"required section {template_section.id} is missing",
                    )
                )
            elif not found.items:
                k = ids.index(template_section.id)
                issues.append(
                    make_issue(
                        "structure.E017",
                        f"{located.path}.sections[{k}].items",
                        f"required section {template_section.id} is empty",
                    )
                )
    return issues
