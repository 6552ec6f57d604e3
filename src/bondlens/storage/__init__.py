"""Storage: the only code that speaks SQL. The service layer is its only caller."""

from bondlens.storage.database import Database
from bondlens.storage.repository import Store

__all__ = ["Database", "Store"]
