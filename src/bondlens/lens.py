"""The bond lens: what a person's own entries say about one relationship. Pure.

:func:`lens` takes the person, their entries as :class:`~bondlens.patterns.Moment`
values, and any check-ins, and returns a :class:`Lens`: which kind of bond the
entries look like, how healthy, the signs found (with the entries that are their
evidence), how safe it has felt over time, what helps, and a short explanation.

The rules are in docs/lens.md. The lens describes patterns in the person's writing;
it never labels anyone, and with too little to go on it says "unclear" and what
would help rather than guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from bondlens import checkins as checkin_rules
from bondlens.checkins import CheckIn
from bondlens.patterns import (
    Cycles,
    Helper,
    Moment,
    Trend,
    concern_counts,
    cycles,
    trend,
    what_helps,
)
from bondlens.people import Person
from bondlens.vocabulary import SIGN_GROUPS

BONDS = ("trauma_bond", "trauma_connection", "healing_bond", "supportive", "unclear")
HEALTH = ("healthy", "at_risk", "unhealthy", "unclear")

#: The groups of domain §2, and the two moments of the cycle reported beside them.
GROUPS: dict[str, tuple[str, ...]] = {**SIGN_GROUPS, "moment": ("apology", "reconciliation")}
GROUP_OF = {marker: group for group, members in GROUPS.items() for marker in members}
ORDER = {marker: i for i, marker in enumerate(GROUP_OF)}

#: Fewer entries than this, and the lens does not name a bond or a health level.
MIN_ENTRIES = 3
#: A sign "keeps showing up" from this many entries (or a check-in answer of
#: "sometimes" or more, which adds one).
REPEATED = 2
#: Share of rated moments that felt unsafe (1-2) from which the relationship is at risk,
#: and with a harm pattern, a trauma bond's.
UNSAFE_RISK = 0.3
#: "Safe enough" for a supportive or healthy reading: this average over rated moments,
#: with at most this share felt unsafe.
SAFE_AVERAGE = 3.5
SAFE_UNSAFE_SHARE = 0.2
#: Relationships formed in healing work (domain §2, "healing bond").
HEALING_RELATIONSHIPS = ("group_member", "group_leader", "therapist")
#: Emotions that, in an entry rated unsafe, count as a sign of fear.
FEAR_EMOTIONS = frozenset({"fear", "nervousness"})


@dataclass(frozen=True)
class Sign:
    """One marker with its evidence: the entries it was found in, and the check-in."""

    id: str
    group: str
    entries: tuple[int, ...] = ()
    dates: tuple[date, ...] = ()
    #: The latest check-in answer (0 never - 3 often), if the question was answered.
    checkin: int | None = None

    @property
    def count(self) -> int:
        return len(self.entries)

    @property
    def weight(self) -> int:
        """Entries, plus one when the person's check-in says "sometimes" or "often"."""
        said = self.checkin is not None and self.checkin >= checkin_rules.PRESENT
        return self.count + int(said)

    @property
    def present(self) -> bool:
        return self.weight > 0


@dataclass(frozen=True)
class Lens:
    person: Person
    bond: str
    health: str
    signs: tuple[Sign, ...]
    trend: Trend
    cycles: Cycles
    helps: tuple[Helper, ...]
    entries: int
    #: Why the bond and health were chosen (ids, see docs/lens.md), for the explanation.
    reasons: tuple[str, ...] = ()
    #: What would make the lens clearer (ids of ``messages.LENS_NEEDS``).
    needs: tuple[str, ...] = ()
    checkins: tuple[CheckIn, ...] = ()
    #: The ids of the person's most recent entries, newest last (for "in 3 of your last 5").
    recent: tuple[int, ...] = field(default=())

    def sign(self, marker: str) -> Sign | None:
        return next((s for s in self.signs if s.id == marker), None)


def lens(person: Person, history: Sequence[Moment], checkins: Sequence[CheckIn] = ()) -> Lens:
    """Read one relationship through the lens (see docs/lens.md for every rule)."""
    history = sorted(history, key=lambda m: (m.day, m.id))
    found = cycles(history)
    said = checkin_rules.latest(checkins)
    signs = _signs(history, found, said)
    safety = trend(history)
    weight = {s.id: s.weight for s in signs}
    enough = len(history) >= MIN_ENTRIES
    bond, bond_reasons = _bond(person, weight, found, safety, enough)
    health, health_reasons = _health(bond, weight, safety, enough)
    needs = _needs(person, history, safety, checkins, bond, health)
    return Lens(
        person=person,
        bond=bond,
        health=health,
        signs=tuple(signs),
        trend=safety,
        cycles=found,
        helps=tuple(what_helps(history)),
        entries=len(history),
        reasons=tuple(dict.fromkeys(bond_reasons + health_reasons)),
        needs=needs,
        checkins=tuple(checkins),
        recent=tuple(m.id for m in history[-10:]),
    )


def _signs(history: Sequence[Moment], found: Cycles, said: dict[str, int]) -> list[Sign]:
    evidence: dict[str, list[Moment]] = {}
    for moment in history:
        for marker in moment.signs:
            # A red flag in a moment the person rated safe counts only if confirmed.
            # Warning signs do count there: a trauma connection's closeness feels good.
            if GROUP_OF.get(marker) == "red_flag" and not concern_counts(moment, marker):
                continue
            evidence.setdefault(marker, []).append(moment)
        if (
            "fear" not in moment.signs
            and moment.safety is not None
            and moment.safety <= 2
            and moment.emotions & FEAR_EMOTIONS
        ):
            evidence.setdefault("fear", []).append(moment)
    by_id = {m.id: m for m in history}
    if found.count:
        evidence["apology_cycle"] = [by_id[i] for i in dict.fromkeys(found.entries)]
    signs = []
    for marker in sorted(set(evidence) | set(said), key=lambda m: ORDER.get(m, len(ORDER))):
        moments = sorted(evidence.get(marker, []), key=lambda m: (m.day, m.id))
        sign = Sign(
            marker,
            GROUP_OF.get(marker, "other"),
            tuple(m.id for m in moments),
            tuple(m.day for m in moments),
            said.get(marker),
        )
        if sign.present:
            signs.append(sign)
    return signs


def _red_flags(weight: dict[str, int], found: Cycles) -> list[str]:
    """The red flags other than harm itself that are present."""
    flags = [m for m in GROUPS["red_flag"] if m != "harm" and weight.get(m, 0) > 0]
    if found.count and "apology_cycle" not in flags:
        flags.append("apology_cycle")
    return flags


def harm_pattern(weight: dict[str, int], found: Cycles, safety: Trend) -> bool:
    """A trauma bond's pattern: two or more cycles, or hurt that keeps coming back
    together with another red flag or with many moments that felt unsafe."""
    if found.count >= 2:
        return True
    repeated_harm = weight.get("harm", 0) >= REPEATED
    return repeated_harm and (bool(_red_flags(weight, found)) or safety.unsafe_share >= UNSAFE_RISK)


def _safe_enough(weight: dict[str, int], safety: Trend) -> bool:
    healthy = sum(weight.get(m, 0) for m in GROUPS["healthy"])
    if safety.rated >= MIN_ENTRIES and safety.average is not None:
        return safety.average >= SAFE_AVERAGE and safety.unsafe_share <= SAFE_UNSAFE_SHARE
    return healthy >= REPEATED and safety.unsafe == 0


def _bond(
    person: Person, weight: dict[str, int], found: Cycles, safety: Trend, enough: bool
) -> tuple[str, list[str]]:
    if not enough:
        return "unclear", ["few_entries"]
    healing = person.origin == "healing_together" or person.relationship in HEALING_RELATIONSHIPS
    if harm_pattern(weight, found, safety):
        reasons = ["harm_pattern"]
        if healing or person.origin == "shared_trauma":
            reasons.append("harm_overrides_origin")
        return "trauma_bond", reasons
    shared_pain = sum(weight.get(m, 0) for m in GROUPS["warning"])
    if healing:
        return "healing_bond", ["origin_healing"]
    if person.origin == "shared_trauma":
        return "trauma_connection", ["origin_shared_trauma"]
    if person.origin == "unknown" and shared_pain >= REPEATED:
        return "trauma_connection", ["shared_pain"]
    if (
        person.relationship == "sibling"
        and person.origin == "unknown"
        and shared_pain + weight.get("triggers_shared", 0) >= 1
    ):
        return "trauma_connection", ["sibling_shared_pain"]
    if _safe_enough(weight, safety):
        return "supportive", ["mostly_safe"]
    return "unclear", ["mixed"]


def _health(
    bond: str, weight: dict[str, int], safety: Trend, enough: bool
) -> tuple[str, list[str]]:
    if not enough:
        return "unclear", []
    if bond == "trauma_bond":
        return "unhealthy", ["harm_pattern"]
    warnings = [m for m in GROUPS["warning"] if weight.get(m, 0) >= REPEATED]
    if weight.get("harm", 0) >= REPEATED:
        return "unhealthy", ["repeated_harm"]
    if len(warnings) >= 2 and safety.unsafe_share >= UNSAFE_RISK:
        return "unhealthy", ["warnings_unsafe"]
    risks = []
    if weight.get("harm", 0):
        risks.append("some_harm")
    if any(weight.get(m, 0) for m in GROUPS["red_flag"] if m != "harm"):
        risks.append("red_flag")
    if warnings or sum(weight.get(m, 0) for m in GROUPS["warning"]) >= REPEATED:
        risks.append("warning_signs")
    if any(weight.get(m, 0) >= REPEATED for m in GROUPS["caution"]):
        risks.append("caution_signs")
    if safety.rated >= MIN_ENTRIES and safety.unsafe_share >= UNSAFE_RISK:
        risks.append("often_unsafe")
    if safety.direction == "less_safe" and (safety.recent or 0) < 3:
        risks.append("less_safe")
    if risks:
        return "at_risk", risks
    if _safe_enough(weight, safety):
        return "healthy", ["mostly_safe"]
    return "unclear", ["mixed"]


def _needs(
    person: Person,
    history: Sequence[Moment],
    safety: Trend,
    checkins: Sequence[CheckIn],
    bond: str,
    health: str,
) -> tuple[str, ...]:
    needs = []
    if len(history) < MIN_ENTRIES:
        needs.append("more_entries")
    if safety.rated < MIN_ENTRIES:
        needs.append("safety_ratings")
    if not checkins:
        needs.append("checkin")
    if bond == "unclear" and person.origin == "unknown" and len(history) >= MIN_ENTRIES:
        needs.append("origin")
    if health == "unclear" and len(history) >= MIN_ENTRIES and safety.rated >= MIN_ENTRIES:
        needs.append("time")
    return tuple(needs)
