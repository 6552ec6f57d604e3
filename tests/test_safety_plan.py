"""The safety plan, pure: sections, validation, adding and removing, the editor form."""

from __future__ import annotations

import pytest

from bondlens import messages
from bondlens import safety_plan as plan_rules
from bondlens.errors import InvalidInput
from bondlens.safety_plan import MAX_ITEM_CHARS, MAX_ITEMS, SECTIONS, SafetyPlan


def test_the_seven_sections_in_order_each_with_our_own_title_and_prompt() -> None:
    assert SECTIONS == (
        "warning_signs",
        "on_my_own",
        "feel_better",
        "ask_for_help",
        "professionals",
        "safer_surroundings",
        "reasons",
    )
    for section in SafetyPlan().sections():
        assert section.title
        assert section.prompt
        assert section.items == ()
    assert plan_rules.CRISIS_SECTION in SECTIONS


def test_lines_are_cleaned_ordered_and_deduplicated() -> None:
    cleaned = plan_rules.validated(
        {"reasons": ["  My  cat ", "", "my cat", "Spring"], "Warning-Signs": ["Not sleeping"]}
    )
    assert cleaned == {"warning_signs": ("Not sleeping",), "reasons": ("My cat", "Spring")}
    assert list(cleaned) == ["warning_signs", "reasons"]  # the plan's order, not the input's


def test_empty_sections_are_dropped_and_an_empty_plan_is_empty() -> None:
    assert plan_rules.validated({"reasons": ["", "  "]}) == {}
    assert SafetyPlan().empty
    assert not SafetyPlan({"reasons": ("Miso",)}).empty
    assert [s.id for s in SafetyPlan({"reasons": ("Miso",)}).filled()] == ["reasons"]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ({"hobbies": ["x"]}, "no section 'hobbies'"),
        ({"reasons": ["x" * (MAX_ITEM_CHARS + 1)]}, f"up to {MAX_ITEM_CHARS}"),
        ({"reasons": [f"line {n}" for n in range(MAX_ITEMS + 1)]}, f"up to {MAX_ITEMS} lines"),
    ],
)
def test_unknown_sections_long_lines_and_too_many_lines_are_refused(
    items: dict[str, list[str]], expected: str
) -> None:
    with pytest.raises(InvalidInput, match=expected):
        plan_rules.validated(items)


def test_a_full_section_is_accepted() -> None:
    lines = [f"line {n}" for n in range(MAX_ITEMS)]
    assert len(plan_rules.validated({"reasons": lines})["reasons"]) == MAX_ITEMS
    assert plan_rules.validated({"reasons": ["x" * MAX_ITEM_CHARS]})


def test_from_lines_reads_one_item_a_line() -> None:
    typed = {"on_my_own": "Walk round the block\r\n\nMusic\n", "reasons": ""}
    assert plan_rules.from_lines(typed) == {"on_my_own": ("Walk round the block", "Music")}


def test_adding_and_removing_one_line() -> None:
    plan = SafetyPlan({"reasons": ("Miso", "Spring")})
    assert plan_rules.with_item(plan, "reasons", "My sister")["reasons"] == (
        "Miso",
        "Spring",
        "My sister",
    )
    assert plan_rules.with_item(plan, "on-my-own", "Tea")["on_my_own"] == ("Tea",)
    assert plan_rules.without_item(plan, "reasons", 1) == {"reasons": ("Spring",)}
    assert plan_rules.without_item(SafetyPlan({"reasons": ("Miso",)}), "reasons", 1) == {}
    with pytest.raises(InvalidInput, match="no line 3"):
        plan_rules.without_item(plan, "reasons", 3)
    with pytest.raises(InvalidInput, match="no line 0"):
        plan_rules.without_item(plan, "reasons", 0)
    with pytest.raises(InvalidInput) as empty:
        plan_rules.with_item(plan, "reasons", "   ")
    assert empty.value.message == messages.SAFETY_ITEM_EMPTY


def test_the_editor_form_round_trips() -> None:
    plan = SafetyPlan({"warning_signs": ("Not sleeping",), "reasons": ("Miso", "Spring")})
    form = plan_rules.form_text(plan)
    for section in plan.sections():
        assert plan_rules.HEADING + section.title in form
    assert plan_rules.parse_form(form) == dict(plan.items)


def test_the_editor_form_reads_what_a_person_types() -> None:
    form = plan_rules.form_text(SafetyPlan())
    title = messages.SAFETY_SECTIONS["ask_for_help"][0]
    edited = form.replace(
        f"{plan_rules.HEADING}{title}\n", f"{plan_rules.HEADING}{title}\n- Sam, 555 0100\n\n"
    )
    assert plan_rules.parse_form(edited) == {"ask_for_help": ("Sam, 555 0100",)}


def test_the_editor_form_refuses_stray_lines_and_unknown_headings() -> None:
    with pytest.raises(InvalidInput, match="Line 1 "):
        plan_rules.parse_form("Walk\n## My reasons to keep going\nMiso\n")
    with pytest.raises(InvalidInput, match="'Hobbies'"):
        plan_rules.parse_form("## Hobbies\nKnitting\n")


def test_json_lists_every_section() -> None:
    data = plan_rules.to_json(SafetyPlan({"reasons": ("Miso",)}, "2026-03-01T10:00:00Z"))
    assert data["updated"] == "2026-03-01T10:00:00Z"
    assert [s["id"] for s in data["sections"]] == list(SECTIONS)
    assert data["sections"][-1]["items"] == ["Miso"]
