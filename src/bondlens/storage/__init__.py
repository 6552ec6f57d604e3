"""Storage: the only code that speaks SQL. The service layer is its only caller.

``Database`` and ``Store`` are loaded on first use, so reading one value with
``storage.preferences.peek`` (``bondlens analyze``) doesn't load every query.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from bondlens.storage.database import Database
    from bondlens.storage.repository import Store

__all__ = ["Database", "Store", "chunks"]

#: How many ids go into one ``IN (...)`` list (SQLite limits a statement's parameters).
CHUNK = 500
T = TypeVar("T")


def chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    """``items`` in slices short enough for one statement's parameters."""
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def __getattr__(name: str) -> object:
    if name == "Database":
        from bondlens.storage.database import Database

        return Database
    if name == "Store":
        from bondlens.storage.repository import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
