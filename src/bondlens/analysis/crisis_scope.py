"""Whether a crisis match stands where it was found: governed by a negation, or told of a
story rather than of the writer.

Read on normalised text (``crisis.normalize``): lower case, no apostrophes or
punctuation, so a clause is bounded by its joining words ("but", "and", "because"), not
by commas.
"""

from __future__ import annotations

import re

CLAUSE_BREAK = re.compile(r"\b(?:but|and|so|because|though|although|yet|however|except)\b")

# A negation governs a match when only "glue" words stand between them: "I would never
# hurt myself", "I'm not suicidal", "he didn't threaten to kill me". Anything else in
# between ("I never told anyone I want to die", "I'm not saying I want to die", "I don't
# know why I want to die") leaves the match standing. "can not" is not a negation here:
# "I can't stop thinking about killing myself" must flag.
_NEGATIONS = frozenset(
    {"not", "never", "no", "dont", "didnt", "doesnt", "wouldnt", "wont", "isnt", "wasnt"}
    | {"arent", "nor", "havent", "hasnt"}
)
_GLUE = frozenset(
    {"i", "am", "is", "are", "was", "were", "be", "been", "being", "would", "will", "ll"}
    | {"d", "going", "to", "gonna", "really", "ever", "actually", "even", "truly", "have"}
    | {"has", "had", "want", "wanted", "wanting", "try", "trying", "tried", "feel"}
    | {"feeling", "felt", "think", "thinking", "thought", "about", "of", "plan", "planning"}
    | {"planned", "mean", "meant", "do", "did", "that", "a", "an", "any", "intention"}
    | {"intend", "intending", "like", "at", "all", "again", "plans", "intentions"}
    | {"urge", "urges", "thoughts", "desire", "wish", "need", "signs"}
)
_MAX_GLUE = 6

#: A film, a book, a song or a game named in the sentence: a match there may be the story's.
MEDIA = re.compile(
    r"\b(?:movie|movies|film|films|show|series|episode|(?<!library )book|novel|song|songs|lyrics|character|characters|documentary|podcast|article|play|musical|game|anime|manga|poem|story|news|headline|season)\b"  # noqa: E501
)
FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself|mine|we|us|our)\b")
# Verbs of thinking or wanting a diary clause starts with when its subject, the writer,
# is left out ("kept thinking about…", "wanted to…"); not verbs of doing, which a story
# or a game is told with as well ("kept jumping off the cliff in the game").
_DROPPED_SUBJECT = re.compile(
    r"(?:(?:keep|kept|still|again|just|always) )?(?:thought|thinking|think|want|wanted"
    r"|wanting|wish|wished|wishing|feel|felt|feeling|need|needed|planning|planned|hoping"
    r"|hoped|praying|prayed|decided)\b"
)


def clause_before(before: str) -> str:
    """The words before a match, back to the start of its clause."""
    parts = CLAUSE_BREAK.split(before)
    return parts[-1] if parts else before


def negated(before: str) -> bool:
    """Whether a plain negation governs a match preceded by ``before``."""
    words = clause_before(before).split()
    for back, word in enumerate(reversed(words[-_MAX_GLUE - 1 :])):
        if word in _NEGATIONS:
            index = len(words) - 1 - back
            return not (word == "not" and index > 0 and words[index - 1] == "can")
        if word not in _GLUE:
            return False
    return False


def owned(clause: str, match: str) -> bool:
    """Whether a match in a sentence that names a story is the writer's own: a word of
    theirs in its clause, or a clause opened by a verb with the writer as its dropped
    subject ("thought about not being alive, watched some anime")."""
    said = " ".join(f"{clause} {match}".split())
    return bool(FIRST_PERSON.search(said) or _DROPPED_SUBJECT.match(said))
