"""A fast first screen for crisis language: wanting to die, a plan, self-harm, danger now.

Standard library only and no model: ``bondlens add`` calls :func:`screen` when an entry
is saved, so it must answer in a few milliseconds. The embedding backstop in
``crisis_model.py`` can only add to what this finds, never take it away.

Missing a crisis is far worse than a false alarm (shared/domain.md §7), so the rules lean
towards flagging:

- Text is normalised first: lower case, apostrophes dropped ("don't" and "dont" read
  the same), common texting forms spelled out ("wanna", "u", "kms").
- Everyday idioms ("this commute is killing me", "dying to tell you", "killed it at
  work", "my phone's dead", "I'd kill for a lie-in") are blanked out before the rules
  look, so they cannot match. "Mum's going to kill me when she sees the car" is blanked
  only when nothing in the sentence makes it literal (a threat said, fear, a weapon);
  "I thought I was going to die" only when, besides, the sentence or a neighbour is
  plainly light (a hot sauce challenge, a rollercoaster, laughter).
- A match is dropped when a plain negation governs it, with only small words between
  ("I would never hurt myself", "I'm not suicidal"); a hedge still flags ("I'm not
  saying I want to die", "I don't know why I want to die").
- Besides the patterns (``crisis_rules.py``), a wider net flags a clause that holds
  both a word about dying or being alive and a word of wanting or weariness ("I've lost
  the will to live").
- Sentences are read one by one, and a short run of neighbouring ones that flag nothing
  alone is read as one as well, so that a message typed as fragments ("took my sisters
  sleeping tablets. the whole box.") is not missed; only rules written to reach over a
  sentence end can (:func:`screen_run`).
- A match about a film, a book or a song is dropped unless the sentence is also about
  the writer ("the film made me want to die" still flags).
- Past and recovered statements ("years ago I wanted to die, now I'm doing better")
  are flagged on purpose: showing resources gently costs little, and the person decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from bondlens.analysis.crisis_context import (
    LITERAL_SELF,
    MEANT_WISH,
    PLEA,
    light_flags,
    literal_flags,
)
from bondlens.analysis.crisis_rules import (
    COMPILED,
    CONTEXT_IDIOMS,
    FRAGMENT_CALM_RULE,
    FRAGMENT_RULE,
    FRAGMENT_WORDS,
    IDIOMS,
    LITERAL,
    NOW_RULE,
    PAST_RULE,
    SOFT_CALM,
    SOFT_DEATH,
    SOFT_WISH,
    TEXTING,
    THREAT_IDIOMS,
    WISH_IDIOMS,
)
from bondlens.analysis.crisis_scope import (
    CLAUSE_BREAK,
    FIRST_PERSON,
    MEDIA,
    clause_before,
    negated,
    owned,
)
from bondlens.analysis.resources import resources_for
from bondlens.analysis.results import Crisis
from bondlens.analysis.sentences import split

KINDS = ("suicidal_thoughts", "plan_or_means", "self_harm", "danger_now")

# --- normalising -----------------------------------------------------------------------

_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_NON_WORD = re.compile(r"[^a-z0-9\s]+")


def normalize(text: str) -> str:
    """Lower case, apostrophes dropped, punctuation to spaces, texting spelled out."""
    text = _APOSTROPHES.sub("", text.lower())
    text = text.replace("-", " ")
    words = _NON_WORD.sub(" ", text).split()
    return " ".join(TEXTING.get(w, w) for w in words)


#: Sentences whose reading is remembered: the engine asks about each sentence more than
#: once (the screen, then the backstop's "set aside?"), and journals repeat themselves.
_REMEMBERED = 8192
#: Neighbouring sentences, none flagged alone, are also read as one when their words
#: number at most this many (:func:`short_runs`).
RUN_WORDS = 30
#: Where one sentence ends in a run read as one (:func:`screen_run`).
_RUN_BREAK = "."
# A plain denial of something the rules have no pattern for ("he didn't hit me", "I'm
# not planning anything"): the backstop leaves such a sentence to the rules.
_DENIAL = re.compile(
    r"\b(?:didnt|did not|hasnt|has not|havent|have not|never|wont|will not|doesnt|does not"
    r"|not|no longer)\b (?:\w+ ){0,2}(?:hit|hits|threaten|threatened|hurt|touch|touched"
    r"|harm|harmed|laid a hand|planning|plan|cut|cutting|suicidal|self harm|in danger)\b"
)


def screen(text: str, region: str | None = None) -> Crisis:
    """Crisis language in ``text``: which kinds, the sentences that say so, where to turn.

    Fast and model-free; it errs towards flagging. ``region`` (an ISO code such as "GB",
    or None for the international list) chooses the resources attached to a flag.
    """
    kinds: set[str] = set()
    found_sentences = sentences(text)
    contexts = in_context(found_sentences)
    flagged = []
    for sentence, light, literal in contexts:
        found = screen_sentence(sentence, light, literal)
        flagged.append(bool(found))
        kinds.update(found)
    matched: list[tuple[int, int]] = []
    for start, end in short_runs(found_sentences, flagged):
        if any(start <= first and last <= end for first, last in matched):
            continue  # a shorter run inside it already says so: quote only that
        found = screen_run(contexts[start:end])
        if found:
            matched.append((start, end))
            kinds.update(found)
            flagged[start:end] = [True] * (end - start)
    quotes = [sentence for sentence, quoted in zip(found_sentences, flagged, strict=True) if quoted]
    if not kinds and repeated_endings(text):
        kinds.add("suicidal_thoughts")
        quotes.append(" ".join(found_sentences))
    return crisis_from(kinds, quotes, region, text)


_FRAGMENT = re.compile(FRAGMENT_RULE)
_FRAGMENT_CALM = re.compile(FRAGMENT_CALM_RULE)


def repeated_endings(text: str) -> bool:
    """Whether ``text`` is a short entry of repeated endings ("done. done. done.", "bye
    mum. bye dad. bye Jess."): three or more, one of them at least twice, and nothing
    that makes it light or a boundary ("done with him", "exams finished")."""
    norm = normalize(text)  # a whole entry: not kept among the remembered sentences
    if len(norm.split()) > FRAGMENT_WORDS or _FRAGMENT_CALM.search(norm):
        return False
    found = [word.replace("goodbye", "bye") for word in _FRAGMENT.findall(norm)]
    return len(found) >= 3 and len(set(found)) < len(found)


def short_runs(found: list[str], flagged: list[bool]) -> list[tuple[int, int]]:
    """Runs of two or three neighbouring sentences, none flagged alone, short enough
    together (``RUN_WORDS``) to be one message: an acute one is often typed as fragments,
    each harmless alone ("took nans heart tablets. all of them. love you sis")."""
    words = [len(_normalized(sentence).split()) for sentence in found]
    return [
        (start, start + width)
        for width in (2, 3)
        for start in range(len(found) - width + 1)
        if not any(flagged[start : start + width])
        and sum(words[start : start + width]) <= RUN_WORDS
    ]


def screen_run(run: Sequence[tuple[str, bool, bool]]) -> set[str]:
    """The crisis kinds a run of neighbouring sentences holds only when read as one.

    ``run`` holds each sentence with its ``light`` and ``literal`` context, as
    :func:`in_context` gives them. Each sentence's idioms are set aside as when it is read
    alone; the sentences are then joined with " . " and only a match that reaches over
    a sentence end counts. Almost every rule stops at a full stop (``[^.]``), so only
    the rules written to reach over one ("took the tablets . all of them") can.
    """
    norm = f" {_RUN_BREAK} ".join(
        _read(sentence, light, literal)[1] for sentence, light, literal in run
    )
    return set(_screen_norm(norm, spanning=True)[0])


def crisis_from(
    kinds: Iterable[str], quotes: Iterable[str], region: str | None, text: str | None = None
) -> Crisis:
    """A :class:`Crisis` with its kinds in canonical order and the resources they call for.

    A plan or the means to die implies suicidal thoughts, so it brings that kind along.
    With the whole ``text``, it also says whether the quotes are :func:`looking_back`
    (without it, never: the usual words are the safe default).
    """
    found = set(kinds)
    if "plan_or_means" in found:
        found.add("suicidal_thoughts")
    ordered = tuple(k for k in KINDS if k in found)
    if not ordered:
        return Crisis(flag=False)
    quoted = tuple(dict.fromkeys(quotes))
    return Crisis(
        flag=True,
        kinds=ordered,
        quotes=quoted,
        resources=resources_for(region, ordered),
        looking_back=text is not None and looking_back(quoted, text),
    )


def sentences(text: str) -> list[str]:
    """Sentences to screen and quote: ``split``, then also at '.', '!' or '?' before a
    lower-case word, since texting style rarely uses capitals."""
    found: list[str] = []
    for piece in split(text):
        found.extend(p for p in re.split(r"(?<=[.!?…])\s+(?=[a-z])", piece) if p.strip())
    return found


def screen_sentence(sentence: str, light: bool = False, literal: bool = False) -> set[str]:
    """The crisis kinds one sentence holds, after idioms, negations and fiction are set
    aside. ``light``: the sentence or a neighbour is plainly light (see :func:`light_context`);
    ``literal``: a neighbour says it is meant (see :func:`literal_context`)."""
    return set(_screen_sentence(sentence, light, literal)[0])


def in_context(found: list[str]) -> list[tuple[str, bool, bool]]:
    """Each sentence with what its neighbours say: whether it is ``light`` and whether a
    threat or a wish in it is meant (``literal``; see ``crisis_context``)."""
    norms = [_normalized(sentence) for sentence in found]
    return list(zip(found, light_flags(norms), literal_flags(norms), strict=True))


def _without_idioms(norm: str, light: bool = False, literal: bool = False) -> str:
    """``norm`` with its idioms blanked out. "I'd rather die than sing karaoke" is an
    idiom unless the sentence or a neighbour (``literal``) says it is meant. "Mum's going
    to kill me when she sees the car" is one, unless the sentence also says something
    literal ("he said", a knife, fear) or ``literal`` (a neighbour does); so is "I
    thought I was going to die" when the context is ``light`` and nothing in the sentence
    speaks of danger, fear or meaning it (``LITERAL_SELF_RULE``: "the nurse said" does
    not). "Send help" said after any of them goes with it, and so does one whose
    neighbours make it a joke (``light``: ``crisis_context``)."""
    if not literal and MEANT_WISH.search(norm) is None:
        norm = WISH_IDIOMS.sub(" ~ ", norm)
    norm = IDIOMS.sub(" ~ ", norm)
    if not literal and LITERAL.search(norm) is None:
        norm = THREAT_IDIOMS.sub(" ~ ", norm)
    joke = light and not literal and LITERAL_SELF.search(norm) is None
    if joke:
        norm = CONTEXT_IDIOMS.sub(" ~ ", norm)
    if joke or "~" in norm:  # "send help" said beside a joke is part of it
        norm = PLEA.sub(" ~ ", norm)
    return norm


def set_aside(sentence: str, light: bool = False, literal: bool = False) -> str:
    """Why the screen reads a sentence as calm though it names crisis words, or "".

    "idiom" ("this commute is killing me"), "denial" ("I would never hurt myself", when
    nothing else in it flags) or "story" (a film or a book, not about the writer). The
    embedding backstop treats these sentences with more care than the rest.
    """
    norm, calm = _read(sentence, light, literal)
    if calm != norm:
        return "idiom"
    found, denied = _screen_sentence(sentence, light, literal)
    if not found and (denied or _DENIAL.search(norm)):
        return "denial"
    if MEDIA.search(norm) and not FIRST_PERSON.search(norm):
        return "story"
    return ""


@lru_cache(maxsize=_REMEMBERED)
def _normalized(sentence: str) -> str:
    return normalize(sentence)


@lru_cache(maxsize=_REMEMBERED)
def _read(sentence: str, light: bool = False, literal: bool = False) -> tuple[str, str]:
    """``sentence`` normalised, and the same with its idioms blanked out."""
    norm = _normalized(sentence)
    return norm, _without_idioms(norm, light, literal)


def _screen_sentence(
    sentence: str, light: bool = False, literal: bool = False
) -> tuple[frozenset[str], frozenset[str]]:
    """The kinds ``sentence`` holds, and the kinds it names only to deny them (both
    readings it rests on are remembered: :func:`_read` and :func:`_screen_norm`)."""
    return _screen_norm(_read(sentence, light, literal)[1])


@lru_cache(maxsize=_REMEMBERED)
def _screen_norm(norm: str, spanning: bool = False) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`_screen_sentence` of a normalised text with its idioms blanked out; with
    ``spanning`` (a run, see :func:`screen_run`), only matches over a sentence end count
    and the wider net is not cast."""
    found: set[str] = set()
    denied: set[str] = set()
    about_media = MEDIA.search(norm) is not None
    for kind, pattern in COMPILED.items():
        for match in pattern.finditer(norm):
            if spanning and f" {_RUN_BREAK} " not in match.group():
                continue
            before = norm[: match.start()]
            if negated(before):
                denied.add(kind)
                continue
            if about_media and not owned(clause_before(before), match.group()):
                continue
            found.add(kind)
            break
    if not spanning and "suicidal_thoughts" not in found and _soft_suicidal(norm, about_media):
        found.add("suicidal_thoughts")
    return frozenset(found), frozenset(denied)


def _soft_suicidal(norm: str, about_media: bool) -> bool:
    """The wider net: dying and wanting in one clause, not negated, not about a story."""
    if SOFT_CALM.search(norm):
        return False
    for part in CLAUSE_BREAK.split(norm):
        death, wish = SOFT_DEATH.search(part), SOFT_WISH.search(part)
        if not (death and wish):
            continue
        start = min(death.start(), wish.start())
        if negated(part[:start]):
            continue
        if about_media and not FIRST_PERSON.search(part):
            continue
        return True
    return False


# --- looking back ----------------------------------------------------------------------
# Support is shown for a crisis told as past ("three years ago I tried to end my life")
# as for any other; only its opening words change, to meet the person where they are.
# Compiled on first use: most entries never need them, and `add` should not wait.


@lru_cache(maxsize=1)
def _past_and_now() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(PAST_RULE), re.compile(NOW_RULE)


def looking_back(quotes: Iterable[str], text: str) -> bool:
    """Whether every sentence that raised support (``quotes``) tells of a past time, with
    nothing in the whole ``text`` that says it may be now: "Years ago I tried to end my
    life. I'm glad I stayed." is looking back; "Years ago I tried to end my life. Lately I
    think about it again." is not."""
    found = [normalize(quote) for quote in quotes]
    if not found:
        return False
    past, now = _past_and_now()
    return all(past.search(q) for q in found) and now.search(normalize(text)) is None
