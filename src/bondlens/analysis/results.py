"""What an analysis finds in one text. Pure data, shaped like ``bondlens analyze`` JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Scored:
    """One belief, marker or emotion found in a text, with how strongly (0 to 1)."""

    id: str
    score: float
    #: The sentence that matched best, for beliefs and markers (to quote back).
    quote: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "score": round(self.score, 3)}
        if self.quote is not None:
            data["quote"] = self.quote
        return data


@dataclass(frozen=True)
class Resource:
    """Somewhere to turn right now: a crisis line, an emergency number, a hotline."""

    name: str
    contact: str  # how to reach it: "call or text 988", "116 123", a web address
    region: str  # "US", "CA", "GB", "IE", "AU", ... or "any"
    kind: str  # "crisis_line", "emergency", "domestic_violence", "own_contact"
    hours: str = "24/7"

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "contact": self.contact,
            "region": self.region,
            "kind": self.kind,
            "hours": self.hours,
        }


@dataclass(frozen=True)
class Crisis:
    """Whether a text holds crisis language, which kinds, and where to turn."""

    flag: bool
    #: "suicidal_thoughts", "plan_or_means", "self_harm", "danger_now"
    kinds: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    resources: tuple[Resource, ...] = ()
    #: Every sentence that raised it tells of a past time and nothing in the text says
    #: it may be now: the same support, gentler opening words (``crisis.looking_back``).
    looking_back: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "flag": self.flag,
            "kinds": list(self.kinds),
            "quotes": list(self.quotes),
            "looking_back": self.looking_back,
            "resources": [r.to_json() for r in self.resources],
        }


@dataclass(frozen=True)
class Analysis:
    beliefs: tuple[Scored, ...] = ()
    markers: tuple[Scored, ...] = ()
    emotions: tuple[Scored, ...] = ()
    crisis: Crisis = field(default_factory=lambda: Crisis(flag=False))
    model: str = ""
    #: The whole text's meaning: the unit-length mean of its sentence vectors, as
    #: float16 bytes (stored for search by meaning; not part of the JSON).
    vector: bytes | None = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        """The ``bondlens analyze --format json`` contract: lists sorted by score."""
        return {
            "beliefs": [b.to_json() for b in self.beliefs],
            "markers": [m.to_json() for m in self.markers],
            "emotions": [e.to_json() for e in self.emotions],
            "crisis": self.crisis.to_json(),
            "model": self.model,
        }
