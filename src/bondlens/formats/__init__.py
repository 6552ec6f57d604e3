"""Import and export formats: a small registry looked up by name.

Built-in formats register themselves exactly as a third-party one would, through
``register``. Formats are pure translators between text and ``bondlens.exchange`` data;
the service layer does the writing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, TextIO, runtime_checkable

from bondlens import messages
from bondlens.errors import InvalidInput
from bondlens.exchange import ExportData, ImportBatch


@dataclass(frozen=True)
class ImportOptions:
    #: jrnl-json: turn ``@name`` tags into people in the entry instead of tags.
    people_from_tags: bool = False


@runtime_checkable
class Importer(Protocol):
    @property
    def names(self) -> tuple[str, ...]: ...

    @property
    def extension(self) -> str: ...

    def read(self, text: str, options: ImportOptions) -> ImportBatch: ...


@runtime_checkable
class Exporter(Protocol):
    @property
    def names(self) -> tuple[str, ...]: ...

    @property
    def extension(self) -> str: ...

    def write(self, data: ExportData, out: TextIO) -> None: ...


_importers: dict[str, Importer] = {}
_exporters: dict[str, Exporter] = {}


def register(fmt: Importer | Exporter) -> None:
    """Make a format available under each of its names (for reading, writing or both)."""
    for name in fmt.names:
        if isinstance(fmt, Importer):
            _importers[name] = fmt
        if isinstance(fmt, Exporter):
            _exporters[name] = fmt


def importer(name: str) -> Importer:
    _load_builtins()
    if name not in _importers:
        raise InvalidInput(
            messages.IMPORT_FORMAT_UNKNOWN.format(name=name, choices=", ".join(import_names()))
        )
    return _importers[name]


def exporter(name: str) -> Exporter:
    _load_builtins()
    if name not in _exporters:
        raise InvalidInput(
            messages.EXPORT_FORMAT_UNKNOWN.format(name=name, choices=", ".join(export_names()))
        )
    return _exporters[name]


def import_names() -> list[str]:
    _load_builtins()
    return sorted(_importers)


def export_names() -> list[str]:
    _load_builtins()
    return sorted(_exporters)


_loaded = False


def _load_builtins() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    from bondlens.formats import jrnl, json_format, markdown

    builtins: list[Importer | Exporter] = [
        json_format.JsonLines(),
        json_format.JsonDocument(),
        markdown.Markdown(),
        jrnl.JrnlJson(),
    ]
    for fmt in builtins:
        register(fmt)
