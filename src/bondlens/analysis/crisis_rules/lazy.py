"""Patterns compiled only when a text can match them (a gate word per pattern)."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Compiling every pattern of the rule modules takes about 70 ms, far too slow for
# ``bondlens add``. So each pattern has a gate (``gates.py``): words, one of which every
# match of the pattern contains (derived from the pattern by tests/test_analysis_crisis.py,
# which fails with the new table when a pattern changes). A pattern whose gate is absent
# from a text cannot match it, so it is skipped there and compiled only when some text
# first needs it.


class Rules:
    """Patterns tried in order, like ``re.compile("|".join(patterns))``, compiled lazily.

    ``finditer``, ``search`` and ``sub`` give exactly what the joined pattern would: at
    each place, the first pattern in order that matches there wins. Skipping a pattern
    whose gate is absent changes nothing, since it could match nowhere in the text.
    """

    def __init__(self, patterns: tuple[str, ...], gates: tuple[str, ...]) -> None:
        if len(patterns) != len(gates):
            raise ValueError("every pattern needs a gate")
        self.patterns = patterns
        self.gates = tuple(tuple(gate.split("|")) for gate in gates)
        # Each gate word once, with the patterns it opens: one C-level scan per text.
        self._opens: dict[str, list[int]] = {}
        for index, gate in enumerate(self.gates):
            for word in gate:
                self._opens.setdefault(word, []).append(index)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(patterns)

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        """The patterns, in order, that may match ``text``: those whose gate it holds."""
        opened = {i for word in filter(text.__contains__, self._opens) for i in self._opens[word]}
        found = []
        for index in sorted(opened):
            pattern = self._compiled[index]
            if pattern is None:
                pattern = self._compiled[index] = re.compile(self.patterns[index])
            found.append(pattern)
        return found

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Non-overlapping matches from left to right, as the joined pattern finds them.

        Every match is at least one gate word long, never empty, so the next search
        starts where the last match ended, as ``re.finditer`` does.
        """
        patterns = self.candidates(text)
        upcoming = [pattern.search(text) for pattern in patterns]
        while True:
            best: re.Match[str] | None = None
            for match in upcoming:  # the leftmost; on a tie the earlier pattern
                if match is not None and (best is None or match.start() < best.start()):
                    best = match
            if best is None:
                return
            yield best
            end = best.end()
            upcoming = [
                match if match is None or match.start() >= end else pattern.search(text, end)
                for pattern, match in zip(patterns, upcoming, strict=True)
            ]

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, as the joined pattern's ``search`` finds it."""
        return next(self.finditer(text), None)

    def sub(self, replacement: str, text: str) -> str:
        """Every match replaced by the literal ``replacement``."""
        pieces: list[str] = []
        last = 0
        for match in self.finditer(text):
            pieces += (text[last : match.start()], replacement)
            last = match.end()
        pieces.append(text[last:])
        return "".join(pieces)
