"""Reading questionnaire answers as people type them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest

from bondlens.errors import InvalidInput
from bondlens.questionnaire import Questionnaire

FORM = Questionnaire(
    ("hard_to_leave", "fear"),
    {0: "never", 1: "rarely", 2: "sometimes", 3: "often"},
    unknown_question="No question {value!r}; known: {known}.",
    bad_answer="Not an answer: {value!r}.",
    bad_pair="Write it as name=answer, not {value!r}.",
    empty="Answer at least one.",
)


@dataclass(frozen=True)
class Taken:
    taken: datetime
    answers: dict[str, int]
    id: int | None = None


def test_names_and_answers_are_read_as_people_type_them() -> None:
    assert FORM.pair("Hard-to-leave=often") == ("hard_to_leave", 3)
    assert FORM.pair(" fear = 1") == ("fear", 1)
    assert FORM.validated({"fear": "sometimes", "hard to leave": 0}) == {
        "hard_to_leave": 0,
        "fear": 2,
    }


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("codependence=2", "No question 'codependence'; known: hard_to_leave, fear."),
        ("fear=7", "Not an answer: 7."),
        ("fear=a lot", "Not an answer: 'a lot'."),
        ("fear", "Write it as name=answer, not 'fear'."),
    ],
)
def test_mistakes_get_one_clear_message(typed: str, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        FORM.pair(typed)
    assert caught.value.message == problem


def test_at_least_one_answer() -> None:
    with pytest.raises(InvalidInput, match="Answer at least one"):
        FORM.validated({})


def test_the_newest_answer_wins_and_a_skip_keeps_the_older_one() -> None:
    history = [
        Taken(datetime(2026, 3, 2), {"fear": 1}, id=2),
        Taken(datetime(2026, 3, 1), {"fear": 3, "hard_to_leave": 2}, id=1),
    ]
    assert FORM.latest(history, lambda t: t.answers) == {"hard_to_leave": 2, "fear": 1}
