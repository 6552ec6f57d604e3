"""The bond lens over small journals written for each kind of bond and health level."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bondlens import messages
from bondlens.checkins import CheckIn
from bondlens.entries import Entry
from bondlens.findings import Finding
from bondlens.lens import Lens, lens
from bondlens.lens_report import explanation, lens_json
from bondlens.patterns import Moment, moments
from bondlens.people import Person

START = date(2026, 1, 1)


def m(ident: int, day: int, safety: int | None, *signs: str, **fields: object) -> Moment:
    """A moment ``day`` days after START with these counted signs."""
    return Moment(
        id=ident,
        day=START + timedelta(days=day),
        safety=safety,
        signs=frozenset(signs),
        **fields,  # type: ignore[arg-type]
    )


def signs(view: Lens) -> dict[str, tuple[int, ...]]:
    return {s.id: s.entries for s in view.signs}


def three_cycles() -> list[Moment]:
    return [
        m(1, 0, 1, "harm"),
        m(2, 1, 3, "apology"),
        m(3, 3, 5, "reconciliation"),
        m(4, 20, 1, "harm", "apology"),
        m(5, 22, 5),
        m(6, 35, 2, "unpredictability"),
        m(7, 40, 1, "harm"),
        m(8, 41, 3, "apology", "reconciliation"),
        m(9, 50, 2, "hard_to_leave"),
    ]


def test_a_trauma_bond_with_three_cycles() -> None:
    view = lens(Person("Jordan", relationship="partner"), three_cycles())
    assert (view.bond, view.health) == ("trauma_bond", "unhealthy")
    assert view.cycles.count == 3
    assert [(c.harm.id, c.apology.id, c.reconciliation.id) for c in view.cycles.found] == [
        (1, 2, 3),
        (4, 4, 5),
        (7, 8, 8),
    ]
    assert view.cycles.apart_days == 20
    found = signs(view)
    assert found["harm"] == (1, 4, 7)
    assert found["hard_to_leave"] == (9,)
    assert found["apology_cycle"] == (1, 2, 3, 4, 5, 7, 8)
    said = explanation(view)
    assert said.startswith(messages.LENS_BOND["trauma_bond"].format(name="Jordan"))
    assert "Three times between 1 Jan 2026 and 11 Feb 2026" in said
    assert "#1, #2, #3, #4, #5, #7 and 1 more" in said
    assert "In 3 of your 9 entries about Jordan, you wrote about a hurtful moment" in said
    assert "abusive" not in said
    assert said.endswith(messages.LENS_CLOSING)


def test_harm_overrides_a_healing_origin() -> None:
    person = Person("Robin", relationship="group_member", origin="healing_together")
    history = [
        m(1, 0, 4, "mutual_growth"),
        m(2, 10, 2, "harm"),
        m(3, 14, 2, "hard_to_leave"),
        m(4, 20, 1, "harm"),
    ]
    view = lens(person, history)
    assert view.bond == "trauma_bond"
    assert "harm_overrides_origin" in view.reasons
    assert "began healing together" in explanation(view)


def test_a_healing_bond_with_a_power_imbalance() -> None:
    person = Person("Ana", relationship="group_leader", origin="healing_together")
    history = [
        m(1, 0, 4, "mutual_growth"),
        m(2, 7, 4, "power_imbalance"),
        m(3, 14, 3, "power_imbalance"),
        m(4, 21, 4, "mutual_growth", "power_imbalance"),
        m(5, 28, 4),
    ]
    view = lens(person, history)
    assert (view.bond, view.health) == ("healing_bond", "at_risk")
    assert signs(view)["power_imbalance"] == (2, 3, 4)
    assert "caution_signs" in view.reasons
    assert "one person holding more power" in explanation(view)


def test_a_healing_bond_without_cautions_is_healthy() -> None:
    person = Person("Lee", relationship="group_member")
    history = [m(1, 0, 4, "mutual_growth"), m(2, 7, 5), m(3, 14, 4, "other_support")]
    assert (lens(person, history).bond, lens(person, history).health) == (
        "healing_bond",
        "healthy",
    )


def test_a_trauma_connection_that_turns_codependent() -> None:
    person = Person("Kai", relationship="sibling", origin="shared_trauma")
    good = [
        m(1, 0, 5, "triggers_shared"),
        m(2, 7, 4),
        m(3, 14, 5, "triggers_shared"),
        m(4, 21, 4),
    ]
    before = lens(person, good)
    assert (before.bond, before.health) == ("trauma_connection", "healthy")
    later = [
        *good,
        m(5, 40, 3, "codependence", confirmed=frozenset({"codependence"})),
        m(6, 47, 3, "trauma_dumping"),
        m(7, 54, 2, "codependence", confirmed=frozenset({"codependence"})),
        m(8, 60, 3, "trauma_dumping"),
    ]
    checkin = CheckIn(datetime(2026, 3, 2, 20, 0), {"codependence": 3, "fear": 0})
    after = lens(person, later, [checkin])
    assert after.bond == "trauma_connection"
    assert after.health in {"at_risk", "unhealthy"}
    assert after.trend.direction == "less_safe"
    need = next(s for s in after.signs if s.id == "codependence")
    assert (need.entries, need.checkin, need.weight) == ((5, 7), 3, 3)
    assert "fear" not in signs(after)  # answered "never": not a sign
    assert "needing each other to feel okay" in explanation(after)


def test_shared_pain_in_the_entries_reads_as_a_trauma_connection() -> None:
    person = Person("Leo", relationship="friend")
    history = [m(1, 0, 4, "retraumatizing"), m(2, 5, 3, "trauma_dumping"), m(3, 9, 4)]
    view = lens(person, history)
    assert view.bond == "trauma_connection"
    assert view.health == "at_risk"


def test_a_plain_supportive_friendship() -> None:
    person = Person("Sam", relationship="friend", safe=True)
    history = [
        m(1, 0, 5, "mutual_growth", tags=("walk",)),
        m(2, 7, 3),
        m(3, 14, 4, "self_outside"),
        m(4, 21, 5, tags=("walk",)),
        m(5, 28, 3),
        m(6, 35, 4, kind="support_received"),
    ]
    view = lens(person, history)
    assert (view.bond, view.health) == ("supportive", "healthy")
    assert [(h.what, h.id, h.entries) for h in view.helps] == [("tag", "walk", (1, 4))]
    assert "What seems to help: #walk" in explanation(view)
    assert view.trend.direction == "steady"


def test_harm_in_an_entry_that_felt_safe_is_about_someone_else() -> None:
    person = Person("Sam", relationship="friend")
    history = [m(1, 0, 5, "harm"), m(2, 7, 4), m(3, 14, 5)]
    view = lens(person, history)
    assert "harm" not in signs(view)
    assert (view.bond, view.health) == ("supportive", "healthy")
    confirmed = [m(1, 0, 5, "harm", confirmed=frozenset({"harm"})), *history[1:]]
    assert lens(person, confirmed).health == "at_risk"


def test_one_hurtful_moment_in_a_good_friendship_is_worth_watching() -> None:
    person = Person("Mia", relationship="friend")
    history = [m(1, 0, 5), m(2, 7, 4), m(3, 14, 3, "harm"), m(4, 21, 5)]
    view = lens(person, history)
    assert (view.bond, view.health) == ("supportive", "at_risk")


def test_an_ended_relationship_looked_back_on() -> None:
    person = Person("Dana", relationship="ex_partner", ended_on=date(2025, 6, 1))
    history = [
        m(1, -400, 1, "harm"),
        m(2, -399, 3, "apology"),
        m(3, -397, 5, "reconciliation"),
        m(4, -380, 1, "harm"),
        m(5, -379, 4, "apology"),
        m(6, -376, 4, "reconciliation"),
    ]
    view = lens(person, history)
    assert (view.bond, view.health) == ("trauma_bond", "unhealthy")
    assert view.cycles.count == 2
    said = explanation(view)
    assert said.startswith(messages.LENS_LOOKING_BACK.format(day="1 Jun 2025"))
    assert "Twice between" in said
    assert lens_json(view)["active"] is False


def test_too_little_evidence_is_unclear_and_says_what_would_help() -> None:
    person = Person("Alex")
    view = lens(person, [m(1, 0, 2, "harm"), m(2, 3, None)])
    assert (view.bond, view.health) == ("unclear", "unclear")
    assert view.needs == ("more_entries", "safety_ratings", "checkin")
    said = explanation(view)
    assert messages.LENS_FEW.format(name="Alex") in said
    assert "a few more entries about Alex" in said
    assert signs(view)["harm"] == (1,)  # what was written is still shown
    for bond in ("trauma_bond", "trauma_connection", "healing_bond", "supportive"):
        assert messages.LENS_BOND[bond].format(name="Alex") not in said


def test_a_checkin_alone_decides_nothing() -> None:
    checkin = CheckIn(datetime(2026, 1, 1), {"harm": 3, "fear": 3, "hard_to_leave": 3})
    view = lens(Person("Alex"), [], [checkin])
    assert (view.bond, view.health) == ("unclear", "unclear")
    assert {s.id: s.checkin for s in view.signs} == {"harm": 3, "fear": 3, "hard_to_leave": 3}
    assert "walking on eggshells" in explanation(view)


def test_mixed_entries_with_no_pattern_stay_unclear() -> None:
    history = [m(1, 0, 3), m(2, 5, 2), m(3, 9, 4), m(4, 12, 3)]
    view = lens(Person("Chris"), history)
    assert (view.bond, view.health) == ("unclear", "unclear")
    assert "origin" in view.needs


def test_the_json_keeps_the_contract() -> None:
    view = lens(Person("Jordan", relationship="partner"), three_cycles())
    data = lens_json(view)
    assert {"person", "bond", "health", "markers", "trend", "explanation"} <= data.keys()
    harm = next(x for x in data["markers"] if x["id"] == "harm")
    assert {k: harm[k] for k in ("id", "count", "entries", "dates")} == {
        "id": "harm",
        "count": 3,
        "entries": [1, 4, 7],
        "dates": ["2026-01-01", "2026-01-21", "2026-02-10"],
    }
    assert data["cycles"]["count"] == 3
    assert data["cycles"]["dates"] == ["2026-01-01", "2026-01-21", "2026-02-10"]


def test_moments_count_only_findings_not_dismissed() -> None:
    entries = [
        Entry("a", date(2026, 1, 2), ("Jo",), safety=2, id=1),
        Entry("b", date(2026, 1, 1), ("Jo",), safety=4, id=2),
    ]
    found = {
        1: [
            Finding(1, "marker", "harm", 0.9),
            Finding(1, "marker", "apology", 0.8, verdict="dismissed"),
            Finding(1, "marker", "fear", verdict="confirmed"),
            Finding(1, "belief", "burden", 0.7),
        ],
        2: [],
    }
    first, second = moments(entries, found)
    assert [first.id, second.id] == [2, 1]  # oldest first
    assert second.signs == {"harm", "fear"}
    assert second.confirmed == {"fear"}


def test_a_red_flag_in_a_moment_rated_safe_counts_only_when_confirmed() -> None:
    person = Person("Aisha", relationship="friend")
    history = [
        m(1, 0, 5, "mutual_growth"),
        m(2, 7, 4, "hard_to_leave"),  # "she's leaving for Spain on Friday"
        m(3, 14, 5),
        m(4, 21, 4),
    ]
    view = lens(person, history)
    assert (view.bond, view.health) == ("supportive", "healthy")
    assert "hard_to_leave" not in signs(view)
    history[1] = m(2, 7, 4, "hard_to_leave", confirmed=frozenset({"hard_to_leave"}))
    confirmed = lens(person, history)
    assert signs(confirmed)["hard_to_leave"] == (2,)
    assert confirmed.health == "at_risk"
    history[1] = m(2, 7, 2, "hard_to_leave")  # a moment that felt unsafe
    assert lens(person, history).health == "at_risk"
