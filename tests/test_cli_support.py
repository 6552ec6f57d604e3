"""Support in a hard moment through the real CLI: every command whose words call for
support shows the same block (own contacts, then the region's lines, then the safety
plan), the JSON carries the own contacts, and ``bondlens safety`` lists them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bondlens import messages
from cli_helpers import Cli

US = {"BONDLENS_REGION": "US"}
TODAY = "2026-03-31"
SAM = "Sam (trusted person): 555 0100"
NIGHT_LINE = "Night line (crisis line): 0800 123 456"
LIFELINE = "988 Suicide & Crisis Lifeline: call or text 988"
TITLES = {s: t for s, (t, _) in messages.SAFETY_SECTIONS.items()}


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """A journal with a care team (a therapist, a crisis line, a trusted person) and a plan."""
    runner = Cli(tmp_path / "home")
    runner.ok("care", "add", "Dr Okafor", "--kind", "therapist", "--reach", "555 0199")
    runner.ok("care", "add", "Night line", "--kind", "crisis-line", "--reach", "0800 123 456")
    runner.ok("care", "add", "Sam", "--kind", "trusted-person", "--reach", "555 0100")
    runner.ok("safety", "--add", "on-my-own", "Walk round the block")
    runner.ok("person", "add", "Kai")
    return runner


def assert_block(out: str) -> None:
    """Own contacts (trusted people first), then the region's lines, then the plan."""
    start = out.index(messages.CRISIS_INTRO)
    order = [
        out.index(messages.SUPPORT_OWN, start),
        out.index(SAM, start),
        out.index(NIGHT_LINE, start),
        out.index(messages.SUPPORT_LINES, start),
        out.index(LIFELINE, start),
        out.index(messages.SAFETY_CRISIS_HEADING, start),
        out.index("Walk round the block", start),
    ]
    assert order == sorted(order), out
    assert "Dr Okafor" not in out  # a therapist is for calmer days, not this block


def test_a_crisis_entry_shows_own_contacts_then_lines_then_the_plan(cli: Cli) -> None:
    added = cli.ok("add", "I want to die tonight.", env=US)
    assert added.out.startswith(messages.SAVED.format(id=1))
    assert_block(added.out)
    assert messages.CRISIS_DANGER not in added.out
    edited = cli.ok("edit", "1", "--text", "Still I want to die.", env=US)
    assert_block(edited.out)


def test_share_give_nudges_and_a_counter_belief_show_the_same_block(cli: Cli) -> None:
    words = "I want to die."
    shared = cli.ok(
        "share", "Kai", "--size", "feeling", "--response", "neutral", "--felt", "1",
        "--note", words, env=US,
    )  # fmt: skip
    assert_block(shared.out)
    given = cli.ok("give", "Kai", "listened,", "and", words, "--left", "drained", env=US)
    assert_block(given.out)
    cli.add("Walk with Robin", "-p", "Robin", "-w", "2026-03-01")
    [nudge] = [n for n in cli.json("nudges", "--today", TODAY)["nudges"] if n["person"] == "Robin"]
    done = cli.ok("nudges", "done", nudge["id"], "--today", TODAY, "--note", words, env=US)
    assert_block(done.out)
    counter = cli.ok("beliefs", "burden", "--counter", words, env=US)
    assert_block(counter.out)


def test_danger_now_puts_the_emergency_number_before_own_contacts(cli: Cli) -> None:
    added = cli.ok(
        "add", "He put his hands around my neck last night.", env={"BONDLENS_REGION": "AU"}
    )
    after = added.out.split(messages.CRISIS_INTRO, 1)[1].strip().splitlines()
    assert after[0] == "• Emergency services: call 000 (or 112 from a mobile)"
    assert after[1] == messages.CRISIS_DANGER
    assert after[2] == messages.SUPPORT_OWN
    assert added.out.index(SAM) < added.out.index("1800RESPECT")


def test_without_own_contacts_the_lines_follow_the_intro(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "fresh")
    added = cli.ok("add", "I want to die tonight.", env=US)
    after = added.out.split(messages.CRISIS_INTRO, 1)[1].strip().splitlines()
    assert after[0].startswith("• 988 Suicide & Crisis Lifeline")
    assert messages.SUPPORT_OWN not in added.out
    assert messages.SUPPORT_LINES not in added.out
    assert messages.SAFETY_CRISIS_NONE in added.out


def test_the_json_carries_own_contacts_in_the_crisis_object(cli: Cli) -> None:
    crisis = cli.json("add", "I want to die tonight.", env=US)["crisis"]
    assert crisis["flag"] is True
    assert crisis["contacts"] == [
        {"name": "Sam", "kind": "trusted_person", "reach": "555 0100"},
        {"name": "Night line", "kind": "crisis_line", "reach": "0800 123 456"},
    ]
    assert crisis["resources"][0]["name"] == "988 Suicide & Crisis Lifeline"  # kept as it was
    assert cli.json("add", "Quiet evening.")["crisis"]["contacts"] == []
    shared = cli.json(
        "share", "Kai", "--size", "feeling", "--response", "neutral", "--felt", "1",
        "--note", "I want to die.",
    )  # fmt: skip
    assert [c["name"] for c in shared["crisis"]["contacts"]] == ["Sam", "Night line"]
    given = cli.json("give", "Kai", "I want to die.", "--left", "drained")
    assert [c["name"] for c in given["crisis"]["contacts"]] == ["Sam", "Night line"]
    counter = cli.json("beliefs", "burden", "--counter", "I want to die.")
    assert counter["crisis"]["flag"] is True
    assert "crisis" not in cli.json("beliefs", "burden")


def test_an_ordinary_entry_shows_no_block(cli: Cli) -> None:
    added = cli.ok("add", "Coffee with Kai, felt easy.")
    assert "Sam" not in added.out
    assert messages.CRISIS_INTRO not in added.out


def test_the_plan_lists_own_contacts_where_they_belong(cli: Cli) -> None:
    out = cli.ok("safety", env=US).out
    ask, professionals = TITLES["ask_for_help"], TITLES["professionals"]
    order = [
        out.index(ask),
        out.index(SAM),
        out.index(professionals),
        out.index(NIGHT_LINE),
        out.index(messages.SAFETY_REGION_LINES),
        out.index(LIFELINE),
        out.index(TITLES["safer_surroundings"]),
    ]
    assert order == sorted(order), out
    assert "Dr Okafor" not in out
    assert messages.SUPPORT_ADD_CONTACTS not in out
    data = cli.json("safety", env=US)
    assert [c["name"] for c in data["contacts"]] == ["Sam", "Night line"]
    assert data["crisis_lines"][0]["name"] == "988 Suicide & Crisis Lifeline"


def test_an_empty_care_team_gets_a_gentle_pointer(tmp_path: Path) -> None:
    out = Cli(tmp_path / "fresh").ok("safety").out
    assert messages.SUPPORT_ADD_CONTACTS in out


def test_a_crisis_told_as_past_gets_the_same_support_in_gentler_words(cli: Cli) -> None:
    past = cli.ok(
        "add", "Five years ago I swallowed a bottle of pills and my brother found me.", env=US
    )
    assert messages.CRISIS_INTRO_PAST in past.out
    assert messages.CRISIS_INTRO not in past.out
    assert SAM in past.out
    assert LIFELINE in past.out
    assert cli.json("add", "When I was at uni I tried to hang myself in my room.")["crisis"][
        "looking_back"
    ]
    now = cli.ok("add", "Years ago I tried to kill myself and lately I think about it again.")
    assert messages.CRISIS_INTRO in now.out
    assert messages.CRISIS_INTRO_PAST not in now.out
