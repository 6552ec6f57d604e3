"""``bondlens import`` and ``bondlens export``, through the real ``run``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bondlens import messages
from cli_helpers import Cli

#: Text that tends to break things: emoji, right-to-left scripts, accents, tabs, newlines.
NOOR = "Tea with Noor نور 🌿 — שלום, felt calm ✨"
MULTILINE = "Line one 🙂\n\n\tindented line\nlast line with a “quote” and \\ backslash"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "home")


@pytest.fixture
def fresh(tmp_path: Path) -> Cli:
    """A second, empty journal."""
    return Cli(tmp_path / "fresh-home")


@pytest.fixture
def filled(cli: Cli) -> Cli:
    """A journal with a bit of everything an export has to carry."""
    cli.ok(
        *("person", "add", "Émile", "--relationship", "sibling", "--origin", "shared_trauma"),
        *("--note", "línea 1\nlínea 2", "--safe", "--trigger", "raised voices"),
        *("--boundary", "no calls after 10"),
    )
    cli.ok("person", "end", "Émile", "--on", "2024-02-01")
    cli.ok(
        *("add", NOOR, "-p", "Noor نور", "-p", "Zoë", "-w", "2024-03-14 21:30", "-s", "4"),
        *("--safe-text", "she listened 👂", "--unsafe-text", "שלום loud room", "-t", "tea"),
    )
    cli.ok("add", MULTILINE, "--kind", "check_in", "-w", "2024-01-02", "-t", "night")
    cli.ok("edit", "2", "--safety", "3")  # gives entry 2 an 'updated' stamp
    return cli


def write(tmp_path: Path, name: str, lines: list[str]) -> str:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def record(**fields: object) -> str:
    return json.dumps({"type": "entry", "when": "2024-06-01", "text": "Fine", **fields})


# --- export --------------------------------------------------------------------------
def test_export_jsonl_writes_people_then_entries_oldest_first(filled: Cli) -> None:
    rows = [json.loads(line) for line in filled.ok("export").out.splitlines()]
    assert [r["type"] for r in rows] == ["person"] * 3 + ["entry"] * 2
    assert {r["name"] for r in rows[:3]} == {"Émile", "Noor نور", "Zoë"}
    assert [r["text"] for r in rows[3:]] == [MULTILINE, NOOR]
    emile = next(r for r in rows if r.get("name") == "Émile")
    assert (emile["ended_on"], emile["safe"], emile["triggers"]) == (
        "2024-02-01",
        True,
        ["raised voices"],
    )


def test_export_to_a_file_reports_on_stderr(filled: Cli, tmp_path: Path) -> None:
    target = tmp_path / "backup.json"
    result = filled.ok("export", "--format", "json", "-o", str(target))
    assert result.out == ""
    assert result.err.strip() == messages.EXPORT_DONE.format(
        entries="2 entries", people="3 people", path=str(target)
    )
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["bondlens"] == 1
    assert [e["text"] for e in document["entries"]] == [MULTILINE, NOOR]
    assert len(document["people"]) == 3
    assert not list(tmp_path.glob("*.partial"))


def test_export_to_a_missing_folder_fails_in_one_line(filled: Cli, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "backup.jsonl"
    failed = filled.fails("export", "-o", str(target))
    assert "couldn't write" in failed.err
    assert str(target) in failed.err
    assert not target.parent.exists()


def test_export_markdown_is_readable(filled: Cli) -> None:
    out = filled.ok("export", "--format", "markdown").out
    assert out.startswith("# My connection journal")
    assert "## People" in out
    assert "**Émile**" in out
    assert "past, since 2024-02-01" in out
    assert out.count("\n### ") == 2
    assert NOOR in out
    assert "What felt safe: she listened 👂" in out


# --- round trips ---------------------------------------------------------------------
def test_jsonl_round_trip_is_byte_for_byte(filled: Cli, fresh: Cli, tmp_path: Path) -> None:
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    filled.ok("export", "-o", str(first))
    result = fresh.ok("import", str(first), "--format", "jsonl")
    assert result.out.strip() == messages.IMPORT_DONE.format(entries="2 entries", people="3 people")
    fresh.ok("export", "-o", str(second))
    assert second.read_bytes() == first.read_bytes()
    assert NOOR.encode() in second.read_bytes()  # written as UTF-8, not \\u escapes


def test_json_document_round_trips_to_the_same_jsonl(filled: Cli, fresh: Cli) -> None:
    document = filled.ok("export", "--format", "json").out
    fresh.ok("import", "-", "--format", "json", input=document)
    assert fresh.ok("export").out == filled.ok("export").out


def test_importing_the_same_file_twice_skips_what_is_there(filled: Cli, tmp_path: Path) -> None:
    backup = tmp_path / "backup.jsonl"
    filled.ok("export", "-o", str(backup))
    before = filled.ok("export").out
    result = filled.ok("import", str(backup), "--format", "jsonl")
    assert result.out.splitlines() == [
        messages.IMPORT_DONE.format(entries="0 entries", people="0 people"),
        messages.IMPORT_SKIPPED.format(entries="2 entries"),
    ]
    assert filled.ok("export").out == before


def test_import_reads_stdin_and_a_byte_order_mark(cli: Cli, tmp_path: Path) -> None:
    cli.ok("import", "-", "--format", "jsonl", input=record(text="From a pipe", people=["Kim"]))
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + record(text="From Windows").encode() + b"\r\n")
    cli.ok("import", str(path), "--format", "jsonl")
    assert sorted(cli.texts()) == ["From Windows", "From a pipe"]
    assert cli.names() == ["Kim"]


def test_import_jrnl_json_with_and_without_people_from_tags(cli: Cli, fresh: Cli) -> None:
    saw_maya = {"title": "Saw Maya.", "body": " It went well.", "date": "2024-04-05"}
    saw_maya |= {"time": "19:00", "tags": ["@Maya"], "starred": True}
    quiet = {"title": "Quiet day.", "body": "", "date": "2024-04-06", "tags": []}
    jrnl = json.dumps({"entries": [saw_maya, quiet]})

    cli.ok("import", "-", "--format", "jrnl-json", "--people-from-tags", input=jrnl)
    assert cli.names() == ["Maya"]
    first, second = sorted(cli.entries(), key=lambda e: e["when"])
    assert (first["text"], first["when"]) == ("Saw Maya. It went well.", "2024-04-05T19:00")
    assert (first["people"], first["tags"], first["kind"]) == (["Maya"], ["starred"], "interaction")
    assert (second["text"], second["when"], second["kind"]) == (
        "Quiet day.",
        "2024-04-06",
        "reflection",
    )

    fresh.ok("import", "-", "--format", "jrnl-json", input=jrnl)
    assert fresh.people() == []
    assert [e["tags"] for e in fresh.entries("--tag", "maya")] == [["maya", "starred"]]


# --- refused imports: one clear message, nothing changed ------------------------------
@pytest.mark.parametrize(
    ("lines", "says"),
    [
        ([record(), "{not json"], "Line 2: this is not valid JSON"),
        ([record(), "", record(when="the 5th")], "Line 3: 'the 5th' is not a date"),
        ([record(), record(safety=7)], "Line 2: Safety goes from 1"),
        ([record(), record(text="  ")], f"Line 2: {messages.ENTRY_EMPTY}"),
        ([record(), json.dumps({"type": "memo"})], "Line 2: 'type' should be"),
        ([record(), "[1, 2]"], "Line 2: expected an object"),
        ([json.dumps({"type": "person", "name": "Q", "relationship": "boss"})], "Line 1: 'boss'"),
        ([record(), record(tags=["fine", "not ok!"])], "Line 2: 'not ok!' can't be used"),
        ([record(), record(text="z" * 50_001)], "Line 2: This entry is 50,001 characters"),
    ],
)
def test_a_bad_line_is_named_and_nothing_is_imported(
    filled: Cli, tmp_path: Path, lines: list[str], says: str
) -> None:
    entries, people = filled.entries(), filled.people()
    path = write(tmp_path, "bad.jsonl", lines)
    failed = filled.fails("import", path, "--format", "jsonl", lines=2)
    problem, nothing = failed.err.splitlines()
    assert problem.startswith(says)
    assert nothing == messages.IMPORT_NOTHING_CHANGED
    assert filled.entries() == entries
    assert filled.people() == people


@pytest.mark.parametrize(
    ("fmt", "text", "says"),
    [
        ("json", '{"entries": [{"when": "2024-01-01", "text": "ok"}, {"when": "x"}]}', "Entry 2:"),
        ("json", '{"people": [{"name": ""}]}', "Person 1:"),
        ("json", "[1, 2]", "This JSON file is not a bondlens export"),
        ("json", '{\n"entries": [\n}', "Line 3: this is not valid JSON"),
        ("jrnl-json", '{"entries": [{"title": "t", "date": "soon"}]}', "Entry 1:"),
        ("jrnl-json", '{"items": []}', "This file is not a jrnl JSON export"),
    ],
)
def test_bad_json_documents_are_refused_whole(filled: Cli, fmt: str, text: str, says: str) -> None:
    entries, people = filled.entries(), filled.people()
    failed = filled.fails("import", "-", "--format", fmt, input=text, lines=2)
    assert failed.err.startswith(says)
    assert failed.err.splitlines()[-1] == messages.IMPORT_NOTHING_CHANGED
    assert (filled.entries(), filled.people()) == (entries, people)


def test_import_explains_unreadable_files(cli: Cli, tmp_path: Path) -> None:
    missing = cli.fails("import", str(tmp_path / "nope.jsonl"), "--format", "jsonl", lines=2)
    assert "couldn't read" in missing.err
    assert "nope.jsonl" in missing.err
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\xff")
    failed = cli.fails("import", str(binary), "--format", "jsonl", lines=2)
    assert "doesn't look like a text file" in failed.err
    assert cli.entries() == []


@pytest.mark.parametrize(
    "args",
    [
        ["import", "x.jsonl"],  # --format is required
        ["import", "x.jsonl", "--format", "csv"],
        ["export", "--format", "pdf"],
        ["import", "--format", "jsonl"],  # no FILE
    ],
)
def test_import_and_export_usage_mistakes_exit_2(cli: Cli, args: list[str]) -> None:
    cli.fails(*args, code=2)


# --- backup and restore --------------------------------------------------------------
def test_a_backup_carries_everything_an_export_leaves_behind(
    filled: Cli, fresh: Cli, tmp_path: Path
) -> None:
    filled.ok("safety", "--add", "reasons", "My cat, Miso")
    filled.ok("care", "add", "Dr Okafor", "--kind", "therapist", "--reach", "555 0199")
    filled.ok("checkin", "Zoë", "--answer", "fear=1")
    filled.ok("region", "GB")
    target = tmp_path / "backups" / "journal-backup.db"
    target.parent.mkdir()
    said = filled.ok("backup", str(target)).out
    assert said.strip() == messages.BACKUP_DONE.format(
        path=target, entries="2 entries", people="3 people"
    )
    assert target.stat().st_mode & 0o777 == 0o600  # private, like the journal
    assert not target.with_name(target.name + "-wal").exists()  # one file, whole

    fresh.add("Written on the new computer before restoring.")
    done = fresh.ok("restore", str(target), "--yes").out
    keep = next((fresh.home).glob("journal-before-restore-*.db"))
    assert done.strip() == messages.RESTORE_DONE.format(
        path=target, entries="2 entries", people="3 people", keep=keep
    )
    assert fresh.entries() == filled.entries()
    assert fresh.people() == filled.people()
    assert "My cat, Miso" in fresh.ok("safety").out
    assert "Dr Okafor" in fresh.ok("care").out
    assert fresh.json("checkin", "Zoë", "--history")["history"][0]["answers"] == {"fear": 1}
    assert fresh.json("region")["region"] == "GB"
    # what the fresh journal held before is kept, whole, and can be brought back
    back = fresh.ok("restore", str(keep), "--yes")
    assert "1 entry and 0 people" in back.out
    assert fresh.texts() == ["Written on the new computer before restoring."]


def test_a_backup_never_overwrites_a_file(cli: Cli, tmp_path: Path) -> None:
    cli.add("Tea with Sam.")
    target = tmp_path / "kept.db"
    target.write_text("something precious", encoding="utf-8")
    failed = cli.fails("backup", str(target))
    assert failed.err.strip() == messages.BACKUP_EXISTS.format(path=target)
    assert target.read_text(encoding="utf-8") == "something precious"
    assert list(tmp_path.glob("kept.db.partial")) == []


def test_a_backup_to_a_folder_that_is_not_there_is_explained(cli: Cli, tmp_path: Path) -> None:
    failed = cli.fails("backup", str(tmp_path / "missing" / "b.db"))
    assert "I couldn't write" in failed.err


@pytest.mark.parametrize("content", [b"", b"just some notes\n", b"SQLite format 3\x00broken"])
def test_restoring_something_that_is_not_a_backup_changes_nothing(
    cli: Cli, tmp_path: Path, content: bytes
) -> None:
    cli.add("Tea with Sam.", "-p", "Sam")
    before = cli.entries()
    bad = tmp_path / "not-a-backup.db"
    bad.write_bytes(content)
    failed = cli.fails("restore", str(bad), "--yes")
    assert failed.err.strip() == messages.RESTORE_NOT_JOURNAL.format(path=bad)
    assert cli.entries() == before
    assert list(cli.home.glob("journal-before-restore-*")) == []
    assert list(cli.home.glob(".journal.db.restoring*")) == []
    assert bad.read_bytes() == content  # the file given is never written to


def test_restoring_a_sqlite_file_that_is_not_a_journal_changes_nothing(
    cli: Cli, tmp_path: Path
) -> None:
    import sqlite3
    from contextlib import closing

    cli.add("Tea with Sam.")
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.commit()
    failed = cli.fails("restore", str(other), "--yes")
    assert failed.err.strip() == messages.RESTORE_NOT_JOURNAL.format(path=other)
    assert cli.texts() == ["Tea with Sam."]


def test_restore_asks_first_and_needs_yes_without_a_terminal(cli: Cli, tmp_path: Path) -> None:
    cli.add("Tea with Sam.")
    target = tmp_path / "b.db"
    cli.ok("backup", str(target))
    cli.add("Later entry.")
    failed = cli.fails("restore", str(target))
    assert failed.err.strip() == messages.RESTORE_CONFIRM_NEEDED
    assert cli.texts() == ["Later entry.", "Tea with Sam."]


def test_restoring_a_missing_file_or_the_journal_itself_is_explained(
    cli: Cli, tmp_path: Path
) -> None:
    cli.add("Tea with Sam.")
    assert "no such file" in cli.fails("restore", str(tmp_path / "nope.db"), "--yes").err
    itself = cli.home / "journal.db"
    failed = cli.fails("restore", str(itself), "--yes")
    assert failed.err.strip() == messages.RESTORE_SAME_FILE.format(path=itself)


def test_a_backup_without_a_name_is_named_for_the_day_and_never_overwrites(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    cli.add("Tea with Sam.")
    folder = tmp_path / "here"
    folder.mkdir()
    monkeypatch.chdir(folder)
    cli.ok("backup")
    cli.ok("backup")
    day = date.today().isoformat()
    assert sorted(p.name for p in folder.iterdir()) == [
        f"bondlens-backup-{day}-2.db",
        f"bondlens-backup-{day}.db",
    ]


def test_restore_checks_the_file_is_there_before_asking(cli: Cli, tmp_path: Path) -> None:
    cli.add("Tea with Sam.")
    missing = tmp_path / "nope.db"
    failed = cli.fails("restore", str(missing))  # no --yes, no terminal: still this message
    assert "no such file" in failed.err
