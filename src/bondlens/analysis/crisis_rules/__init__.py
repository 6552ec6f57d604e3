"""The words the crisis screen looks for: texting forms, crisis patterns and idioms.

Data for ``crisis.py``, kept apart so that the rules can be read (and reviewed by
someone who knows crisis work) a family at a time: ``suicidal``, ``plans``,
``self_harm`` and ``danger`` hold the patterns of each kind, ``idioms`` what is blanked or
read as a jest, ``words`` the pieces they share, ``texting`` the spelled-out forms,
``gates`` the gate words derived from the patterns and ``lazy`` how they are compiled.

Patterns run on normalised text: lower case, no apostrophes ("dont", "hell" for
"he'll"), "i am", "can not", "any more" and "self harm" already spelled out (see
``crisis.normalize``). Written in our own words; when a pattern is added, add a sentence
to bench/data/crisis_dev.jsonl that needs it and one idiom that must not trip it.
"""

from __future__ import annotations

from bondlens.analysis.crisis_rules.danger import DANGER_NOW
from bondlens.analysis.crisis_rules.gates import GATES
from bondlens.analysis.crisis_rules.idioms import (
    CONTEXT_IDIOM_RULES,
    FRAGMENT_CALM_RULE,
    FRAGMENT_RULE,
    FRAGMENT_WORDS,
    IDIOM_RULES,
    LIGHT_RULE,
    LITERAL_RULE,
    LITERAL_SELF_RULE,
    MEANT_RULE,
    MEANT_WISH_RULE,
    PLEA_RULE,
    SEND_MORE_RULE,
    SOFT_CALM_RULE,
    SOFT_DEATH_RULE,
    SOFT_WISH_RULE,
    THREAT_IDIOM_RULES,
    WISH_IDIOM_RULES,
)
from bondlens.analysis.crisis_rules.lazy import Rules
from bondlens.analysis.crisis_rules.looking_back import NOW_RULE, PAST_RULE
from bondlens.analysis.crisis_rules.plans import PLAN_OR_MEANS
from bondlens.analysis.crisis_rules.self_harm import SELF_HARM
from bondlens.analysis.crisis_rules.suicidal import SUICIDAL_THOUGHTS
from bondlens.analysis.crisis_rules.texting import TEXTING

RULES: dict[str, tuple[str, ...]] = {
    "suicidal_thoughts": SUICIDAL_THOUGHTS,
    "plan_or_means": PLAN_OR_MEANS,
    "self_harm": SELF_HARM,
    "danger_now": DANGER_NOW,
}

COMPILED = {kind: Rules(rules, GATES[kind]) for kind, rules in RULES.items()}
IDIOMS = Rules(IDIOM_RULES, GATES["idioms"])
SOFT_DEATH = Rules((SOFT_DEATH_RULE,), GATES["soft_death"])
SOFT_WISH = Rules((SOFT_WISH_RULE,), GATES["soft_wish"])
SOFT_CALM = Rules((SOFT_CALM_RULE,), GATES["soft_calm"])
CONTEXT_IDIOMS = Rules(CONTEXT_IDIOM_RULES, GATES["context_idioms"])
LIGHT = Rules((LIGHT_RULE,), GATES["light"])
THREAT_IDIOMS = Rules(THREAT_IDIOM_RULES, GATES["threat_idioms"])
LITERAL = Rules((LITERAL_RULE,), GATES["literal"])
WISH_IDIOMS = Rules(WISH_IDIOM_RULES, GATES["wish_idioms"])

__all__ = [
    "COMPILED",
    "CONTEXT_IDIOMS",
    "CONTEXT_IDIOM_RULES",
    "FRAGMENT_CALM_RULE",
    "FRAGMENT_RULE",
    "FRAGMENT_WORDS",
    "GATES",
    "IDIOMS",
    "IDIOM_RULES",
    "LIGHT",
    "LIGHT_RULE",
    "LITERAL",
    "LITERAL_RULE",
    "LITERAL_SELF_RULE",
    "MEANT_RULE",
    "MEANT_WISH_RULE",
    "NOW_RULE",
    "PAST_RULE",
    "PLEA_RULE",
    "RULES",
    "SEND_MORE_RULE",
    "SOFT_CALM",
    "SOFT_CALM_RULE",
    "SOFT_DEATH",
    "SOFT_DEATH_RULE",
    "SOFT_WISH",
    "SOFT_WISH_RULE",
    "TEXTING",
    "THREAT_IDIOMS",
    "THREAT_IDIOM_RULES",
    "WISH_IDIOMS",
    "WISH_IDIOM_RULES",
    "Rules",
]
