from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

import pytest

from bondlens import formats
from bondlens.entries import Entry, EntryChanges, EntryFilter
from bondlens.errors import InvalidInput
from bondlens.exchange import ExportData, ImportBatch, ImportResult
from bondlens.exchange_service import export_data, import_batch
from bondlens.formats import ImportOptions
from bondlens.journal import Journal
from bondlens.people import Person

MakeEntry = Callable[..., Entry]
MakePerson = Callable[..., Person]
Counts = Callable[..., dict[str, int]]
MakeJournal = Callable[..., Journal]

UNICODE_TEXT = (
    "Tea with נועה 🫖💛 — she said שלום, then مرحبا بك\u200f.\n"
    "Family: 👩\u200d👩\u200d👧 🇵🇹 👍🏽\n"
    '\tindented line with a \\backslash\\ and "quotes"\n'
    "a line\u2028separator and a paragraph\u2029separator\n"
    '{"type": "entry", "when": "not really"}'
)


def export(journal: Journal, fmt: str) -> str:
    out = io.StringIO()
    formats.exporter(fmt).write(export_data(journal), out)
    return out.getvalue()


def import_text(
    journal: Journal, fmt: str, text: str, *, people_from_tags: bool = False
) -> ImportResult:
    batch = formats.importer(fmt).read(text, ImportOptions(people_from_tags=people_from_tags))
    return import_batch(journal, batch)


@pytest.fixture
def rich(journal: Journal, make_person: MakePerson, make_entry: MakeEntry) -> Journal:
    """A journal with every kind of field and text that could trip an exporter."""
    make_person(
        "Sam",
        relationship="friend",
        origin="healing_together",
        notes="Met at the Tuesday group.\nTexts before calling 📱.",
        safe=True,
        triggers=("being rushed", "sarcasm"),
        boundaries=("no calls after 10pm",),
    )
    make_person("Dana", relationship="ex_partner")
    journal.end_person("Dana", date(2025, 11, 6))
    make_person("נועה", relationship="sibling", origin="shared_trauma", notes="אחותי הגדולה")
    make_person("Ari")  # no entries at all
    make_entry(
        UNICODE_TEXT,
        when=datetime(2025, 11, 8, 20, 15),
        people=("נועה", "Zoë 🌻"),
        safety=4,
        safe_text="שקט בינינו\nand no hurry",
        unsafe_text="الصوت العالي",
        tags=("שיחה", "café", "family"),
    )
    edited = make_entry("Dana called.", when=date(2025, 11, 5), people=("Dana",), safety=2)
    journal.edit_entry(
        int(edited.id or 0),
        EntryChanges(text="Dana called.\r\nI let it ring.", unsafe_text="the old apology"),
    )
    make_entry("Same minute, first", when=datetime(2025, 11, 3, 9, 30, 5), people=("Sam",))
    make_entry("Same minute, second", when=datetime(2025, 11, 3, 9, 30, 5), people=("sam",))
    make_entry("A whole day", when=date(2025, 11, 3), kind="reflection", tags=("rest",))
    make_entry("Checked in with myself", when=date(2025, 10, 1), kind="check_in")
    return journal


# --- registry ------------------------------------------------------------------------


def test_builtin_formats_are_registered_by_name() -> None:
    assert formats.import_names() == ["jrnl-json", "json", "jsonl"]
    assert formats.export_names() == ["json", "jsonl", "markdown", "md"]
    assert formats.exporter("md") is formats.exporter("markdown")
    assert formats.exporter("jsonl").extension == "jsonl"
    assert formats.exporter("markdown").extension == "md"
    assert formats.importer("jrnl-json").extension == "json"


def test_unknown_formats_are_refused_with_the_choices() -> None:
    with pytest.raises(InvalidInput) as caught:
        formats.importer("markdown")  # Markdown is for reading, not for importing
    assert caught.value.message == (
        "I can't read the format 'markdown'. Choose one of: jrnl-json, json, jsonl."
    )
    with pytest.raises(InvalidInput, match="json, jsonl, markdown, md"):
        formats.exporter("pdf")


@dataclass
class _CountOnly:
    """A third-party exporter, registered exactly as the built-in ones are."""

    names: tuple[str, ...] = ("count-only",)
    extension: str = "txt"

    def write(self, data: ExportData, out: TextIO) -> None:
        out.write(f"{len(data.people)} people, {data.entry_count} entries\n")


@pytest.fixture
def clean_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let a test register formats; the registry is put back as it was afterwards."""
    formats.export_names()  # load the built-in formats first
    monkeypatch.setattr(formats, "_exporters", dict(formats._exporters))
    monkeypatch.setattr(formats, "_importers", dict(formats._importers))


@pytest.mark.usefixtures("clean_registry")
def test_a_third_party_format_registers_like_a_builtin(rich: Journal) -> None:
    formats.register(_CountOnly())
    assert "count-only" in formats.export_names()
    assert "count-only" not in formats.import_names()
    assert export(rich, "count-only") == "5 people, 6 entries\n"


# --- jsonl and json: round trips -----------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_round_trip_through_an_empty_home_is_byte_identical(
    rich: Journal, make_journal: MakeJournal, tmp_path: Path, fmt: str
) -> None:
    first = tmp_path / f"first.{fmt}"
    first.write_text(export(rich, fmt), encoding="utf-8")

    restored = make_journal("restored")
    result = import_text(restored, fmt, first.read_text(encoding="utf-8"))
    assert result == ImportResult(entries=6, people=5, skipped=0)

    second = tmp_path / f"second.{fmt}"
    second.write_text(export(restored, fmt), encoding="utf-8")
    assert second.read_bytes() == first.read_bytes()


def test_jsonl_and_json_carry_the_same_journal(rich: Journal, make_journal: MakeJournal) -> None:
    via_json = make_journal("via-json")
    import_text(via_json, "json", export(rich, "json"))
    assert export(via_json, "jsonl") == export(rich, "jsonl")


def test_jsonl_export_has_one_record_a_line_people_first_entries_oldest_first(
    rich: Journal,
) -> None:
    text = export(rich, "jsonl")
    lines = text.split("\n")
    assert lines[-1] == ""  # ends with a newline
    records = [json.loads(line) for line in lines[:-1]]
    assert [r["type"] for r in records] == ["person"] * 5 + ["entry"] * 6
    assert [r["name"] for r in records[:5]] == ["Ari", "Dana", "Sam", "Zoë 🌻", "נועה"]
    assert [r["when"] for r in records[5:]] == [
        "2025-10-01",
        "2025-11-03",
        "2025-11-03T09:30:05",
        "2025-11-03T09:30:05",
        "2025-11-05",
        "2025-11-08T20:15",
    ]
    assert [r["text"] for r in records[7:9]] == ["Same minute, first", "Same minute, second"]
    # text is written as itself, not as \u escapes, so the file stays readable
    assert "🫖💛" in text
    assert "שלום" in text


def test_jsonl_records_carry_every_field(rich: Journal) -> None:
    records = [json.loads(line) for line in export(rich, "jsonl").split("\n")[:-1]]
    by_name = {r["name"]: r for r in records if r["type"] == "person"}
    sam = by_name["Sam"]
    assert sam | {"created": None} == {
        "type": "person",
        "name": "Sam",
        "relationship": "friend",
        "origin": "healing_together",
        "safe": True,
        "notes": "Met at the Tuesday group.\nTexts before calling 📱.",
        "triggers": ["being rushed", "sarcasm"],
        "boundaries": ["no calls after 10pm"],
        "ended_on": None,
        "created": None,
    }
    assert by_name["Dana"]["ended_on"] == "2025-11-06"
    unicode_entry = next(
        r for r in records if r["type"] == "entry" and r["when"] == "2025-11-08T20:15"
    )
    assert unicode_entry | {"written": None} == {
        "type": "entry",
        "when": "2025-11-08T20:15",
        "written": None,
        "updated": None,
        "people": ["נועה", "Zoë 🌻"],
        "kind": "interaction",
        "safety": 4,
        "text": UNICODE_TEXT,
        "safe_text": "שקט בינינו\nand no hurry",
        "unsafe_text": "الصوت العالي",
        "tags": ["שיחה", "café", "family"],
    }
    edited = next(r for r in records if r["type"] == "entry" and r["when"] == "2025-11-05")
    assert edited["text"] == "Dana called.\nI let it ring."
    assert edited["updated"] is not None


def test_json_export_is_one_document(rich: Journal) -> None:
    document = json.loads(export(rich, "json"))
    assert document["bondlens"] == 1
    assert len(document["people"]) == 5
    assert len(document["entries"]) == 6
    assert "type" not in document["people"][0]
    assert "type" not in document["entries"][0]
    assert document["entries"][-1]["text"] == UNICODE_TEXT


def test_an_empty_journal_exports_and_imports(
    journal: Journal, make_journal: MakeJournal, counts: Counts
) -> None:
    assert export(journal, "jsonl") == ""
    assert json.loads(export(journal, "json")) == {"bondlens": 1, "people": [], "entries": []}
    assert import_text(journal, "jsonl", "") == ImportResult(0, 0, 0)
    assert import_text(journal, "json", '{"people": [], "entries": []}') == ImportResult(0, 0, 0)
    assert counts()["entry"] == counts()["person"] == 0


def test_jsonl_import_accepts_windows_line_endings_and_blank_lines(
    rich: Journal, make_journal: MakeJournal
) -> None:
    original = export(rich, "jsonl")
    crlf = "\r\n\r\n".join(original.split("\n")[:-1]) + "\r\n"
    restored = make_journal("restored")
    assert import_text(restored, "jsonl", crlf).entries == 6
    assert export(restored, "jsonl") == original


def test_import_fills_in_what_a_hand_written_file_leaves_out(journal: Journal) -> None:
    text = (
        '{"type": "person", "name": "Sam"}\n'
        '{"type": "entry", "when": "2026-03-01", "text": "just a line", "people": ["sam"]}\n'
        '{"type": "entry", "when": "2026-03-02T08:00+01:00", "text": "alone"}\n'
    )
    assert import_text(journal, "jsonl", text) == ImportResult(entries=2, people=1, skipped=0)
    sam = journal.person("Sam")
    assert (sam.relationship, sam.origin, sam.safe, sam.created.endswith("Z")) == (
        "other",
        "unknown",
        False,
        True,
    )
    newest, oldest = journal.entries(EntryFilter())
    assert (oldest.people, oldest.kind, oldest.when) == (("Sam",), "interaction", date(2026, 3, 1))
    assert newest.kind == "reflection"
    # a stamp with a zone becomes local wall-clock time
    assert newest.when == datetime(2026, 3, 2, 7, 0, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert oldest.written.endswith("Z")


# --- jsonl and json: duplicates ------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_importing_the_same_file_again_skips_what_is_already_there(
    rich: Journal, counts: Counts, fmt: str
) -> None:
    text = export(rich, fmt)
    before = counts()
    assert import_text(rich, fmt, text) == ImportResult(entries=0, people=0, skipped=6)
    assert counts() == before
    assert export(rich, fmt) == text


def test_an_entry_twice_in_one_file_is_added_once(journal: Journal, counts: Counts) -> None:
    line = '{"type": "entry", "when": "2026-03-01T10:00", "text": "same words"}\n'
    other = '{"type": "entry", "when": "2026-03-01T10:01", "text": "same words"}\n'
    result = import_text(journal, "jsonl", line + line + other)
    assert result == ImportResult(entries=2, people=0, skipped=1)
    assert counts()["entry"] == 2


# --- jsonl and json: malformed input -------------------------------------------------

GOOD_PERSON = '{"type": "person", "name": "Noa"}'
GOOD_ENTRY = '{"type": "entry", "when": "2026-03-01", "text": "fine", "people": ["Ari"]}'


@pytest.mark.parametrize(
    ("bad_line", "problem"),
    [
        ('{"type": "entry", "when": "2026-03-01", "text": ', "this is not valid JSON"),
        ("not json at all", "this is not valid JSON"),
        ('["entry", "2026-03-01"]', "expected an object"),
        ('{"type": "note", "text": "x"}', '\'type\' should be "person" or "entry"'),
        ('{"type": "entry", "text": "no date"}', "'when' is missing"),
        ('{"type": "entry", "when": "2026-02-30", "text": "x"}', "not a date I can read"),
        ('{"type": "entry", "when": "2026-03-01"}', "'text' is missing"),
        ('{"type": "entry", "when": "2026-03-01", "text": "x", "safety": "4"}', "'safety'"),
        ('{"type": "entry", "when": "2026-03-01", "text": "x", "safety": true}', "'safety'"),
        ('{"type": "entry", "when": "2026-03-01", "text": "x", "safety": 9}', "Safety goes"),
        ('{"type": "entry", "when": "2026-03-01", "text": "x", "people": "Sam"}', "'people'"),
        ('{"type": "entry", "when": "2026-03-01", "text": "x", "kind": "rant"}', "'rant'"),
        ('{"type": "entry", "when": "2026-03-01", "text": "x", "tags": ["!!"]}', "tag"),
        ('{"type": "entry", "when": "2026-03-01", "text": "   "}', "needs a few words"),
        ('{"type": "entry", "when": "2026-03-01", "text": "x", "written": "soon"}', "'soon'"),
        ('{"type": "person", "name": "Sam", "safe": "yes"}', "'safe' should be true or false"),
        ('{"type": "person", "name": "Sam", "ended_on": "May"}', "'ended_on'"),
        ('{"type": "person", "name": "Sam", "relationship": "boss"}', "'boss'"),
        ('{"type": "person", "name": ""}', "needs a name"),
        ('{"type": "person"}', "'name' is missing"),
    ],
)
def test_a_malformed_jsonl_line_is_named_and_nothing_is_imported(
    rich: Journal, counts: Counts, bad_line: str, problem: str
) -> None:
    text = "\n".join([GOOD_PERSON, "", GOOD_ENTRY, bad_line, GOOD_ENTRY]) + "\n"
    before = counts()
    with pytest.raises(InvalidInput) as caught:
        import_text(rich, "jsonl", text)
    assert caught.value.message.startswith("Line 4: ")
    assert problem in caught.value.message
    assert counts() == before


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ('{\n  "people": [],\n  "entries": [\n    {"when": }\n  ]\n}', "Line 4: "),
        ("[]", "not a bondlens export"),
        ('{"entries": {}}', "not a bondlens export"),
        ('{"people": {"name": "Sam"}, "entries": []}', '"people" should be a list'),
        ('{"people": [{"name": "Sam"}, {"name": 7}], "entries": []}', "Person 2: 'name'"),
        ('{"entries": [{"when": "2026-03-01", "text": "ok"}, {"text": "x"}]}', "Entry 2: 'when'"),
        ('{"entries": [{"when": "2026-03-01", "text": "x", "safety": 0}]}', "Entry 1: Safety"),
    ],
)
def test_a_malformed_json_document_is_explained_and_nothing_is_imported(
    rich: Journal, counts: Counts, document: str, problem: str
) -> None:
    before = counts()
    with pytest.raises(InvalidInput) as caught:
        import_text(rich, "json", document)
    assert problem in caught.value.message
    assert counts() == before


# --- jrnl ----------------------------------------------------------------------------


@pytest.fixture
def jrnl_export(data_dir: Path) -> str:
    """``jrnl --export json`` output, as jrnl 4.x writes it."""
    return (data_dir / "jrnl-export.json").read_text(encoding="utf-8")


def test_jrnl_import_keeps_tags_as_tags(journal: Journal, jrnl_export: str, counts: Counts) -> None:
    assert import_text(journal, "jrnl-json", jrnl_export) == ImportResult(4, 0, 0)
    found = [(e.when, e.text, e.people, e.kind, e.tags) for e in journal.entries(EntryFilter())]
    assert found == [
        (
            datetime(2024, 3, 18, 9, 0),
            "Slept badly. No one to blame, just a heavy week.",
            (),
            "reflection",
            (),
        ),
        (
            datetime(2024, 3, 17, 16, 5),
            "Long walk with @Sam and @Noa by the river, café after 🙂 — שלום",
            (),
            "reflection",
            ("sam", "noa"),
        ),
        (
            datetime(2024, 3, 16, 21, 40),
            "Dana called again. Same apology as last month.\n\n"
            "I said I needed a week before we talk. @dana",
            (),
            "reflection",
            ("dana", "starred"),
        ),
        (
            datetime(2024, 3, 14, 8, 15),
            "Coffee with Sam before work. He noticed I was tired and didn't push. @sam #work",
            (),
            "reflection",
            ("sam", "work"),
        ),
    ]
    assert counts()["person"] == 0


def test_jrnl_import_can_turn_at_tags_into_people(
    journal: Journal, make_person: MakePerson, jrnl_export: str
) -> None:
    make_person("Sam", relationship="friend")
    result = import_text(journal, "jrnl-json", jrnl_export, people_from_tags=True)
    assert result == ImportResult(entries=4, people=2, skipped=0)  # dana and noa are new
    found = [(e.people, e.kind, e.tags) for e in journal.entries(EntryFilter())]
    assert found == [
        ((), "reflection", ()),
        (("Sam", "noa"), "interaction", ()),
        (("dana",), "interaction", ("starred",)),
        (("Sam",), "interaction", ("work",)),
    ]
    assert journal.person("Sam").relationship == "friend"  # the existing Sam, kept as is
    assert {s.person.name: s.entry_count for s in journal.people()} == {
        "dana": 1,
        "noa": 1,
        "Sam": 2,
    }


def test_importing_the_same_jrnl_export_again_skips_duplicates(
    journal: Journal, jrnl_export: str, counts: Counts
) -> None:
    import_text(journal, "jrnl-json", jrnl_export, people_from_tags=True)
    before = counts()
    again = import_text(journal, "jrnl-json", jrnl_export, people_from_tags=True)
    assert again == ImportResult(entries=0, people=0, skipped=4)
    assert counts() == before
    # the same entries read without people are still the same entries
    assert import_text(journal, "jrnl-json", jrnl_export).skipped == 4
    assert counts() == before


def test_jrnl_entry_with_a_title_only_and_no_time(journal: Journal) -> None:
    document = {"entries": [{"title": "Just a title", "body": "", "date": "2024-01-02"}]}
    assert import_text(journal, "jrnl-json", json.dumps(document)).entries == 1
    (entry,) = journal.entries(EntryFilter())
    assert (entry.text, entry.when, entry.tags) == ("Just a title", date(2024, 1, 2), ())


def _jrnl(**overrides: Any) -> str:
    good = {"title": "ok.", "body": "", "date": "2024-03-01", "time": "10:00", "tags": []}
    return json.dumps({"tags": {}, "entries": [good, good | overrides]}, indent=2)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"tags": {}, "entries": [', "Line 1: this is not valid JSON"),
        ("[]", "not a jrnl JSON export"),
        ('{"tags": {}}', "not a jrnl JSON export"),
        ('{"entries": ["just text"]}', "Entry 1: expected an object"),
        (_jrnl(date=None), "Entry 2: 'date' is missing"),
        (_jrnl(date="14/03/2024"), "Entry 2: 14/03/2024"),
        (_jrnl(time="25:99"), "Entry 2: "),
        (_jrnl(tags="@sam"), "Entry 2: 'tags' should be a list"),
        (_jrnl(title=["a"]), "Entry 2: 'title' should be text"),
        (_jrnl(title="", body=""), "Entry 2: An entry needs a few words"),
        (_jrnl(tags=["@a*b"]), "Entry 2: '@a*b' can't be used as a tag"),
    ],
)
def test_a_malformed_jrnl_export_is_explained_and_nothing_is_imported(
    rich: Journal, counts: Counts, text: str, problem: str
) -> None:
    before = counts()
    with pytest.raises(InvalidInput) as caught:
        import_text(rich, "jrnl-json", text)
    assert problem in caught.value.message
    assert counts() == before


# --- markdown ------------------------------------------------------------------------


def test_markdown_export_reads_as_a_journal(
    journal: Journal, make_person: MakePerson, make_entry: MakeEntry
) -> None:
    make_person(
        "Sam_the_*best*",
        relationship="group_leader",
        origin="healing_together",
        safe=True,
        triggers=("being rushed",),
        boundaries=("text first",),
    )
    make_person("Dana", relationship="ex_partner")
    journal.end_person("Dana", date(2025, 11, 6))
    make_entry(
        "Group ran late.\nI left early and that was fine. 🙂",
        when=datetime(2026, 3, 14, 21, 30),
        people=("sam_the_*best*", "Noa"),
        safety=4,
        safe_text="nobody asked why",
        unsafe_text="the room got loud",
        kind="interaction",
        tags=("group", "evening"),
    )
    make_entry("A quiet day at home.", when=date(2026, 3, 1), kind="reflection")

    text = export(journal, "markdown")
    assert text.startswith("# My connection journal\n")
    assert text.endswith("\n")
    assert "\n## People\n\n" in text
    assert (
        "- **Sam\\_the\\_\\*best\\***: group leader · bond began: healing together"
        " · a safe person · triggers: being rushed · boundaries: text first\n"
    ) in text
    assert "- **Dana**: ex partner · past, since 2025-11-06\n" in text
    assert "- **Noa**: other\n" in text
    quiet = text.index("### Sun 01 Mar 2026\n\n*reflection*\n\nA quiet day at home.\n")
    group = text.index(
        "### Sat 14 Mar 2026, 21:30 · Sam\\_the\\_\\*best\\*, Noa\n\n"
        "*interaction · safety 4 of 5 (safe) · #group #evening*\n\n"
        "Group ran late.  \nI left early and that was fine. 🙂\n\n"
        "> What felt safe: nobody asked why\n\n"
        "> What felt unsafe: the room got loud\n"
    )
    assert text.index("## People") < text.index("## Entries") < quiet < group  # oldest first


def test_markdown_export_of_an_empty_journal(journal: Journal) -> None:
    assert export(journal, "markdown") == "# My connection journal\n\n## Entries\n"


def test_import_batches_are_plain_data(jrnl_export: str) -> None:
    batch = formats.importer("jrnl-json").read(jrnl_export, ImportOptions())
    assert isinstance(batch, ImportBatch)
    assert [loc.where for loc in batch.entries] == ["Entry 1", "Entry 2", "Entry 3", "Entry 4"]
    assert batch.people == []


def test_jrnl_titles_without_a_full_stop_stood_on_their_own_line() -> None:
    from bondlens.formats import ImportOptions, importer

    document = (
        '{"tags": {}, "entries": ['
        '{"title": "Rough evening with Sam", "body": "I tried to explain.", '
        '"date": "2024-03-01", "time": "21:00", "tags": [], "starred": false},'
        '{"title": "Long day.", "body": "Slept early.", '
        '"date": "2024-03-02", "time": "22:00", "tags": [], "starred": false}]}'
    )
    batch = importer("jrnl-json").read(document, ImportOptions())
    assert [e.item.text for e in batch.entries] == [
        "Rough evening with Sam\nI tried to explain.",
        "Long day. Slept early.",
    ]


def test_markdown_shows_what_was_written_not_formatting() -> None:
    from io import StringIO

    from bondlens.exchange import ExportData
    from bondlens.formats.markdown import Markdown

    entry = Entry(
        text="# one thing I learned\n- not a list\n3. not numbered\n*not bold* <b>",
        when=date(2026, 1, 1),
        people=("Al_ex",),
    )
    out = StringIO()
    Markdown().write(ExportData(people=[], entries=[entry], entry_count=1), out)
    body = out.getvalue().split("### ", 1)[1]
    assert body.startswith("Thu 01 Jan 2026 · Al\\_ex\n")
    lines = body.split("\n\n", 2)[2].splitlines()
    assert lines == [
        "\\# one thing I learned  ",
        "\\- not a list  ",
        "3\\. not numbered  ",
        "\\*not bold\\* \\<b\\>",
    ]
