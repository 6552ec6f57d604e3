"""The path end to end through the real ``bondlens`` command and real SQLite files:
``safe``, ``share``, ``beliefs``, ``nudges`` and ``give``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bondlens import messages
from cli_helpers import Cli, script
from test_cli import at_terminal, pty_only

TODAY = "2026-03-31"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    runner = Cli(tmp_path / "home")
    runner.ok("person", "add", "Sam", "--relationship", "friend", "--safe")
    runner.ok("person", "add", "Alex", "--relationship", "colleague")
    return runner


def test_nudges_suggest_the_safe_person_seen_30_days_ago_first(cli: Cli, tmp_path: Path) -> None:
    cli.add("Walk with Sam by the river", "-p", "Sam", "-w", "30 days ago", "--safety", "5")
    cli.add("Lunch with Alex", "-p", "Alex", "-w", "yesterday", "--safety", "4")
    cli.add("Call with Robin", "-p", "Robin", "-w", "45 days ago")  # longer ago, not marked safe
    found = cli.json("nudges")["nudges"]
    assert [n["person"] for n in found] == ["Sam", "Robin"]
    assert (found[0]["safe"], found[0]["days_since_contact"]) == (True, 30)
    # from cron: the real console script, no terminal, nothing to type, the same JSON
    ran = script(tmp_path / "home", "nudges", "--format", "json")
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout)["nudges"] == found


def test_a_done_nudge_becomes_a_check_in_entry(cli: Cli) -> None:
    cli.add("Walk with Sam", "-p", "Sam", "-w", "2026-03-01", "--safety", "5")
    cli.add("Lunch with Alex", "-p", "Alex", "-w", "2026-03-30")
    [nudge] = cli.json("nudges", "--today", TODAY)["nudges"]
    assert nudge["person"] == "Sam"
    text = cli.ok("nudges", "--today", TODAY).out
    assert nudge["id"] in text
    assert nudge["text"] in text
    done = cli.json("nudges", "done", nudge["id"], "--today", TODAY, "--note", "Texted Sam hi")
    assert done["entry"]["kind"] == "check_in"
    assert done["entry"]["people"] == ["Sam"]
    assert cli.texts("--kind", "check_in") == ["Texted Sam hi"]
    assert cli.json("nudges", "--today", TODAY)["nudges"] == []
    assert cli.ok("nudges", "--today", TODAY).out.strip() == messages.NUDGE_NONE
    failed = cli.fails("nudges", "done", nudge["id"], "--today", TODAY)
    assert failed.err.strip() == messages.NUDGE_UNKNOWN.format(id=nudge["id"])


def test_not_now_puts_a_nudge_away_without_writing_an_entry(cli: Cli) -> None:
    cli.add("Walk with Sam", "-p", "Sam", "-w", "2026-03-01")
    nudge, never = cli.json("nudges", "--today", TODAY)["nudges"]
    assert (nudge["person"], never["person"]) == ("Sam", "Alex")  # Alex: never written about
    out = cli.ok("nudges", "not-now", nudge["id"], "--today", TODAY).out
    assert out.strip() == messages.NUDGE_NOT_NOW
    assert [n["person"] for n in cli.json("nudges", "--today", TODAY)["nudges"]] == ["Alex"]
    assert cli.texts("--kind", "check_in") == []


def test_a_share_is_a_micro_share_entry_and_the_ladder_never_pushes(cli: Cli) -> None:
    shared = cli.json(
        "share",
        "Sam",
        "--size",
        "feeling",
        "--response",
        "supportive",
        "--felt",
        "4",
        "--note",
        "Told Sam I was tired",
        "-w",
        "2026-03-02",
    )
    assert (shared["size"], shared["response"], shared["felt"]) == ("feeling", "supportive", 4)
    [entry] = cli.entries("--kind", "micro_share")
    assert entry["id"] == shared["entry"]
    assert entry["people"] == ["Sam"]
    assert entry["text"].startswith("Told Sam I was tired")
    cli.ok("share", "Alex", "-s", "small-memory", "-r", "dismissive", "-f", "2")
    ladder = {p["person"]: p for p in cli.json("share", "--ladder")["people"]}
    assert (ladder["Sam"]["status"], ladder["Sam"]["suggestion"]) == ("next", "preference")
    assert (ladder["Alex"]["status"], ladder["Alex"]["suggestion"]) == ("rest", None)
    alone = cli.json("share", "--ladder", "alex")["people"]
    assert [p["person"] for p in alone] == ["Alex"]
    text = cli.ok("share", "--ladder").out
    assert "You don't owe anyone more" in " ".join(text.split())
    cli.fails("share", "Sam", "--size", "everything", "--response", "supportive", "--felt", "3")
    cli.fails("share", "Sam", "--size", "feeling", "--response", "supportive", "--felt", "9")
    cli.fails("share", "Sam")  # nothing said about the share
    assert len(cli.entries("--kind", "micro_share")) == 2


def test_giving_is_a_support_given_entry_with_a_gentle_summary(cli: Cli) -> None:
    for day in ("2026-03-01", "2026-03-08", "2026-03-15", "2026-03-22"):
        given = cli.json(
            "give", "Alex", "covered", "their", "shift", "--left", "drained", "-w", day
        )
    assert (given["person"], given["text"], given["left"]) == (
        "Alex",
        "covered their shift",
        "drained",
    )
    assert cli.texts("--kind", "support_given") == ["covered their shift"] * 4
    cli.add("Alex brought me soup", "-p", "Alex", "-k", "support_received", "-w", "2026-03-23")
    summary = cli.json("give", "--summary", "--today", TODAY)
    assert (summary["given"], summary["received"]) == (4, 1)
    [alex] = summary["people"]
    assert alex["left"] == {"energised": 0, "fine": 0, "drained": 4}
    assert len(alex["notes"]) == 2
    text = " ".join(cli.ok("give", "--summary", "--today", TODAY).out.split())
    assert "With Alex: you gave 4, received 1." in text
    assert "Your limits matter too" in text
    cli.fails("give", "Alex", "helped", "--left", "exhausted")
    cli.fails("give", "Alex", "--left", "fine")  # nothing said about what was given


def test_a_safe_person_reflection_leaves_the_decision_to_you(cli: Cli) -> None:
    cli.add("Coffee with Alex", "-p", "Alex", "--safety", "4", "-w", "2026-03-01")
    cli.add("Alex listened", "-p", "Alex", "--safety", "5", "-w", "2026-03-08")
    out = cli.ok("safe", "Alex", "--rate", "kind=3", "-r", "listens=mostly").out
    assert messages.SAFE_SAVED.format(name="Alex", count=2, ratings="ratings") in out
    assert "bondlens safe Alex --mark" in " ".join(out.split())
    view = cli.json("safe", "Alex")
    assert view["safe"] is False
    assert view["latest"] == {"kind": 3, "listens": 2}
    assert (view["evidence"]["entries"], view["evidence"]["average_safety"]) == (2, 4.5)
    assert [p["safety"] for p in view["evidence"]["safety"]] == [4, 5]
    marked = cli.json("safe", "Alex", "--mark")
    assert marked["safe"] is True
    assert {p["name"]: p["safe"] for p in cli.people()}["Alex"] is True
    assert cli.json("safe", "Alex", "--unmark")["safe"] is False
    listed = cli.json("safe")
    assert [p["person"] for p in listed["people"]] == ["Sam", "Alex"]
    assert [c["id"] for c in listed["criteria"]][:3] == ["consistent", "kind", "respects_limits"]
    cli.fails("safe", "Alex", "--rate", "funny=2")
    cli.fails("safe", "Alex", "--mark", "--unmark")
    cli.fails("safe", "Nobody", "--rate", "kind=1")


def test_the_safe_reflection_at_a_terminal(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from bondlens.cli import path

    monkeypatch.setattr(path, "_at_terminal", lambda: True)
    result = cli.ok("safe", "Sam", input="3\n\nmaybe\n2\n\n\n")
    assert messages.SAFE_PROMPTS[0] in result.out
    assert "'maybe' is not a rating I know" in result.err
    assert cli.json("safe", "Sam")["latest"] == {"consistent": 3, "respects_limits": 2}
    skipped = cli.ok("safe", "Sam", input="\n" * 5)
    assert messages.SAFE_NOTHING in skipped.out
    assert len(cli.json("safe", "Sam")["reflections"]) == 1


def test_the_beliefs_workbook(cli: Cli) -> None:
    library = cli.json("beliefs")
    assert library["pinned"] is None
    assert [b["id"] for b in library["beliefs"]][:2] == ["self_reliance", "burden"]
    assert library["beliefs"][1]["costs"]["work"]
    out = cli.ok(
        "beliefs", "burden", "--counter", "People who love me like being asked.", "--pin"
    ).out
    assert "Pinned: “People who love me like being asked.”" in out
    cli.ok("beliefs", "burden", "--rate-belief", "70", "--rate-counter", "30", "-w", "2026-03-01")
    cli.ok("beliefs", "burden", "--rate-belief", "55", "-w", "2026-03-15")
    library = cli.json("beliefs")
    assert library["pinned"]["counter"] == "People who love me like being asked."
    assert library["pinned"]["belief"] == "burden"
    text = cli.ok("beliefs").out
    assert "Your pinned counter-belief: “People who love me like being asked.”" in text
    page = cli.json("beliefs", "Burden")
    assert page["my_counter"] == "People who love me like being asked."
    assert page["pinned"]
    assert [(s["strength"], s["counter"]) for s in page["strengths"]] == [(70, 30), (55, None)]
    assert page["moments"] == []
    assert messages.BELIEF_MOMENTS_NONE in cli.ok("beliefs", "burden").out
    failed = cli.fails("beliefs", "weakness", "--pin")
    assert "Write your counter-belief first" in failed.err
    cli.fails("beliefs", "laziness")
    cli.fails("beliefs", "burden", "--rate-belief", "101")
    cli.ok("beliefs", "--unpin")
    assert cli.json("beliefs")["pinned"] is None


def test_moments_come_from_the_real_reader(cli: Cli) -> None:
    entry = cli.add(
        "I didn't call anyone. I don't want to be a burden to my friends, they have enough "
        "going on without my problems.",
        "-w",
        "2026-03-03",
    )
    cli.ok("reanalyze")
    page = cli.json("beliefs", "burden")
    assert [m["entry"] for m in page["moments"]] == [entry["id"]]
    cli.ok("note", str(entry["id"]), "not-this", "burden")
    assert cli.json("beliefs", "burden")["moments"] == []


# --- taking back a reflection, a rating or a counter-belief -------------------------------
def test_a_safe_reflection_is_deleted_by_its_number(cli: Cli) -> None:
    cli.ok("safe", "Alex", "--rate", "kind=1", "-w", "2026-03-01")
    cli.ok("safe", "Alex", "--rate", "kind=3", "-r", "listens=2", "-w", "2026-03-08")
    cli.ok("safe", "Sam", "--rate", "kind=3")
    listed = cli.ok("safe", "Alex").out
    assert "#1  Sun 01 Mar 2026, 00:00: kind a little" in listed
    assert "#2  Sun 08 Mar 2026, 00:00: kind very much" in listed
    assert messages.SAFE_DELETE_HINT.format(name="Alex") in " ".join(listed.split())
    refused = cli.fails("safe", "Alex", "--delete-reflection", "2")  # no terminal to ask
    assert refused.err.strip() == messages.CONFIRM_NEEDED
    done = cli.ok("safe", "Alex", "--delete-reflection", "2", "--yes").out
    assert done.strip() == messages.REFLECTION_DELETED.format(id=2, name="Alex")
    view = cli.json("safe", "Alex")
    assert [r["id"] for r in view["reflections"]] == [1]
    assert view["latest"] == {"kind": 1}
    assert [p["latest"] for p in cli.json("safe")["people"] if p["person"] == "Alex"] == [
        {"kind": 1}
    ]
    shown = cli.json("safe", "alex", "--delete-reflection", "1", "-y")
    assert shown["deleted"] == {
        "id": 1,
        "person": "Alex",
        "taken": "2026-03-01T00:00",
        "ratings": {"kind": 1},
    }
    assert (shown["person"], shown["reflections"], shown["latest"]) == ("Alex", [], {})
    missing = cli.fails("safe", "Alex", "--delete-reflection", "3", "--yes")  # Sam's
    assert missing.err.strip() == messages.REFLECTION_NOT_FOUND.format(id=3, name="Alex")
    assert len(cli.json("safe", "Sam")["reflections"]) == 1
    nameless = cli.fails("safe", "--delete-reflection", "3", "--yes")
    assert nameless.err.strip() == messages.SAFE_DELETE_NEEDS_NAME
    mixed = cli.fails("safe", "Sam", "--delete-reflection", "3", "--mark", "-y", code=2)
    assert "--delete-reflection works on its own: leave out --mark" in mixed.err
    assert len(cli.json("safe", "Sam")["reflections"]) == 1


def test_a_belief_rating_and_the_counter_belief_are_taken_back(cli: Cli) -> None:
    cli.ok("beliefs", "burden", "--counter", "People who love me like being asked.", "--pin")
    cli.ok("beliefs", "burden", "--rate-belief", "70", "--rate-counter", "30", "-w", "2026-03-01")
    cli.ok("beliefs", "burden", "--rate-belief", "55", "-w", "2026-03-15")
    cli.ok("beliefs", "weakness", "--rate-belief", "40", "-w", "2026-03-02")
    page = cli.ok("beliefs", "burden").out
    assert "#1  Sun 01 Mar 2026, 00:00: 70 / 30" in page
    assert "#2  Sun 15 Mar 2026, 00:00: 55 / –" in page
    assert "bondlens beliefs burden --delete-rating NUMBER" in " ".join(page.split())
    refused = cli.fails("beliefs", "burden", "--delete-rating", "2")
    assert refused.err.strip() == messages.CONFIRM_NEEDED
    done = cli.ok("beliefs", "burden", "--delete-rating", "2", "--yes").out
    words = messages.BELIEF_WORDS["burden"]
    assert done.strip() == messages.STRENGTH_DELETED.format(id=2, belief=words)
    assert [s["id"] for s in cli.json("beliefs", "burden")["strengths"]] == [1]
    overview = {b["id"]: b for b in cli.json("beliefs")["beliefs"]}
    assert [s["strength"] for s in overview["burden"]["strengths"]] == [70]
    wrong = cli.fails("beliefs", "burden", "--delete-rating", "3", "--yes")  # weakness's
    assert wrong.err.strip() == messages.STRENGTH_NOT_FOUND.format(id=3, belief=words)
    shown = cli.json("beliefs", "burden", "--delete-rating", "1", "--clear-counter", "-y")
    assert shown["deleted"] == {
        "id": 1,
        "belief": "burden",
        "taken": "2026-03-01T00:00",
        "strength": 70,
        "counter": 30,
    }
    assert shown["cleared"]["counter"] == "People who love me like being asked."
    assert (shown["strengths"], shown["my_counter"], shown["pinned"]) == ([], None, False)
    assert cli.json("beliefs")["pinned"] is None
    again = cli.fails("beliefs", "burden", "--clear-counter", "--yes")
    assert again.err.strip() == messages.COUNTER_NOT_FOUND.format(belief=words)
    assert len(cli.json("beliefs", "weakness")["strengths"]) == 1
    cli.fails("beliefs", "--clear-counter", "--yes")  # which belief?
    mixed = cli.fails("beliefs", "weakness", "--delete-rating", "3", "--rate-belief", "9", code=2)
    assert "--delete-rating works on its own: leave out --rate-belief" in mixed.err
    assert len(cli.json("beliefs", "weakness")["strengths"]) == 1


@pty_only
def test_a_belief_rating_at_a_terminal_is_asked_about_first(tmp_path: Path) -> None:
    home = tmp_path / "home"
    script(home, "beliefs", "burden", "--rate-belief", "70", "-w", "2026-03-01 09:00")
    kept = at_terminal(home, "beliefs", "burden", "--delete-rating", "1", typed=b"\n")
    asked = messages.CONFIRM_STRENGTH_DELETE.format(
        id=1, belief=messages.BELIEF_WORDS["burden"], when="Sun 01 Mar 2026, 09:00"
    )
    assert asked in kept.stdout.decode()  # Enter keeps it: "no" is the default
    assert messages.NOT_DELETED in kept.stdout.decode()
    deleted = at_terminal(home, "beliefs", "burden", "--delete-rating", "1", typed=b"y\n")
    assert deleted.returncode == 0
    page = json.loads(script(home, "beliefs", "burden", "--format", "json").stdout)
    assert page["strengths"] == []
