"""``bondlens person add | list | show | edit | end | delete``, through the real ``run``."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bondlens import messages
from cli_helpers import Cli


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "home")


def person(cli: Cli, name: str) -> dict[str, Any]:
    shown: dict[str, Any] = cli.json("person", "show", name)
    return shown


# --- add -----------------------------------------------------------------------------
def test_person_add_keeps_every_detail(cli: Cli) -> None:
    result = cli.ok(
        *("person", "add", "Maya", "--relationship", "Friend", "--origin", "healing_together"),
        *("--note", "Met at group.\nKind.", "--safe"),
        *("--trigger", "raised voices", "--boundary", "no calls after 10"),
    )
    assert result.out.strip() == messages.PERSON_NEW.format(name="Maya")
    maya = person(cli, "maya")
    assert (maya["name"], maya["relationship"], maya["origin"]) == (
        "Maya",
        "friend",
        "healing_together",
    )
    assert (maya["notes"], maya["safe"], maya["active"]) == ("Met at group.\nKind.", True, True)
    assert (maya["triggers"], maya["boundaries"]) == (["raised voices"], ["no calls after 10"])
    assert (maya["entry_count"], maya["last_contact"], maya["recent"]) == (0, None, [])


def test_person_add_has_gentle_defaults(cli: Cli) -> None:
    added = cli.json("person", "add", "R.")
    assert (added["relationship"], added["origin"], added["safe"]) == ("other", "unknown", False)


def test_person_add_refuses_a_name_already_taken_in_any_case(cli: Cli) -> None:
    cli.ok("person", "add", "Sam", "--note", "the first")
    failed = cli.fails("person", "add", "SAM", "--note", "the second")
    assert "already in your people" in failed.err
    [sam] = cli.people()
    assert (sam["name"], sam["notes"]) == ("Sam", "the first")


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["  "], 1),  # no name
        (["x" * 81], 1),  # too long
        (["Sam", "--relationship", "boss"], 2),  # not one of the choices
        (["Sam", "--origin", "fate"], 2),
    ],
)
def test_person_add_refuses_bad_details(cli: Cli, args: list[str], code: int) -> None:
    cli.fails("person", "add", *args, code=code)
    assert cli.people() == []


# --- list ----------------------------------------------------------------------------
def test_person_list_counts_entries_and_last_contact(cli: Cli) -> None:
    cli.ok("person", "add", "Maya", "--safe")
    cli.ok("add", "Call with Jordan", "-p", "Jordan", "-w", "2024-02-01")
    cli.ok("add", "Dinner with Jordan and Maya", "-p", "Jordan", "-p", "Maya", "-w", "2024-02-09")
    found = {p["name"]: p for p in cli.people()}
    assert set(found) == {"Maya", "Jordan"}
    assert (found["Jordan"]["entry_count"], found["Jordan"]["last_contact"]) == (2, "2024-02-09")
    assert (found["Maya"]["entry_count"], found["Maya"]["safe"]) == (1, True)
    out = cli.ok("person", "list").out
    assert "Jordan" in out
    assert "2 entries" in out
    assert "♥ safe" in out


def test_person_list_filters_safe_past_and_active(cli: Cli) -> None:
    cli.ok("person", "add", "Maya", "--safe")
    cli.ok("person", "add", "Jordan", "--relationship", "ex_partner")
    cli.ok("person", "end", "Jordan", "--on", "2024-01-31")
    names = {
        flag: [p["name"] for p in cli.json("person", "list", flag)]
        for flag in ("--safe", "--past", "--active")
    }
    assert names == {"--safe": ["Maya"], "--past": ["Jordan"], "--active": ["Maya"]}


def test_person_list_when_empty_says_how_to_start(cli: Cli) -> None:
    result = cli.ok("person", "list")
    assert (result.out, result.err.strip()) == ("", messages.NO_PEOPLE)
    assert cli.people() == []


# --- show ----------------------------------------------------------------------------
def test_person_show_lists_recent_entries_newest_first(cli: Cli) -> None:
    for day in (1, 2, 3):
        cli.ok("add", f"Talk {day}", "-p", "Alex", "-w", f"2024-05-0{day}")
    cli.ok("add", "About someone else", "-p", "Kim")
    alex = person(cli, "ALEX")
    assert [e["text"] for e in alex["recent"]] == ["Talk 3", "Talk 2", "Talk 1"]
    fewer = cli.json("person", "show", "Alex", "-n", "1")
    assert [e["text"] for e in fewer["recent"]] == ["Talk 3"]
    out = cli.ok("person", "show", "Alex").out
    assert "Alex" in out
    assert "Talk 3" in out
    assert "About someone else" not in out


def test_person_show_explains_an_unknown_name(cli: Cli) -> None:
    failed = cli.fails("person", "show", "Nobody")
    assert failed.err.strip() == messages.PERSON_NOT_FOUND.format(name="Nobody")


# --- edit ----------------------------------------------------------------------------
def test_person_edit_renames_and_entries_follow(cli: Cli) -> None:
    cli.ok("add", "Walk with Sam", "-p", "Sam")
    result = cli.ok("person", "edit", "sam", "--name", "Samuel", "--relationship", "sibling")
    assert result.out.strip() == messages.PERSON_SAVED.format(name="Samuel")
    assert cli.names() == ["Samuel"]
    assert cli.texts("--person", "Samuel") == ["Walk with Sam"]
    assert cli.entries()[0]["people"] == ["Samuel"]
    cli.fails("person", "show", "Sam")


def test_person_edit_changes_only_what_is_named(cli: Cli) -> None:
    cli.ok("person", "add", "Maya", "--safe", "--note", "old", "--trigger", "a", "--trigger", "b")
    edited = cli.json(
        *("person", "edit", "Maya", "--not-safe", "--note", "new"),
        *("--remove-trigger", "A", "--trigger", "c", "--boundary", "ask first"),
    )
    assert (edited["safe"], edited["notes"]) == (False, "new")
    assert (edited["triggers"], edited["boundaries"]) == (["b", "c"], ["ask first"])
    assert (edited["relationship"], edited["origin"]) == ("other", "unknown")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["Maya"], messages.NOTHING_TO_CHANGE),
        (["Maya", "--name", "jordan"], "already in your people"),
        (["Maya", "--name", " "], messages.PERSON_NAME_EMPTY),
        (["Nobody", "--safe"], "no one called 'Nobody'"),
    ],
)
def test_person_edit_refuses_and_changes_nothing(cli: Cli, args: list[str], says: str) -> None:
    cli.ok("person", "add", "Maya")
    cli.ok("person", "add", "Jordan")
    before = cli.people()
    assert says in cli.fails("person", "edit", *args).err
    assert cli.people() == before


# --- end -----------------------------------------------------------------------------
def test_person_end_marks_the_relationship_past_and_edit_can_reopen(cli: Cli) -> None:
    cli.ok("person", "add", "Jordan")
    said = cli.ok("person", "end", "jordan", "--on", "2024-01-31").out
    assert "Jordan" in said
    assert "2024-01-31" in said
    jordan = person(cli, "Jordan")
    assert (jordan["ended_on"], jordan["active"]) == ("2024-01-31", False)
    cli.ok("add", "Still thinking about Jordan", "-p", "Jordan")  # past people can be written about
    assert person(cli, "Jordan")["entry_count"] == 1
    cli.ok("person", "edit", "Jordan", "--active")
    assert person(cli, "Jordan")["ended_on"] is None


def test_person_end_accepts_plain_words(cli: Cli) -> None:
    cli.ok("person", "add", "Jordan")
    before = date.today()
    cli.ok("person", "end", "Jordan", "--on", "yesterday")
    expected = {(d - timedelta(days=1)).isoformat() for d in (before, date.today())}
    assert person(cli, "Jordan")["ended_on"] in expected


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["Jordan", "--on", (date.today() + timedelta(days=400)).isoformat()], 1, "future"),
        (["Jordan", "--on", "whenever"], 1, "couldn't read 'whenever' as a date"),
        (["Nobody", "--on", "today"], 1, "no one called 'Nobody'"),
        (["Jordan"], 2, "Missing option '--on'"),
    ],
)
def test_person_end_refuses_and_changes_nothing(
    cli: Cli, args: list[str], code: int, says: str
) -> None:
    cli.ok("person", "add", "Jordan")
    assert says in cli.fails("person", "end", *args, code=code).err
    assert person(cli, "Jordan")["active"] is True


# --- delete --------------------------------------------------------------------------
def test_person_delete_refuses_without_yes_when_not_at_a_terminal(cli: Cli) -> None:
    cli.ok("person", "add", "Jordan")
    assert cli.fails("person", "delete", "Jordan").err.strip() == messages.CONFIRM_NEEDED
    assert cli.names() == ["Jordan"]


def test_person_delete_with_yes_keeps_their_entries(cli: Cli) -> None:
    cli.ok("add", "Hard evening with Jordan", "-p", "Jordan", "-p", "Maya")
    result = cli.ok("person", "delete", "jordan", "--yes")
    assert result.out.strip() == messages.PERSON_DELETED.format(name="Jordan")
    assert cli.names() == ["Maya"]
    [entry] = cli.entries()
    assert (entry["text"], entry["people"]) == ("Hard evening with Jordan", ["Maya"])
    assert "no one called 'Jordan'" in cli.fails("list", "--person", "Jordan").err


def test_person_delete_explains_an_unknown_name(cli: Cli) -> None:
    assert "no one called 'Nobody'" in cli.fails("person", "delete", "Nobody", "--yes").err
