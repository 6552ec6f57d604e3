"""Reading entries with the real on-device engine, storing what it found, and search by meaning."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from bondlens import reading
from bondlens.analysis.model import QUICK_RUNS
from bondlens.entries import Entry, EntryChanges, EntryFilter
from bondlens.journal import Journal
from bondlens.storage.database import sqlite_path

BURDEN = "She has a newborn, the last thing she needs is my mess."
HARM = "He shoved me against the wall, then cried and said sorry."
WALK = "We walked by the river and talked about the weather in the hills."


@pytest.fixture
def three(make_entry: Callable[..., Entry]) -> list[Entry]:
    return [
        make_entry(BURDEN, people=("Priya",)),
        make_entry(HARM, people=("Jordan",)),
        make_entry(WALK, people=("Sam",)),
    ]


def labels(journal: Journal, entry_id: int, kind: str) -> set[str]:
    return {f.label for f in journal.findings([entry_id])[entry_id] if f.kind == kind}


def rows(journal: Journal, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(sqlite_path(journal.settings.database_url))) as conn:
        return conn.execute(sql).fetchall()


def test_waiting_entries_are_read_and_stored_with_the_reader(
    journal: Journal, three: list[Entry]
) -> None:
    assert reading.waiting(journal) == 3
    steps: list[int] = []
    assert reading.read_waiting(journal, progress=steps.append) == 3
    assert sum(steps) == 3
    assert reading.waiting(journal) == 0
    burden, harm, walk = (int(e.id or 0) for e in three)
    assert "burden" in labels(journal, burden, "belief")
    assert "harm" in labels(journal, harm, "marker")
    assert not labels(journal, walk, "belief") | labels(journal, walk, "marker")
    quote = next(f.quote for f in journal.findings([burden])[burden] if f.label == "burden")
    assert quote == BURDEN
    readers = {r[0] for r in rows(journal, "SELECT reader FROM entry_reading")}
    assert readers == {reading.reader_id()}
    assert reading.reader_id().startswith("all-MiniLM-L6-v2/")
    # a second pass has nothing to do
    assert reading.read_waiting(journal) == 0


def test_a_limit_reads_only_that_many(journal: Journal, three: list[Entry]) -> None:
    assert reading.read_waiting(journal, limit=2) == 2
    assert reading.waiting(journal) == 1


def test_a_different_reader_reads_everything_again(journal: Journal, three: list[Entry]) -> None:
    reading.read_waiting(journal)
    assert journal.count_unread(reading.reader_id()) == 0
    assert journal.count_unread("another-model+000000000000") == 3
    assert [i for i, _ in journal.unread("another-model+000000000000", limit=2)] == [
        int(three[0].id or 0),
        int(three[1].id or 0),
    ]


def test_editing_what_an_entry_says_makes_it_wait_again(
    journal: Journal, three: list[Entry]
) -> None:
    reading.read_waiting(journal)
    burden = int(three[0].id or 0)
    journal.edit_entry(burden, EntryChanges(safety=2))  # not the words: still read
    assert reading.waiting(journal) == 0
    journal.edit_entry(burden, EntryChanges(text="I asked Priya for help and she came round."))
    assert reading.waiting(journal) == 1
    assert journal.findings([burden])[burden] == []
    assert not journal.is_read(burden, reading.reader_id())
    reading.read_waiting(journal)
    assert "burden" not in labels(journal, burden, "belief")


def test_a_reading_of_words_that_changed_meanwhile_is_not_stored(
    journal: Journal, three: list[Entry]
) -> None:
    burden = int(three[0].id or 0)
    (entry_id, words), *_ = journal.unread(reading.reader_id(), limit=1)
    result = reading.engine().analyze(words)
    journal.edit_entry(burden, EntryChanges(text="Something else entirely."))
    stored = journal.save_readings([reading.reading_of(entry_id, words, result)], "r")
    assert stored == 0
    assert not journal.is_read(burden, reading.reader_id())


def test_an_entry_read_by_another_reader_counts_as_waiting(
    journal: Journal, three: list[Entry]
) -> None:
    burden = int(three[0].id or 0)
    (entry_id, words), *_ = journal.unread(reading.reader_id(), limit=1)
    result = reading.engine().analyze(words)
    assert journal.save_readings([reading.reading_of(entry_id, words, result)], "old-model") == 1
    assert journal.is_read(burden, "old-model")
    assert not journal.is_read(burden, reading.reader_id())  # a model change: read again
    assert reading.waiting(journal) == 3
    reading.read_waiting(journal)
    assert journal.is_read(burden, reading.reader_id())


def test_the_persons_verdicts_survive_reading_again(journal: Journal, three: list[Entry]) -> None:
    reading.read_waiting(journal)
    burden, harm = int(three[0].id or 0), int(three[1].id or 0)
    journal.decide(burden, "belief", "burden", "dismissed")
    journal.decide(harm, "marker", "fear", "confirmed")  # the reader did not find it
    journal.forget_readings()
    assert reading.waiting(journal) == 3
    reading.read_waiting(journal)
    verdicts = {(f.label, f.verdict) for f in journal.findings([burden, harm])[burden]}
    assert ("burden", "dismissed") in verdicts
    harm_findings = {f.label: f for f in journal.findings([harm])[harm]}
    assert harm_findings["fear"].verdict == "confirmed"
    assert harm_findings["harm"].verdict is None
    journal.decide(burden, "belief", "burden", None)
    assert (
        next(f for f in journal.findings([burden])[burden] if f.label == "burden").verdict is None
    )


def test_deleting_an_entry_deletes_its_reading(journal: Journal, three: list[Entry]) -> None:
    reading.read_waiting(journal)
    journal.delete_entry(int(three[1].id or 0))
    assert rows(journal, "SELECT count(*) FROM entry_reading") == [(2,)]
    assert rows(journal, "SELECT count(*) FROM entry_finding WHERE entry_id = 2") == [(0,)]


def test_reading_switched_off_reads_nothing(make_journal: Callable[..., Journal]) -> None:
    journal = make_journal(reading="off")
    journal.add_entry(Entry(text=BURDEN, when=date(2026, 3, 1)))
    assert reading.waiting(journal) == 0
    assert reading.read_waiting(journal) == 0
    reading.read_in_background(journal)
    assert not journal.is_read(1, reading.reader_id())


def test_search_by_meaning_finds_the_same_idea_in_other_words(
    journal: Journal, three: list[Entry]
) -> None:
    reading.read_waiting(journal)
    matches = reading.search(journal, "a stroll along the water")
    assert matches[0].entry.text == WALK
    assert matches == sorted(matches, key=lambda m: -m.similarity)
    assert all(m.similarity >= reading.MIN_SIMILARITY for m in matches)
    pushed = reading.search(journal, "he got violent and then apologised", limit=1)
    assert [m.entry.text for m in pushed] == [HARM]


def test_search_by_meaning_keeps_to_the_filter(journal: Journal, three: list[Entry]) -> None:
    reading.read_waiting(journal)
    only_sam = reading.search(
        journal, "he got violent and then apologised", EntryFilter(person="Sam")
    )
    assert {m.entry.text for m in only_sam} <= {WALK}
    assert HARM not in {m.entry.text for m in only_sam}


def test_search_by_meaning_sees_only_read_entries(journal: Journal, three: list[Entry]) -> None:
    assert reading.search(journal, "a stroll along the water") == []
    reading.read_waiting(journal)
    assert reading.search(journal, "a stroll along the water")


def test_background_reading_reads_everything_waiting_then_readies_the_faster_session(
    journal: Journal, three: list[Entry], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "_engines", [])  # a process that has not read yet
    reading.read_in_background(journal)
    assert reading.waiting(journal) == 0
    # three entries are few model runs: the switch is the web process's own, not the count
    assert reading.engine().embedder.runs <= QUICK_RUNS
    assert reading.engine().embedder.optimised


def test_a_journal_from_the_first_release_is_read_after_upgrading(
    tmp_path: Path, data_dir: Path
) -> None:
    import shutil

    from bondlens.config import Settings

    path = tmp_path / "journal.db"
    shutil.copyfile(data_dir / "journal-v1.sqlite", path)
    with Journal(
        Settings.load(tmp_path, env={"BONDLENS_DATABASE_URL": f"sqlite:///{path}"})
    ) as old:
        assert reading.waiting(old) == 4
        assert reading.read_waiting(old) == 4
        assert old.findings([2])[2] is not None
        old.decide(2, "marker", "apology", "confirmed")
        assert ("apology", "confirmed") in {(f.label, f.verdict) for f in old.findings([2])[2]}


# --- the crisis for one entry: the quick check and the closer reading together ---------
#: A line from bench/data/crisis_final.jsonl that the fast screen lets pass and the
#: model's backstop recognises (suicidal thoughts, said indirectly).
QUIET = "Every night I pray this is the last day."


def test_the_screen_alone_misses_the_quiet_line() -> None:
    from bondlens.analysis.crisis import screen

    assert not screen(QUIET).flag  # else the tests below would prove nothing


def test_an_entry_s_crisis_takes_in_its_current_reading(
    journal: Journal, make_entry: Callable[..., Entry]
) -> None:
    from bondlens import preferences_service

    preferences_service.set_region(journal, "GB")
    entry = make_entry(QUIET)
    before = reading.entry_crisis(journal, entry)
    assert not before.read
    assert not before.crisis.flag  # unread: only the screen, which lets it pass

    noticed: list[int] = []
    assert reading.read_waiting(journal, noticed=noticed) == 1
    assert noticed == [entry.id]
    after = reading.entry_crisis(journal, entry)
    assert after.read
    assert after.crisis.flag
    assert "suicidal_thoughts" in after.crisis.kinds
    assert after.crisis.quotes == (QUIET,)  # the sentence the reading found it in
    assert not after.crisis.looking_back
    assert {r.region for r in after.crisis.resources} == {"GB"}  # the region in use

    # another reader's reading is not the current one
    with closing(sqlite3.connect(sqlite_path(journal.settings.database_url))) as conn, conn:
        conn.execute("UPDATE entry_reading SET reader = 'an-older-reader'")
    older = reading.entry_crisis(journal, entry)
    assert not older.read
    assert not older.crisis.flag


#: Told as a past time, and only the closer reading finds it (the screen lets it pass).
QUIET_PAST = "Years ago I prayed every night that it would be the last day. I'm glad I stayed."


def test_a_past_time_only_the_reading_finds_gets_the_looking_back_words(
    journal: Journal, make_entry: Callable[..., Entry]
) -> None:
    from bondlens.analysis.crisis import screen

    assert not screen(QUIET_PAST).flag
    entry = make_entry(QUIET_PAST)
    reading.read_waiting(journal)
    found = reading.entry_crisis(journal, entry).crisis
    assert found.kinds == ("suicidal_thoughts",)
    assert found.quotes == (QUIET_PAST.split(". ")[0] + ".",)
    assert found.looking_back

    # a reading stored before its sentences were kept: the usual words, to be safe
    with closing(sqlite3.connect(sqlite_path(journal.settings.database_url))) as conn, conn:
        conn.execute("""UPDATE entry_reading SET crisis = '["suicidal_thoughts"]'""")
    older = reading.entry_crisis(journal, entry)
    assert older.read
    assert older.crisis.kinds == ("suicidal_thoughts",)
    assert older.crisis.quotes == ()
    assert not older.crisis.looking_back


def test_edited_words_leave_the_old_reading_behind(
    journal: Journal, make_entry: Callable[..., Entry]
) -> None:
    entry = make_entry(QUIET)
    reading.read_waiting(journal)
    assert reading.entry_crisis(journal, entry).crisis.flag
    saved = journal.edit_entry(int(entry.id or 0), EntryChanges(text=WALK)).entry
    edited = reading.entry_crisis(journal, saved)
    assert not edited.read
    assert not edited.crisis.flag


def test_the_screen_s_finding_counts_before_any_reading(
    journal: Journal, make_entry: Callable[..., Entry]
) -> None:
    entry = make_entry("I want to die.")
    found = reading.entry_crisis(journal, entry)
    assert not found.read
    assert found.crisis.kinds == ("suicidal_thoughts",)
    assert found.crisis.quotes == ("I want to die.",)
    noticed: list[int] = []
    reading.read_waiting(journal, noticed=noticed)
    assert noticed == []  # the screen had already found it: nothing new to say
