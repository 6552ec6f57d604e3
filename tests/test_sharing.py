"""Step 2 of the path: the sharing ladder, and a next step only after a supportive response."""

from __future__ import annotations

from datetime import date

import pytest

from bondlens import sharing
from bondlens.errors import InvalidInput
from bondlens.sharing import Share


def share(size: str, response: str, day: int, entry: int = 0) -> Share:
    return Share("Sam", size, response, 4, date(2026, 3, day), entry_id=entry or day)


def test_the_ladder_goes_from_small_to_big() -> None:
    assert sharing.SIZES == (
        "feeling",
        "preference",
        "small_memory",
        "vulnerable_thought",
        "bigger_story",
    )
    assert sharing.RESPONSES == ("supportive", "neutral", "dismissive", "hurtful")


def test_a_share_is_checked() -> None:
    ok = sharing.validated(Share("Sam", "Small memory", "Supportive", 5, date(2026, 3, 1)))
    assert (ok.size, ok.response) == ("small_memory", "supportive")
    for bad in (
        Share("Sam", "secret", "supportive", 3, date(2026, 3, 1)),
        Share("Sam", "feeling", "ok", 3, date(2026, 3, 1)),
        Share("Sam", "feeling", "neutral", 6, date(2026, 3, 1)),
        Share("Sam", "feeling", "neutral", 0, date(2026, 3, 1)),
    ):
        with pytest.raises(InvalidInput):
            sharing.validated(bad)


def test_the_entry_keeps_the_note_and_says_what_happened() -> None:
    item = Share("Sam", "feeling", "supportive", 4, date(2026, 3, 1), note="told her I was tired")
    text = sharing.entry_text(item)
    assert text.startswith("told her I was tired")
    assert "Sam" in text
    assert "supportive" in text
    assert "4 of 5" in text


def test_no_shares_yet_starts_with_the_smallest_step() -> None:
    step = sharing.step("Sam", [])
    assert (step.status, step.suggestion) == ("start", "feeling")


def test_a_supportive_response_suggests_one_size_up_from_the_biggest_met_well() -> None:
    step = sharing.step(
        "Sam", [share("small_memory", "supportive", 2), share("feeling", "supportive", 5)]
    )
    assert (step.status, step.suggestion) == ("next", "vulnerable_thought")
    assert step.biggest_met_well == "small_memory"
    assert "Sam" in step.text


@pytest.mark.parametrize("response", ["dismissive", "hurtful"])
def test_never_bigger_after_a_response_that_was_not_met_well(response: str) -> None:
    shares = [share("feeling", "supportive", 1), share("preference", response, 3)]
    step = sharing.step("Sam", shares)
    assert (step.status, step.suggestion) == ("rest", None)
    assert step.last_response == response


def test_a_neutral_response_stays_and_the_top_is_the_top() -> None:
    assert sharing.step("Sam", [share("feeling", "neutral", 1)]).suggestion is None
    assert sharing.step("Sam", [share("feeling", "neutral", 1)]).status == "stay"
    top = sharing.step("Sam", [share("bigger_story", "supportive", 1)])
    assert (top.status, top.suggestion) == ("top", None)


def test_order_is_by_date_not_by_the_list() -> None:
    later_hurt = [share("preference", "hurtful", 9), share("feeling", "supportive", 2)]
    assert sharing.step("Sam", later_hurt).status == "rest"
