"""Configuration: one typed object, read once at start.

Every field has a default and a help line; ``SETTINGS`` is the documented list
(docs/reference.md is checked against it by the tests).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bondlens.errors import InvalidInput

#: Largest entry we accept, in characters (about 25 printed pages).
DEFAULT_MAX_ENTRY_CHARS = 50_000


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "home",
        "BONDLENS_HOME",
        "the platform's user data folder (e.g. ~/.local/share/bondlens)",
        "Folder that holds the journal. `--home DIR` on the command line wins over it.",
    ),
    Setting(
        "database_url",
        "BONDLENS_DATABASE_URL",
        "sqlite:///<home>/journal.db",
        "Where the journal's database lives. Only `sqlite:///PATH` is supported today.",
    ),
    Setting(
        "max_entry_chars",
        "BONDLENS_MAX_ENTRY_CHARS",
        str(DEFAULT_MAX_ENTRY_CHARS),
        "Longest entry accepted, in characters (1,000 to 1,000,000).",
    ),
    Setting(
        "account",
        "BONDLENS_ACCOUNT",
        "local",
        "Name of the account the journal belongs to. The local app has one account.",
    ),
    Setting(
        "region",
        "BONDLENS_REGION",
        "(not set: an international list)",
        "Country code for crisis lines, e.g. US, CA, GB, IE, AU, NZ or an EU country. "
        "A country chosen in the app (`bondlens region`, Your data) comes first.",
    ),
    Setting(
        "reading",
        "BONDLENS_READING",
        "on",
        "`off` stops the on-device reader: no notes on entries and no search by meaning. "
        "The crisis check when an entry is saved always runs.",
    ),
)


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    max_entry_chars: int = DEFAULT_MAX_ENTRY_CHARS
    account: str = "local"
    #: ISO country code choosing which crisis lines to show when none is chosen in the app
    #: (``preferences_service`` decides which is in use); "" is the international list.
    region: str = ""
    #: Whether entries are read by the on-device analysis engine (notes, search by meaning).
    reading: bool = True

    @classmethod
    def load(
        cls, home: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
    ) -> Settings:
        """Build the settings from ``--home`` (if given) and the environment."""
        env = os.environ if env is None else env
        home_path = _home(home, env)
        url = env.get("BONDLENS_DATABASE_URL") or f"sqlite:///{home_path / 'journal.db'}"
        max_chars = _int_setting(
            env, "BONDLENS_MAX_ENTRY_CHARS", DEFAULT_MAX_ENTRY_CHARS, low=1_000, high=1_000_000
        )
        account = (env.get("BONDLENS_ACCOUNT") or "local").strip()
        if not account:
            raise InvalidInput("BONDLENS_ACCOUNT cannot be empty.")
        region = _region(env)
        reading = _switch(env, "BONDLENS_READING", default=True)
        return cls(
            home=home_path,
            database_url=url,
            max_entry_chars=max_chars,
            account=account,
            region=region,
            reading=reading,
        )


def _home(home: str | os.PathLike[str] | None, env: Mapping[str, str]) -> Path:
    chosen = home if home is not None else env.get("BONDLENS_HOME")
    if chosen:
        return Path(chosen).expanduser().resolve()
    from platformdirs import user_data_dir  # small, but only needed here

    return Path(user_data_dir("bondlens", appauthor=False))


def _int_setting(env: Mapping[str, str], name: str, default: int, *, low: int, high: int) -> int:
    raw = env.get(name)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InvalidInput(f"{name} should be a whole number, not {raw!r}.") from None
    if not low <= value <= high:
        raise InvalidInput(f"{name} should be between {low:,} and {high:,}.")
    return value


def _switch(env: Mapping[str, str], name: str, *, default: bool) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if not raw:
        return default
    if raw in ("on", "yes", "true", "1"):
        return True
    if raw in ("off", "no", "false", "0"):
        return False
    raise InvalidInput(f"{name} should be on or off, not {raw!r}.")


def _region(env: Mapping[str, str]) -> str:
    raw = (env.get("BONDLENS_REGION") or "").strip()
    if not raw:
        return ""
    # only when set: the region table is not needed to start an everyday command
    from bondlens.analysis.resources import KNOWN_REGIONS, normalize_region

    region = normalize_region(raw)
    if not region:
        raise InvalidInput(
            f"BONDLENS_REGION {raw!r} is not a region I have crisis lines for yet. "
            f"Choose one of: {', '.join(sorted(KNOWN_REGIONS))}, "
            "or leave it empty to see the international list."
        )
    return region
