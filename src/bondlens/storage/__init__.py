"""Storage: the only code that speaks SQL. The service layer is its only caller.

``Database`` and ``Store`` are loaded on first use, so reading one value with
``storage.preferences.peek`` (``bondlens analyze``) doesn't load every query.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bondlens.storage.database import Database
    from bondlens.storage.repository import Store

__all__ = ["Database", "Store"]


def __getattr__(name: str) -> object:
    if name == "Database":
        from bondlens.storage.database import Database

        return Database
    if name == "Store":
        from bondlens.storage.repository import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
