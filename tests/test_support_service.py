"""The support service on a real SQLite file: the care team and the plan read together,
with the screen's lines for a crisis and every line for "Get help now"."""

from __future__ import annotations

from bondlens import care_service, safety_service, support_service
from bondlens.analysis.crisis import screen
from bondlens.analysis.resources import resources_for
from bondlens.journal import Journal


def fill(journal: Journal) -> None:
    care_service.add_member(journal, "Dr Okafor", "therapist", "555 0199")
    care_service.add_member(journal, "Night line", "crisis-line", "0800 123 456")
    care_service.add_member(journal, "Sam", "trusted person", "555 0100")
    safety_service.save_plan(journal, {"on_my_own": ["Walk round the block"]})


def test_a_crisis_gets_own_contacts_its_lines_and_the_plan(journal: Journal) -> None:
    fill(journal)
    crisis = screen("I want to die tonight.", "US")
    found = support_service.for_crisis(journal, crisis)
    assert [(c.name, c.reach) for c in found.contacts] == [
        ("Sam", "555 0100"),
        ("Night line", "0800 123 456"),
    ]
    assert found.lines == crisis.resources
    assert found.urgent == ()
    assert found.plan.of("on_my_own") == ("Walk round the block",)
    assert found.kinds == crisis.kinds


def test_danger_now_takes_the_emergency_number_out_in_front(journal: Journal) -> None:
    fill(journal)
    crisis = screen("He put his hands around my neck last night.", "AU")
    assert "danger_now" in crisis.kinds
    found = support_service.for_crisis(journal, crisis)
    assert [r.contact for r in found.urgent] == ["call 000 (or 112 from a mobile)"]
    assert len(found.lines) == len(crisis.resources) - 1


def test_get_help_now_lists_every_line_for_the_region(journal: Journal) -> None:
    found = support_service.help_now(journal, "NZ")
    assert found.contacts == ()
    assert found.plan.empty
    assert (*found.urgent, *found.lines) == tuple(
        sorted(resources_for("NZ"), key=lambda r: r.kind != "emergency")
    )
    fill(journal)
    assert [c.name for c in support_service.help_now(journal, "NZ").contacts] == [
        "Sam",
        "Night line",
    ]


def test_contacts_follow_the_care_team(journal: Journal) -> None:
    assert support_service.contacts(journal) == ()
    sam = care_service.add_member(journal, "Sam", "trusted_person", "555 0100")
    assert [c.name for c in support_service.contacts(journal)] == ["Sam"]
    care_service.edit_member(journal, sam.id, kind="therapist")
    assert support_service.contacts(journal) == ()
    care_service.edit_member(journal, sam.id, kind="crisis_line", reach="")
    assert [(c.kind, c.reach) for c in support_service.contacts(journal)] == [("crisis_line", "")]
    care_service.remove_member(journal, sam.id)
    assert support_service.contacts(journal) == ()
