"""``reanalyze``, ``notes``, ``note`` and ``search --semantic``, through the real entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from bondlens import messages
from cli_helpers import Cli

BURDEN = "She has a newborn, the last thing she needs is my mess."
HARM = "He shoved me against the wall, then cried and said sorry."
WALK = "We walked by the river and talked about the weather in the hills."


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "home")


@pytest.fixture
def filled(cli: Cli) -> Cli:
    cli.ok("add", BURDEN, "--person", "Priya")
    cli.ok("add", HARM, "--person", "Jordan", "--safety", "1")
    cli.ok("add", WALK, "--person", "Sam", "--safety", "5")
    return cli


def test_reanalyze_reads_what_is_waiting_once(filled: Cli) -> None:
    out = filled.ok("reanalyze").out
    assert out.splitlines()[-1] == messages.READING_DONE.format(count=3, entries="entries")
    # the closer reading hears danger in being shoved (#2), which the quick check let pass
    assert out.startswith(messages.READ_CRISIS_NOTICE.format(entries="entry #2"))
    assert filled.ok("reanalyze").out.strip() == messages.READING_NOTHING
    again = filled.json("reanalyze", "--all")
    assert again["read"] == 3
    assert again["waiting"] == 0
    assert again["reader"].startswith("all-MiniLM-L6-v2/")


def test_notes_show_what_was_found_in_plain_words(filled: Cli) -> None:
    shown = filled.ok("notes", "1").out
    assert messages.NOTES_INTRO in shown
    assert "This sounds like the belief “I don't want to be a burden”." in shown
    assert BURDEN in shown
    harm = filled.ok("notes", "#2").out
    assert "This may describe a hurtful moment." in harm


def test_notes_json_lists_every_finding(filled: Cli) -> None:
    found = filled.json("notes", "1")
    assert found["entry"] == 1
    assert found["read"] is True
    beliefs = [n for n in found["notes"] if n["kind"] == "belief"]
    assert beliefs[0] == {
        "kind": "belief",
        "id": "burden",
        "score": beliefs[0]["score"],
        "quote": BURDEN,
        "verdict": None,
    }
    assert 0.5 < beliefs[0]["score"] <= 1


def test_answers_are_kept_and_respected(filled: Cli) -> None:
    assert filled.ok("note", "1", "not-this", "burden").out.strip() == (
        messages.NOTE_SAVED_DISMISSED
    )
    shown = filled.ok("notes", "1").out
    assert "I don't want to be a burden" not in shown
    assert "Not this (your answer): burden" in shown
    filled.ok("reanalyze", "--all")
    assert "I don't want to be a burden" not in filled.ok("notes", "1").out
    filled.ok("note", "1", "undo", "burden")
    assert "I don't want to be a burden" in filled.ok("notes", "1").out
    filled.ok("note", "3", "fits", "mutual-growth")
    confirmed = filled.json("notes", "3")["notes"]
    assert {"kind": "marker", "id": "mutual_growth", "verdict": "confirmed"}.items() <= (
        confirmed[0].items()
    )
    assert "You said this fits." in filled.ok("notes", "3").out


def test_wrong_answers_get_one_clear_line(filled: Cli) -> None:
    assert "no marker called 'sadness'" in filled.fails("note", "1", "fits", "sadness").err
    assert "no entry #9" in filled.fails("note", "9", "fits", "burden").err
    assert "no entry #9" in filled.fails("notes", "9").err
    filled.fails("note", "1", "maybe", "burden", code=2)


def test_search_by_meaning_finds_other_words(filled: Cli) -> None:
    found = filled.json("search", "--semantic", "a stroll along the water")
    assert found[0]["text"] == WALK
    assert found[0]["similarity"] > 0.3
    similarities = [f["similarity"] for f in found]
    assert similarities == sorted(similarities, reverse=True)
    text = filled.ok("search", "-m", "he got violent and then apologised", "-n", "1").out
    assert HARM in text
    assert WALK not in text
    assert filled.json("search", "walked")[0]["text"] == WALK


def test_search_by_meaning_keeps_to_one_person(filled: Cli) -> None:
    found = filled.json("search", "-m", "he got violent and then apologised", "-p", "Sam")
    assert all(f["people"] == ["Sam"] for f in found)


def test_reading_switched_off(filled: Cli) -> None:
    off = {"BONDLENS_READING": "off"}
    assert filled.ok("reanalyze", env=off).out.strip() == messages.READING_IS_OFF
    assert filled.ok("notes", "1", env=off).out.strip() == messages.NOTES_OFF
    assert "switched off" in filled.fails("search", "-m", "walk", env=off).err
    assert filled.json("notes", "1", env=off)["read"] is False


# --- support the closer reading found --------------------------------------------------
#: The fast screen lets this pass; the model's backstop finds suicidal thoughts in it.
QUIET = "Every night I pray this is the last day."


def test_the_quiet_line_passes_the_screen(cli: Cli) -> None:
    added = cli.add(QUIET)
    assert added["crisis"]["flag"] is False  # so support was not shown when it was saved


def test_show_and_notes_show_support_once_the_entry_is_read(cli: Cli) -> None:
    entry = cli.add(QUIET)["id"]
    # not read yet: `show` has only the quick check, which let it pass
    assert messages.CRISIS_INTRO not in cli.ok("show", str(entry)).out
    assert cli.json("show", str(entry))["crisis"]["flag"] is False

    notes = cli.ok("notes", str(entry))  # reads what is waiting first
    assert notes.out.count(messages.CRISIS_INTRO) == 1  # the entry's own block, once
    assert messages.READ_CRISIS_NOTICE.split("{")[0] not in notes.out
    assert cli.json("notes", str(entry))["crisis"]["kinds"] == ["suicidal_thoughts"]

    shown = cli.ok("show", str(entry))
    assert QUIET in shown.out
    assert messages.CRISIS_INTRO in shown.out
    crisis = cli.json("show", str(entry))["crisis"]
    assert crisis["flag"] is True
    assert crisis["kinds"] == ["suicidal_thoughts"]
    assert crisis["resources"]


def test_reading_first_names_the_entries_once(cli: Cli) -> None:
    quiet = cli.add(QUIET)["id"]
    cli.add(WALK)
    other = cli.add(BURDEN)["id"]
    notes = cli.ok("notes", str(other))
    notice = messages.READ_CRISIS_NOTICE.format(entries=f"entry #{quiet}")
    assert notes.out.count(notice) == 1
    assert notes.out.count(messages.CRISIS_INTRO) == 1
    # read now: nothing more to say next time
    assert notice not in cli.ok("notes", str(other)).out


def test_reanalyze_json_keeps_the_notice_on_stderr(cli: Cli) -> None:
    quiet = cli.add(QUIET)["id"]
    result = cli.ok("reanalyze", "--format", "json")
    assert result.json()["read"] == 1  # stdout is still just the JSON
    assert messages.READ_CRISIS_NOTICE.format(entries=f"entry #{quiet}") in result.err
    assert messages.CRISIS_INTRO in result.err
    text = cli.ok("reanalyze", "--all")
    assert messages.CRISIS_INTRO in text.out
