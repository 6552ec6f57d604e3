"""The path service and its storage (schema 4), on real SQLite files."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bondlens import messages
from bondlens import path_service as service
from bondlens.config import Settings
from bondlens.entries import Entry, EntryFilter
from bondlens.errors import InvalidInput, NotFound
from bondlens.findings import VECTOR_SIZE, Finding, Reading
from bondlens.giving import Given
from bondlens.journal import Journal
from bondlens.people import Person
from bondlens.sharing import Share
from bondlens.storage import migrations
from bondlens.workbook import Strength

MORNING = datetime(2026, 3, 1, 9, 0)
TODAY = date(2026, 3, 31)


def rows(journal: Journal, table: str) -> int:
    with closing(sqlite3.connect(journal.settings.home / "journal.db")) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_reflections_are_dated_and_never_mark_anyone(
    journal: Journal, make_person: Callable[..., Person], make_entry: Callable[..., Entry]
) -> None:
    make_person("Sam")
    make_person("Kai", safe=True)
    make_entry("walk", date(2026, 3, 2), ("Sam",), safety=4)
    make_entry("tea", date(2026, 3, 9), ("Sam",), safety=5)
    service.reflect(journal, "sam", {"kind": 1}, MORNING)
    saved = service.reflect(journal, "Sam", {"Kind": "3", "listens": 2}, MORNING + timedelta(7))
    assert (saved.person, dict(saved.ratings), saved.id) == ("Sam", {"kind": 3, "listens": 2}, 2)
    view = service.safe_view(journal, "Sam")
    assert view.person.safe is False  # rating is not deciding
    assert view.latest == {"kind": 3, "listens": 2}
    assert [r.id for r in view.reflections] == [1, 2]
    assert (view.evidence.entries, view.evidence.average) == (2, 4.5)
    assert [v.person.name for v in service.safe_overview(journal)] == ["Kai", "Sam"]
    assert service.mark_safe(journal, "Sam", True).safe is True
    with pytest.raises(NotFound):
        service.reflect(journal, "Nobody", {"kind": 1}, MORNING)
    with pytest.raises(InvalidInput):
        service.reflect(journal, "Sam", {"kind": 9}, MORNING)
    assert len(service.safe_view(journal, "Sam").reflections) == 2


def test_a_share_is_a_micro_share_entry_with_its_fields(
    journal: Journal, make_person: Callable[..., Person]
) -> None:
    make_person("Sam")
    saved = service.log_share(
        journal, Share("sam", "feeling", "supportive", 4, date(2026, 3, 3), "told her")
    )
    entry = journal.entry(int(saved.entry_id or 0))
    assert (entry.kind, entry.people, entry.when) == ("micro_share", ("Sam",), date(2026, 3, 3))
    assert entry.text.startswith("told her")
    assert service.shares(journal, "Sam") == [saved]
    assert [(s.status, s.suggestion) for s in service.ladder(journal, "Sam")] == [
        ("next", "preference")
    ]
    service.log_share(journal, Share("Sam", "preference", "dismissive", 2, date(2026, 3, 9)))
    assert service.ladder(journal)[0].status == "rest"
    with closing(sqlite3.connect(journal.settings.home / "journal.db")) as conn:
        kinds = conn.execute("SELECT kind FROM entry ORDER BY id").fetchall()
    assert kinds == [("micro_share",), ("micro_share",)]
    journal.delete_entry(int(saved.entry_id or 0))
    assert rows(journal, "micro_share") == 1
    journal.delete_person("Sam")
    assert rows(journal, "micro_share") == 0
    with pytest.raises(InvalidInput):
        service.log_share(journal, Share("Nobody", "huge", "supportive", 4, date(2026, 3, 3)))
    assert journal.count(EntryFilter()) == 1  # the refused share wrote nothing


def test_the_workbook_keeps_counters_one_pin_and_strengths(journal: Journal) -> None:
    assert service.pinned(journal) is None
    with pytest.raises(InvalidInput, match="counter-belief first"):
        service.pin(journal, "burden")
    service.set_counter(journal, "burden", "People who care are glad to be asked.", pin=True)
    service.set_counter(journal, "weakness", "Needing people is human.")
    assert service.pin(journal, "weakness") is not None
    pinned = service.pinned(journal)
    assert pinned is not None
    assert (pinned.belief, pinned.text) == (
        "weakness",
        "Needing people is human.",
    )
    service.set_counter(journal, "weakness", "Needing people is part of being human.")
    assert service.pinned(journal).text == "Needing people is part of being human."  # type: ignore[union-attr]
    service.rate_belief(journal, Strength("weakness", MORNING, 80, 20))
    service.rate_belief(journal, Strength("weakness", MORNING + timedelta(14), 60, None))
    page = service.belief_page(journal, "Weakness")
    assert [(s.strength, s.counter) for s in page.strengths] == [(80, 20), (60, None)]
    assert page.counter is not None
    assert page.counter.pinned
    pages = {p.belief.id: p for p in service.workbook_pages(journal)}
    assert pages["burden"].counter is not None
    assert not pages["burden"].counter.pinned
    service.pin(journal, None)
    assert service.pinned(journal) is None


def _read(journal: Journal, entry: Entry, *beliefs: str) -> None:
    findings = tuple(Finding(int(entry.id or 0), "belief", b, 0.9, entry.text) for b in beliefs)
    vector = bytes(2 * VECTOR_SIZE)
    from bondlens.entries import entry_words

    reading = Reading(int(entry.id or 0), entry_words(entry), (), findings, vector)
    assert journal.save_readings([reading], "test-reader") == 1


def test_moments_are_entries_where_the_belief_counts(
    journal: Journal, make_entry: Callable[..., Entry]
) -> None:
    first = make_entry("I hate asking anyone for anything.", date(2026, 3, 1))
    second = make_entry("Didn't want to bother them again.", date(2026, 3, 5), ("Sam",))
    third = make_entry("I kept quiet, I'm too much.", date(2026, 3, 7))
    for entry in (first, second, third):
        _read(journal, entry, "burden")
    journal.decide(int(third.id or 0), "belief", "burden", "dismissed")
    journal.decide(int(first.id or 0), "belief", "unworthy", "confirmed")
    page = service.belief_page(journal, "burden")
    assert [m.entry_id for m in page.moments] == [second.id, first.id]  # newest first
    assert page.moments[0].people == ("Sam",)
    assert page.moments[0].quote == "Didn't want to bother them again."
    counts = {p.belief.id: p.moment_count for p in service.workbook_pages(journal)}
    assert counts["burden"] == 2
    assert counts["unworthy"] == 1
    assert counts["distrust"] == 0


def test_the_workbook_belongs_to_one_account(tmp_path: Path) -> None:
    env = {"BONDLENS_DATABASE_URL": f"sqlite:///{tmp_path / 'shared.db'}"}
    with Journal(Settings.load(tmp_path / "a", env=env)) as mine:
        service.set_counter(mine, "burden", "I may ask.", pin=True)
        service.rate_belief(mine, Strength("burden", MORNING, 50, 50))
    other = Settings.load(tmp_path / "b", env={**env, "BONDLENS_ACCOUNT": "other"})
    with Journal(other) as theirs:
        assert service.pinned(theirs) is None
        assert service.belief_page(theirs, "burden").strengths == ()
        service.set_counter(theirs, "burden", "Mine too.", pin=True)  # its own pin
        assert service.pinned(theirs).text == "Mine too."  # type: ignore[union-attr]


def test_a_done_nudge_becomes_a_check_in_entry(
    journal: Journal, make_person: Callable[..., Person], make_entry: Callable[..., Entry]
) -> None:
    make_person("Sam", safe=True)
    make_entry("walk", TODAY - timedelta(days=30), ("Sam",), safety=5)
    make_entry("coffee", TODAY - timedelta(days=40), ("Robin",))
    found = service.todays_nudges(journal, TODAY)
    assert [n.person for n in found] == ["Sam", "Robin"]
    done = service.answer_nudge(journal, found[0].id, "done", TODAY, note="Texted Sam hello.")
    assert done.entry is not None
    assert (done.entry.kind, done.entry.people, done.entry.text) == (
        "check_in",
        ("Sam",),
        "Texted Sam hello.",
    )
    assert done.entry.when == TODAY
    later = service.answer_nudge(journal, found[1].id, "not-now", TODAY)
    assert later.entry is None
    assert service.todays_nudges(journal, TODAY) == []
    assert journal.count(EntryFilter(kind="check_in")) == 1
    assert rows(journal, "nudge_answer") == 2
    with pytest.raises(NotFound):
        service.answer_nudge(journal, found[0].id, "done", TODAY)  # not suggested any more


def test_giving_is_a_support_given_entry_and_the_summary_reuses_insights(
    journal: Journal, make_entry: Callable[..., Entry], make_person: Callable[..., Person]
) -> None:
    make_person("Kai")
    for day in (1, 2, 3, 4):
        service.give(journal, Given("kai", "listened for an hour", "drained", date(2026, 3, day)))
    make_entry("Kai checked on me", date(2026, 3, 5), ("Kai",), kind="support_received")
    assert journal.count(EntryFilter(kind="support_given")) == 4
    reciprocity, rows_ = service.giving_summary(journal, TODAY)
    assert (reciprocity["given"], reciprocity["received"]) == (4, 1)
    [kai] = rows_
    assert (kai.person, kai.given, kai.received) == ("Kai", 4, 1)
    assert len(kai.notes) == 2  # keeps draining, and far outweighs
    with pytest.raises(InvalidInput):
        service.give(journal, Given("Kai", "helped", "tired", date(2026, 3, 6)))
    assert journal.count(EntryFilter(kind="support_given")) == 4


def test_removing_a_person_removes_their_path_rows(
    journal: Journal, make_person: Callable[..., Person], make_entry: Callable[..., Entry]
) -> None:
    make_person("Sam", safe=True)
    make_entry("walk", TODAY - timedelta(days=30), ("Sam",))
    service.reflect(journal, "Sam", {"kind": 3}, MORNING)
    service.give(journal, Given("Sam", "helped", "fine", date(2026, 3, 6)))
    [nudge] = service.todays_nudges(journal, TODAY)
    service.answer_nudge(journal, nudge.id, "not_now", TODAY)
    journal.delete_person("Sam")
    for table in ("safe_reflection", "safe_rating", "nudge_answer"):
        assert rows(journal, table) == 0, table
    assert rows(journal, "support_left") == 1  # the entry stays, so does how it left me


def test_a_journal_from_schema_3_gains_the_path(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        assert migrations.upgrade(conn, target=3) == [1, 2, 3]
        conn.execute("INSERT INTO account (name, created) VALUES ('local', 'x')")
        conn.execute(
            "INSERT INTO person (account_id, name, name_key, created) VALUES (1, 'Kai', 'kai', 'x')"
        )
    with Journal(Settings(home=tmp_path, database_url=f"sqlite:///{path}")) as journal:
        service.reflect(journal, "Kai", {"consistent": 2}, MORNING)
        assert service.safe_view(journal, "Kai").latest == {"consistent": 2}
    with closing(sqlite3.connect(path)) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == list(range(1, migrations.head() + 1))  # and any later ones


# --- taking back a reflection, a rating or a counter-belief -------------------------------
def test_a_reflection_is_taken_back_with_its_ratings(
    journal: Journal, make_person: Callable[..., Person]
) -> None:
    make_person("Sam")
    make_person("Kai")
    first = service.reflect(journal, "Sam", {"kind": 1, "listens": 2}, MORNING)
    second = service.reflect(journal, "Sam", {"kind": 3}, MORNING + timedelta(7))
    kais = service.reflect(journal, "Kai", {"consistent": 2}, MORNING)
    assert service.safe_view(journal, "Sam").latest == {"kind": 3, "listens": 2}
    gone = service.delete_reflection(journal, "sam", int(second.id or 0))
    assert (gone.id, gone.person, dict(gone.ratings)) == (second.id, "Sam", {"kind": 3})
    view = service.safe_view(journal, "Sam")
    assert [r.id for r in view.reflections] == [first.id]
    assert view.latest == {"kind": 1, "listens": 2}
    [sam] = [v for v in service.safe_overview(journal) if v.person.name == "Sam"]
    assert sam.latest == {"kind": 1, "listens": 2}
    assert rows(journal, "safe_rating") == 3  # the first's two and Kai's one
    with pytest.raises(NotFound) as unknown:
        service.delete_reflection(journal, "Sam", 99)
    assert unknown.value.message == messages.REFLECTION_NOT_FOUND.format(id=99, name="Sam")
    with pytest.raises(NotFound, match="no reflection #3 about Sam"):
        service.delete_reflection(journal, "Sam", int(kais.id or 0))  # about Kai
    with pytest.raises(NotFound):
        service.reflection(journal, "Sam", int(second.id or 0))  # gone already
    with pytest.raises(NotFound):
        service.delete_reflection(journal, "Nobody", int(first.id or 0))
    assert len(service.safe_view(journal, "Kai").reflections) == 1


def test_a_strength_rating_is_taken_back_from_its_belief_only(journal: Journal) -> None:
    first = service.rate_belief(journal, Strength("burden", MORNING, 80, 20))
    second = service.rate_belief(journal, Strength("burden", MORNING + timedelta(7), 60, 40))
    other = service.rate_belief(journal, Strength("weakness", MORNING, 50, None))
    assert service.strength(journal, "Burden", int(second.id or 0)) == second
    gone = service.delete_strength(journal, "burden", int(second.id or 0))
    assert (gone.id, gone.strength, gone.counter) == (second.id, 60, 40)
    assert [s.id for s in service.belief_page(journal, "burden").strengths] == [first.id]
    pages = {p.belief.id: p for p in service.workbook_pages(journal)}
    assert [s.id for s in pages["burden"].strengths] == [first.id]
    with pytest.raises(NotFound) as wrong_belief:
        service.delete_strength(journal, "burden", int(other.id or 0))
    assert wrong_belief.value.message == messages.STRENGTH_NOT_FOUND.format(
        id=other.id, belief=messages.BELIEF_WORDS["burden"]
    )
    with pytest.raises(NotFound):
        service.delete_strength(journal, "burden", int(second.id or 0))  # gone already
    with pytest.raises(InvalidInput):
        service.delete_strength(journal, "laziness", int(first.id or 0))
    assert rows(journal, "belief_strength") == 2


def test_a_counter_belief_is_cleared_with_its_pin(journal: Journal) -> None:
    service.set_counter(journal, "burden", "People who care are glad to be asked.", pin=True)
    service.set_counter(journal, "weakness", "Needing people is human.")
    assert service.my_counter(journal, "burden").pinned
    cleared = service.clear_counter(journal, "Burden")
    assert (cleared.belief, cleared.text, cleared.pinned) == (
        "burden",
        "People who care are glad to be asked.",
        True,
    )
    assert service.pinned(journal) is None
    assert service.belief_page(journal, "burden").counter is None
    assert service.belief_page(journal, "weakness").counter is not None
    with pytest.raises(NotFound) as twice:
        service.clear_counter(journal, "burden")
    assert twice.value.message == messages.COUNTER_NOT_FOUND.format(
        belief=messages.BELIEF_WORDS["burden"]
    )
    service.set_counter(journal, "burden", "I may ask.", pin=True)  # a new one can be written
    assert service.pinned(journal).text == "I may ask."  # type: ignore[union-attr]


def test_the_workbook_is_taken_back_within_one_account(tmp_path: Path) -> None:
    env = {"BONDLENS_DATABASE_URL": f"sqlite:///{tmp_path / 'shared.db'}"}
    with Journal(Settings.load(tmp_path / "a", env=env)) as mine:
        mine.add_person(Person("Kai"))
        rated = service.rate_belief(mine, Strength("burden", MORNING, 50, 50))
        reflected = service.reflect(mine, "Kai", {"kind": 2}, MORNING)
        service.set_counter(mine, "burden", "I may ask.")
    other = Settings.load(tmp_path / "b", env={**env, "BONDLENS_ACCOUNT": "other"})
    with Journal(other) as theirs:
        theirs.add_person(Person("Kai"))
        with pytest.raises(NotFound):
            service.delete_strength(theirs, "burden", int(rated.id or 0))
        with pytest.raises(NotFound):
            service.delete_reflection(theirs, "Kai", int(reflected.id or 0))
        with pytest.raises(NotFound):
            service.clear_counter(theirs, "burden")
        with theirs.db.write() as store:
            assert not store.path.delete_strength(int(rated.id or 0))
            assert not store.path.delete_reflection(int(reflected.id or 0))
            assert not store.path.delete_counter("burden")
    with Journal(Settings.load(tmp_path / "a", env=env)) as mine:
        assert len(service.belief_page(mine, "burden").strengths) == 1
        assert len(service.safe_view(mine, "Kai").reflections) == 1
        assert service.my_counter(mine, "burden").text == "I may ask."


def test_deleting_a_path_entry_removes_what_was_kept_beside_it(
    journal: Journal, make_person: Callable[..., Person], make_entry: Callable[..., Entry]
) -> None:
    make_person("Sam", safe=True)
    make_entry("walk", TODAY - timedelta(days=30), ("Sam",), safety=5)
    share = service.log_share(journal, Share("Sam", "feeling", "supportive", 4, MORNING))
    given = service.give(journal, Given("Sam", "helped", "fine", date(2026, 3, 6)))
    [nudge] = service.todays_nudges(journal, TODAY)
    done = service.answer_nudge(journal, nudge.id, "done", TODAY)
    assert done.entry is not None
    assert service.todays_nudges(journal, TODAY) == []  # resting after it was done
    for table in ("micro_share", "support_left", "nudge_answer"):
        assert rows(journal, table) == 1, table
    for entry_id in (share.entry_id, given.entry_id, done.entry.id):
        journal.delete_entry(int(entry_id or 0))
    for table in ("micro_share", "support_left", "nudge_answer"):
        assert rows(journal, table) == 0, table
    assert service.shares(journal) == []
    assert service.giving_summary(journal, TODAY)[1] == []
    assert [n.person for n in service.todays_nudges(journal, TODAY)] == ["Sam"]  # no trace left
    assert rows(journal, "entry") == 1  # the walk stays
