"""``bondlens region`` through the real CLI: see the region in use and where it comes from,
choose a country, go back to the default, list the codes; and every command that shows
crisis lines (``add``, ``safety``, ``analyze``) using the choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from bondlens import messages
from bondlens.analysis.resources import REGION_NAMES, resources_for
from cli_helpers import Cli, python

CRISIS = "I want to die tonight."
US = {"BONDLENS_REGION": "US"}


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "home")


def test_nothing_chosen_shows_the_international_list(cli: Cli) -> None:
    shown = cli.ok("region")
    assert shown.out.startswith(messages.REGION_NONE)
    for resource in resources_for(""):
        assert f"• {resource.name}: {resource.contact}" in shown.out
    data = cli.ok("region", "--format", "json").json()
    assert (data["region"], data["name"], data["source"], data["default"]) == ("", "", "none", "")
    assert [r["name"] for r in data["lines"]] == [r.name for r in resources_for("")]


def test_the_environment_gives_the_default_until_a_country_is_chosen(cli: Cli) -> None:
    before = cli.ok("region", env=US)
    assert before.out.startswith(
        messages.REGION_IN_USE.format(
            name="United States", code="US", source=messages.REGION_SOURCES["environment"]
        )
    )
    assert "988" in before.out

    chosen = cli.ok("region", "uk", env=US)
    assert chosen.out.startswith(messages.REGION_SAVED.format(name="United Kingdom"))
    assert messages.REGION_SOURCES["chosen"] in chosen.out
    assert messages.REGION_ENV_DEFAULT.format(name="United States") in chosen.out
    assert "Samaritans: call 116 123 (free)" in chosen.out
    assert "988" not in chosen.out

    data = cli.ok("region", "--format", "json", env=US).json()
    assert (data["region"], data["source"], data["default"]) == ("GB", "chosen", "US")
    assert [r["contact"] for r in data["lines"]] == [r.contact for r in resources_for("GB")]

    cleared = cli.ok("region", "--clear", "--format", "json", env=US).json()
    assert (cleared["region"], cleared["source"]) == ("US", "environment")
    assert cli.ok("region", "--clear").out.startswith(messages.REGION_SAVED_NONE)
    assert cli.ok("region", "--format", "json").json()["source"] == "none"


def test_the_international_list_can_be_chosen_over_the_environment(cli: Cli) -> None:
    chosen = cli.ok("region", "international", env=US)
    assert chosen.out.startswith(messages.REGION_SAVED_NONE)
    assert messages.REGION_SEVERAL_CHOSEN in chosen.out
    assert messages.REGION_ENV_DEFAULT.format(name="United States") in chosen.out
    for resource in resources_for(""):
        assert f"• {resource.name}: {resource.contact}" in chosen.out
    data = cli.ok("region", "--format", "json", env=US).json()
    assert (data["region"], data["source"], data["default"]) == ("", "chosen", "US")
    added = cli.ok("add", CRISIS, "--format", "json", env=US).json()
    shown = {r["contact"] for r in added["crisis"]["resources"]}
    assert shown == {r.contact for r in resources_for("", added["crisis"]["kinds"])}


def test_an_unknown_code_is_explained_in_one_line_and_changes_nothing(cli: Cli) -> None:
    cli.ok("region", "NZ")
    refused = cli.fails("region", "Narnia")
    assert refused.err.strip() == messages.REGION_UNKNOWN.format(value="Narnia")
    assert cli.ok("region", "--format", "json").json()["region"] == "NZ"


@pytest.mark.parametrize(
    "args", [("GB", "--clear"), ("GB", "--list"), ("--clear", "--list")], ids=str
)
def test_one_thing_at_a_time(cli: Cli, args: tuple[str, ...]) -> None:
    refused = cli.fails("region", *args, code=2)
    assert messages.REGION_ONE_AT_A_TIME in refused.err


def test_list_names_every_country_sorted_by_name(cli: Cli, tmp_path: Path) -> None:
    listed = cli.ok("region", "--list", "--format", "json").json()
    assert {c["code"]: c["name"] for c in listed} == REGION_NAMES
    assert [c["name"] for c in listed] == sorted(REGION_NAMES.values())
    text = cli.ok("region", "--list").out
    assert text.startswith(messages.REGION_LIST_INTRO)
    assert "  GB  United Kingdom" in text
    assert not (tmp_path / "home").exists()  # listing never opens a journal


def test_add_and_safety_show_the_chosen_countrys_lines(cli: Cli) -> None:
    before = cli.ok("add", CRISIS, env=US)
    assert "988" in before.out
    cli.ok("region", "GB", env=US)
    after = cli.ok("add", CRISIS, env=US)
    assert "Samaritans: call 116 123 (free)" in after.out
    assert "988" not in after.out
    crisis = cli.ok("add", CRISIS, "--format", "json", env=US).json()["crisis"]
    assert {r["region"] for r in crisis["resources"]} == {"GB"}
    plan = cli.ok("safety", "--format", "json", env=US).json()
    assert [r["name"] for r in plan["crisis_lines"]] == [r.name for r in resources_for("GB")]


def test_analyze_uses_the_choice_and_never_creates_a_journal(cli: Cli, tmp_path: Path) -> None:
    fresh = cli.ok("analyze", CRISIS, "--format", "json", env=US).json()
    assert {r["region"] for r in fresh["crisis"]["resources"]} == {"US"}
    assert not (tmp_path / "home").exists()
    cli.ok("region", "AU")
    chosen = cli.ok("analyze", CRISIS, "--format", "json", env=US).json()
    assert {r["region"] for r in chosen["crisis"]["resources"]} == {"AU"}
    assert sorted(p.name for p in (tmp_path / "home").iterdir()) == ["journal.db"]


def test_add_reads_the_choice_without_loading_anything_heavy(cli: Cli) -> None:
    cli.ok("region", "GB")
    code = (
        "import sys\n"
        "from bondlens.cli import run\n"
        f"run(['--home', {str(cli.home)!r}, 'add', {CRISIS!r}])\n"
        "heavy = {'jinja2', 'numpy', 'onnxruntime', 'fastapi', 'bondlens.formats',\n"
        "         'bondlens.analysis.model', 'platformdirs'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = python(code)
    assert result.returncode == 0, result.stderr
    assert "Samaritans: call 116 123 (free)" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "[]"
