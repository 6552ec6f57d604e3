from __future__ import annotations

import pytest

from bondlens.errors import InvalidInput
from bondlens.text import choice, limited, normalise, one_line, short_items


def test_normalise_composes_characters_and_drops_control_characters() -> None:
    assert normalise("Cafe\u0301") == "Café"
    assert normalise("a\x00b\x1bc\x7fd") == "abcd"
    assert normalise("line one\r\nline two") == "line one\nline two"


def test_normalise_keeps_newlines_tabs_emoji_and_direction_marks() -> None:
    text = "שלום\u200f 👩\u200d👩\u200d👧\tok\n\u2067مرحبا\u2069"
    assert normalise(text) == text


def test_one_line_folds_all_white_space() -> None:
    assert one_line("  Sam \n\t Lee  ") == "Sam Lee"
    assert one_line("a\u2028b\u00a0c") == "a b c"
    assert one_line(" \n ") == ""


def test_limited() -> None:
    assert limited("abc", "Notes", 3) == "abc"
    with pytest.raises(InvalidInput, match="Notes can be up to 2 characters"):
        limited("abc", "Notes", 2)


def test_short_items_cleans_drops_blanks_and_repeats_keeping_order() -> None:
    items = ["  raised voices ", "", "Raised  voices", "being interrupted", "  "]
    assert short_items(items, "A trigger") == ("raised voices", "being interrupted")


def test_short_items_refuses_an_item_that_is_too_long() -> None:
    with pytest.raises(InvalidInput, match="A trigger"):
        short_items(["x" * 201], "A trigger")


@pytest.mark.parametrize("value", ["ex_partner", "Ex-Partner", " ex partner ", "EX_PARTNER"])
def test_choice_forgives_case_spaces_and_hyphens(value: str) -> None:
    assert choice(value, ("friend", "ex_partner"), "{value} / {choices}") == "ex_partner"


def test_choice_names_the_choices_when_refusing() -> None:
    with pytest.raises(InvalidInput) as caught:
        choice("enemy", ("friend", "ex_partner"), "{value!r} is not one of: {choices}")
    assert caught.value.message == "'enemy' is not one of: friend, ex_partner"
