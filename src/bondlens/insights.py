"""Patterns across people: reciprocity, losing touch, isolation, triggers, trends, the week.

Pure: people, entries and what was found in them go in; an :class:`Insights` comes out,
with :func:`insights_json` for scripts and the web and :func:`sentences` for people.
The thresholds are in docs/lens.md.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean, median
from typing import Any

from bondlens import messages
from bondlens.patterns import SAFE, UNSAFE, Moment, trend
from bondlens.people import Person, name_key

#: Losing touch: at least this many days, and twice the usual gap between entries.
LOSING_TOUCH_DAYS = 21
#: Isolation: this many days without contact with any safe person.
ISOLATION_DAYS = 21
#: Narrowing: the last and the previous window, in days; one person's share of entries
#: at least this much recently, while contact with everyone else fell by at least half.
NARROWING_WINDOW = 30
NARROWING_SHARE = 0.5
#: A person or situation "comes with triggers" from this many hard moments, and this share.
TRIGGER_MIN = 2
TRIGGER_SHARE = 0.4
#: Signs that make a moment hard, beside a safety rating of 1 or 2.
HARD_SIGNS = frozenset({"harm", "retraumatizing", "fear", "unpredictability"})


@dataclass(frozen=True)
class Insights:
    today: date
    reciprocity: dict[str, Any]
    losing_touch: list[dict[str, Any]]
    isolation: dict[str, Any]
    triggers: list[dict[str, Any]]
    trends: list[dict[str, Any]]
    week: dict[str, Any]
    entries: int


def is_safe_person(person: Person, history: Sequence[Moment]) -> bool:
    """Marked safe, or felt safe (4 or more on average over three ratings, never unsafe)."""
    if person.safe:
        return True
    ratings = [m.safety for m in history if m.safety is not None]
    return len(ratings) >= 3 and fmean(ratings) >= SAFE and min(ratings) > UNSAFE


def _hard(moment: Moment) -> bool:
    return (moment.safety is not None and moment.safety <= UNSAFE) or bool(
        moment.signs & HARD_SIGNS
    )


def insights(people: Sequence[Person], every: Sequence[Moment], today: date) -> Insights:
    """Patterns across ``people`` from every moment in the journal, as of ``today``."""
    every = sorted(every, key=lambda m: (m.day, m.id))
    known = {p.key: p for p in people}
    histories: dict[str, list[Moment]] = {p.key: [] for p in people}
    for moment in every:
        for name in moment.people:
            key = name_key(name)
            if key in histories:
                histories[key].append(moment)
    for history in histories.values():
        history.sort(key=lambda m: (m.day, m.id))
    safe_keys = {k for k, h in histories.items() if is_safe_person(known[k], h)}
    return Insights(
        today=today,
        reciprocity=_reciprocity(known, histories, every),
        losing_touch=_losing_touch(known, histories, safe_keys, today),
        isolation=_isolation(known, histories, safe_keys, today),
        triggers=_triggers(known, histories, every),
        trends=_trends(known, histories),
        week=_week(every, today),
        entries=len(every),
    )


def _reciprocity(
    known: dict[str, Person], histories: dict[str, list[Moment]], every: list[Moment]
) -> dict[str, Any]:
    def tally(history: Sequence[Moment]) -> tuple[int, int]:
        given = sum(1 for m in history if m.kind == "support_given")
        return given, sum(1 for m in history if m.kind == "support_received")

    given, received = tally(every)
    rows: list[dict[str, Any]] = []
    for key, history in histories.items():
        g, r = tally(history)
        if g or r:
            rows.append({"person": known[key].name, "given": g, "received": r})
    rows.sort(key=lambda row: (-(row["given"] + row["received"]), row["person"]))
    return {"given": given, "received": received, "people": rows}


def _losing_touch(
    known: dict[str, Person],
    histories: dict[str, list[Moment]],
    safe_keys: set[str],
    today: date,
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for key, history in histories.items():
        person = known[key]
        if not person.active or len(history) < 2:
            continue
        days = sorted({m.day for m in history})
        gaps = [(b - a).days for a, b in itertools.pairwise(days)]
        usual = median(gaps) if gaps else 0
        since = (today - days[-1]).days
        if since >= max(LOSING_TOUCH_DAYS, 2 * usual):
            rows.append(
                {
                    "person": person.name,
                    "days": since,
                    "last": days[-1].isoformat(),
                    "usual_gap": usual,
                    "safe": key in safe_keys,
                }
            )
    rows.sort(key=lambda row: (not row["safe"], -row["days"], row["person"]))
    return rows


def _isolation(
    known: dict[str, Person],
    histories: dict[str, list[Moment]],
    safe_keys: set[str],
    today: date,
) -> dict[str, Any]:
    safe_days = sorted({m.day for k in safe_keys for m in histories[k] if m.day <= today})
    since = (today - safe_days[-1]).days if safe_days else None
    longest: dict[str, Any] | None = None
    for a, b in zip(safe_days, [*safe_days[1:], today], strict=False):
        if longest is None or (b - a).days > longest["days"]:
            longest = {"days": (b - a).days, "from": a.isoformat(), "to": b.isoformat()}
    return {
        "safe_people": sorted(known[k].name for k in safe_keys),
        "days_without_safe_contact": since,
        "isolated": since is not None and since >= ISOLATION_DAYS,
        "longest_gap": longest,
        "narrowing": _narrowing(known, histories, today),
    }


def _narrowing(
    known: dict[str, Person], histories: dict[str, list[Moment]], today: date
) -> dict[str, Any] | None:
    """One relationship taking up more and more of the journal while the rest fall away."""
    start = today - timedelta(days=NARROWING_WINDOW)
    before = start - timedelta(days=NARROWING_WINDOW)
    recent = {k: sum(1 for m in h if start < m.day <= today) for k, h in histories.items()}
    earlier = {k: sum(1 for m in h if before < m.day <= start) for k, h in histories.items()}
    total_recent, total_earlier = sum(recent.values()), sum(earlier.values())
    if not total_recent or not total_earlier:
        return None
    key = max(recent, key=lambda k: (recent[k], k))
    share = recent[key] / total_recent
    others_now, others_before = total_recent - recent[key], total_earlier - earlier[key]
    if (
        share >= NARROWING_SHARE
        and recent[key] >= earlier[key]
        and others_before >= 2
        and others_now <= others_before / 2
    ):
        return {
            "person": known[key].name,
            "recent_share": round(share, 2),
            "earlier_share": round(earlier[key] / total_earlier, 2),
            "others_recent": others_now,
            "others_earlier": others_before,
        }
    return None


def _triggers(
    known: dict[str, Person], histories: dict[str, list[Moment]], every: list[Moment]
) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str], list[Moment]] = {}
    for key, history in histories.items():
        groups[("person", known[key].name)] = history
    for moment in every:
        for tag in moment.tags:
            groups.setdefault(("tag", tag), []).append(moment)
    rows: list[dict[str, Any]] = []
    for (what, ident), members in groups.items():
        hard = [m.id for m in members if _hard(m)]
        if len(hard) >= TRIGGER_MIN and len(hard) / len(members) >= TRIGGER_SHARE:
            rows.append(
                {
                    "what": what,
                    "id": ident,
                    "hard": len(hard),
                    "total": len(members),
                    "entries": hard,
                }
            )
    rows.sort(key=lambda row: (-row["hard"] / row["total"], -row["hard"], row["what"], row["id"]))
    return rows


def _trends(known: dict[str, Person], histories: dict[str, list[Moment]]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for key, history in histories.items():
        safety = trend(history)
        if safety.direction != "unclear":
            rows.append(
                {
                    "person": known[key].name,
                    "trend": safety.direction,
                    "earlier": safety.earlier,
                    "recent": safety.recent,
                    "rated": safety.rated,
                }
            )
    rows.sort(key=lambda row: (row["trend"] == "steady", row["person"]))
    return rows


def _week(every: list[Moment], today: date) -> dict[str, Any]:
    start = today - timedelta(days=6)

    def summary(first: date, last: date) -> dict[str, Any]:
        inside = [m for m in every if first <= m.day <= last]
        rated = [m for m in inside if m.safety is not None]
        names = sorted({n for m in inside for n in m.people}, key=str.casefold)
        return {
            "from": first.isoformat(),
            "to": last.isoformat(),
            "entries": len(inside),
            "people": names,
            "average_safety": round(fmean(m.safety or 0 for m in rated), 2) if rated else None,
            "support_given": sum(1 for m in inside if m.kind == "support_given"),
            "support_received": sum(1 for m in inside if m.kind == "support_received"),
            "hard": [m.id for m in inside if _hard(m)],
            "safest": max(rated, key=lambda m: (m.safety or 0, m.day)).id if rated else None,
        }

    week = summary(start, today)
    before = summary(start - timedelta(days=7), start - timedelta(days=1))
    week["previous_average_safety"] = before["average_safety"]
    week["previous_entries"] = before["entries"]
    return week


def insights_json(found: Insights) -> dict[str, Any]:
    return {
        "today": found.today.isoformat(),
        "entries": found.entries,
        "reciprocity": found.reciprocity,
        "losing_touch": found.losing_touch,
        "isolation": found.isolation,
        "triggers": found.triggers,
        "trends": found.trends,
        "week": found.week,
        "summary": sentences(found),
    }


def _times(count: int) -> str:
    return "time" if count == 1 else "times"


def sentences(found: Insights) -> list[str]:
    """The insights in plain words, most useful first."""
    if not found.entries:
        return [messages.INSIGHTS_EMPTY]
    lines = [_week_sentence(found.week)]
    iso = found.isolation
    if iso["isolated"]:
        lines.append(messages.INSIGHTS_ISOLATION.format(days=iso["days_without_safe_contact"]))
    narrowing = iso["narrowing"]
    if narrowing:
        lines.append(
            messages.INSIGHTS_NARROWING.format(
                name=narrowing["person"],
                recent=round(100 * narrowing["recent_share"]),
                earlier=round(100 * narrowing["earlier_share"]),
            )
        )
    for row in found.losing_touch[:3]:
        mark = messages.INSIGHTS_SAFE_MARK if row["safe"] else ""
        lines.append(
            messages.INSIGHTS_LOSING_TOUCH.format(days=row["days"], name=row["person"], safe=mark)
        )
    given, received = found.reciprocity["given"], found.reciprocity["received"]
    if given or received:
        lines.append(
            messages.INSIGHTS_RECIPROCITY.format(
                given=given,
                given_times=_times(given),
                received=received,
                received_times=_times(received),
            )
        )
    for row in found.triggers[:3]:
        what = row["id"] if row["what"] == "person" else f"#{row['id']}"
        cited = ", ".join(f"#{i}" for i in row["entries"][:5])
        lines.append(
            messages.INSIGHTS_TRIGGER.format(
                what=what, count=row["hard"], total=row["total"], refs=cited
            )
        )
    for row in found.trends:
        if row["trend"] in messages.INSIGHTS_TREND:
            lines.append(messages.INSIGHTS_TREND[row["trend"]].format(name=row["person"]))
    return lines


def _week_sentence(week: dict[str, Any]) -> str:
    if not week["entries"]:
        return messages.INSIGHTS_WEEK_EMPTY
    average = ""
    if week["average_safety"] is not None:
        average = messages.INSIGHTS_WEEK_AVERAGE.format(average=week["average_safety"])
        if week["previous_average_safety"] is not None:
            average += messages.INSIGHTS_WEEK_BEFORE.format(average=week["previous_average_safety"])
    count, people = week["entries"], len(week["people"])
    return messages.INSIGHTS_WEEK.format(
        entries=count,
        entry_word="entry" if count == 1 else "entries",
        people=people,
        people_word="person" if people == 1 else "people",
        average=average,
    )
