"""Short questionnaires answered on a small word scale: lens check-ins, safe-person
reflections. Pure: reading what people type ("hard-to-leave=often") into exact ids and
numbers, with one friendly message for each way it can be wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

from bondlens.errors import InvalidInput


class Answered(Protocol):
    @property
    def taken(self) -> datetime: ...

    @property
    def id(self) -> int | None: ...


A = TypeVar("A", bound=Answered)


@dataclass(frozen=True)
class Questionnaire:
    questions: tuple[str, ...]
    #: Answer numbers and their words, e.g. {0: "never", …, 3: "often"}.
    scale: Mapping[int, str]
    #: Messages, formatted with ``value`` (what was typed) and ``known`` (the choices).
    unknown_question: str
    bad_answer: str
    bad_pair: str
    empty: str

    def question(self, raw: str) -> str:
        """A question id as people type it ('hard-to-leave', 'Hard to leave') made exact."""
        value = raw.strip().lower().replace("-", "_").replace(" ", "_")
        if value not in self.questions:
            known = ", ".join(self.questions)
            raise InvalidInput(self.unknown_question.format(value=raw, marker=raw, known=known))
        return value

    def answer(self, raw: str | int) -> int:
        """An answer as a number of the scale; the scale's words are accepted too."""
        if isinstance(raw, str):
            text = raw.strip().lower()
            words = {word: number for number, word in self.scale.items()}
            if text in words:
                return words[text]
            try:
                raw = int(text)
            except ValueError:
                raise InvalidInput(self.bad_answer.format(value=raw)) from None
        if raw not in self.scale:
            raise InvalidInput(self.bad_answer.format(value=raw))
        return raw

    def pair(self, text: str) -> tuple[str, int]:
        """'codependence=2' (or 'fear=often') as (question, answer)."""
        name, sep, value = text.partition("=")
        if not sep:
            raise InvalidInput(self.bad_pair.format(value=text))
        return self.question(name), self.answer(value)

    def validated(self, answers: Mapping[str, int | str]) -> dict[str, int]:
        """Answers in question order, each checked; at least one is needed."""
        checked = {self.question(q): self.answer(a) for q, a in answers.items()}
        if not checked:
            raise InvalidInput(self.empty)
        return {q: checked[q] for q in self.questions if q in checked}

    def latest(
        self, history: Iterable[A], answers: Callable[[A], Mapping[str, int]]
    ) -> dict[str, int]:
        """The newest answer to each question across the history (a skip keeps the older
        one), in question order."""
        found: dict[str, int] = {}
        for item in sorted(history, key=lambda a: (a.taken, a.id or 0)):
            found.update(answers(item))
        return {q: found[q] for q in self.questions if q in found}
