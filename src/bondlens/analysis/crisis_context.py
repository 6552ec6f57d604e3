"""What a sentence's neighbours say about it: whether it is said in jest, or meant.

"I thought I was going to die" is light beside "tried the hot sauce challenge"; "Send
help" is part of the joke beside "Send coffee"; "he's going to kill me" is meant beside
"I'm not exaggerating". Each function takes an entry's sentences already normalised
(``crisis.normalize``) and answers for every one of them, so the screen reads a sentence
with its neighbours but still one sentence at a time.
"""

from __future__ import annotations

import re

from bondlens.analysis.crisis_rules import (
    CONTEXT_IDIOMS,
    IDIOMS,
    LIGHT,
    LITERAL,
    LITERAL_SELF_RULE,
    MEANT_RULE,
    MEANT_WISH_RULE,
    PLEA_RULE,
    SEND_MORE_RULE,
    THREAT_IDIOMS,
    WISH_IDIOMS,
)

#: Said beside a threat said lightly, these make it meant ("I'm not exaggerating").
MEANT = re.compile(MEANT_RULE)
#: Said beside a wish said lightly, these make it meant ("and I mean it this time").
MEANT_WISH = re.compile(MEANT_WISH_RULE)
#: Danger, fear or meaning it: what keeps a light context from blanking anything.
LITERAL_SELF = re.compile(LITERAL_SELF_RULE)
#: "Send help", "someone send backup".
PLEA = re.compile(PLEA_RULE)
_SEND_MORE = re.compile(SEND_MORE_RULE)


def light_flags(norms: list[str]) -> list[bool]:
    """For each sentence that could hold a light idiom ("I thought I was going to die"),
    whether it or a neighbour is plainly light ("tried the hot sauce challenge"); for one
    that says "send help", whether it is part of a joke (:func:`_plea_in_jest`). Only such
    sentences are asked about, so most entries cost one substring scan each."""
    flags = []
    for index, norm in enumerate(norms):
        if CONTEXT_IDIOMS.candidates(norm):
            flags.append(any(LIGHT.search(n) for n in norms[max(index - 1, 0) : index + 2]))
        elif "send" in norm and PLEA.search(norm):
            flags.append(_plea_in_jest(norms, index))
        else:
            flags.append(False)
    return flags


def _plea_in_jest(norms: list[str], index: int) -> bool:
    """Whether "send help" in ``norms[index]`` is part of a joke: beside a plainly light
    line, an idiom ("drowning in laundry. send help") or a request for something else
    ("Send help. Send coffee."), and with nothing around it of danger, fear or meaning it
    ("Send help. I mean it.")."""
    neighbours = norms[max(index - 1, 0) : index] + norms[index + 1 : index + 2]
    around = [*neighbours, norms[index]]
    if any(LITERAL_SELF.search(n) or MEANT.search(n) for n in around):
        return False
    return (
        any(LIGHT.search(n) for n in around)
        or any(_SEND_MORE.search(n) for n in neighbours)
        or any(IDIOMS.sub(" ~ ", n) != n for n in neighbours)
    )


def literal_flags(norms: list[str]) -> list[bool]:
    """For each sentence that could hold a threat said in jest ("he's going to kill me"),
    whether a neighbour says it is meant ("I'm not exaggerating", "I'm scared"); for one
    that could hold a wish said lightly ("I'd rather die than tell dad"), whether a
    neighbour says that is meant ("and I actually mean it this time")."""
    flags = []
    for index, norm in enumerate(norms):
        neighbours = norms[max(index - 1, 0) : index] + norms[index + 1 : index + 2]
        flags.append(
            (
                bool(THREAT_IDIOMS.candidates(norm))
                and any(LITERAL.search(n) or MEANT.search(n) for n in neighbours)
            )
            or (
                bool(WISH_IDIOMS.candidates(norm)) and any(MEANT_WISH.search(n) for n in neighbours)
            )
        )
    return flags
