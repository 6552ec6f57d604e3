"""Step 4 of the path: today's small suggestions (pure)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bondlens import nudges
from bondlens.errors import InvalidInput
from bondlens.nudges import Answer, Candidate
from bondlens.people import Person

TODAY = date(2026, 3, 31)


def candidate(
    name: str, ident: int, days: int | None, safe: bool = False, **kw: object
) -> Candidate:
    person_fields = {k: v for k, v in kw.items() if k in {"relationship", "ended_on"}}
    person = Person(name, id=ident, **person_fields)  # type: ignore[arg-type]
    last = None if days is None else TODAY - timedelta(days=days)
    rest = {k: v for k, v in kw.items() if k in {"safety", "last_response"}}
    return Candidate(person, last, safe, **rest)  # type: ignore[arg-type]


def names(found: list[nudges.Nudge]) -> list[str]:
    return [n.person for n in found]


def test_safe_people_come_first_then_the_longest_without_contact() -> None:
    found = nudges.suggest(
        [
            candidate("Robin", 1, 60),
            candidate("Sam", 2, 30, safe=True),
            candidate("Kai", 3, 20),
            candidate("Alex", 4, 1),
        ],
        [],
        TODAY,
    )
    assert names(found) == ["Sam", "Robin", "Kai"]
    assert found[0].safe
    assert found[0].days == 30
    assert "one of your safe people" in found[0].why


def test_recent_contact_is_left_alone_and_at_most_three_a_day() -> None:
    many = [candidate(f"P{i}", i, 10 + i) for i in range(1, 7)]
    assert len(nudges.suggest(many, [], TODAY)) == nudges.MAX_NUDGES
    assert nudges.suggest([candidate("Alex", 1, nudges.QUIET_DAYS - 1)], [], TODAY) == []
    never = nudges.suggest([candidate("New", 1, None), candidate("Old", 2, 9)], [], TODAY)
    assert names(never) == ["Old", "New"]
    assert "haven't written about New yet" in never[1].why


@pytest.mark.parametrize(
    "extra",
    [
        {"relationship": "ex_partner"},
        {"relationship": "therapist"},
        {"ended_on": date(2026, 1, 1)},
        {"safety": (5, 2, 1, 2)},
        {"last_response": "hurtful"},
    ],
)
def test_never_nudged_towards(extra: dict[str, object]) -> None:
    assert nudges.suggest([candidate("Jordan", 1, 40, **extra)], [], TODAY) == []


def test_unsafe_long_ago_does_not_count_against_a_steady_recent_run() -> None:
    found = nudges.suggest([candidate("Kai", 1, 40, safety=(1, 4, 4, 5))], [], TODAY)
    assert names(found) == ["Kai"]


def test_not_now_and_done_rest_a_person_for_a_few_days() -> None:
    people = [candidate("Sam", 1, 30, safe=True), candidate("Robin", 2, 40)]
    answered = [Answer(1, "message", TODAY - timedelta(days=1), "not_now")]
    assert names(nudges.suggest(people, answered, TODAY)) == ["Robin"]
    later = TODAY + timedelta(days=nudges.REST_DAYS)
    assert names(nudges.suggest(people, answered, later)) == ["Sam", "Robin"]


def test_the_same_day_gives_the_same_suggestions_with_stable_ids() -> None:
    people = [candidate("Sam", 7, 30, safe=True)]
    first, again = nudges.suggest(people, [], TODAY), nudges.suggest(people, [], TODAY)
    assert first == again
    assert nudges.parse_id(first[0].id) == (7, first[0].action)
    data = nudges.nudges_json(first, TODAY)
    assert data["today"] == "2026-03-31"
    assert set(data["nudges"][0]) == {
        "id",
        "person",
        "action",
        "safe",
        "days_since_contact",
        "last_contact",
        "text",
        "why",
        "drafts",
    }


def test_a_message_comes_with_drafts_to_copy() -> None:
    found = [
        n
        for day in range(4)
        for n in nudges.suggest([candidate("Sam", 1, 30)], [], TODAY + timedelta(days=day))
    ]
    message = next(n for n in found if n.action == "message")
    assert message.drafts
    assert all("Sam" in d for d in message.drafts)
    assert {n.action for n in found} == set(nudges.ACTIONS)


def test_ids_and_answers_are_checked() -> None:
    for bad in ("message", "x-message", "3-dance", ""):
        with pytest.raises(InvalidInput):
            nudges.parse_id(bad)
    assert nudges.answer("not-now") == "not_now"
    with pytest.raises(InvalidInput):
        nudges.answer("later")
