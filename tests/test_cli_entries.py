"""``bondlens add | list | search | show | edit | delete``, through the real ``run``."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bondlens import messages
from bondlens.config import DEFAULT_MAX_ENTRY_CHARS
from cli_helpers import Cli


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "home")


@pytest.fixture
def filled(cli: Cli) -> Cli:
    """Four entries over March 2024, about Sam, Alex, both, and no one."""
    cli.add("Coffee with Sam, felt easy", "-p", "Sam", "-w", "2024-03-01", "-t", "coffee")
    cli.add("Argument with Alex about money", "-p", "Alex", "-w", "2024-03-10", "-t", "hard")
    cli.add(
        "Walk with Sam and Alex",
        *("-p", "Sam", "-p", "Alex", "-w", "2024-03-20 18:00", "-t", "walk", "-t", "hard"),
    )
    cli.add("Journaling alone about the week", "-w", "2024-03-25")
    return cli


# --- add -----------------------------------------------------------------------------
def test_add_saves_every_field_and_show_reads_it_back(cli: Cli) -> None:
    saved = cli.add(
        "Tea with Noor",
        *("--person", "Noor", "-p", "Zoë", "--when", "2024-03-14 21:30", "--safety", "4"),
        *("--safe-text", "she listened", "--unsafe-text", "the loud café", "--kind", "check_in"),
        *("--tag", "tea", "-t", "Good Day"),
    )
    assert saved["text"] == "Tea with Noor"
    assert saved["people"] == ["Noor", "Zoë"]
    assert saved["when"] == "2024-03-14T21:30"
    assert (saved["safety"], saved["kind"]) == (4, "check_in")
    assert (saved["safe_text"], saved["unsafe_text"]) == ("she listened", "the loud café")
    assert saved["tags"] == ["tea", "good-day"]
    assert saved["new_people"] == ["Noor", "Zoë"]
    shown = cli.json("show", str(saved["id"]))
    assert saved["crisis"]["flag"] is False
    assert shown == {k: v for k, v in saved.items() if k != "new_people"}  # crisis too


def test_add_says_who_is_new_and_which_entry_it_saved(cli: Cli) -> None:
    first = cli.ok("add", "Coffee", "with", "Sam", "--person", "Sam")
    assert first.out.splitlines() == [
        messages.PERSON_NEW.format(name="Sam"),
        messages.SAVED.format(id=1),
    ]
    again = cli.ok("add", "Lunch with Sam", "--person", "sam")  # same person, any case
    assert again.out.splitlines() == [messages.SAVED.format(id=2)]
    assert cli.names() == ["Sam"]
    assert sorted(cli.texts("--person", "Sam")) == ["Coffee with Sam", "Lunch with Sam"]


def test_add_reads_the_text_from_stdin_when_none_is_given(cli: Cli) -> None:
    cli.ok("add", "--when", "2024-01-02", input="A long day.\n\n\tStill here 🙂\n")
    [entry] = cli.entries()
    assert entry["text"] == "A long day.\n\n\tStill here 🙂"


def test_add_picks_the_kind_from_whether_people_are_named(cli: Cli) -> None:
    assert cli.add("About someone", "-p", "Sam")["kind"] == "interaction"
    assert cli.add("About me")["kind"] == "reflection"


def test_add_without_when_means_now(cli: Cli) -> None:
    before = datetime.now().replace(second=0, microsecond=0)
    when = datetime.fromisoformat(cli.add("Right now")["when"])
    assert before <= when <= datetime.now()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2024-03-14", "2024-03-14"),
        ("2024-03-14 21:30", "2024-03-14T21:30"),
        ("2024-03-14T21:30", "2024-03-14T21:30"),
        ("2024-03-14T21:30:15", "2024-03-14T21:30:15"),
    ],
)
def test_when_accepts_iso_dates_and_times(cli: Cli, typed: str, stored: str) -> None:
    assert cli.add("Dated", "--when", typed)["when"] == stored


@pytest.mark.parametrize(
    ("typed", "days_back"),
    [("today", 0), ("yesterday", 1), ("Yesterday", 1), ("3 days ago", 3), ("2 weeks ago", 14)],
)
def test_when_accepts_plain_words(cli: Cli, typed: str, days_back: int) -> None:
    before = date.today()
    when = cli.add("Dated in words", "--when", typed)["when"]
    expected = {(day - timedelta(days=days_back)).isoformat() for day in (before, date.today())}
    assert when in expected  # a whole day, whichever side of midnight the test ran


@pytest.mark.parametrize(
    ("args", "stdin", "says"),
    [
        (["Hello", "--safety", "0"], None, "Safety goes from 1"),
        (["Hello", "--safety", "6"], None, "so 6 doesn't fit"),
        ([""], None, messages.ENTRY_EMPTY),
        ([], "   \n\t\n", messages.ENTRY_EMPTY),
        (["Hello", "--when", "next blursday"], None, "couldn't read 'next blursday' as a date"),
        (["Hello", "--tag", "not a tag!"], None, "can't be used as a tag"),
        (["Hello", "--person", "  "], None, messages.PERSON_NAME_EMPTY),
    ],
)
def test_add_refuses_what_it_cannot_save_and_changes_nothing(
    cli: Cli, args: list[str], stdin: str | None, says: str
) -> None:
    failed = cli.fails("add", *args, "--person", "Newcomer", input=stdin)
    assert says in failed.err
    assert cli.entries() == []
    assert cli.people() == []  # the unknown person was not created either


def test_an_entry_over_the_size_limit_is_refused_with_the_numbers(cli: Cli) -> None:
    failed = cli.fails("add", input="x" * (DEFAULT_MAX_ENTRY_CHARS + 1))
    assert f"{DEFAULT_MAX_ENTRY_CHARS + 1:,} characters" in failed.err
    assert f"up to {DEFAULT_MAX_ENTRY_CHARS:,}" in failed.err
    cli.ok("add", input="x" * DEFAULT_MAX_ENTRY_CHARS)
    assert [len(text) for text in cli.texts()] == [DEFAULT_MAX_ENTRY_CHARS]


def test_the_size_limit_follows_bondlens_max_entry_chars(cli: Cli) -> None:
    small = {"BONDLENS_MAX_ENTRY_CHARS": "1000"}
    failed = cli.fails("add", input="y" * 1001, env=small)
    assert "up to 1,000" in failed.err
    cli.ok("add", input="y" * 1000, env=small)
    assert len(cli.entries()) == 1


# --- list ----------------------------------------------------------------------------
def test_list_is_newest_first(filled: Cli) -> None:
    assert filled.texts() == [
        "Journaling alone about the week",
        "Walk with Sam and Alex",
        "Argument with Alex about money",
        "Coffee with Sam, felt easy",
    ]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (["--person", "sam"], ["Walk with Sam and Alex", "Coffee with Sam, felt easy"]),
        (
            ["--since", "2024-03-10", "--until", "2024-03-20"],
            ["Walk with Sam and Alex", "Argument with Alex about money"],
        ),
        (["--until", "2024-03-01"], ["Coffee with Sam, felt easy"]),
        (["--tag", "hard"], ["Walk with Sam and Alex", "Argument with Alex about money"]),
        (["--tag", "hard", "--tag", "walk"], ["Walk with Sam and Alex"]),
        (["--kind", "reflection"], ["Journaling alone about the week"]),
        (["--person", "Alex", "--tag", "coffee"], []),
    ],
)
def test_list_filters_narrow_the_entries(
    filled: Cli, filters: list[str], expected: list[str]
) -> None:
    assert filled.texts(*filters) == expected


def test_list_shows_twenty_by_default_and_n_changes_it(cli: Cli) -> None:
    for day in range(1, 26):
        cli.ok("add", f"Day {day}", "--when", f"2024-01-{day:02d}")
    assert len(cli.json("list")) == 20
    assert [e["text"] for e in cli.json("list", "-n", "2")] == ["Day 25", "Day 24"]
    assert len(cli.json("list", "-n", "0")) == 25


def test_list_text_shows_ids_people_and_a_preview(filled: Cli) -> None:
    filled.ok("add", "one\ntwo\nthree\nfour\nfive", "-w", "2024-04-01")
    out = filled.ok("list").out
    assert "#1" in out
    assert "#4" in out
    assert "Walk with Sam and Alex" in out
    assert "three …" in out
    assert "five" not in out


def test_list_markdown_has_a_section_per_entry(filled: Cli) -> None:
    out = filled.ok("list", "--person", "Alex", "--format", "markdown").out
    assert out.startswith("# My connection journal")
    assert out.count("\n### ") == 2
    assert "Walk with Sam and Alex" in out
    assert "Argument with Alex about money" in out
    assert "Coffee" not in out


def test_an_empty_list_says_so_on_stderr(cli: Cli) -> None:
    result = cli.ok("list")
    assert (result.out, result.err.strip()) == ("", messages.NO_ENTRIES)
    assert cli.json("list") == []


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--person", "Nobody"], "no one called 'Nobody'"),
        (["--since", "the other day"], "couldn't read 'the other day' as a date"),
        (["--tag", "?!"], "can't be used as a tag"),
    ],
)
def test_list_refuses_unknown_people_and_bad_filters(
    filled: Cli, args: list[str], says: str
) -> None:
    assert says in filled.fails("list", *args).err


# --- search --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["alex"], {"Argument with Alex about money", "Walk with Sam and Alex"}),
        (["walk", "ALEX"], {"Walk with Sam and Alex"}),  # every word, any case
        (["argu"], {"Argument with Alex about money"}),  # word beginnings match
        (["money", "sam"], set()),
    ],
)
def test_search_finds_entries_with_every_word(
    filled: Cli, words: list[str], expected: set[str]
) -> None:
    assert {e["text"] for e in filled.json("search", *words)} == expected


def test_search_limits_and_prints_text(filled: Cli) -> None:
    assert len(filled.json("search", "with", "-n", "2")) == 2
    out = filled.ok("search", "coffee").out
    assert "#1" in out
    assert "Coffee with Sam" in out


def test_search_without_matches_says_so(filled: Cli) -> None:
    result = filled.ok("search", "nowhere")
    assert (result.out, result.err.strip()) == ("", messages.NO_MATCHES)
    assert filled.fails("search", '"').err.strip() == messages.SEARCH_EMPTY


def test_search_finds_unicode_words(cli: Cli) -> None:
    cli.add("Tea with Noor نور, felt calm 🌿")
    assert [e["text"] for e in cli.json("search", "نور")] == ["Tea with Noor نور, felt calm 🌿"]


# --- show ----------------------------------------------------------------------------
def test_show_prints_the_whole_entry(cli: Cli) -> None:
    long_text = "\n".join(f"line {n}" for n in range(1, 8))
    cli.add(long_text, "-p", "Sam", "-s", "2", "--safe-text", "he left", "--unsafe-text", "yelling")
    out = cli.ok("show", "1").out
    assert "line 7" in out
    assert "…" not in out
    assert "What felt safe: he left" in out
    assert "What felt unsafe: yelling" in out
    assert "Sam" in out
    assert "safety 2 of 5 (unsafe)" in out


def test_show_accepts_a_hash_before_the_number(filled: Cli) -> None:
    assert filled.json("show", "#2")["text"] == "Argument with Alex about money"


@pytest.mark.parametrize(
    ("raw", "says"),
    [("99", "no entry #99"), ("abc", "'abc' is not an entry number"), ("0", "not an entry")],
)
def test_show_explains_a_wrong_id(filled: Cli, raw: str, says: str) -> None:
    assert says in filled.fails("show", raw).err


# --- edit ----------------------------------------------------------------------------
def test_edit_changes_only_what_is_named(filled: Cli) -> None:
    before = filled.json("show", "2")
    after = filled.json("edit", "2", "--safety", "3", "--add-tag", "money")
    assert (after["safety"], after["tags"]) == (3, ["hard", "money"])
    assert after["updated"] is not None
    unchanged = ("text", "when", "people", "kind", "written", "safe_text", "unsafe_text")
    assert {k: after[k] for k in unchanged} == {k: before[k] for k in unchanged}


def test_edit_replaces_fields_and_adds_new_people(filled: Cli) -> None:
    result = filled.ok(
        *("edit", "3", "--text", "A walk, rewritten", "--when", "2024-03-21", "--tag", "calm"),
        *("--remove-person", "Alex", "--add-person", "Kim", "--kind", "micro_share"),
    )
    assert result.out.splitlines() == [
        messages.PERSON_NEW.format(name="Kim"),
        messages.UPDATED.format(id=3),
    ]
    entry = filled.json("show", "3")
    assert entry["text"] == "A walk, rewritten"
    assert (entry["when"], entry["kind"], entry["tags"]) == ("2024-03-21", "micro_share", ["calm"])
    assert entry["people"] == ["Sam", "Kim"]
    assert "Kim" in filled.names()


def test_edit_reads_new_text_from_stdin_and_can_clear_safety(cli: Cli) -> None:
    cli.add("Old words", "-s", "2")
    cli.ok("edit", "1", "--text", "-", "--no-safety", input="New words\nfrom stdin\n")
    entry = cli.json("show", "1")
    assert (entry["text"], entry["safety"]) == ("New words\nfrom stdin", None)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["2"], messages.NOTHING_TO_CHANGE),
        (["2", "--safety", "9"], "so 9 doesn't fit"),
        (["2", "--text", " "], messages.ENTRY_EMPTY),
        (["2", "--when", "someday"], "couldn't read 'someday'"),
        (["42", "--safety", "3"], "no entry #42"),
    ],
)
def test_edit_refuses_and_leaves_the_entry_as_it_was(
    filled: Cli, args: list[str], says: str
) -> None:
    before = filled.entries()
    assert says in filled.fails("edit", *args).err
    assert filled.entries() == before


# --- delete --------------------------------------------------------------------------
def test_delete_refuses_without_yes_when_not_at_a_terminal(filled: Cli) -> None:
    failed = filled.fails("delete", "2", input="y\n")
    assert failed.err.strip() == messages.CONFIRM_NEEDED
    assert len(filled.entries()) == 4


@pytest.mark.parametrize("flag", ["--yes", "-y"])
def test_delete_with_yes_removes_only_that_entry(filled: Cli, flag: str) -> None:
    assert filled.ok("delete", "2", flag).out.strip() == messages.DELETED.format(id=2)
    assert "Argument with Alex about money" not in filled.texts()
    assert len(filled.entries()) == 3
    assert "no entry #2" in filled.fails("show", "2").err
    assert sorted(filled.names()) == ["Alex", "Sam"]  # the people stay


@pytest.mark.parametrize("args", [["99"], ["99", "--yes"], ["two", "--yes"]])
def test_delete_explains_a_wrong_id(filled: Cli, args: list[str]) -> None:
    filled.fails("delete", *args)
    assert len(filled.entries()) == 4
