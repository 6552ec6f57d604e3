"""Our own formats: ``jsonl`` (one record a line) and ``json`` (one document)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from bondlens import messages
from bondlens.errors import InvalidInput
from bondlens.exchange import ExportData, ImportBatch, Located
from bondlens.formats import ImportOptions
from bondlens.formats.records import (
    entry_from_dict,
    entry_to_dict,
    person_from_dict,
    person_to_dict,
)

FORMAT_VERSION = 1


def _add(batch: ImportBatch, where: str, record: Any, kind: str | None) -> None:
    if not isinstance(record, dict):
        raise InvalidInput(f'{where}: expected an object like {{"type": "entry", ...}}.')
    kind = kind or record.get("type")
    try:
        if kind == "person":
            batch.people.append(Located(where, person_from_dict(record)))
        elif kind == "entry":
            batch.entries.append(Located(where, entry_from_dict(record)))
        else:
            raise InvalidInput('\'type\' should be "person" or "entry".')
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc.message}") from None


class JsonLines:
    names = ("jsonl",)
    extension = "jsonl"

    def read(self, text: str, options: ImportOptions) -> ImportBatch:
        batch = ImportBatch()
        # Split on \n only: splitlines() also breaks at U+2028 and friends, which
        # json.dumps(ensure_ascii=False) leaves unescaped inside a record's text.
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            where = f"Line {number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InvalidInput(
                    messages.IMPORT_LINE.format(
                        line=number, problem=f"this is not valid JSON ({exc.msg})."
                    )
                ) from None
            _add(batch, where, record, None)
        return batch

    def write(self, data: ExportData, out: TextIO) -> None:
        for person in data.people:
            out.write(json.dumps(person_to_dict(person), ensure_ascii=False) + "\n")
        for entry in data.entries:
            out.write(json.dumps(entry_to_dict(entry), ensure_ascii=False) + "\n")


class JsonDocument:
    names = ("json",)
    extension = "json"

    def read(self, text: str, options: ImportOptions) -> ImportBatch:
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InvalidInput(
                messages.IMPORT_LINE.format(
                    line=exc.lineno, problem=f"this is not valid JSON ({exc.msg})."
                )
            ) from None
        if not isinstance(document, dict) or not isinstance(document.get("entries", []), list):
            raise InvalidInput(
                "This JSON file is not a bondlens export "
                '(it needs an object with "people" and "entries" lists).'
            )
        batch = ImportBatch()
        for key in ("people", "entries"):
            items = document.get(key) or []
            if not isinstance(items, list):
                raise InvalidInput(f'"{key}" should be a list.')
            for index, record in enumerate(items, start=1):
                label = "Person" if key == "people" else "Entry"
                _add(batch, f"{label} {index}", record, "person" if key == "people" else "entry")
        return batch

    def write(self, data: ExportData, out: TextIO) -> None:
        document = {
            "bondlens": FORMAT_VERSION,
            "people": [_untyped(person_to_dict(p)) for p in data.people],
            "entries": [_untyped(entry_to_dict(e)) for e in data.entries],
        }
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")


def _untyped(record: dict[str, Any]) -> dict[str, Any]:
    record.pop("type", None)
    return record
