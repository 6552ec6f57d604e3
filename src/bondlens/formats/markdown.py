"""Export to Markdown: a readable copy of the journal to keep, print or share."""

from __future__ import annotations

import re
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
                out.write(f"- **{inline(person.name)}**: {inline(describe_person(person))}\n")
        out.write("\n## Entries\n")
        for entry in data.entries:
            out.write(f"\n### {inline(entry_heading(entry))}\n\n")
            meta = entry_meta(entry)
            if meta:
                out.write(f"*{inline(meta)}*\n\n")
            out.write(block(entry.text) + "\n")
            if entry.safe_text:
                out.write(f"\n> What felt safe: {block(entry.safe_text, '> ')}\n")
            if entry.unsafe_text:
                out.write(f"\n> What felt unsafe: {block(entry.unsafe_text, '> ')}\n")


_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_MARKER = re.compile(r"^(\s*)([#>+\-=])")
_NUMBERED = re.compile(r"^(\s*\d+)([.)])")


def inline(text: str) -> str:
    """Characters Markdown would read as formatting, shown as themselves."""
    return _INLINE.sub(r"\\\1", text)


def block(text: str, quote: str = "") -> str:
    """A person's text as they wrote it: no line turns into a heading, list or quote,
    and single line breaks are kept (a hard break at each line's end)."""
    lines = [
        _NUMBERED.sub(r"\1\\\2", _MARKER.sub(r"\1\\\2", inline(line)))
        for line in text.rstrip().split("\n")
    ]
    joined = []
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        nxt_blank = not last and not lines[index + 1].strip()
        end = "" if last or not line.strip() or nxt_blank else "  "
        joined.append(line + end)
    return ("\n" + quote).join(joined)
