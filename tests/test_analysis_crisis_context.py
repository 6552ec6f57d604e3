"""What a sentence's neighbours say about it (``crisis_context``), read on normalised
sentences as the screen reads them."""

from __future__ import annotations

from bondlens.analysis.crisis import normalize, sentences
from bondlens.analysis.crisis_context import light_flags, literal_flags


def _norms(text: str) -> list[str]:
    return [normalize(sentence) for sentence in sentences(text)]


def test_a_light_neighbour_makes_a_light_idiom_light_and_only_that_sentence() -> None:
    assert light_flags(_norms("Tried the ghost pepper wings. I thought I was going to die.")) == [
        False,
        True,
    ]
    # No light word anywhere: the same sentence is read plainly.
    assert light_flags(_norms("Long night at home. I thought I was going to die.")) == [
        False,
        False,
    ]
    # Two sentences away is not a neighbour.
    text = "Tried the ghost pepper wings. Then the bus home. Then bed. I thought I would die."
    assert light_flags(_norms(text))[-1] is False


def test_send_help_is_a_joke_beside_a_light_line_an_idiom_or_another_request() -> None:
    assert light_flags(_norms("Leg day again. Send help.")) == [False, True]
    assert light_flags(_norms("Drowning in laundry. Send help.")) == [False, True]
    assert light_flags(_norms("Send help. Send biscuits.")) == [True, False]
    # A plain complaint says nothing of a joke.
    assert light_flags(_norms("Three essays due tomorrow. Send help.")) == [False, False]


def test_send_help_is_never_a_joke_with_fear_danger_or_meaning_it_around() -> None:
    assert light_flags(_norms("Leg day again. Send help. I mean it.")) == [False, False, False]
    assert light_flags(_norms("Drowning in laundry. Send help, he has a knife.")) == [
        False,
        False,
    ]
    assert light_flags(_norms("Send help. Send the police.")) == [False, False]


def test_a_neighbour_makes_a_threat_or_a_wish_said_lightly_meant() -> None:
    assert literal_flags(_norms("Mum's going to kill me. I'm not exaggerating.")) == [
        True,
        False,
    ]
    assert literal_flags(_norms("Mum's going to kill me. The car is scratched.")) == [
        False,
        False,
    ]
    assert literal_flags(_norms("I'd rather die than tell dad. And I mean it this time.")) == [
        True,
        False,
    ]
    # "Seriously" is emphasis as often as not: it does not make a wish meant.
    assert literal_flags(_norms("I'd rather die than tell dad. Seriously.")) == [False, False]
