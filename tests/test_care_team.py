"""The care team, pure: kinds, validation, changing a member, order and JSON."""

from __future__ import annotations

import pytest

from bondlens import care_team, messages
from bondlens.care_team import (
    KINDS,
    MAX_NAME_CHARS,
    MAX_NOTES_CHARS,
    MAX_STATUS_CHARS,
    CareMember,
    Details,
)
from bondlens.errors import InvalidInput


def member(ident: int, name: str, kind: str) -> CareMember:
    return CareMember(ident, name, kind, "", "", "", "2026-03-01", "2026-03-01")


def test_the_kinds_each_with_our_own_label() -> None:
    assert KINDS == (
        "therapist",
        "support_group",
        "doctor",
        "crisis_line",
        "trusted_person",
        "other",
    )
    assert all(care_team.label(kind) for kind in KINDS)
    assert care_team.label("support_group") == "Support group"


def test_details_are_cleaned() -> None:
    details = care_team.validated(
        "  Dr   Okafor ",
        "Therapist",
        " 555  0199 ",
        " waitlist since 3 March ",
        "  Self-pay\nsliding scale  ",
    )
    assert details == Details(
        "Dr Okafor", "therapist", "555 0199", "waitlist since 3 March", "Self-pay\nsliding scale"
    )
    assert care_team.validated("Tuesday group", "support-group").kind == "support_group"
    assert care_team.validated("Sam", "trusted person").kind == "trusted_person"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (("   ", "therapist"), messages.CARE_NAME_EMPTY),
        (("Dr Vet", "vet"), "no kind 'vet'"),
        (("x" * (MAX_NAME_CHARS + 1), "doctor"), f"up to {MAX_NAME_CHARS}"),
        (("Dr A", "doctor", "", "s" * (MAX_STATUS_CHARS + 1)), f"up to {MAX_STATUS_CHARS}"),
        (("Dr A", "doctor", "", "", "n" * (MAX_NOTES_CHARS + 1)), f"up to {MAX_NOTES_CHARS:,}"),
    ],
)
def test_empty_names_unknown_kinds_and_long_fields_are_refused(
    fields: tuple[str, ...], expected: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        care_team.validated(*fields)
    assert expected in refused.value.message


def test_fields_at_their_limits_are_accepted() -> None:
    details = care_team.validated(
        "x" * MAX_NAME_CHARS, "other", "", "s" * MAX_STATUS_CHARS, "n" * MAX_NOTES_CHARS
    )
    assert len(details.name) == MAX_NAME_CHARS


def test_changing_keeps_what_is_not_given_and_clears_what_is_empty() -> None:
    current = Details("Dr Okafor", "therapist", "555 0199", "waitlist", "Self-pay")
    changed = care_team.changed(current, status="intake forms sent", notes="")
    assert changed == Details("Dr Okafor", "therapist", "555 0199", "intake forms sent", "")
    assert care_team.changed(current) == current
    with pytest.raises(InvalidInput):
        care_team.changed(current, name=" ")
    with pytest.raises(InvalidInput):
        care_team.changed(current, kind="vet")


def test_a_full_team_takes_no_more() -> None:
    care_team.room_for_one_more(care_team.MAX_MEMBERS - 1)
    with pytest.raises(InvalidInput, match=str(care_team.MAX_MEMBERS)):
        care_team.room_for_one_more(care_team.MAX_MEMBERS)


def test_the_team_is_listed_by_kind_then_name() -> None:
    team = [
        member(1, "Sam", "trusted_person"),
        member(2, "zoe", "therapist"),
        member(3, "988", "crisis_line"),
        member(4, "Dr Amin", "therapist"),
    ]
    assert [m.id for m in care_team.ordered(team)] == [4, 2, 3, 1]


def test_json_holds_every_field() -> None:
    data = care_team.to_json(member(7, "Tuesday group", "support_group"))
    assert data["id"] == 7
    assert data["kind"] == "support_group"
    assert data["kind_label"] == "Support group"
    assert set(data) == {
        "id", "name", "kind", "kind_label", "reach", "status", "notes", "added", "updated",
    }  # fmt: skip
