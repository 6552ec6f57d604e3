"""Where a journal's database lives: the file behind its address.

A module of its own so that reading one preference without opening the journal
(``preferences.peek``, for ``bondlens analyze``) doesn't load the rest of storage.
"""

from __future__ import annotations

from pathlib import Path

from bondlens import messages
from bondlens.errors import InvalidInput


def sqlite_path(url: str) -> Path:
    """The file behind a ``sqlite:///PATH`` address."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or len(url) == len(prefix):
        raise InvalidInput(messages.DB_URL_UNSUPPORTED.format(url=url))
    return Path(url[len(prefix) :]).expanduser()
