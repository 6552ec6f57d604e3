"""``lens`` and ``insights`` end to end: a small journal imported as JSON Lines and read by
the real on-device engine, so the markers come from the model, not from the test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bondlens import messages
from cli_helpers import Cli

PEOPLE = [
    {"type": "person", "name": "Jordan", "relationship": "partner"},
    {"type": "person", "name": "Sam", "relationship": "friend", "origin": "other", "safe": True},
]
JORDAN = [
    ("2026-01-03", 1, "Jordan screamed at me in front of his friends and called me worthless."),
    ("2026-01-04", 3, "He brought flowers and cried, said he'd never do it again."),
    ("2026-01-06", 5, "We made up and had the best weekend, it felt like the beginning again."),
    ("2026-01-20", 1, "He grabbed my arm and told me I was being dramatic."),
    ("2026-01-21", 3, "He apologised over and over and bought me dinner, so kind all evening."),
    ("2026-01-23", 4, "We made up. A lovely quiet Sunday together, like nothing happened."),
    ("2026-02-01", 2, "I never know which version of him will come home."),
    ("2026-02-10", 1, "He threw my phone at the wall because I texted my sister."),
    ("2026-02-11", 3, "He said sorry, cried, and promised to get help."),
    ("2026-02-13", 5, "We made up and it felt like the start of us again."),
    ("2026-02-20", 2, "I told my sister I might leave him and then I didn't. I can't seem to go."),
]
SAM = [
    ("2026-01-05", 5, "interaction", ["walk"], "Walk with Sam by the river, we laughed a lot."),
    (
        "2026-01-12",
        5,
        "support_received",
        [],
        "Sam asked how my therapy was going and said she was proud of me.",
    ),
    ("2026-01-19", 3, "interaction", [], "Sam has her book club and I have my climbing."),
    ("2026-01-26", 4, "support_given", [], "I helped Sam move flat; tiring but good."),
    ("2026-02-02", 5, "interaction", ["walk"], "Another walk with Sam, she listened to me."),
]


def _journal() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = list(PEOPLE)
    for when, safety, text in JORDAN:
        rows.append(
            {"type": "entry", "when": when, "people": ["Jordan"], "safety": safety, "text": text}
        )
    for when, safety, kind, tags, text in SAM:
        rows.append(
            {
                "type": "entry",
                "when": when,
                "people": ["Sam"],
                "safety": safety,
                "kind": kind,
                "tags": tags,
                "text": text,
            }
        )
    return rows


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    runner = Cli(tmp_path / "home")
    source = tmp_path / "journal.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in _journal()) + "\n", encoding="utf-8")
    runner.ok("import", str(source), "--format", "jsonl")
    return runner


def test_a_trauma_bond_read_by_the_real_engine(cli: Cli) -> None:
    view = cli.json("lens", "jordan")  # reads the waiting entries first
    assert view["person"] == "Jordan"
    assert (view["bond"], view["health"]) == ("trauma_bond", "unhealthy")
    markers = {m["id"]: m for m in view["markers"]}
    assert {1, 4, 8} <= set(markers["harm"]["entries"])
    assert markers["harm"]["count"] == len(markers["harm"]["entries"])
    assert "2026-01-20" in markers["harm"]["dates"]
    assert "apology_cycle" in markers
    assert "hard_to_leave" in markers
    assert view["cycles"]["count"] >= 2
    assert view["trend"] in {"safer", "less_safe", "steady"}
    assert "a hurtful moment was followed by an apology" in view["explanation"]
    assert "#4" in view["explanation"]
    assert cli.json("reanalyze")["read"] == 0  # the lens read everything already


def test_a_supportive_friendship_read_by_the_real_engine(cli: Cli) -> None:
    view = cli.json("lens", "Sam")
    assert (view["bond"], view["health"]) == ("supportive", "healthy")
    groups = {m["group"] for m in view["markers"]}
    assert groups <= {"healthy"}
    assert "mutual_growth" in {m["id"] for m in view["markers"]}
    assert view["what_helps"][0]["id"] == "walk"
    assert view["cycles"]["count"] == 0


def test_the_lens_as_text(cli: Cli) -> None:
    out = cli.ok("lens", "Jordan").out
    assert "Bond: trauma bond   Health: unhealthy" in out
    assert "a hurtful moment [harm]" in out
    assert messages.LENS_CLOSING in " ".join(out.split())  # wrapped to the terminal
    assert "Check in: bondlens checkin Jordan" in out


def test_a_confirmation_from_the_person_counts(cli: Cli) -> None:
    cli.ok("note", "13", "fits", "boundaries-honesty")
    markers = {m["id"]: m for m in cli.json("lens", "Sam")["markers"]}
    assert markers["boundaries_honesty"]["entries"] == [13]


def test_the_lens_of_someone_unknown(cli: Cli) -> None:
    failed = cli.fails("lens", "Nobody")
    assert failed.err.strip() == messages.PERSON_NOT_FOUND.format(name="Nobody")


def test_insights_across_people(cli: Cli) -> None:
    found = cli.json("insights", "--today", "2026-02-21")
    assert found["entries"] == 16
    assert found["week"]["entries"] == 1
    assert found["week"]["people"] == ["Jordan"]
    assert (found["reciprocity"]["given"], found["reciprocity"]["received"]) == (1, 1)
    assert found["isolation"]["safe_people"] == ["Sam"]
    assert found["isolation"]["days_without_safe_contact"] == 19
    triggers = {(t["what"], t["id"]) for t in found["triggers"]}
    assert ("person", "Jordan") in triggers
    assert ("person", "Sam") not in triggers
    later = cli.json("insights", "--today", "2026-03-20")
    assert [r["person"] for r in later["losing_touch"]][:1] == ["Sam"]
    assert later["isolation"]["isolated"] is True
    text = cli.ok("insights", "--today", "2026-03-20").out
    assert "Nothing written this week yet." in text
    assert "one of your safe people" in text
