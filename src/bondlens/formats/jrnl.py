"""Import from jrnl (``jrnl --export json``): entries with title, body, date, time and tags."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from bondlens.dates import When
from bondlens.entries import Entry, default_kind
from bondlens.errors import InvalidInput
from bondlens.exchange import ImportBatch, Located
from bondlens.formats import ImportOptions


class JrnlJson:
    names = ("jrnl-json",)
    extension = "json"

    def read(self, text: str, options: ImportOptions) -> ImportBatch:
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"Line {exc.lineno}: this is not valid JSON ({exc.msg}).") from None
        items = document.get("entries") if isinstance(document, dict) else None
        if not isinstance(items, list):
            raise InvalidInput(
                "This file is not a jrnl JSON export (make one with: jrnl --export json)."
            )
        batch = ImportBatch()
        for index, item in enumerate(items, start=1):
            where = f"Entry {index}"
            try:
                batch.entries.append(Located(where, _entry(item, options)))
            except InvalidInput as exc:
                raise InvalidInput(f"{where}: {exc.message}") from None
        return batch


def _entry(item: Any, options: ImportOptions) -> Entry:
    if not isinstance(item, dict):
        raise InvalidInput("expected an object with title, body, date and time.")
    title = _text(item, "title")
    body = _text(item, "body")
    text = _join(title, body)
    raw_tags = item.get("tags") or []
    if not isinstance(raw_tags, list) or not all(isinstance(t, str) for t in raw_tags):
        raise InvalidInput("'tags' should be a list of texts.")
    people = tuple(t[1:] for t in raw_tags if options.people_from_tags and t.startswith("@"))
    tags = [t for t in raw_tags if not (options.people_from_tags and t.startswith("@"))]
    if item.get("starred") is True:
        tags.append("starred")
    return Entry(
        text=text, when=_when(item), people=people, kind=default_kind(people), tags=tuple(tags)
    )


def _join(title: str, body: str) -> str:
    """jrnl splits an entry after its first sentence, or else after its first line.

    A title ending like a sentence ran on in the same line; any other title was a line
    of its own.
    """
    own_line = body.startswith("\n") or not title.rstrip().endswith((".", "!", "?", ":", "…"))
    title, body = title.strip(), body.strip()
    if not body:
        return title
    return f"{title}\n{body}" if own_line else f"{title} {body}"


def _text(item: dict[str, Any], key: str) -> str:
    value = item.get(key) or ""
    if not isinstance(value, str):
        raise InvalidInput(f"'{key}' should be text.")
    return value


def _when(item: dict[str, Any]) -> When:
    day = item.get("date")
    if not isinstance(day, str):
        raise InvalidInput("'date' is missing (jrnl writes it like 2024-03-14).")
    moment = item.get("time")
    try:
        if isinstance(moment, str) and moment:
            return datetime.fromisoformat(f"{day}T{moment}")
        return date.fromisoformat(day)
    except ValueError:
        raise InvalidInput(f"{day} {moment or ''} is not a date and time I can read.") from None
