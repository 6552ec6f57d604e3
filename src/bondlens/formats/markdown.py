"""Export to Markdown: a readable copy of the journal to keep, print or share."""

from __future__ import annotations

from typing import TextIO

from bondlens.exchange import ExportData
from bondlens.render import describe_person, entry_heading, entry_meta


class Markdown:
    names = ("markdown", "md")
    extension = "md"

    def write(self, data: ExportData, out: TextIO) -> None:
        out.write("# My connection journal\n")
        if data.people:
            out.write("\n## People\n\n")
            for person in data.people:
                out.write(f"- **{_escape(person.name)}**: {describe_person(person)}\n")
        out.write("\n## Entries\n")
        for entry in data.entries:
            out.write(f"\n### {entry_heading(entry)}\n\n")
            meta = entry_meta(entry)
            if meta:
                out.write(f"*{meta}*\n\n")
            out.write(entry.text.rstrip() + "\n")
            if entry.safe_text:
                out.write(f"\n> What felt safe: {entry.safe_text}\n")
            if entry.unsafe_text:
                out.write(f"\n> What felt unsafe: {entry.unsafe_text}\n")


def _escape(text: str) -> str:
    return text.replace("*", r"\*").replace("_", r"\_")
