"""Small helpers for cleaning the short texts people type (names, tags, list items)."""

from __future__ import annotations

import re
import unicodedata

from bondlens import messages
from bondlens.errors import InvalidInput

#: Unicode's control characters (category Cc: U+0000-001F and U+007F-009F, a set the
#: standard never changes) other than tab and newline. One regex pass is far faster
#: than asking unicodedata about every character (it dominated ``bondlens import``).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def normalise(text: str) -> str:
    """NFC-normalise and drop control characters other than newlines and tabs."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text))


def one_line(text: str) -> str:
    """Normalise and fold all white space to single spaces."""
    return " ".join(normalise(text).split())


def limited(text: str, field: str, limit: int) -> str:
    if len(text) > limit:
        raise InvalidInput(messages.TEXT_TOO_LONG.format(field=field, limit=limit))
    return text


def short_items(
    items: tuple[str, ...] | list[str], field: str, limit: int = 200
) -> tuple[str, ...]:
    """Clean a list of short texts: one line each, no blanks, no repeats, order kept."""
    seen: set[str] = set()
    cleaned: list[str] = []
    for item in items:
        value = limited(one_line(item), field, limit)
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            cleaned.append(value)
    return tuple(cleaned)


def choice(value: str, choices: tuple[str, ...], template: str) -> str:
    """Accept a value from a fixed set, forgiving case, spaces and hyphens."""
    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    if key not in choices:
        raise InvalidInput(template.format(value=value, choices=", ".join(choices)))
    return key
