"""The lens as words and as data: its explanation, and the JSON shape the CLI and web share.

Pure. Every sentence comes from ``messages`` so tone can be reviewed in one place.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bondlens import messages
from bondlens.checkins import SCALE, CheckIn, changes
from bondlens.lens import Lens, Sign
from bondlens.patterns import Helper

#: How many signs the explanation names (the JSON lists them all).
EXPLAINED_SIGNS = 3
#: How many entry numbers a sentence cites before "and N more".
CITED = 6
#: Past this many entries, "in 3 of your last 10 entries".
RECENT = 10
_TIMES = {2: "Twice", 3: "Three times", 4: "Four times", 5: "Five times", 6: "Six times"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: Which signs the explanation names first: red flags, then warnings, cautions, healthy.
_PRIORITY = {"red_flag": 0, "warning": 1, "caution": 2, "healthy": 3}


def day_text(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def refs(ids: tuple[int, ...] | list[int]) -> str:
    """'#3, #7 and #9', or '#1, #2, … and 4 more'."""
    shown = [f"#{i}" for i in ids[:CITED]]
    if len(ids) > CITED:
        return ", ".join(shown) + f" and {len(ids) - CITED} more"
    if len(shown) > 1:
        return ", ".join(shown[:-1]) + " and " + shown[-1]
    return "".join(shown)


def sign_words(marker: str) -> str:
    if marker == "apology_cycle":
        return "hurt followed by apologies and making up"
    return messages.MARKER_WORDS.get(marker, marker.replace("_", " "))


def explanation(view: Lens) -> str:
    """A few warm, plain sentences that cite the entries behind the lens."""
    name = view.person.name
    parts: list[str] = []
    if view.person.ended_on:
        parts.append(messages.LENS_LOOKING_BACK.format(day=day_text(view.person.ended_on)))
    if "few_entries" in view.reasons:
        parts.append(messages.LENS_FEW.format(name=name))
    else:
        parts.append(messages.LENS_BOND[view.bond].format(name=name))
    if "harm_overrides_origin" in view.reasons:
        origin = "healing together" if view.person.origin == "healing_together" else None
        origin = origin or (
            "in shared pain" if view.person.origin == "shared_trauma" else "in healing work"
        )
        parts.append(messages.LENS_OVERRIDE.format(origin=origin))
    parts.extend(_cycle_sentences(view))
    parts.extend(_sign_sentences(view))
    health = messages.LENS_HEALTH[view.health]
    if health:
        parts.append(health.format(name=name))
    safety = view.trend
    trend = messages.LENS_TREND[safety.direction]
    if trend:
        parts.append(
            trend.format(recent=safety.recent, earlier=safety.earlier, average=safety.average)
        )
        if view.cycles.count and safety.direction == "safer":
            parts.append(messages.LENS_TREND_CYCLE)
    if view.helps:
        parts.append(messages.LENS_HELPS.format(items=", ".join(_helper(h) for h in view.helps)))
    if view.needs:
        needs = "; ".join(messages.LENS_NEEDS[n].format(name=name) for n in view.needs)
        parts.append(f"{messages.LENS_NEEDS_INTRO} {needs}.")
    parts.append(messages.LENS_CLOSING)
    return " ".join(parts)


def _cycle_sentences(view: Lens) -> list[str]:
    found = view.cycles
    if not found.count:
        return []
    first, last = found.found[0].harm.day, found.found[-1].reconciliation.day
    cited = refs(list(found.entries))
    if found.count == 1:
        sentences = [messages.LENS_CYCLE_ONCE.format(first=day_text(first), refs=cited)]
    else:
        times = _TIMES.get(found.count, f"{found.count} times")
        sentences = [
            messages.LENS_CYCLES.format(
                times=times, first=day_text(first), last=day_text(last), refs=cited
            )
        ]
    if found.typical_days is not None and found.typical_days >= 1:
        days = round(found.typical_days)
        sentences.append(
            messages.LENS_CYCLE_DAYS.format(days=f"{days} day{'s' if days != 1 else ''}")
        )
    return sentences


def _sign_sentences(view: Lens) -> list[str]:
    name = view.person.name
    shown = [s for s in view.signs if s.group in _PRIORITY and s.id != "apology_cycle"]
    shown.sort(key=lambda s: (_PRIORITY[s.group], -s.weight))
    sentences = []
    for sign in shown[:EXPLAINED_SIGNS]:
        if sign.count:
            sentences.append(_sign_sentence(view, sign, name))
        elif sign.checkin is not None:
            sentences.append(
                messages.LENS_SIGN_CHECKIN.format(
                    answer=SCALE[sign.checkin], question=messages.CHECKIN_QUESTIONS[sign.id]
                )
            )
    return sentences


def _sign_sentence(view: Lens, sign: Sign, name: str) -> str:
    words = sign_words(sign.id)
    if view.entries > RECENT:
        recent = [i for i in sign.entries if i in set(view.recent)]
        if recent:
            return messages.LENS_SIGN_RECENT.format(
                count=len(recent), total=len(view.recent), name=name, words=words, refs=refs(recent)
            )
    return messages.LENS_SIGN.format(
        count=sign.count, total=view.entries, name=name, words=words, refs=refs(sign.entries)
    )


def _helper(helper: Helper) -> str:
    return f"#{helper.id}" if helper.what == "tag" else helper.id.replace("_", " ")


def lens_json(view: Lens) -> dict[str, Any]:
    """The lens for scripts and the web: the contract of ``bondlens lens --format json``."""
    safety = view.trend
    found = view.cycles
    return {
        "person": view.person.name,
        "relationship": view.person.relationship,
        "origin": view.person.origin,
        "active": view.person.active,
        "ended_on": view.person.ended_on.isoformat() if view.person.ended_on else None,
        "bond": view.bond,
        "health": view.health,
        "entries": view.entries,
        "markers": [sign_json(s) for s in view.signs],
        "trend": safety.direction,
        "safety": {
            "rated": safety.rated,
            "average": safety.average,
            "earlier": safety.earlier,
            "recent": safety.recent,
            "unsafe": safety.unsafe,
            "safe": safety.safe,
        },
        "cycles": {
            "count": found.count,
            "typical_days": found.typical_days,
            "apart_days": found.apart_days,
            "dates": [c.harm.day.isoformat() for c in found.found],
            "list": [
                {
                    "harm": c.harm.id,
                    "apology": c.apology.id,
                    "reconciliation": c.reconciliation.id,
                    "start": c.harm.day.isoformat(),
                    "end": c.reconciliation.day.isoformat(),
                    "days": c.days,
                }
                for c in found.found
            ],
        },
        "what_helps": [
            {"what": h.what, "id": h.id, "average": h.average, "entries": list(h.entries)}
            for h in view.helps
        ],
        "reasons": list(view.reasons),
        "evidence_needed": list(view.needs),
        "checkins": checkins_json(view.checkins),
        "explanation": explanation(view),
    }


def sign_json(sign: Sign) -> dict[str, Any]:
    return {
        "id": sign.id,
        "group": sign.group,
        "count": sign.count,
        "entries": list(sign.entries),
        "dates": [d.isoformat() for d in sign.dates],
        "checkin": sign.checkin,
        "words": sign_words(sign.id),
    }


def checkin_json(checkin: CheckIn) -> dict[str, Any]:
    return {
        "id": checkin.id,
        "person": checkin.person,
        "taken": checkin.taken.isoformat(timespec="minutes"),
        "answers": dict(checkin.answers),
    }


def checkins_json(history: tuple[CheckIn, ...] | list[CheckIn]) -> dict[str, Any]:
    """Every check-in (oldest first) and how each answer moved since the first."""
    ordered = sorted(history, key=lambda c: (c.taken, c.id or 0))
    return {
        "count": len(ordered),
        "latest": checkin_json(ordered[-1]) if ordered else None,
        "history": [checkin_json(c) for c in ordered],
        "changes": [
            {"id": c.marker, "first": c.first, "latest": c.latest, "times": c.times}
            for c in changes(ordered)
        ],
    }
