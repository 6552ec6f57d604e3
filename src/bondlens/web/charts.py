"""Small SVG line charts (safety over time, belief strength), each with the same numbers
as a table. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 36
MAX_POINTS = 60


@dataclass(frozen=True)
class Point:
    label: str  # the day, or the month when points are grouped
    safety: float  # average safety, 1-5
    count: int  # how many entries it stands for
    x: float
    y: float


@dataclass(frozen=True, kw_only=True)
class Frame:
    """The drawing area every chart shares, in SVG units."""

    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM


@dataclass(frozen=True)
class Chart(Frame):
    points: list[Point]
    grouped: bool  # True when each point is a month's average
    polyline: str

    def y_for(self, safety: int) -> float:
        return _y(safety)


def _y(safety: float) -> float:
    span = HEIGHT - TOP - BOTTOM
    return round(TOP + (5 - safety) / 4 * span, 1)


def safety_chart(rated: list[tuple[str, int]]) -> Chart | None:
    """Chart (when, safety) pairs, oldest first; month averages when there are many."""
    if not rated:
        return None
    grouped = len(rated) > MAX_POINTS
    width = 7 if grouped else 10  # the stored ISO text starts with YYYY-MM-DD
    buckets: dict[str, list[int]] = {}
    for when, safety in rated:
        buckets.setdefault(when[:width], []).append(safety)
    keys = list(buckets)
    first, last = _as_day(keys[0]), _as_day(keys[-1])
    span_days = max((last - first).days, 1)
    inner = WIDTH - LEFT - RIGHT
    points = []
    for key in keys:
        values = buckets[key]
        average = round(sum(values) / len(values), 2)
        if len(keys) == 1:
            x = LEFT + inner / 2
        else:
            x = LEFT + (_as_day(key) - first).days / span_days * inner
        points.append(Point(key, average, len(values), round(x, 1), _y(average)))
    polyline = " ".join(f"{p.x},{p.y}" for p in points)
    return Chart(points=points, grouped=grouped, polyline=polyline)


def _as_day(key: str) -> date:
    return date.fromisoformat(key if len(key) == 10 else f"{key}-01")


@dataclass(frozen=True)
class StrengthPoint:
    label: str  # the day it was rated
    x: float
    belief: int | None  # 0-100, or None when that one was skipped
    counter: int | None
    belief_y: float | None
    counter_y: float | None


@dataclass(frozen=True)
class StrengthChart(Frame):
    """How strongly a belief and its counter-belief felt true, 0-100, rating by rating."""

    points: list[StrengthPoint]
    belief_line: str
    counter_line: str

    def y_for(self, value: int) -> float:
        return _y_percent(value)


def _y_percent(value: float) -> float:
    span = HEIGHT - TOP - BOTTOM
    return round(TOP + (100 - value) / 100 * span, 1)


def strength_chart(rated: list[tuple[str, int | None, int | None]]) -> StrengthChart | None:
    """Chart (when, belief, counter) ratings, oldest first, evenly spaced (the last
    MAX_POINTS of them)."""
    rated = rated[-MAX_POINTS:]
    if not rated:
        return None
    inner = WIDTH - LEFT - RIGHT
    points = []
    for index, (when, belief, counter) in enumerate(rated):
        x = LEFT + inner / 2 if len(rated) == 1 else LEFT + index / (len(rated) - 1) * inner
        points.append(
            StrengthPoint(
                when[:10],
                round(x, 1),
                belief,
                counter,
                None if belief is None else _y_percent(belief),
                None if counter is None else _y_percent(counter),
            )
        )
    belief_line = " ".join(f"{p.x},{p.belief_y}" for p in points if p.belief_y is not None)
    counter_line = " ".join(f"{p.x},{p.counter_y}" for p in points if p.counter_y is not None)
    return StrengthChart(points, belief_line, counter_line)
