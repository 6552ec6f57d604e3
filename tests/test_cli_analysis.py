"""``bondlens analyze``, through the real entry point and the real model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bondlens import messages
from cli_helpers import Cli


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "home")


def test_json_follows_the_contract(cli: Cli) -> None:
    found = cli.json(
        "analyze", "--format", "json", "She has a newborn, the last thing she needs is my mess."
    )
    assert set(found) >= {"beliefs", "markers", "emotions", "crisis"}
    assert found["beliefs"][0]["id"] == "burden"
    assert found["beliefs"][0]["quote"].startswith("She has a newborn")
    assert {"flag", "kinds", "resources"} <= set(found["crisis"])
    for key in ("beliefs", "markers", "emotions"):
        scores = [item["score"] for item in found[key]]
        assert scores == sorted(scores, reverse=True)


def test_crisis_text_lists_resources_first(cli: Cli) -> None:
    shown = cli.ok("analyze", "I want to sleep and not wake up", env={"BONDLENS_REGION": "GB"})
    first = shown.out.splitlines()[0]
    assert first == messages.CRISIS_INTRO
    assert "116 123" in shown.out


def test_text_reads_from_standard_input(cli: Cli) -> None:
    shown = cli.ok("analyze", "-", input="Thank you so much, this means the world to me.")
    assert "gratitude" in shown.out


def test_batch_keeps_ids_and_order(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "texts.jsonl"
    source.write_text(
        '{"id": "a", "text": "Thank you so much!"}\n\n'
        '{"id": 7, "text": "this commute is killing me"}\n',
        encoding="utf-8",
    )
    lines = cli.ok("analyze", "--batch", str(source)).out.splitlines()
    results = [json.loads(line) for line in lines]
    assert [r["id"] for r in results] == ["a", 7]
    assert results[1]["crisis"]["flag"] is False


def test_a_bad_batch_line_is_named_and_nothing_is_printed(cli: Cli) -> None:
    failed = cli.fails("analyze", "--batch", "-", input='{"id": 1, "text": "ok"}\n{"id": 2}\n')
    assert failed.err.startswith("Line 2:")


def test_empty_text_is_refused(cli: Cli) -> None:
    cli.fails("analyze", "-", input="   ")


def test_saving_a_crisis_entry_shows_support_at_once(cli: Cli) -> None:
    saved = cli.ok("add", "Long day. Honestly I just want to sleep and not wake up.")
    lines = saved.out.splitlines()
    assert lines[0] == messages.SAVED.format(id=1)
    assert messages.CRISIS_INTRO in lines
    assert "988" in saved.out


def test_danger_from_someone_shows_the_emergency_number_first(cli: Cli) -> None:
    saved = cli.ok(
        "add", "He put his hands around my neck last night.", env={"BONDLENS_REGION": "AU"}
    )
    after = saved.out.split(messages.CRISIS_INTRO, 1)[1].strip().splitlines()
    assert "000" in after[0]
    assert messages.CRISIS_DANGER in saved.out


def test_an_ordinary_entry_shows_no_crisis_lines(cli: Cli) -> None:
    saved = cli.ok("add", "This commute is killing me, but coffee with Sam was lovely.")
    assert messages.CRISIS_INTRO not in saved.out
    record = cli.json("add", "--format", "json", "Quiet evening.")
    assert record["crisis"] == {
        "flag": False,
        "kinds": [],
        "quotes": [],
        "looking_back": False,
        "resources": [],
        "contacts": [],
    }


def test_editing_into_crisis_language_shows_support_too(cli: Cli) -> None:
    cli.ok("add", "A hard day.")
    edited = cli.ok("edit", "1", "--text", "A hard day. I have been cutting myself again.")
    assert messages.CRISIS_INTRO in edited.out
