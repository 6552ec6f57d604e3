"""``bondlens care`` through the real CLI: list, add, edit, remove, JSON and mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bondlens import messages
from cli_helpers import Cli


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "home")


def team(cli: Cli) -> list[dict[str, object]]:
    members: list[dict[str, object]] = cli("care", "list", "--format", "json").json()["members"]
    return members


def test_an_empty_team_says_how_to_start(cli: Cli) -> None:
    shown = cli("care")
    assert shown.code == 0, shown.err
    assert shown.out.strip() == messages.CARE_EMPTY
    assert cli("care", "--format", "json").json() == {"members": []}


def test_add_edit_and_remove_then_read_them_back(cli: Cli) -> None:
    added = cli(
        "care", "add", "Dr Okafor", "--kind", "therapist", "--reach", "555 0199",
        "--status", "waitlist since 3 March", "--notes", "Self-pay, sliding scale",
    )  # fmt: skip
    assert added.code == 0, added.err
    assert added.out.strip() == messages.CARE_ADDED.format(name="Dr Okafor", id=1)
    group = cli("care", "add", "Tuesday group", "--kind", "support-group", "--format", "json")
    assert group.json()["kind"] == "support_group"
    assert [(m["name"], m["status"]) for m in team(cli)] == [
        ("Dr Okafor", "waitlist since 3 March"),
        ("Tuesday group", ""),
    ]

    text = cli("care").out
    assert "#1  Dr Okafor (Therapist)" in text
    assert "Reach: 555 0199" in text
    assert "Status: waitlist since 3 March" in text
    assert "Self-pay, sliding scale" in text
    assert "#2  Tuesday group (Support group)" in text

    edited = cli("care", "edit", "1", "--status", "intake forms sent", "--notes", "")
    assert edited.code == 0, edited.err
    assert messages.CARE_EDITED.format(name="Dr Okafor") in edited.out
    okafor = team(cli)[0]
    assert (okafor["status"], okafor["notes"], okafor["reach"]) == (
        "intake forms sent",
        "",
        "555 0199",
    )

    removed = cli("care", "remove", "2")
    assert removed.code == 0
    assert messages.CARE_REMOVED.format(name="Tuesday group") in removed.out
    assert [m["name"] for m in team(cli)] == ["Dr Okafor"]


def test_mistakes_are_explained_and_change_nothing(cli: Cli) -> None:
    cli("care", "add", "Dr Okafor", "--kind", "therapist")
    unknown = cli("care", "add", "Dr Vet", "--kind", "vet")
    assert unknown.code == 1
    assert "no kind 'vet'" in unknown.err
    missing = cli("care", "edit", "7", "--status", "x")
    assert missing.code == 1
    assert missing.err.strip() == messages.CARE_NOT_FOUND.format(id=7)
    assert cli("care", "remove", "7").code == 1
    nothing = cli("care", "edit", "1")
    assert nothing.code == 1
    assert nothing.err.strip() == messages.CARE_NOTHING_TO_CHANGE
    empty = cli("care", "edit", "1", "--name", " ")
    assert empty.err.strip() == messages.CARE_NAME_EMPTY
    assert cli("care", "add", "Sam").code == 2  # --kind is required
    assert cli("care", "remove", "0").code == 2
    assert [(m["name"], m["kind"]) for m in team(cli)] == [("Dr Okafor", "therapist")]
