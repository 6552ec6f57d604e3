"""The errors bondlens raises on purpose.

Each carries a message meant for the person using the product. The CLI maps them to
an exit code in one place (``bondlens.cli``); the web app will map them to a status.
"""

from __future__ import annotations


class BondlensError(Exception):
    """Base class: something the person can understand and act on."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(BondlensError):
    """The input cannot be used as given (a bad date, an empty entry, ...)."""


class NotFound(BondlensError):
    """The thing asked for does not exist in this journal."""


class Conflict(BondlensError):
    """The change would clash with what is already there (a duplicate name, ...)."""


class Locked(BondlensError):
    """Another process is writing to the journal right now."""


class StorageError(BondlensError):
    """The journal's database could not be opened or written."""
