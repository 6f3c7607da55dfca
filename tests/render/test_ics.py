import datetime as dt

from icalendar import Calendar

from optcoach.model.program import Program
from optcoach.render.ics import render_ics, session_uid


def _events(program: Program) -> list[Calendar]:
    return list(Calendar.from_ical(render_ics(program)).walk("VEVENT"))


def _sessions(program: Program) -> list:  # type: ignore[type-arg]
    return [session for week in program.weeks for session in week.sessions]


def test_one_event_per_session_on_its_date(program: Program) -> None:
    events = _events(program)
    sessions = _sessions(program)
    assert [event.decoded("dtstart").date() for event in events] == [s.date for s in sessions]
    assert [event.decoded("duration") for event in events] == [
        dt.timedelta(minutes=s.minutes_estimated) for s in sessions
    ]
    assert {event.decoded("dtstart").time() for event in events} == {dt.time(7, 0)}


def test_summaries_name_phase_and_split(imperial_program: Program) -> None:
    summaries = [str(event["summary"]) for event in _events(imperial_program)]
    assert summaries[-3:] == [
        "OPT phase 1 — total body",
        "OPT phase 2 — total body",
        "OPT phase 5 — lower body",
    ]


def test_uids_are_unique_and_stable(metric_program: Program) -> None:
    uids = [str(event["uid"]) for event in _events(metric_program)]
    assert len(set(uids)) == len(uids) == 12
    assert uids[0] == "b96e1a3b8afec4e1-20270104@optcoach"
    assert session_uid("b96e1a3b8afec4e1ff", dt.date(2027, 1, 4), 2) == (
        "b96e1a3b8afec4e1-20270104-2@optcoach"
    )
    assert "Dana" not in "".join(uids)


def test_document_is_byte_stable_with_dtstamp_at_program_start(program: Program) -> None:
    text = render_ics(program)
    assert text == render_ics(program)
    stamps = {event.decoded("dtstamp") for event in _events(program)}
    assert stamps == {dt.datetime.combine(program.start, dt.time(0, 0), tzinfo=dt.UTC)}
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//optcoach//OPT program//EN")


def test_description_lists_sections_and_items_in_client_units(
    metric_program: Program, imperial_program: Program
) -> None:
    metric = str(_events(metric_program)[6]["description"])
    assert metric.split("\n")[:2] == [
        "Phase 2 · Strength Endurance, total body.",
        "About 55 of 60 min.",
    ]
    assert (
        "\n\nResistance training\n"
        "- A1 Barbell bench press: 3 × 10, tempo 2-0-2-0, no rest, 75% 1RM, 40 kg\n"
        "- A2 Push-up, hands on ball: 3 × 10, tempo 4-2-1-1, rest 60 s\n"
    ) in metric
    assert metric.endswith("\n\nCool-down\n- Kneeling hip flexor stretch: 1 × 30 s each side")
    assert "\n\nClient's choice\n- no exercises\n" in metric
    imperial = str(_events(imperial_program)[-1]["description"])
    assert "- A1 Barbell back squat: 4 × 3, tempo X-X-X-X, rest 60 s, 90% 1RM, 265 lb\n" in imperial
    assert "Trimmed to fit: activation: all items (optional in phase 5)." in imperial


def test_trimmed_section_note_shown(metric_program: Program) -> None:
    description = str(_events(metric_program)[1]["description"])
    assert "\n\nSkill development\nRemoved to fit the 60-minute budget.\n- no exercises\n" in (
        description
    )


def test_custom_start_time(metric_program: Program) -> None:
    calendar = Calendar.from_ical(render_ics(metric_program, start_time=dt.time(18, 30)))
    event = next(iter(calendar.walk("VEVENT")))
    assert event.decoded("dtstart") == dt.datetime(2027, 1, 4, 18, 30)
