"""Whether a crisis match stands: a negation that governs it, a story that owns it."""

from __future__ import annotations

import pytest

from bondlens.analysis.crisis_scope import MEDIA, clause_before, negated, owned


def test_the_clause_before_a_match_starts_after_its_joining_word() -> None:
    assert clause_before("i was fine at work but now i ") == " now i "
    assert clause_before("lately i ") == "lately i "


@pytest.mark.parametrize(
    "before",
    ["i would never ", "i am not ", "he didnt ", "i dont want to ", "i have no plans to "],
)
def test_a_negation_with_only_small_words_after_it_governs(before: str) -> None:
    assert negated(before)


@pytest.mark.parametrize(
    "before",
    [
        "i never told anyone i ",  # a word of its own between: the match stands
        "i am not saying i ",
        "i can not stop thinking about ",  # "can not" is not a denial here
        "i did not sleep and i ",  # the negation is in another clause
        "",
    ],
)
def test_a_negation_further_away_or_in_another_clause_does_not(before: str) -> None:
    assert not negated(before)


def test_a_match_is_the_writers_when_they_are_named_or_left_out_as_diaries_do() -> None:
    assert owned("the film made ", "me want to die")
    assert owned("", "thought again about not being alive")
    assert owned(" ", "kept thinking about ending it")
    assert not owned("the film is about a soldier who ", "wants to die")
    assert not owned("", "suicide")  # a noun, not the writer's verb
    assert not owned("", "kept jumping off the cliff")  # a verb of doing, as games are told


def test_a_library_book_is_an_errand_not_a_story() -> None:
    assert MEDIA.search("return the book to the shop")
    assert not MEDIA.search("return the library book")
