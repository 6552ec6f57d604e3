"""Lens check-ins: the questions, storing and listing them, and the ``checkin`` command."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from bondlens import checkins, lens_service, messages
from bondlens.checkins import CheckIn
from bondlens.config import Settings
from bondlens.errors import InvalidInput, NotFound
from bondlens.journal import Journal
from bondlens.people import Person
from bondlens.storage import migrations
from bondlens.vocabulary import MARKERS
from cli_helpers import Cli, script
from test_cli import at_terminal, pty_only

MORNING = datetime(2026, 3, 1, 9, 0)


def test_there_is_one_plain_question_per_marker_of_the_domain() -> None:
    moments = {"apology", "reconciliation"}  # asked as one question: apology_cycle
    assert set(checkins.QUESTIONS) == (set(MARKERS) - moments) | {"apology_cycle"}
    assert set(messages.CHECKIN_QUESTIONS) == set(checkins.QUESTIONS)
    for question in messages.CHECKIN_QUESTIONS.values():
        assert question.endswith("?")
        assert len(question) < 110
    assert "need them in order to feel okay" in messages.CHECKIN_QUESTIONS["codependence"]


def test_answers_are_read_the_way_people_type_them() -> None:
    assert checkins.parse_answer("Hard-to-leave=often") == ("hard_to_leave", 3)
    assert checkins.parse_answer("fear= 0") == ("fear", 0)
    assert checkins.validated({"harm": 1, "mutual_growth": "2"}) == {
        "mutual_growth": 2,
        "harm": 1,
    }
    for bad in ("fear", "fear=4", "fear=maybe", "jealousy=1"):
        with pytest.raises(InvalidInput):
            checkins.parse_answer(bad)
    with pytest.raises(InvalidInput, match="at least one answer"):
        checkins.validated({})


def test_latest_answers_and_how_they_moved() -> None:
    history = [
        CheckIn(datetime(2026, 3, 8), {"codependence": 3}, id=2),
        CheckIn(datetime(2026, 3, 1), {"codependence": 1, "fear": 0}, id=1),
        CheckIn(datetime(2026, 3, 15), {"fear": 2}, id=3),
    ]
    assert checkins.latest(history) == {"codependence": 3, "fear": 2}
    moved = {c.marker: (c.first, c.latest, c.times, c.delta) for c in checkins.changes(history)}
    assert moved == {"codependence": (1, 3, 2, 2), "fear": (0, 2, 2, 2)}


def test_checkins_are_stored_per_person_oldest_first(
    journal: Journal, make_person: Callable[..., Person]
) -> None:
    make_person("Kai")
    make_person("Sam")
    later = lens_service.add_checkin(
        journal, "kai", CheckIn(datetime(2026, 3, 8, 20, 30), {"Fear": 2})
    )
    assert (later.person, later.answers) == ("Kai", {"fear": 2})
    lens_service.add_checkin(journal, "Kai", CheckIn(MORNING, {"codependence": 3, "harm": 0}))
    found = lens_service.checkins(journal, "Kai")
    assert [(c.taken, dict(c.answers)) for c in found] == [
        (MORNING, {"codependence": 3, "harm": 0}),
        (datetime(2026, 3, 8, 20, 30), {"fear": 2}),
    ]
    assert lens_service.checkins(journal, "Sam") == []
    with pytest.raises(NotFound):
        lens_service.add_checkin(journal, "Nobody", CheckIn(MORNING, {"fear": 1}))
    with pytest.raises(InvalidInput):
        lens_service.add_checkin(journal, "Kai", CheckIn(MORNING, {"fear": 9}))
    assert len(lens_service.checkins(journal, "Kai")) == 2  # a refused check-in wrote nothing


def test_removing_a_person_removes_their_checkins(
    journal: Journal, make_person: Callable[..., Person]
) -> None:
    make_person("Kai")
    lens_service.add_checkin(journal, "Kai", CheckIn(MORNING, {"fear": 1}))
    journal.delete_person("Kai")
    path = journal.settings.home / "journal.db"
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM checkin").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM checkin_answer").fetchone() == (0,)


def test_checkins_belong_to_one_account(tmp_path: Path) -> None:
    env = {"BONDLENS_DATABASE_URL": f"sqlite:///{tmp_path / 'shared.db'}"}
    with Journal(Settings.load(tmp_path / "a", env=env)) as mine:
        mine.add_person(Person("Kai"))
        lens_service.add_checkin(mine, "Kai", CheckIn(MORNING, {"fear": 1}))
    other = Settings.load(tmp_path / "b", env={**env, "BONDLENS_ACCOUNT": "other"})
    with Journal(other) as theirs:
        theirs.add_person(Person("Kai"))
        assert lens_service.checkins(theirs, "Kai") == []


def test_a_journal_from_schema_2_gains_checkins(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        assert migrations.upgrade(conn, target=2) == [1, 2]
        conn.execute("INSERT INTO account (name, created) VALUES ('local', 'x')")
        conn.execute(
            "INSERT INTO person (account_id, name, name_key, created) VALUES (1, 'Kai', 'kai', 'x')"
        )
    with Journal(Settings(home=tmp_path, database_url=f"sqlite:///{path}")) as journal:
        lens_service.add_checkin(journal, "Kai", CheckIn(MORNING, {"overstayed": 2}))
        assert [dict(c.answers) for c in lens_service.checkins(journal, "Kai")] == [
            {"overstayed": 2}
        ]
    with closing(sqlite3.connect(path)) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == list(range(1, migrations.head() + 1))


# --- taking a check-in back -------------------------------------------------------------
def answers_rows(journal: Journal) -> int:
    with closing(sqlite3.connect(journal.settings.home / "journal.db")) as conn:
        return int(conn.execute("SELECT count(*) FROM checkin_answer").fetchone()[0])


def test_storage_deletes_one_checkin_of_its_account_and_person(tmp_path: Path) -> None:
    env = {"BONDLENS_DATABASE_URL": f"sqlite:///{tmp_path / 'shared.db'}"}
    with Journal(Settings.load(tmp_path / "a", env=env)) as mine:
        kai = mine.add_person(Person("Kai"))
        sam = mine.add_person(Person("Sam"))
        first = lens_service.add_checkin(mine, "Kai", CheckIn(MORNING, {"fear": 1, "harm": 0}))
        second = lens_service.add_checkin(mine, "Kai", CheckIn(MORNING, {"fear": 2}))
    other = Settings.load(tmp_path / "b", env={**env, "BONDLENS_ACCOUNT": "other"})
    with Journal(other) as theirs, theirs.db.write() as store:
        assert not store.checkins.delete(int(first.id or 0))  # not this account's
    with Journal(Settings.load(tmp_path / "a", env=env)) as mine:
        with mine.db.write() as store:
            assert not store.checkins.delete(int(first.id or 0), int(sam.id or 0))  # not Sam's
            assert store.checkins.delete(int(first.id or 0), int(kai.id or 0))
            assert not store.checkins.delete(int(first.id or 0))  # gone already
        assert [c.id for c in lens_service.checkins(mine, "Kai")] == [second.id]
        with mine.db.write() as store:
            assert store.checkins.delete(int(second.id or 0))  # the account is enough
        assert lens_service.checkins(mine, "Kai") == []
    with closing(sqlite3.connect(tmp_path / "shared.db")) as conn:
        assert conn.execute("SELECT count(*) FROM checkin_answer").fetchone() == (0,)


def test_deleting_a_checkin_changes_the_lens_at_once(
    journal: Journal, make_person: Callable[..., Person]
) -> None:
    from bondlens.lens_service import person_lens

    make_person("Kai")
    make_person("Sam")
    older = lens_service.add_checkin(journal, "Kai", CheckIn(MORNING, {"codependence": 1}))
    newer = lens_service.add_checkin(
        journal, "Kai", CheckIn(datetime(2026, 3, 8), {"codependence": 3})
    )
    theirs = lens_service.add_checkin(journal, "Sam", CheckIn(MORNING, {"fear": 2}))
    before = person_lens(journal, "Kai")  # remembered until the journal changes
    assert checkins.latest(before.checkins) == {"codependence": 3}
    assert person_lens(journal, "Kai") is before
    gone = lens_service.delete_checkin(journal, "kai", int(newer.id or 0))
    assert (gone.id, gone.person, dict(gone.answers)) == (newer.id, "Kai", {"codependence": 3})
    after = person_lens(journal, "Kai")
    assert checkins.latest(after.checkins) == {"codependence": 1}
    assert [c.id for c in after.checkins] == [older.id]
    assert [c.id for c in lens_service.checkins(journal, "Sam")] == [theirs.id]
    assert answers_rows(journal) == 2  # Kai's older one and Sam's


def test_deleting_an_unknown_or_someone_elses_checkin_is_refused(
    journal: Journal, make_person: Callable[..., Person]
) -> None:
    make_person("Kai")
    make_person("Sam")
    theirs = lens_service.add_checkin(journal, "Sam", CheckIn(MORNING, {"fear": 2}))
    with pytest.raises(NotFound) as unknown:
        lens_service.delete_checkin(journal, "Kai", 99)
    assert unknown.value.message == messages.CHECKIN_NOT_FOUND.format(id=99, name="Kai")
    with pytest.raises(NotFound, match="no check-in #1 about Kai"):
        lens_service.delete_checkin(journal, "Kai", int(theirs.id or 0))
    with pytest.raises(NotFound, match="no check-in #1 about Kai"):
        lens_service.checkin(journal, "Kai", int(theirs.id or 0))
    with pytest.raises(NotFound):
        lens_service.delete_checkin(journal, "Nobody", int(theirs.id or 0))
    assert [c.id for c in lens_service.checkins(journal, "Sam")] == [theirs.id]


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    runner = Cli(tmp_path / "home")
    runner.ok("person", "add", "Kai", "--relationship", "sibling")
    return runner


def test_checkin_with_answers_and_history(cli: Cli) -> None:
    saved = cli.json(
        "checkin", "Kai", "-a", "codependence=1", "-a", "fear=never", "-w", "2026-03-01"
    )
    assert saved["answers"] == {"codependence": 1, "fear": 0}
    assert saved["taken"] == "2026-03-01T00:00"
    out = cli.ok("checkin", "kai", "--answer", "codependence=3", "--when", "2026-03-08 21:00").out
    assert out.strip() == messages.CHECKIN_SAVED.format(name="Kai", count=1, answers="answer")
    history = cli.json("checkin", "Kai", "--history")
    assert history["count"] == 2
    assert history["latest"]["answers"] == {"codependence": 3}
    assert history["changes"][0] == {"id": "codependence", "first": 1, "latest": 3, "times": 2}
    text = cli.ok("checkin", "Kai", "--history").out
    assert "needing each other to feel okay: rarely → often" in text
    lens = cli.json("lens", "Kai")
    assert lens["checkins"]["count"] == 2
    assert {"id": "codependence", "checkin": 3}.items() <= lens["markers"][0].items()


def test_checkin_mistakes_are_explained(cli: Cli) -> None:
    cli.fails("checkin", "Kai", "-a", "jealousy=1")
    cli.fails("checkin", "Kai", "-a", "fear=7")
    cli.fails("checkin", "Nobody", "-a", "fear=1")
    refused = cli.fails("checkin", "Kai")  # not at a terminal, no answers
    assert refused.err.strip() == messages.CHECKIN_NEEDS_TERMINAL
    assert cli.ok("checkin", "Kai", "--history").out.strip() == messages.CHECKIN_NONE.format(
        name="Kai"
    )


def test_checkin_at_a_terminal_asks_one_question_at_a_time(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bondlens.cli import lens

    monkeypatch.setattr(lens, "_at_terminal", lambda: True)
    answers = ["", "3", "", "", "", "", "maybe", "2"] + [""] * 11  # 18 questions, 1 retry
    result = cli.ok("checkin", "Kai", input="\n".join(answers) + "\n")
    assert messages.CHECKIN_QUESTIONS["codependence"] in result.out
    assert "'maybe' is not an answer I know" in result.err
    assert messages.CHECKIN_SAVED.format(name="Kai", count=2, answers="answers") in result.out
    assert cli.json("checkin", "Kai", "--history")["latest"]["answers"] == {
        "mutual_growth": 3,
        "codependence": 2,
    }
    skipped = cli.ok("checkin", "Kai", input="\n" * 18)
    assert messages.CHECKIN_NOTHING in skipped.out
    assert cli.json("checkin", "Kai", "--history")["count"] == 1


def test_checkin_delete_from_the_command_line(cli: Cli) -> None:
    cli.ok("checkin", "Kai", "-a", "codependence=1", "-w", "2026-03-01")
    cli.ok("checkin", "Kai", "-a", "codependence=3", "-w", "2026-03-08")
    history = cli.ok("checkin", "Kai", "--history").out
    assert "#1  Sun 01 Mar 2026" in history
    assert "#2  Sun 08 Mar 2026" in history
    assert messages.CHECKIN_DELETE_HINT.format(name="Kai") in history
    refused = cli.fails("checkin", "Kai", "--delete", "2", input="y\n")  # no terminal to ask
    assert refused.err.strip() == messages.CONFIRM_NEEDED
    assert cli.json("checkin", "Kai", "--history")["count"] == 2
    done = cli.ok("checkin", "Kai", "--delete", "2", "--yes").out
    assert done.strip() == messages.CHECKIN_DELETED.format(id=2, name="Kai")
    assert cli.json("lens", "Kai")["checkins"]["latest"]["answers"] == {"codependence": 1}
    unknown = cli.fails("checkin", "Kai", "--delete", "2", "--yes")
    assert unknown.err.strip() == messages.CHECKIN_NOT_FOUND.format(id=2, name="Kai")
    shown = cli.json("checkin", "kai", "--delete", "1", "-y")
    assert shown["deleted"] == {
        "id": 1,
        "person": "Kai",
        "taken": "2026-03-01T00:00",
        "answers": {"codependence": 1},
    }
    assert (shown["count"], shown["latest"], shown["history"]) == (0, None, [])
    assert cli.ok("checkin", "Kai", "--history").out.strip() == messages.CHECKIN_NONE.format(
        name="Kai"
    )


def test_checkin_delete_is_asked_for_on_its_own(cli: Cli) -> None:
    cli.ok("checkin", "Kai", "-a", "fear=1")
    cli.ok("person", "add", "Sam")
    mixed = cli.fails("checkin", "Kai", "--delete", "1", "-a", "fear=2", "--yes", code=2)
    assert "--delete works on its own: leave out --answer" in mixed.err
    cli.fails("checkin", "Kai", "--delete", "0", "--yes", code=2)
    cli.fails("checkin", "Sam", "--delete", "1", "--yes")  # Kai's, not Sam's
    cli.fails("checkin", "Nobody", "--delete", "1", "--yes")
    assert cli.json("checkin", "Kai", "--history")["count"] == 1


@pty_only
def test_checkin_delete_at_a_terminal_asks_first(tmp_path: Path) -> None:
    home = tmp_path / "home"
    script(home, "person", "add", "Kai")
    script(home, "checkin", "Kai", "-a", "fear=1", "-w", "2026-03-01 09:00")
    kept = at_terminal(home, "checkin", "Kai", "--delete", "1", typed=b"n\n")
    assert kept.returncode == 0
    asked = messages.CONFIRM_CHECKIN_DELETE.format(id=1, name="Kai", when="Sun 01 Mar 2026, 09:00")
    assert asked in kept.stdout.decode()
    assert messages.NOT_DELETED in kept.stdout.decode()
    deleted = at_terminal(home, "checkin", "Kai", "--delete", "1", typed=b"y\n")
    assert messages.CHECKIN_DELETED.format(id=1, name="Kai") in deleted.stdout.decode()
    listed = json.loads(script(home, "checkin", "Kai", "--history", "--format", "json").stdout)
    assert listed["count"] == 0
