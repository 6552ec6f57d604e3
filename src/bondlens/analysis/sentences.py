"""Splitting journal text into sentences, so a match can be quoted back. Pure."""

from __future__ import annotations

import re

_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ])")
_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "st", "prof", "e.g", "i.e", "vs", "etc"})
MAX_SENTENCE_CHARS = 600


def split(text: str) -> list[str]:
    """Sentences in order, without blanks; very long runs are cut into pieces."""
    pieces: list[str] = []
    for line in text.splitlines():
        for sentence in _sentences(line):
            pieces.extend(_cut(sentence))
    return pieces


def _sentences(line: str) -> list[str]:
    found: list[str] = []
    start = 0
    for end in _END.finditer(line):
        before = line[start : end.start()].rsplit(" ", 1)[-1].lower()
        if before in _ABBREVIATIONS:
            continue
        found.append(line[start : end.end()].strip())
        start = end.end()
    found.append(line[start:].strip())
    return [f for f in found if f]


def _cut(sentence: str) -> list[str]:
    pieces = []
    while len(sentence) > MAX_SENTENCE_CHARS:
        cut = sentence.rfind(" ", 0, MAX_SENTENCE_CHARS)
        cut = cut if cut > 0 else MAX_SENTENCE_CHARS
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    if sentence:
        pieces.append(sentence)
    return pieces
