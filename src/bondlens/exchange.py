"""What import and export formats exchange with the service layer. Pure data."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from bondlens.entries import Entry
from bondlens.people import Person

T = TypeVar("T")


@dataclass(frozen=True)
class Located(Generic[T]):
    """An item read from a file, with where it stood ('Line 12') for error messages."""

    where: str
    item: T


@dataclass
class ImportBatch:
    people: list[Located[Person]] = field(default_factory=list)
    entries: list[Located[Entry]] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    entries: int
    people: int
    skipped: int


@dataclass(frozen=True)
class ExportData:
    people: list[Person]
    entries: Iterable[Entry]
    entry_count: int
