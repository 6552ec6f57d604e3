"""Reading and writing the dates people type: ISO dates, times and a few plain words."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from bondlens.errors import InvalidInput

#: When something happened: a whole day, or a moment on a day (local wall-clock time).
When = date | datetime

_AGO = re.compile(r"^(\d{1,5})\s+(day|days|week|weeks)\s+ago$")
_HINT = "Try a date like 2026-03-14, 2026-03-14 21:30, 'today', 'yesterday' or '3 days ago'."


def parse_when(text: str, *, now: datetime | None = None) -> When:
    """Read a date or date-time the way a person would write it on the command line."""
    now = now or datetime.now()
    raw = " ".join(text.strip().lower().split())
    if raw == "now":
        return now.replace(second=0, microsecond=0)
    if raw == "today":
        return now.date()
    if raw == "yesterday":
        return now.date() - timedelta(days=1)
    match = _AGO.match(raw)
    if match:
        count = int(match.group(1))
        days = count * 7 if match.group(2).startswith("week") else count
        return now.date() - timedelta(days=days)
    try:
        return when_from_str(text.strip())
    except InvalidInput:
        raise InvalidInput(f"I couldn't read {text.strip()!r} as a date. {_HINT}") from None


def parse_day(text: str, *, now: datetime | None = None) -> date:
    """Like :func:`parse_when`, but always a whole day (for ranges and end dates)."""
    value = parse_when(text, now=now)
    return value.date() if isinstance(value, datetime) else value


def when_from_str(text: str) -> When:
    """Parse the stored ISO form back (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS]``)."""
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{text!r} is not a date I can read. {_HINT}") from None
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value


def when_to_str(value: When) -> str:
    """The stored ISO form; sorts correctly as text, a whole day before its moments."""
    if isinstance(value, datetime):
        spec = "minutes" if value.second == 0 and value.microsecond == 0 else "seconds"
        return value.replace(microsecond=0).isoformat(timespec=spec)
    return value.isoformat()


def day_of(value: When) -> date:
    return value.date() if isinstance(value, datetime) else value


def utc_now() -> str:
    """The moment of writing, as a UTC ISO string with a ``Z``."""
    return datetime.now(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def check_utc(text: str) -> str:
    """Validate an imported ``written`` stamp and return it in our stored form."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(f"{text!r} is not a date-time I can read.") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
