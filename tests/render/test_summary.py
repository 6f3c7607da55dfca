import datetime as dt

from optcoach.model.client import Client
from optcoach.model.program import Program, Revision
from optcoach.render.summary import client_summary, group_sessions, plan_rows, week_marks
from tests.render.sample_programs import phase1_session, phase2_session


def test_client_summary_rows(metric_program: Program, imperial_program: Program) -> None:
    assert client_summary(metric_program) == (
        ("Client", "Dana Reyes"),
        ("Goal", "Fat loss"),
        ("Plan", "4 weeks from Mon 4 Jan 2027, ruleset cpt7"),
        ("Age, sex", "40, female"),
        ("Height, weight", "165 cm, 82 kg"),
        ("Experience", "beginner"),
        ("Schedule", "3 days a week (Mon, Wed, Fri), 60 min per session"),
        ("Equipment", "dumbbells, barbell, bench, stability ball, foam roller"),
        ("Start", "phase 1, cardio stage 1"),
        ("Overactive", "gastrocnemius, soleus, hip flexor complex"),
        ("Underactive", "gluteus maximus, anterior tibialis"),
        (
            "Heart rate",
            "HR max 183 bpm (estimated); zone 1 117–135, zone 2 136–152, zone 3 ≥ 153 bpm",
        ),
        ("1RM estimates", "Ball dumbbell chest press 12.5 kg, Barbell bench press 52.5 kg"),
    )
    assert dict(client_summary(imperial_program))["1RM estimates"] == (
        "Barbell back squat 133 kg (≈ 293 lb), Barbell bench press 52.5 kg (≈ 116 lb), "
        "Barbell incline press 88.5 kg (≈ 195 lb)"
    )


def test_client_summary_shows_conditions_injuries_and_medications(
    metric_program: Program,
) -> None:
    data = metric_program.client.model_dump(by_alias=True) | {
        "conditions": [
            {"id": "pregnancy", "weeks": 20},
            {"id": "hypertension", "controlled": False},
        ],
        "injuries": [{"region": "knee", "side": "left"}, {"region": "low_back", "current": False}],
        "medications": ["metoprolol"],
        "equipment": [],
    }
    program = metric_program.model_copy(update={"client": Client.model_validate(data)})
    rows = dict(client_summary(program))
    assert rows["Conditions"] == "pregnancy (20 weeks), hypertension (not controlled)"
    assert rows["Injuries"] == "knee (left, current), low back (past)"
    assert rows["Medications"] == "metoprolol"
    assert rows["Equipment"] == "body weight only"


def test_plan_rows(imperial_program: Program) -> None:
    assert [tuple(row) for row in plan_rows(imperial_program)] == [
        ("1", "1", "Stabilization Endurance", "1 Mar 2027", "14 Mar 2027", "2", ""),
        ("2", "2", "Strength Endurance", "15 Mar 2027", "28 Mar 2027", "2", ""),
        (
            "3",
            "1/2/5",
            "Undulating",
            "29 Mar 2027",
            "11 Apr 2027",
            "2",
            "Undulating 1/2/5 from month 3 for sports performance.",
        ),
    ]


def test_week_marks_cover_the_horizon(imperial_program: Program) -> None:
    longer = imperial_program.model_copy(update={"horizon_weeks": 7})
    assert [mark for _, mark in week_marks(longer)] == ["1", "1", "2", "2", "U", "U", "·"]
    assert week_marks(longer)[6][0] == dt.date(2027, 4, 12)


def test_group_sessions_merges_sessions_that_differ_only_in_date() -> None:
    mon, wed, fri, sat = (dt.date(2027, 1, day) for day in (4, 6, 8, 9))
    sessions = (phase1_session(mon), phase2_session(wed), phase1_session(fri), phase2_session(sat))
    assert group_sessions(sessions) == (
        ((mon, fri), sessions[0]),
        ((wed, sat), sessions[1]),
    )
    trimmed = phase1_session(wed, trimmed=True)
    assert group_sessions((sessions[0], trimmed)) == (((mon,), sessions[0]), ((wed,), trimmed))


def test_client_summary_shows_the_latest_revision_of_the_inputs(metric_program: Program) -> None:
    revised = metric_program.inputs.model_copy(
        update={
            "overactive": ("latissimus_dorsi",),
            "one_rep_max_kg": {"barbell_bench_press": 57.5},
        }
    )
    revision = Revision(start=dt.date(2027, 1, 18), inputs=revised, reason="1RM from logs")
    program = metric_program.model_copy(update={"revisions": (revision,)})
    rows = dict(client_summary(program))
    assert rows["Start"] == "phase 1, cardio stage 1"
    assert rows["Overactive"] == "latissimus dorsi"
    assert rows["1RM estimates"] == "Barbell bench press 57.5 kg"
    assert rows["Revised"] == "18 Jan 2027: 1RM from logs"
