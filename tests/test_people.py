from __future__ import annotations

from datetime import date

import pytest

from bondlens import people
from bondlens.errors import InvalidInput
from bondlens.people import Person, PersonChanges, clean_name, name_key


def test_clean_name_folds_white_space() -> None:
    assert clean_name("  Sam \n Lee ") == "Sam Lee"
    assert clean_name("נועה") == "נועה"


@pytest.mark.parametrize("name", ["", "   ", "\n\t", "\x00\x01"])
def test_clean_name_refuses_an_empty_name(name: str) -> None:
    with pytest.raises(InvalidInput, match="needs a name"):
        clean_name(name)


def test_clean_name_refuses_a_name_longer_than_the_limit() -> None:
    assert clean_name("x" * people.MAX_NAME) == "x" * people.MAX_NAME
    with pytest.raises(InvalidInput, match=str(people.MAX_NAME)):
        clean_name("x" * (people.MAX_NAME + 1))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Alex", "alex"),
        ("ALEX", " alex "),
        ("Élodie", "élodie"),
        ("E\u0301lodie", "élodie"),  # decomposed and composed é
        ("Straße", "STRASSE"),
        ("Sam  Lee", "sam lee"),
    ],
)
def test_name_key_treats_case_and_spacing_variants_as_one_person(first: str, second: str) -> None:
    assert name_key(first) == name_key(second)
    assert Person(name=first).key == name_key(second)


def test_name_key_keeps_different_names_apart() -> None:
    assert name_key("Sam") != name_key("Sami")
    assert name_key("נועה") != name_key("נוע")


def test_relationship_and_origin_accept_forgiving_spellings() -> None:
    assert people.relationship("Ex-Partner") == "ex_partner"
    assert people.relationship("group leader") == "group_leader"
    assert people.origin("Shared-Trauma") == "shared_trauma"


def test_relationship_and_origin_refuse_unknown_values() -> None:
    with pytest.raises(InvalidInput, match="friend"):
        people.relationship("nemesis")
    with pytest.raises(InvalidInput, match="healing_together"):
        people.origin("school")


def test_validated_cleans_every_field() -> None:
    person = people.validated(
        Person(
            name="  Sam ",
            relationship="Group Member",
            origin="healing together",
            notes="  met at group \n",
            triggers=("raised voices", " Raised voices ", ""),
            boundaries=("no calls after 10pm",),
        )
    )
    assert person == Person(
        name="Sam",
        relationship="group_member",
        origin="healing_together",
        notes="met at group",
        triggers=("raised voices",),
        boundaries=("no calls after 10pm",),
    )


def test_validated_refuses_notes_that_are_too_long() -> None:
    with pytest.raises(InvalidInput, match="Notes"):
        people.validated(Person(name="Sam", notes="x" * (people.MAX_NOTES + 1)))


def test_a_person_is_active_until_the_relationship_ends() -> None:
    assert Person(name="Sam").active
    assert not Person(name="Sam", ended_on=date(2025, 1, 1)).active


def test_person_changes_apply_only_what_was_given() -> None:
    before = Person(
        name="Sam",
        relationship="friend",
        notes="old notes",
        safe=True,
        triggers=("Raised voices", "being rushed"),
        boundaries=("no surprise visits",),
    )
    after = PersonChanges(
        relationship="sibling",
        remove_triggers=("raised VOICES",),
        add_triggers=("sarcasm",),
        add_boundaries=("text first",),
    ).apply(before)
    assert after == Person(
        name="Sam",
        relationship="sibling",
        notes="old notes",
        safe=True,
        triggers=("being rushed", "sarcasm"),
        boundaries=("no surprise visits", "text first"),
    )


def test_person_changes_can_clear_notes_and_unset_safe() -> None:
    after = PersonChanges(notes="", safe=False).apply(Person(name="Sam", notes="x", safe=True))
    assert after.notes == ""
    assert after.safe is False


def test_person_changes_end_and_reopen() -> None:
    ended = PersonChanges(ended_on=date(2025, 6, 1)).apply(Person(name="Dana"))
    assert ended.ended_on == date(2025, 6, 1)
    assert PersonChanges(name="Dana K").apply(ended).ended_on == date(2025, 6, 1)
    assert PersonChanges(reopen=True).apply(ended).ended_on is None


def test_person_changes_empty() -> None:
    assert PersonChanges().empty
    assert not PersonChanges(safe=False).empty
    assert not PersonChanges(add_triggers=("x",)).empty
