from optcoach.model.corrective import load_corrective
from optcoach.model.intake import PARQ_QUESTIONS, load_intake


def test_intake_tables() -> None:
    tables = load_intake()
    assert tuple(sorted(tables.parq)) == PARQ_QUESTIONS
    assert tables.beta_blocker_flag == "beta_blockers"
    assert "metoprolol" in tables.beta_blockers
    assert list(tables.beta_blockers) == sorted(tables.beta_blockers)


def test_corrective_doses_follow_the_reference() -> None:
    doses = load_corrective().doses
    cpt7, cpt6 = doses["cpt7"], doses["cpt6"]
    assert (cpt7.inhibit.technique, cpt7.inhibit.sets, cpt7.inhibit.hold_s) == ("smr", 1, 30)
    assert (cpt7.inhibit.hold_s_range.low, cpt7.inhibit.hold_s_range.high) == (30, 60)
    assert (cpt6.inhibit.hold_s_range.low, cpt6.inhibit.hold_s_range.high) == (30, 90)
    assert (cpt7.lengthen.technique, cpt7.lengthen.hold_s) == ("static", 30)
    activate = cpt7.activate
    assert (activate.sets_range.low, activate.sets_range.high) == (1, 2)
    assert (activate.reps_range.low, activate.reps_range.high) == (10, 15)
    assert activate.tempo == "4-2-1-1"
    assert activate.frequency_per_week is not None
    assert (activate.frequency_per_week.low, activate.frequency_per_week.high) == (3, 5)
    assert (cpt7.integrate.reps_range.low, cpt7.integrate.reps_range.high) == (10, 15)
