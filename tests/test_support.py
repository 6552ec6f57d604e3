"""Support in a hard moment, pure: own contacts first, emergency first when the danger
is now, phone numbers to dial, and the JSON."""

from __future__ import annotations

import pytest

from bondlens import support
from bondlens.analysis.resources import resources_for
from bondlens.care_team import CareMember
from bondlens.safety_plan import SafetyPlan
from bondlens.support import Contact


def member(ident: int, name: str, kind: str, reach: str = "") -> CareMember:
    return CareMember(ident, name, kind, reach, "", "", "2026-03-01", "2026-03-01")


TEAM = [
    member(1, "Dr Okafor", "therapist", "555 0199"),
    member(2, "Night line", "crisis_line", "0800 123 456"),
    member(3, "sam", "trusted_person", "555 0100"),
    member(4, "Tuesday group", "support_group"),
    member(5, "Amara", "trusted_person"),
    member(6, "Aunt Jo", "other", "555 0111"),
]


def test_own_contacts_are_trusted_people_then_crisis_lines_and_nobody_else() -> None:
    assert support.own_contacts(TEAM) == (
        Contact("Amara", "trusted_person", ""),
        Contact("sam", "trusted_person", "555 0100"),
        Contact("Night line", "crisis_line", "0800 123 456"),
    )
    assert support.own_contacts([]) == ()
    assert support.own_contacts([TEAM[0], TEAM[3]]) == ()


def test_without_danger_own_contacts_come_before_the_regions_lines() -> None:
    lines = resources_for("US", ["suicidal_thoughts"])
    plan = SafetyPlan({"reasons": ("Miso",)})
    found = support.gathered(lines, TEAM, plan, ["suicidal_thoughts"])
    assert found.urgent == ()
    assert [c.name for c in found.contacts] == ["Amara", "sam", "Night line"]
    assert found.lines == lines  # the screen's order, nothing left out
    assert found.lines[0].name == "988 Suicide & Crisis Lifeline"
    assert found.plan is plan
    assert found.kinds == ("suicidal_thoughts",)


def test_danger_now_puts_emergency_services_before_everyone() -> None:
    lines = resources_for("GB", ["danger_now"])
    found = support.gathered(lines, TEAM, SafetyPlan(), ["danger_now", "self_harm"])
    assert [r.kind for r in found.urgent] == ["emergency"]
    assert found.urgent[0].contact == "call 999 or 112"
    assert found.urgent[0] not in found.lines
    assert [r.kind for r in found.lines] == ["domestic_violence", "crisis_line"]
    assert found.contacts  # still there, right after the emergency number


def test_get_help_now_always_puts_emergency_first_even_without_a_region() -> None:
    lines = resources_for("")
    found = support.gathered(lines, [], SafetyPlan(), emergency_first=True)
    assert [r.name for r in found.urgent] == ["Your local emergency number"]
    assert len(found.lines) == len(lines) - 1
    assert found.contacts == ()


def test_contacts_by_the_plan_section_they_belong_to() -> None:
    grouped = support.by_section(support.own_contacts(TEAM))
    assert [c.name for c in grouped["ask_for_help"]] == ["Amara", "sam"]
    assert [c.name for c in grouped["professionals"]] == ["Night line"]
    assert support.by_section([]) == {}


@pytest.mark.parametrize(
    ("reach", "dial"),
    [
        ("555 0100", "5550100"),
        ("+44 7700 900123", "+447700900123"),
        ("(020) 7946-0018", "02079460018"),
        ("988", "988"),
        ("13 11 14", "131114"),
        ("  0800.123.456 ", "0800123456"),
        ("", None),
        ("12", None),  # too short to be a number to call
        ("1234567890123456", None),  # longer than any phone number
        ("call 555 0100", None),  # words around it: shown as written, not dialled
        ("sam@example.org", None),
        ("88788 (text START)", None),
        ("+", None),
    ],
)
def test_only_a_reach_that_is_just_a_phone_number_is_dialled(reach: str, dial: str | None) -> None:
    assert support.phone_number(reach) == dial
    assert Contact("Sam", "trusted_person", reach).phone == dial


def test_the_json_keeps_each_part_in_the_order_shown() -> None:
    lines = resources_for("AU", ["danger_now"])
    found = support.gathered(lines, TEAM, SafetyPlan({"on_my_own": ("Tea",)}), ["danger_now"])
    data = support.to_json(found)
    assert list(data) == ["kinds", "urgent", "contacts", "lines", "safety_plan"]
    assert data["urgent"][0]["name"] == "Emergency services"
    assert data["contacts"][0] == {"name": "Amara", "kind": "trusted_person", "reach": ""}
    assert [r["kind"] for r in data["lines"]] == ["domestic_violence", "crisis_line"]
    on_my_own = [s for s in data["safety_plan"]["sections"] if s["id"] == "on_my_own"]
    assert on_my_own[0]["items"] == ["Tea"]


def test_the_safety_json_adds_the_lines_and_contacts_to_the_plan() -> None:
    contacts = support.own_contacts(TEAM)
    data = support.safety_json(SafetyPlan(), resources_for("IE"), contacts)
    assert data["updated"] is None
    assert len(data["sections"]) == 7
    assert [r["name"] for r in data["crisis_lines"]] == [r.name for r in resources_for("IE")]
    assert [c["name"] for c in data["contacts"]] == ["Amara", "sam", "Night line"]
