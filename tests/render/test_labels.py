import datetime as dt

import pytest

from optcoach.model.program import Block
from optcoach.render.labels import (
    block_title,
    format_date,
    format_dates,
    format_short_date,
    humanize,
    load_labels,
    phase_name,
    phase_title,
    section_title,
    split_name,
)


def test_every_phase_is_named_per_ruleset() -> None:
    assert [phase_name(n, "cpt7") for n in range(1, 6)] == [
        "Stabilization Endurance",
        "Strength Endurance",
        "Muscular Development",
        "Maximal Strength",
        "Power",
    ]
    assert phase_name(3, "cpt6") == "Hypertrophy"


def test_unknown_phase_raises_key_error() -> None:
    with pytest.raises(KeyError):
        phase_name(6, "cpt7")


def test_labels_cover_every_section_in_order() -> None:
    assert list(load_labels().sections.values()) == [
        "Warm-up",
        "Activation",
        "Skill development",
        "Resistance training",
        "Client's choice",
        "Cool-down",
    ]
    assert section_title("clients_choice") == "Client's choice"
    assert split_name("total_body") == "total body"


def test_phase_titles_for_one_and_several_phases() -> None:
    assert phase_title((1,), "cpt7") == "Phase 1 · Stabilization Endurance"
    assert phase_title((1, 2, 5), "cpt7") == "Phases 1/2/5"


def test_block_title_names_undulating_blocks_by_their_phases() -> None:
    day = dt.date(2027, 3, 29)
    plain = Block(phase=4, phases=(4,), start=day, end=day, weeks=1)
    mixed = Block(phase=5, phases=(1, 2, 5), undulating=True, start=day, end=day, weeks=1)
    assert block_title(plain, "cpt7") == "Maximal Strength"
    assert block_title(mixed, "cpt7") == "Undulating"


def test_dates_use_fixed_english_names() -> None:
    assert format_date(dt.date(2027, 1, 4)) == "4 Jan 2027"
    assert format_date(dt.date(2027, 12, 26), weekday=True) == "Sun 26 Dec 2027"
    assert format_short_date(dt.date(2027, 9, 1)) == "1 Sep"


def test_humanize_replaces_underscores() -> None:
    assert humanize("hip_flexor_complex") == "hip flexor complex"


def test_format_dates_writes_a_shared_year_once() -> None:
    days = (dt.date(2027, 1, 4), dt.date(2027, 1, 6), dt.date(2027, 2, 1))
    assert format_dates(days) == "Mon 4 Jan, Wed 6 Jan and Mon 1 Feb 2027"
    assert format_dates(days[:1]) == "Mon 4 Jan 2027"
    assert format_dates((dt.date(2027, 12, 31), dt.date(2028, 1, 2))) == (
        "Fri 31 Dec 2027 and Sun 2 Jan 2028"
    )
