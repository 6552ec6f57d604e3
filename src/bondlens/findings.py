"""What the on-device reader found in an entry, and the person's own word on it.

Pure data and rules: no model, no SQL. A *finding* is a belief, a relationship sign
(marker) or an emotion that the analysis engine scored above its threshold in one entry.
The person may confirm a finding ("yes, that fits") or dismiss it ("not this"); their
verdict is kept when the entry is read again and always wins over the reader.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bondlens import messages
from bondlens.errors import InvalidInput
from bondlens.vocabulary import BELIEFS, MARKERS

KINDS = ("belief", "marker", "emotion")
#: Kinds shown to the person as notes on an entry (emotions feed insights only).
NOTE_KINDS = ("belief", "marker")
VERDICTS = ("confirmed", "dismissed")
#: Numbers in an entry's meaning vector (the sentence model's size).
VECTOR_SIZE = 384


@dataclass(frozen=True)
class Finding:
    entry_id: int
    kind: str
    label: str
    #: How strongly the reader found it, 0 to 1; None when only the person's verdict exists.
    score: float | None = None
    #: The sentence that matched best, to quote back.
    quote: str | None = None
    #: "confirmed", "dismissed" or None (the person has not said).
    verdict: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.label

    @property
    def counts(self) -> bool:
        """Whether this finding is evidence: the person confirmed it, or did not dismiss it."""
        return self.verdict == "confirmed" or (self.verdict is None and self.score is not None)


@dataclass(frozen=True)
class Reading:
    """One entry as the reader saw it, ready to store."""

    entry_id: int
    #: Exactly the words that were read (``entries.entry_words``): a reading is kept
    #: only if the entry still says this when it is saved.
    words: str
    crisis: tuple[str, ...]
    findings: tuple[Finding, ...]
    #: The entry's meaning as a unit vector, float16 bytes (for search by meaning).
    vector: bytes
    #: The sentences that raised the crisis kinds, so that support can say whether
    #: they look back on a past time.
    crisis_quotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoredCrisis:
    """The crisis a stored reading found in an entry."""

    kinds: tuple[str, ...]
    #: The sentences that raised them; None for readings stored before quotes were kept.
    quotes: tuple[str, ...] | None


def merged(found: Iterable[Finding], verdicts: Iterable[Finding]) -> list[Finding]:
    """The reader's findings with the person's verdicts applied.

    A confirmed label the reader no longer finds is kept (the person said it fits);
    a dismissed one the reader no longer finds is dropped (there is nothing to hide).
    Strongest first, confirmed before unconfirmed.
    """
    said = {v.key: v.verdict for v in verdicts}
    result = []
    seen = set()
    for finding in found:
        seen.add(finding.key)
        result.append(
            Finding(
                finding.entry_id,
                finding.kind,
                finding.label,
                finding.score,
                finding.quote,
                said.get(finding.key),
            )
        )
    for verdict in verdicts:
        if verdict.key not in seen and verdict.verdict == "confirmed":
            result.append(verdict)
    result.sort(key=lambda f: (f.verdict != "confirmed", -(f.score or 0.0), f.kind, f.label))
    return result


def notes(findings: Sequence[Finding]) -> list[Finding]:
    """What to show on an entry: beliefs and signs the person has not dismissed."""
    return [f for f in findings if f.kind in NOTE_KINDS and f.verdict != "dismissed"]


def dismissed(findings: Sequence[Finding]) -> list[Finding]:
    return [f for f in findings if f.kind in NOTE_KINDS and f.verdict == "dismissed"]


def checked_verdict(kind: str, label: str, verdict: str | None) -> tuple[str, str, str | None]:
    """Validate a verdict from a form or the command line."""
    if kind not in NOTE_KINDS:
        raise InvalidInput(messages.FINDING_KIND_UNKNOWN.format(kind=kind))
    label = label.strip().lower().replace("-", "_").replace(" ", "_")
    known = BELIEFS if kind == "belief" else MARKERS
    if label not in known:
        raise InvalidInput(
            messages.FINDING_LABEL_UNKNOWN.format(kind=kind, label=label, known=", ".join(known))
        )
    if verdict is not None and verdict not in VERDICTS:
        raise InvalidInput(messages.FINDING_VERDICT_UNKNOWN.format(verdict=verdict))
    return kind, label, verdict
