from __future__ import annotations

from datetime import date, datetime

import pytest

from bondlens import entries
from bondlens.entries import Entry, EntryChanges
from bondlens.errors import InvalidInput

WHEN = date(2026, 3, 14)


def test_default_kind_depends_on_whether_someone_is_in_the_entry() -> None:
    assert entries.default_kind(("Sam",)) == "interaction"
    assert entries.default_kind(()) == "reflection"


def test_kind_accepts_known_kinds_forgivingly() -> None:
    assert entries.kind("Micro-Share") == "micro_share"
    assert entries.kind("support received") == "support_received"
    with pytest.raises(InvalidInput, match="check_in"):
        entries.kind("rant")


@pytest.mark.parametrize("value", [None, 1, 3, 5])
def test_safety_accepts_one_to_five_or_nothing(value: int | None) -> None:
    assert entries.safety(value) == value


@pytest.mark.parametrize("value", [0, 6, -1])
def test_safety_refuses_values_outside_the_scale(value: int) -> None:
    with pytest.raises(InvalidInput, match=f"so {value} doesn't fit"):
        entries.safety(value)


@pytest.mark.parametrize(
    ("raw", "tag"),
    [
        ("work", "work"),
        ("#Work", "work"),
        ("@sam", "sam"),
        ("late night", "late-night"),
        ("  Sleep  ", "sleep"),
        ("c++", "c++"),
        ("therapy/notes", "therapy/notes"),
        ("café", "café"),
        ("שינה", "שינה"),
    ],
)
def test_tag_cleaning(raw: str, tag: str) -> None:
    assert entries.tag(raw) == tag


@pytest.mark.parametrize("raw", ["", "#", "!!", "-leading-dash", "x" * 41, "a,b", "🙂"])
def test_tag_refuses_what_is_not_a_short_word(raw: str) -> None:
    with pytest.raises(InvalidInput, match="can't be used as a tag"):
        entries.tag(raw)


def test_tags_are_cleaned_and_deduplicated_in_order() -> None:
    assert entries.tags(["Work", "#sleep", "work", "@Sleep", "family"]) == (
        "work",
        "sleep",
        "family",
    )


def test_body_is_normalised_and_trimmed() -> None:
    assert entries.body("  Cafe\u0301 with Sam\r\n\n", 100) == "Café with Sam"


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "\x00"])
def test_body_refuses_an_empty_entry(text: str) -> None:
    with pytest.raises(InvalidInput, match="needs a few words"):
        entries.body(text, 100)


def test_body_limit_counts_characters_not_bytes() -> None:
    assert entries.body("🙂" * 10, 10) == "🙂" * 10
    with pytest.raises(InvalidInput) as caught:
        entries.body("x" * 11, 10)
    assert "11 characters" in caught.value.message
    assert "up to 10" in caught.value.message


def test_validated_cleans_every_field_and_merges_people_by_name() -> None:
    raw = Entry(
        text="  Walked with Sam and Noa.  ",
        when=WHEN,
        people=("Sam", " sam ", "Noa", "SAM"),
        safety=4,
        safe_text=" easy silence ",
        unsafe_text="",
        kind="Interaction",
        tags=("#Walk", "walk", "outside"),
    )
    assert entries.validated(raw, 1000) == Entry(
        text="Walked with Sam and Noa.",
        when=WHEN,
        people=("Sam", "Noa"),
        safety=4,
        safe_text="easy silence",
        kind="interaction",
        tags=("walk", "outside"),
    )


def test_validated_refuses_bad_side_text_and_bad_names() -> None:
    long_side = "x" * (entries.MAX_SIDE_TEXT + 1)
    with pytest.raises(InvalidInput, match="What felt unsafe"):
        entries.validated(Entry(text="ok", when=WHEN, unsafe_text=long_side), 1000)
    with pytest.raises(InvalidInput, match="needs a name"):
        entries.validated(Entry(text="ok", when=WHEN, people=(" ",)), 1000)
    with pytest.raises(InvalidInput, match="Safety"):
        entries.validated(Entry(text="ok", when=WHEN, safety=9), 1000)


def test_entry_changes_apply_only_what_was_given() -> None:
    before = Entry(
        text="First draft",
        when=WHEN,
        people=("Sam", "Noa"),
        safety=2,
        safe_text="s",
        unsafe_text="u",
        kind="interaction",
        tags=("work", "late"),
        id=7,
        written="2026-03-14T20:00:00Z",
    )
    after = EntryChanges(
        when=datetime(2026, 3, 14, 19, 0),
        remove_people=("SAM",),
        add_people=("Ari",),
        remove_tags=("#Late",),
        add_tags=("calm",),
        clear_safety=True,
    ).apply(before)
    assert after == Entry(
        text="First draft",
        when=datetime(2026, 3, 14, 19, 0),
        people=("Noa", "Ari"),
        safety=None,
        safe_text="s",
        unsafe_text="u",
        kind="interaction",
        tags=("work", "calm"),
        id=7,
        written="2026-03-14T20:00:00Z",
    )


def test_entry_changes_replace_whole_lists_and_texts() -> None:
    before = Entry(text="a", when=WHEN, people=("Sam",), tags=("x",), safety=3)
    after = EntryChanges(
        text="b", people=("Noa",), tags=("y",), safety=5, safe_text="", kind="check_in"
    ).apply(before)
    assert (after.text, after.people, after.tags, after.safety, after.kind) == (
        "b",
        ("Noa",),
        ("y",),
        5,
        "check_in",
    )


def test_entry_changes_empty() -> None:
    assert EntryChanges().empty
    assert not EntryChanges(clear_safety=True).empty
    assert not EntryChanges(text="").empty
