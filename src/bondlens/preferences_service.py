"""Preferences: small choices made in the app. Today one: the country whose crisis lines
are shown (the region).

**Which region is in use** is decided here and nowhere else (``in_use``): the country
chosen in the app wins (or the international list, chosen as such); when none is chosen,
``BONDLENS_REGION``; when neither, "" (the international list). Every adapter asks
``region(journal)``; ``bondlens analyze``, which must not open or create a journal, asks
``region_without_journal(settings)``.

A choice is read once per state of the journal (``Journal.remember``), and any write,
by this process or another, makes the next read fresh: a country chosen in one place is
used everywhere at once. Standard library and SQLite only, so ``add`` stays light.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bondlens import messages
from bondlens.analysis.resources import REGION_NAMES, normalize_region
from bondlens.dates import utc_now
from bondlens.errors import InvalidInput

if TYPE_CHECKING:
    from bondlens.config import Settings
    from bondlens.journal import Journal

#: The preference key of the region.
REGION = "region"
#: Where the region in use comes from.
CHOSEN, ENVIRONMENT, NONE = "chosen", "environment", "none"
#: The stored choice of the international list itself (so BONDLENS_REGION can be
#: overruled), and the words that choose it.
INTERNATIONAL = "international"
_INTERNATIONAL_WORDS = frozenset({"international", "intl", "world"})


@dataclass(frozen=True)
class RegionChoice:
    """The region in use, where it comes from, and the environment's default beside it."""

    code: str  # "GB", ...; "" for the international list
    source: str  # CHOSEN, ENVIRONMENT or NONE
    default: str = ""  # BONDLENS_REGION ("" when not set)

    @property
    def chosen(self) -> bool:
        """Whether the person chose it in the app (the international list included)."""
        return self.source == CHOSEN

    @property
    def form_value(self) -> str:
        """The choice as the country form names it: "" for the default, a country's code,
        or ``INTERNATIONAL`` for the international list chosen as such."""
        if not self.chosen:
            return ""
        return self.code or INTERNATIONAL

    @property
    def name(self) -> str:
        """The country's plain name ("United Kingdom"); "" for the international list."""
        return REGION_NAMES.get(self.code, "")

    @property
    def default_name(self) -> str:
        return REGION_NAMES.get(self.default, "")

    def to_json(self) -> dict[str, str]:
        return {
            "region": self.code,
            "name": self.name,
            "source": self.source,
            "default": self.default,
        }


def in_use(chosen: str | None, environment: str) -> RegionChoice:
    """The precedence rule: the app's choice, else the environment's, else none.

    A stored code this release no longer knows counts as no choice.
    """
    default = normalize_region(environment)
    if chosen == INTERNATIONAL:
        return RegionChoice("", CHOSEN, default)
    code = normalize_region(chosen)
    if code:
        return RegionChoice(code, CHOSEN, default)
    if default:
        return RegionChoice(default, ENVIRONMENT, default)
    return RegionChoice("", NONE)


def region_choice(journal: Journal) -> RegionChoice:
    """The region in use for this journal, and where it comes from."""

    def read() -> RegionChoice:
        with journal.db.read() as store:
            chosen = store.preferences.get(REGION)
        return in_use(chosen, journal.settings.region)

    return journal.remember(("preference", REGION), read)


def region(journal: Journal) -> str:
    """The code whose crisis lines to show ("" for the international list)."""
    return region_choice(journal).code


def set_region(journal: Journal, code: str) -> RegionChoice:
    """Choose a country ("uk" and "GB" alike), or "international" for the list from
    several countries whatever BONDLENS_REGION says; "" goes back to the default.

    An unknown code is refused and changes nothing.
    """
    raw = code.strip()
    chosen = INTERNATIONAL if raw.casefold() in _INTERNATIONAL_WORDS else normalize_region(raw)
    if raw and not chosen:
        raise InvalidInput(messages.REGION_UNKNOWN.format(value=raw))
    with journal.db.write() as store:
        if chosen:
            store.preferences.set(REGION, chosen, utc_now())
        else:
            store.preferences.remove(REGION)
    return region_choice(journal)


def saved_notice(choice: RegionChoice) -> str:
    """What to say once a choice is saved, on the web and the command line alike."""
    if choice.code:
        return messages.REGION_SAVED.format(name=choice.name)
    return messages.REGION_SAVED_NONE


def region_without_journal(settings: Settings) -> str:
    """The region in use, read without opening the journal: the stored choice only when
    the journal's file already exists (never created or upgraded), else the environment's.
    """
    from bondlens.storage.preferences import peek

    chosen = peek(settings.database_url, settings.account, REGION)
    return in_use(chosen, settings.region).code


def choices() -> list[tuple[str, str]]:
    """Every country that can be chosen as (code, name), sorted by name."""
    return sorted(REGION_NAMES.items(), key=lambda item: item[1])
