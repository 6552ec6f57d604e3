from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from bondlens.entries import Entry, EntryChanges, EntryFilter
from bondlens.errors import Conflict, InvalidInput, NotFound, StorageError
from bondlens.journal import Journal, fts_query
from bondlens.people import Person, PersonChanges

MakeEntry = Callable[..., Entry]
MakePerson = Callable[..., Person]
Counts = Callable[..., dict[str, int]]
FailOnTag = Callable[[str], None]

UNICODE_TEXT = (
    "Tea with Noa 🫖💛 — she said שלום and مرحبا بك\u200f; I felt seen.\n"
    "Second line: café, naïve, 👩\u200d👩\u200d👧, 🇵🇹\n\tindented"
)


def ids(entries: list[Entry]) -> list[int | None]:
    return [e.id for e in entries]


# --- people --------------------------------------------------------------------------


def test_add_person_stores_every_field(journal: Journal) -> None:
    added = journal.add_person(
        Person(
            name=" Sam ",
            relationship="Friend",
            origin="healing together",
            notes="Met at the Tuesday group.",
            safe=True,
            triggers=("raised voices",),
            boundaries=("no calls after 10pm",),
        )
    )
    assert added.id is not None
    assert added.created.endswith("Z")
    assert replace(added, id=None, created="") == Person(
        name="Sam",
        relationship="friend",
        origin="healing_together",
        notes="Met at the Tuesday group.",
        safe=True,
        triggers=("raised voices",),
        boundaries=("no calls after 10pm",),
    )
    assert journal.person("sam") == added


def test_people_names_are_unique_whatever_their_case(
    journal: Journal, make_person: MakePerson, counts: Counts
) -> None:
    make_person("Élodie")
    with pytest.raises(Conflict, match="already in your people"):
        journal.add_person(Person(name="ÉLODIE"))
    with pytest.raises(Conflict):
        journal.add_person(Person(name="E\u0301lodie"))  # the same name, decomposed
    assert counts()["person"] == 1
    assert journal.person("  élodie ").name == "Élodie"


def test_unknown_person_is_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound, match="Nadia"):
        journal.person("Nadia")
    with pytest.raises(NotFound):
        journal.edit_person("Nadia", PersonChanges(safe=True))
    with pytest.raises(NotFound):
        journal.delete_person("Nadia")


def test_people_lists_everyone_alphabetically_with_their_entries(
    journal: Journal, make_person: MakePerson, make_entry: MakeEntry
) -> None:
    make_person("zoë")
    make_person("Ari")
    make_entry("a", when=date(2026, 1, 5), people=("Ari",))
    make_entry("b", when=datetime(2026, 2, 1, 18, 30), people=("ari", "Bo"))
    summaries = {s.person.name: s for s in journal.people()}
    assert [s.person.name for s in journal.people()] == ["Ari", "Bo", "zoë"]
    assert summaries["Ari"].entry_count == 2
    assert summaries["Ari"].last_contact == datetime(2026, 2, 1, 18, 30)
    assert summaries["Bo"].entry_count == 1
    assert summaries["zoë"].entry_count == 0
    assert summaries["zoë"].last_contact is None


def test_edit_person_changes_fields_and_keeps_the_rest(
    journal: Journal, make_person: MakePerson
) -> None:
    original = make_person("Sam", relationship="friend", triggers=("being rushed",))
    edited = journal.edit_person(
        "SAM",
        PersonChanges(
            relationship="sibling",
            notes="older brother",
            add_triggers=("sarcasm",),
            add_boundaries=("text first",),
        ),
    )
    assert edited == replace(
        original,
        relationship="sibling",
        notes="older brother",
        triggers=("being rushed", "sarcasm"),
        boundaries=("text first",),
    )
    assert journal.person("sam") == edited


def test_rename_person_shows_the_new_name_on_their_entries(
    journal: Journal, make_entry: MakeEntry
) -> None:
    entry = make_entry("a walk", people=("Sam",))
    renamed = journal.edit_person("Sam", PersonChanges(name="Samira"))
    assert renamed.name == "Samira"
    assert journal.entry(int(entry.id or 0)).people == ("Samira",)
    with pytest.raises(NotFound):
        journal.person("Sam")


def test_rename_person_may_change_only_the_case(journal: Journal, make_person: MakePerson) -> None:
    make_person("sam")
    assert journal.edit_person("sam", PersonChanges(name="Sam")).name == "Sam"


def test_rename_person_onto_someone_else_is_refused(
    journal: Journal, make_person: MakePerson
) -> None:
    make_person("Sam")
    make_person("Noa")
    with pytest.raises(Conflict, match="already in your people"):
        journal.edit_person("Sam", PersonChanges(name="noa"))
    assert {s.person.name for s in journal.people()} == {"Sam", "Noa"}


def test_edit_person_with_nothing_to_change_is_refused(
    journal: Journal, make_person: MakePerson
) -> None:
    make_person("Sam")
    with pytest.raises(InvalidInput, match="Nothing to change"):
        journal.edit_person("Sam", PersonChanges())


def test_edit_person_with_a_bad_value_changes_nothing(
    journal: Journal, make_person: MakePerson
) -> None:
    before = make_person("Sam", relationship="friend")
    with pytest.raises(InvalidInput, match="relationship"):
        journal.edit_person("Sam", PersonChanges(relationship="nemesis", notes="new"))
    assert journal.person("Sam") == before


def test_end_person_marks_the_relationship_as_past(
    journal: Journal, make_person: MakePerson
) -> None:
    make_person("Dana", relationship="ex_partner")
    ended = journal.end_person("dana", date(2025, 11, 2))
    assert ended.ended_on == date(2025, 11, 2)
    assert not ended.active
    assert journal.person("Dana").ended_on == date(2025, 11, 2)
    reopened = journal.edit_person("Dana", PersonChanges(reopen=True))
    assert reopened.active


def test_end_person_refuses_a_future_date(journal: Journal, make_person: MakePerson) -> None:
    make_person("Dana")
    with pytest.raises(InvalidInput, match="future"):
        journal.end_person("Dana", date.today() + timedelta(days=1))
    assert journal.person("Dana").ended_on is None
    assert journal.end_person("Dana", date.today()).ended_on == date.today()


def test_delete_person_keeps_their_entries(
    journal: Journal, make_entry: MakeEntry, counts: Counts
) -> None:
    entry = make_entry("hard talk", people=("Dana", "Sam"))
    removed = journal.delete_person("dana")
    assert removed.name == "Dana"
    assert journal.entry(int(entry.id or 0)).people == ("Sam",)
    assert counts()["entry"] == 1
    assert counts()["entry_person"] == 1
    assert [s.person.name for s in journal.people()] == ["Sam"]


# --- entries -------------------------------------------------------------------------


def test_add_entry_stores_every_field(journal: Journal) -> None:
    saved = journal.add_entry(
        Entry(
            text="  Coffee with Sam.\n\nWe laughed a lot. ",
            when=datetime(2026, 3, 14, 9, 30),
            people=("Sam",),
            safety=5,
            safe_text="he asked before hugging",
            unsafe_text="",
            kind="interaction",
            tags=("#Morning", "coffee"),
        )
    )
    entry = saved.entry
    assert saved.new_people == ("Sam",)
    assert entry.id is not None
    assert entry.written.endswith("Z")
    assert entry.updated is None
    assert replace(entry, id=None, written="") == Entry(
        text="Coffee with Sam.\n\nWe laughed a lot.",
        when=datetime(2026, 3, 14, 9, 30),
        people=("Sam",),
        safety=5,
        safe_text="he asked before hugging",
        kind="interaction",
        tags=("morning", "coffee"),
    )
    assert journal.entry(entry.id) == entry


def test_add_entry_links_existing_people_whatever_the_case(
    journal: Journal, make_person: MakePerson, counts: Counts
) -> None:
    make_person("Sam")
    saved = journal.add_entry(
        Entry(text="walk", when=date(2026, 3, 1), people=("sam", "Noa", "NOA"))
    )
    assert saved.entry.people == ("Sam", "Noa")
    assert saved.new_people == ("Noa",)
    assert counts()["person"] == 2
    assert counts()["entry_person"] == 2


def test_unicode_emoji_and_right_to_left_text_are_kept_exactly(
    journal: Journal, make_entry: MakeEntry
) -> None:
    entry = make_entry(
        UNICODE_TEXT,
        people=("נועה", "Zoë 🌻"),
        safe_text="שקט בינינו",
        unsafe_text="الصوت العالي",
        tags=("שיחה", "café"),
    )
    again = journal.entry(int(entry.id or 0))
    assert again.text == UNICODE_TEXT
    assert again.people == ("נועה", "Zoë 🌻")
    assert again.safe_text == "שקט בינינו"
    assert again.unsafe_text == "الصوت العالي"
    assert again.tags == ("שיחה", "café")
    assert journal.person("נועה").id is not None


def test_text_is_normalised_before_it_is_stored(journal: Journal, make_entry: MakeEntry) -> None:
    entry = make_entry("Cafe\u0301 with Sam\x07\r\nthen home", people=("Zoe\u0308",))
    assert entry.text == "Café with Sam\nthen home"
    assert entry.people == ("Zoë",)
    assert journal.person("zoë").name == "Zoë"


def test_an_entry_over_the_size_limit_is_refused_and_nothing_is_written(
    make_journal: Callable[..., Journal], counts: Counts
) -> None:
    journal = make_journal("small", max_entry_chars="1000")
    small = journal.settings
    assert small.max_entry_chars == 1000
    assert journal.add_entry(Entry(text="x" * 1000, when=date(2026, 1, 1))).entry.id
    before = counts(small)
    with pytest.raises(InvalidInput) as caught:
        journal.add_entry(Entry(text="y" * 1001, when=date(2026, 1, 1), people=("Sam",)))
    assert "1,001 characters" in caught.value.message
    assert "up to 1,000" in caught.value.message
    assert counts(small) == before
    assert counts(small)["person"] == 0


def test_the_default_size_limit(journal: Journal, counts: Counts) -> None:
    limit = journal.settings.max_entry_chars
    assert limit == 50_000
    journal.add_entry(Entry(text="🙂" * limit, when=date(2026, 1, 1)))
    with pytest.raises(InvalidInput):
        journal.add_entry(Entry(text="🙂" * (limit + 1), when=date(2026, 1, 1)))
    assert counts()["entry"] == 1


def test_an_empty_entry_is_refused(journal: Journal, counts: Counts) -> None:
    with pytest.raises(InvalidInput, match="needs a few words"):
        journal.add_entry(Entry(text=" \n\t ", when=date(2026, 1, 1), people=("Sam",)))
    assert counts()["entry"] == counts()["person"] == 0


def test_unknown_entry_is_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound, match="#42"):
        journal.entry(42)
    with pytest.raises(NotFound):
        journal.edit_entry(42, EntryChanges(text="x"))
    with pytest.raises(NotFound):
        journal.delete_entry(42)


def test_edit_entry_changes_fields_and_marks_it_updated(
    journal: Journal, make_entry: MakeEntry
) -> None:
    entry = make_entry("first words", people=("Sam",), safety=2, tags=("work",), kind="interaction")
    saved = journal.edit_entry(
        int(entry.id or 0),
        EntryChanges(
            text="better words",
            when=datetime(2026, 3, 13, 22, 0),
            clear_safety=True,
            add_people=("Noa",),
            remove_people=("sam",),
            add_tags=("#Evening",),
            remove_tags=("work",),
        ),
    )
    assert saved.new_people == ("Noa",)
    assert saved.entry.updated is not None
    assert saved.entry.updated.endswith("Z")
    assert replace(saved.entry, updated=None) == replace(
        entry,
        text="better words",
        when=datetime(2026, 3, 13, 22, 0),
        safety=None,
        people=("Noa",),
        tags=("evening",),
    )
    assert journal.entry(int(entry.id or 0)) == saved.entry


def test_edit_entry_with_bad_changes_keeps_the_entry(
    journal: Journal, make_entry: MakeEntry, counts: Counts
) -> None:
    entry = make_entry("kept as it was", people=("Sam",), safety=3)
    before = counts()
    with pytest.raises(InvalidInput):
        journal.edit_entry(int(entry.id or 0), EntryChanges(safety=7, add_people=("Noa",)))
    with pytest.raises(InvalidInput):
        journal.edit_entry(int(entry.id or 0), EntryChanges(text="x" * 50_001, add_people=("Noa",)))
    with pytest.raises(InvalidInput, match="Nothing to change"):
        journal.edit_entry(int(entry.id or 0), EntryChanges())
    assert journal.entry(int(entry.id or 0)) == entry
    assert counts() == before


def test_delete_entry_removes_it_and_its_links(
    journal: Journal, make_entry: MakeEntry, counts: Counts
) -> None:
    kept = make_entry("kept", people=("Sam",), tags=("a",))
    gone = make_entry("gone", people=("Sam", "Noa"), tags=("a", "b"))
    deleted = journal.delete_entry(int(gone.id or 0))
    assert deleted == gone
    with pytest.raises(NotFound):
        journal.entry(int(gone.id or 0))
    assert ids(journal.entries(EntryFilter())) == [kept.id]
    assert counts() | {"account": 1} == {
        "account": 1,
        "person": 2,  # people stay
        "entry": 1,
        "entry_person": 1,
        "entry_tag": 1,
    }


# --- listing -------------------------------------------------------------------------


@pytest.fixture
def diary(make_entry: MakeEntry) -> dict[str, Entry]:
    """A small journal to filter: six entries over three weeks."""
    return {
        "feb": make_entry("late feb", when=date(2026, 2, 27), tags=("work",)),
        "day": make_entry("march first", when=date(2026, 3, 1), people=("Sam",)),
        "morning": make_entry(
            "morning call",
            when=datetime(2026, 3, 1, 8, 0),
            people=("Sam", "Noa"),
            tags=("work", "call"),
            kind="check_in",
        ),
        "evening": make_entry(
            "evening", when=datetime(2026, 3, 1, 23, 59), people=("Noa",), tags=("call",)
        ),
        "mid": make_entry("mid march", when=date(2026, 3, 10), tags=("Work",)),
        "late": make_entry("later", when=datetime(2026, 3, 20, 12, 0), people=("Sam",)),
    }


def test_entries_are_listed_newest_first(journal: Journal, diary: dict[str, Entry]) -> None:
    assert ids(journal.entries(EntryFilter())) == [
        diary[k].id for k in ("late", "mid", "evening", "morning", "day", "feb")
    ]
    assert journal.count(EntryFilter()) == 6


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EntryFilter(person="sam"), ["late", "morning", "day"]),
        (EntryFilter(person="NOA"), ["evening", "morning"]),
        (EntryFilter(since=date(2026, 3, 1)), ["late", "mid", "evening", "morning", "day"]),
        (EntryFilter(until=date(2026, 3, 1)), ["evening", "morning", "day", "feb"]),
        (
            EntryFilter(since=date(2026, 3, 1), until=date(2026, 3, 1)),
            ["evening", "morning", "day"],
        ),
        (EntryFilter(tags=("work",)), ["mid", "morning", "feb"]),
        (EntryFilter(tags=("work", "call")), ["morning"]),
        (EntryFilter(kind="check_in"), ["morning"]),
        (EntryFilter(person="Sam", tags=("call",)), ["morning"]),
        (EntryFilter(limit=2), ["late", "mid"]),
        (EntryFilter(limit=2, offset=2), ["evening", "morning"]),
        (EntryFilter(limit=10, offset=5), ["feb"]),
        (EntryFilter(since=date(2026, 4, 1)), []),
    ],
)
def test_entry_filters(
    journal: Journal, diary: dict[str, Entry], query: EntryFilter, expected: list[str]
) -> None:
    assert ids(journal.entries(query)) == [diary[k].id for k in expected]
    if query.limit is None:
        assert journal.count(query) == len(expected)


def test_filtering_by_someone_unknown_is_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound, match="Nadia"):
        journal.entries(EntryFilter(person="Nadia"))
    with pytest.raises(NotFound):
        journal.count(EntryFilter(person="Nadia"))


# --- search --------------------------------------------------------------------------


def test_search_finds_words_anywhere_in_an_entry(journal: Journal, make_entry: MakeEntry) -> None:
    walk = make_entry("We walked by the river", when=date(2026, 3, 1))
    cafe = make_entry("Long talk at the café", when=date(2026, 3, 2), safe_text="she listened")
    shouting = make_entry("Dinner", when=date(2026, 3, 3), unsafe_text="the shouting again")
    assert ids(journal.search("river")) == [walk.id]
    assert ids(journal.search("WALK")) == [walk.id]  # any case, and words that start so
    assert ids(journal.search("cafe")) == [cafe.id]  # accents don't matter
    assert ids(journal.search("listened")) == [cafe.id]
    assert ids(journal.search("shouting")) == [shouting.id]
    assert ids(journal.search("talk café")) == [cafe.id]
    assert journal.search("talk river") == []  # every word must appear


def test_search_finds_unicode_emoji_and_right_to_left_words(
    journal: Journal, make_entry: MakeEntry
) -> None:
    hebrew = make_entry("ערב שקט עם נועה", when=date(2026, 3, 1))
    arabic = make_entry("حديث طويل مع أمي", when=date(2026, 3, 2))
    emoji = make_entry("a hug 🫂 today", when=date(2026, 3, 3))
    assert ids(journal.search("שקט")) == [hebrew.id]
    assert ids(journal.search("طويل")) == [arabic.id]
    assert ids(journal.search("🫂")) == [emoji.id]


@pytest.mark.parametrize(
    "words", ['say "sorry"', "AND", "OR NOT", "-river", "river*", "(", "NEAR(a b)", "a:b", "'"]
)
def test_search_treats_query_syntax_as_plain_words(
    journal: Journal, make_entry: MakeEntry, words: str
) -> None:
    make_entry('He said "sorry" and NOT much else, AND left. a:b river (NEAR)')
    assert isinstance(journal.search(words), list)  # never a query syntax error


def test_search_follows_edits_and_deletes(journal: Journal, make_entry: MakeEntry) -> None:
    entry = make_entry("the lighthouse trip")
    entry_id = int(entry.id or 0)
    journal.edit_entry(entry_id, EntryChanges(text="the harbour trip"))
    assert journal.search("lighthouse") == []
    assert ids(journal.search("harbour")) == [entry_id]
    journal.delete_entry(entry_id)
    assert journal.search("harbour") == []


def test_search_respects_the_limit(journal: Journal, make_entry: MakeEntry) -> None:
    for day in range(1, 6):
        make_entry(f"walk number {day}", when=date(2026, 3, day))
    assert len(journal.search("walk", limit=3)) == 3
    assert len(journal.search("walk")) == 5


@pytest.mark.parametrize("words", ["", "   ", '""', '" "'])
def test_search_needs_a_word(journal: Journal, words: str) -> None:
    with pytest.raises(InvalidInput, match="Search needs"):
        journal.search(words)


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('say "sorry" now') == '"say"* "sorry"* "now"*'


# --- atomicity -----------------------------------------------------------------------


def test_a_write_that_fails_half_way_leaves_nothing_behind(
    journal: Journal, make_entry: MakeEntry, fail_on_tag: FailOnTag, counts: Counts
) -> None:
    entry = make_entry("before", people=("Sam",), tags=("ok",))
    fail_on_tag("boom")
    before = counts()
    with pytest.raises(StorageError):
        journal.add_entry(
            Entry(text="new", when=date(2026, 3, 1), people=("Noa", "Ari"), tags=("ok", "boom"))
        )
    assert counts() == before
    with pytest.raises(StorageError):
        journal.edit_entry(int(entry.id or 0), EntryChanges(text="changed", add_tags=("boom",)))
    assert counts() == before
    assert journal.entry(int(entry.id or 0)) == entry
    assert journal.search("changed") == []
    assert [s.person.name for s in journal.people()] == ["Sam"]
    # the journal is still usable afterwards
    assert journal.add_entry(Entry(text="after", when=date(2026, 3, 2))).entry.id


# --- lookups for pickers, filters and charts -----------------------------------------


def test_search_can_be_narrowed_like_a_listing(
    journal: Journal, diary: dict[str, Entry], make_entry: MakeEntry
) -> None:
    other = make_entry("a call with nobody in particular", when=date(2026, 1, 1))
    assert set(ids(journal.search("call"))) == {diary["morning"].id, other.id}
    assert ids(journal.search("call", EntryFilter(person="Sam"))) == [diary["morning"].id]
    assert ids(journal.search("call", EntryFilter(since=date(2026, 2, 1)))) == [diary["morning"].id]
    assert journal.count_matches("call", EntryFilter()) == 2
    assert journal.count_matches("call", EntryFilter(tags=("work",))) == 1
    assert journal.count_matches("nothing-like-this", EntryFilter()) == 0


def test_tags_are_counted_most_used_first(journal: Journal, diary: dict[str, Entry]) -> None:
    assert journal.tags() == [("work", 3), ("call", 2)]


def test_names_are_alphabetical_whatever_their_case(
    journal: Journal, make_person: MakePerson
) -> None:
    for name in ("zoë", "Ari", "bo"):
        make_person(name)
    assert journal.names() == ["Ari", "bo", "zoë"]


def test_person_by_id(journal: Journal, make_person: MakePerson) -> None:
    sam = make_person("Sam")
    assert journal.person_by_id(int(sam.id or 0)) == sam
    journal.delete_person("Sam")
    with pytest.raises(NotFound):
        journal.person_by_id(int(sam.id or 0))


def test_safety_points_are_the_rated_moments_with_someone_oldest_first(
    journal: Journal, make_entry: MakeEntry
) -> None:
    make_entry("b", when=datetime(2026, 2, 1, 9, 0), people=("Sam",), safety=4)
    make_entry("a", when=date(2026, 1, 5), people=("Sam", "Noa"), safety=2)
    make_entry("unrated", when=date(2026, 1, 20), people=("Sam",))
    make_entry("someone else", when=date(2026, 1, 21), people=("Noa",), safety=5)
    assert journal.safety_points("sam") == [("2026-01-05", 2), ("2026-02-01T09:00", 4)]
    with pytest.raises(NotFound):
        journal.safety_points("Nadia")


def test_entry_numbers_are_never_reused(journal: Journal) -> None:
    first = journal.add_entry(Entry(text="one", when=date(2026, 1, 1))).entry
    last = journal.add_entry(Entry(text="two", when=date(2026, 1, 2))).entry
    journal.delete_entry(int(last.id or 0))
    again = journal.add_entry(Entry(text="three", when=date(2026, 1, 3))).entry
    assert (first.id, last.id, again.id) == (1, 2, 3)


@pytest.mark.parametrize("few_links", [0, 10_000])
def test_listing_someone_gives_the_same_page_whichever_plan_is_used(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, few_links: int
) -> None:
    from bondlens.storage import repository

    monkeypatch.setattr(repository, "FEW_LINKS", few_links)
    for day in range(1, 29):
        people = ("Sam",) if day % 3 else ("Sam", "Jo") if day % 2 else ("Jo",)
        journal.add_entry(
            Entry(text=f"day {day}", when=date(2026, 2, day), people=people, tags=("t",))
        )
    expected = [f"day {d}" for d in range(28, 0, -1) if d % 3 or d % 2 == 1]
    page = journal.entries(EntryFilter(person="sam", tags=("t",), limit=5, offset=2))
    assert [e.text for e in page] == expected[2:7]
    assert journal.count(EntryFilter(person="sam")) == len(expected)
    since = journal.entries(EntryFilter(person="Sam", since=date(2026, 2, 20)))
    assert [e.text for e in since] == [t for t in expected if int(t.split()[1]) >= 20]
