"""The learning pages under /learn: short, plain reading that explains what the lens and
the workbook show. Static pages: nothing is read from the journal.

The words for each sign live here, one paragraph per stable id of ``vocabulary.SIGNS``,
so a sign named on a person's page can link to ``/learn/signs#<id>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from bondlens.lens_report import sign_words
from bondlens.vocabulary import SIGN_GROUPS
from bondlens.web.pages import render

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Topic:
    slug: str
    title: str
    summary: str


#: The pages under /learn, in reading order.
TOPICS: Final = (
    Topic("bonds", "Three kinds of bond", "How a bond can form, and how to tell the kinds apart."),
    Topic("signs", "Healthy signs and warning signs", "What each sign the lens names means."),
    Topic("healthy", "Keeping a connection healthy", "Small habits that help a bond stay kind."),
    Topic("why", "Why connection helps healing", "What good company does for a hurt mind."),
    Topic("misconceptions", "Things people often believe", "Common ideas about needing others."),
    Topic("about", "What bondlens is, and is not", "A mirror of your own words, not a verdict."),
)
BY_SLUG: Final = {t.slug: t for t in TOPICS}

#: How each group of signs is introduced on /learn/signs.
GROUP_TITLES: Final = {
    "healthy": "Signs of a healthy bond",
    "warning": "Signs a shared-pain bond is straining",
    "red_flag": "Signs of being harmed",
    "caution": "Cautions for healing bonds",
}
GROUP_INTROS: Final = {
    "healthy": "These show up in bonds that leave room for both people to breathe and grow.",
    "warning": (
        "These can creep in when two people are close because they were hurt in similar ways. "
        "They are common, and they can change once they are noticed."
    ),
    "red_flag": (
        "These point to someone causing you harm. If you recognise them, you deserve "
        "support, and you don't have to decide anything today."
    ),
    "caution": "Even a bond built on healing work can drift. These are worth a gentle look.",
}

#: One short paragraph per sign, in our own words (domain §2 gives the ideas).
SIGN_NOTES: Final = {
    "boundaries_honesty": (
        "Both of you can say where your limits are, and those limits are taken seriously. "
        "You can tell the truth without bracing for what comes next."
    ),
    "mutual_growth": (
        "When one of you takes a step forward, the other is glad about it. Neither of you "
        "needs the other to stay the way they were."
    ),
    "beyond_trauma": (
        "You share jokes, plans and ordinary days, not only the hard history. The pain may "
        "have brought you together, but it is not all you have."
    ),
    "self_outside": (
        "Each of you still has friends, interests and time that belong to you alone. "
        "Being close does not mean disappearing into each other."
    ),
    "other_support": (
        "Neither of you is the other's only lifeline. There are also friends, family, a "
        "group or a therapist to turn to."
    ),
    "triggers_shared": (
        "You can tell each other what tends to set off old pain, so you can both take care "
        "around it instead of guessing."
    ),
    "codependence": (
        "It can start to feel as if you can only be okay when the other person is near, or "
        "only when they are okay. Closeness turns into a need that leaves little room."
    ),
    "retraumatizing": (
        "Sometimes two people who were hurt in similar ways keep setting off each other's "
        "old wounds, often without meaning to."
    ),
    "stagnation": (
        "Talking about the past can help, but a bond can settle into going over the same "
        "pain again and again without either person feeling any lighter."
    ),
    "trauma_dumping": (
        "Heavy memories can pour out with no time or care to make sense of them. The one "
        "listening can end up overwhelmed, and the one sharing may not feel better."
    ),
    "harm": (
        "Someone hurt you, frightened you, put you down or tried to control what you do. "
        "Whatever else is true about them, that is not your fault."
    ),
    "apology_cycle": (
        "A hurtful moment is followed by tears, gifts or sudden warmth, things feel close "
        "again, and then the hurt comes back. The warm part of the loop can make it very "
        "hard to see the loop itself."
    ),
    "unpredictability": (
        "Not knowing which version of someone you will meet today is exhausting. The "
        "tender days can make the painful ones feel like a mistake, when they keep returning."
    ),
    "fear": (
        "You find yourself choosing words carefully, watching their mood, or dreading how "
        "they will react. Feeling afraid of someone close to you is worth taking seriously."
    ),
    "hard_to_leave": (
        "You may want to step away and find that you can't, or go back after leaving. This "
        "is a very common part of a harmful bond, and nothing to be ashamed of."
    ),
    "isolation_by_other": (
        "Someone makes it harder for you to see friends or family, or makes you feel bad "
        "for doing so. Over time that can leave them as the only voice you hear."
    ),
    "power_imbalance": (
        "One of you has more say: a leader, a helper, someone with more money or knowledge. "
        "That can be fine, but it makes it harder to disagree or step back."
    ),
    "overstayed": (
        "A bond that helped during a hard stretch can keep going after that stretch is over, "
        "and start to hold one or both of you in place instead of helping you move on."
    ),
}


@router.get("/learn")
async def learn_index(request: Request) -> Response:
    return render(request, "learn.html", nav="learn", topics=TOPICS)


@router.get("/learn/{slug}")
async def learn_page(request: Request, slug: str) -> Response:
    topic = BY_SLUG.get(slug)
    if topic is None:
        raise HTTPException(404)
    context: dict[str, Any] = {}
    if slug == "signs":
        context["groups"] = [
            (
                group,
                GROUP_TITLES[group],
                GROUP_INTROS[group],
                [(sign, sign_words(sign), SIGN_NOTES[sign]) for sign in signs],
            )
            for group, signs in SIGN_GROUPS.items()
        ]
    return render(request, f"learn_{slug}.html", nav="learn", topic=topic, **context)
