"""Safety over time as a small SVG line chart, with the same numbers as a table. Pure."""

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


@dataclass(frozen=True)
class Chart:
    points: list[Point]
    grouped: bool  # True when each point is a month's average
    polyline: str
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM

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
