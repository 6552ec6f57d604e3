"""``bondlens safety`` through the real CLI, and the plan shown when `add` meets crisis."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from bondlens import messages
from bondlens.analysis.resources import resources_for
from cli_helpers import Cli

CRISIS = "I want to die tonight."
TITLES = {s: t for s, (t, _) in messages.SAFETY_SECTIONS.items()}


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "home")


def test_an_empty_plan_still_lists_the_regions_crisis_lines(cli: Cli) -> None:
    shown = cli("safety", env={"BONDLENS_REGION": "GB"})
    assert shown.code == 0, shown.err
    assert messages.SAFETY_EMPTY in shown.out
    for resource in resources_for("GB"):
        assert f"{resource.name}: {resource.contact}" in shown.out
    assert shown.out.index(TITLES["professionals"]) < shown.out.index("Samaritans")


def test_add_and_remove_lines_then_read_them_back(cli: Cli) -> None:
    assert cli("safety", "--add", "warning-signs", "I stop answering messages").code == 0
    assert cli("safety", "--add", "professionals", "Dr Okafor, 555 0199").code == 0
    added = cli("safety", "--add", "reasons", "My cat, Miso")
    assert added.code == 0
    assert messages.SAFETY_SAVED in added.out
    data = cli("safety", "--format", "json", env={"BONDLENS_REGION": "US"}).json()
    items = {s["id"]: s["items"] for s in data["sections"]}
    assert items["reasons"] == ["My cat, Miso"]
    assert items["professionals"] == ["Dr Okafor, 555 0199"]
    assert [r["name"] for r in data["crisis_lines"]] == [r.name for r in resources_for("US")]

    text = cli("safety", env={"BONDLENS_REGION": "US"}).out
    assert "1. Dr Okafor, 555 0199" in text
    assert text.index("Dr Okafor") < text.index("988 Suicide & Crisis Lifeline")  # own first

    assert cli("safety", "--remove", "reasons", "1").code == 0
    assert cli("safety", "--format", "json").json()["sections"][-1]["items"] == []


def test_mistakes_are_explained_and_change_nothing(cli: Cli) -> None:
    cli("safety", "--add", "reasons", "Miso")
    unknown = cli("safety", "--add", "hobbies", "Knitting")
    assert unknown.code == 1
    assert "no section 'hobbies'" in unknown.err
    missing = cli("safety", "--remove", "reasons", "4")
    assert missing.code == 1
    assert "has no line 4" in missing.err
    assert cli("safety", "--remove", "reasons", "0").code == 2
    assert cli("safety", "--format", "json").json()["sections"][-1]["items"] == ["Miso"]


def test_edit_needs_a_terminal(cli: Cli) -> None:
    refused = cli("safety", "--edit")
    assert refused.code == 1
    assert refused.err.strip() == messages.SAFETY_EDIT_NEEDS_TERMINAL


def test_edit_opens_the_form_in_the_editor_at_a_terminal(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("safety", "--add", "reasons", "Miso")
    seen: list[str] = []

    def editor(text: str, **_: object) -> str:
        seen.append(text)
        return text.replace("Miso\n", "Miso\nSpring\n") + "## Things I can do on my own\nTea\n"

    monkeypatch.setattr("bondlens.cli.safety._at_terminal", lambda: True)
    monkeypatch.setattr(click, "edit", editor)
    edited = cli("safety", "--edit")
    assert edited.code == 0, edited.err
    assert "## " + TITLES["reasons"] in seen[0]
    items = {s["id"]: s["items"] for s in cli("safety", "--format", "json").json()["sections"]}
    assert items["reasons"] == ["Miso", "Spring"]
    assert items["on_my_own"] == ["Tea"]

    monkeypatch.setattr(click, "edit", lambda text, **_: None)  # closed without saving
    unchanged = cli("safety", "--edit")
    assert messages.SAFETY_UNCHANGED in unchanged.out


def test_a_crisis_entry_shows_the_plan_with_the_resources(cli: Cli) -> None:
    cli("safety", "--add", "on-my-own", "Walk round the block")
    cli("safety", "--add", "ask-for-help", "Sam, 555 0100")
    added = cli("add", CRISIS, env={"BONDLENS_REGION": "US"})
    assert added.code == 0, added.err
    assert messages.CRISIS_INTRO in added.out
    assert "988 Suicide & Crisis Lifeline" in added.out
    assert messages.SAFETY_CRISIS_HEADING in added.out
    plan = added.out[added.out.index(messages.SAFETY_CRISIS_HEADING) :]
    assert "Walk round the block" in plan
    assert "Sam, 555 0100" in plan
    assert TITLES["reasons"] not in plan  # only the sections with lines

    edited = cli("edit", "1", "--text", "Still I want to die.")
    assert "Walk round the block" in edited.out


def test_a_crisis_entry_without_a_plan_points_to_one(cli: Cli) -> None:
    added = cli("add", CRISIS)
    assert messages.CRISIS_INTRO in added.out
    assert messages.SAFETY_CRISIS_NONE in added.out


def test_an_ordinary_entry_shows_no_plan(cli: Cli) -> None:
    cli("safety", "--add", "reasons", "Miso")
    added = cli("add", "Coffee with Sam, felt easy.")
    assert "Miso" not in added.out
    assert messages.SAFETY_CRISIS_HEADING not in added.out
