"""The session summary, pure: what the person chose to bring to a therapy session.

A :class:`Choice` says what goes in: a date range, the entries picked from it (or all
of them), whose lens, and whether to add the beliefs workbook, the check-ins and the
safety plan. :func:`assemble` keeps only what was chosen from what the service gathered,
so nothing reaches a summary unless the person asked for it. :func:`view` turns a
summary into plain lines (shared by the Markdown here and the HTML template, so both
say the same), and :func:`to_json` gives it to scripts. No SQL, no printing:
``summary_service.py`` gathers, the CLI and the web show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Final, Literal

from bondlens import messages
from bondlens.checkins import SCALE, CheckIn
from bondlens.dates import day_of, when_to_str
from bondlens.entries import Entry
from bondlens.errors import InvalidInput
from bondlens.formats.markdown import block, inline
from bondlens.lens import Lens
from bondlens.lens_report import checkin_json, day_text, explanation, lens_json, refs, sign_words
from bondlens.people import name_key
from bondlens.render import entry_heading, entry_json, entry_meta, format_when, label
from bondlens.safety_plan import SafetyPlan
from bondlens.safety_plan import to_json as plan_json
from bondlens.workbook import Belief, Page, Strength, strength_json

#: Every entry in the range, rather than some picked by number.
ALL: Final = "all"
#: Without a first day, the range starts this many days before its last day.
DEFAULT_DAYS: Final = 14


@dataclass(frozen=True)
class Choice:
    """What the person chose to include; nothing else goes in."""

    since: date
    until: date
    #: The entries picked (by id), or ``ALL`` in the range; () for none.
    entries: tuple[int, ...] | Literal["all"] = ()
    #: Whose lens to include, by name.
    lens: tuple[str, ...] = ()
    workbook: bool = False
    checkins: bool = False
    safety_plan: bool = False

    @property
    def empty(self) -> bool:
        return not (self.entries or self.lens or self.workbook or self.checkins or self.safety_plan)

    def covers(self, day: date) -> bool:
        return self.since <= day <= self.until


@dataclass(frozen=True)
class BeliefPart:
    """One belief as the summary shows it: only what falls in the range."""

    belief: Belief
    counter: str | None
    strengths: tuple[Strength, ...]
    moments: int


@dataclass(frozen=True)
class Summary:
    """The assembled summary. A part that was not chosen is None."""

    choice: Choice
    entries: tuple[Entry, ...] | None = None
    lenses: tuple[Lens, ...] | None = None
    checkins: tuple[CheckIn, ...] | None = None
    workbook: tuple[BeliefPart, ...] | None = None
    safety_plan: SafetyPlan | None = None


def date_range(since: date | None, until: date | None, today: date) -> tuple[date, date]:
    """The range asked for: the last day defaults to today, the first to 14 days before."""
    last = until or today
    first = since or last - timedelta(days=DEFAULT_DAYS)
    if first > last:
        raise InvalidInput(
            messages.SUMMARY_RANGE_BACKWARDS.format(since=day_text(first), until=day_text(last))
        )
    return first, last


def validated(choice: Choice) -> Choice:
    """The choice with its range checked, repeats dropped, and something in it."""
    date_range(choice.since, choice.until, choice.until)
    if choice.empty:
        raise InvalidInput(messages.SUMMARY_NOTHING_CHOSEN)
    entries = choice.entries if choice.entries == ALL else tuple(dict.fromkeys(choice.entries))
    names: dict[str, str] = {}
    for name in choice.lens:
        if name.strip():
            names.setdefault(name_key(name), name.strip())
    return replace(choice, entries=entries, lens=tuple(names.values()))


def people_in(entries: Iterable[Entry]) -> list[str]:
    """Everyone named in these entries, once each, in alphabetical order."""
    names = {name_key(n): n for e in entries for n in e.people}
    return sorted(names.values(), key=str.casefold)


def assemble(
    choice: Choice,
    *,
    entries: Sequence[Entry] = (),
    lenses: Sequence[Lens] = (),
    checkins: Sequence[CheckIn] = (),
    pages: Sequence[Page] = (),
    moments: Mapping[str, int] | None = None,
    plan: SafetyPlan | None = None,
) -> Summary:
    """Keep from what was gathered only what ``choice`` asks for, within its range.

    ``moments``: per belief id, in how many entries of the range the reader found it.
    """
    picked: tuple[Entry, ...] | None = None
    if choice.entries:
        wanted = None if choice.entries == ALL else set(choice.entries)
        kept = [
            e
            for e in entries
            if choice.covers(day_of(e.when)) and (wanted is None or e.id in wanted)
        ]
        picked = tuple(sorted(kept, key=lambda e: (when_to_str(e.when), e.id or 0)))
    order = {name_key(n): i for i, n in enumerate(choice.lens)}
    chosen_lenses = sorted(
        (v for v in lenses if v.person.key in order), key=lambda v: order[v.person.key]
    )
    in_range = sorted(
        (c for c in checkins if choice.covers(c.taken.date())), key=lambda c: (c.taken, c.id or 0)
    )
    return Summary(
        choice,
        entries=picked,
        lenses=tuple(chosen_lenses) if choice.lens else None,
        checkins=tuple(in_range) if choice.checkins else None,
        workbook=_workbook(choice, pages, moments or {}) if choice.workbook else None,
        safety_plan=(plan or SafetyPlan()) if choice.safety_plan else None,
    )


def _workbook(
    choice: Choice, pages: Sequence[Page], moments: Mapping[str, int]
) -> tuple[BeliefPart, ...]:
    parts = []
    for page in pages:
        strengths = tuple(s for s in page.strengths if choice.covers(s.taken.date()))
        found = moments.get(page.belief.id, 0)
        counter = page.counter.text if page.counter else None
        if counter or strengths or found:
            parts.append(BeliefPart(page.belief, counter, strengths, found))
    return tuple(parts)


# --- the summary as lines, for Markdown and the HTML template ---------------------------
@dataclass(frozen=True)
class EntryView:
    id: int
    heading: str
    meta: str
    text: str
    safe_text: str
    unsafe_text: str


@dataclass(frozen=True)
class Block:
    """A heading with plain lines under it (a lens, a check-in, a belief, a plan section)."""

    heading: str
    lines: tuple[str, ...]
    #: A short line right under the heading (the lens's pattern and health).
    facts: str = ""
    #: A paragraph shown before the lines (the lens's explanation).
    lead: str = ""
    #: A quieter line after them (what the lens looks at).
    note: str = ""


@dataclass(frozen=True)
class View:
    title: str
    #: The dates, in words ("1 Mar 2026 to 14 Mar 2026").
    range: str
    prepared: str
    note: str
    #: (part id, heading, what to say when it is empty, its blocks or entries), chosen only.
    parts: tuple[tuple[str, str, str, tuple[Block, ...] | tuple[EntryView, ...]], ...]


def range_text(since: date, until: date) -> str:
    if since == until:
        return day_text(since)
    return messages.SUMMARY_RANGE.format(since=day_text(since), until=day_text(until))


def view(summary: Summary) -> View:
    """Everything the summary says, as plain text, in the order it is shown."""
    choice = summary.choice
    heads = messages.SUMMARY_PARTS
    parts: list[tuple[str, str, str, tuple[Block, ...] | tuple[EntryView, ...]]] = []
    if summary.entries is not None:
        shown = tuple(_entry_view(e) for e in summary.entries)
        parts.append(("entries", heads["entries"], messages.SUMMARY_NO_ENTRIES, shown))
    if summary.lenses is not None:
        parts.append(("lens", heads["lens"], "", tuple(_lens_block(v) for v in summary.lenses)))
    if summary.checkins is not None:
        found = tuple(_checkin_block(c) for c in summary.checkins)
        parts.append(("checkins", heads["checkins"], messages.SUMMARY_NO_CHECKINS, found))
    if summary.workbook is not None:
        beliefs = tuple(_belief_block(p) for p in summary.workbook)
        parts.append(("workbook", heads["workbook"], messages.SUMMARY_NO_WORKBOOK, beliefs))
    if summary.safety_plan is not None:
        sections = tuple(Block(s.title, s.items) for s in summary.safety_plan.filled())
        parts.append(("safety_plan", heads["safety_plan"], messages.SUMMARY_PLAN_EMPTY, sections))
    dates = range_text(choice.since, choice.until)
    return View(
        title=messages.SUMMARY_TITLE,
        range=dates,
        prepared=messages.SUMMARY_PREPARED.format(range=dates),
        note=messages.SUMMARY_NOT_DIAGNOSIS,
        parts=tuple(parts),
    )


def _entry_view(entry: Entry) -> EntryView:
    meta = " · ".join([messages.SUMMARY_ENTRY_META.format(id=entry.id), entry_meta(entry)])
    return EntryView(
        int(entry.id or 0),
        entry_heading(entry),
        meta,
        entry.text,
        entry.safe_text,
        entry.unsafe_text,
    )


def _lens_block(lens: Lens) -> Block:
    facts = messages.SUMMARY_LENS_FACTS.format(bond=label(lens.bond), health=label(lens.health))
    if lens.trend.direction != "unclear":
        facts += messages.SUMMARY_LENS_LATELY.format(
            trend=label(lens.trend.direction), recent=lens.trend.recent
        )
    signs = []
    for sign in lens.signs:
        if not sign.count:
            continue
        line = messages.SUMMARY_LENS_SIGN.format(
            words=sign_words(sign.id), count=sign.count, entries=_entries(sign.count)
        )
        signs.append(f"{line} ({refs(sign.entries)})")
    name = lens.person.name
    return Block(
        name,
        tuple(signs),
        facts=facts,
        lead=explanation(lens),
        note=messages.SUMMARY_LENS_SCOPE.format(name=name),
    )


def _checkin_block(checkin: CheckIn) -> Block:
    heading = messages.SUMMARY_CHECKIN_HEADING.format(
        name=checkin.person, when=format_when(checkin.taken)
    )
    answers = tuple(
        messages.SUMMARY_CHECKIN_ANSWER.format(words=sign_words(m), answer=SCALE[a])
        for m, a in checkin.answers.items()
    )
    return Block(heading, answers)


def _belief_block(part: BeliefPart) -> Block:
    lines = []
    if part.counter:
        lines.append(messages.SUMMARY_COUNTER.format(counter=part.counter))
    if part.strengths:
        ratings = ", ".join(
            f"{day_text(s.taken.date())} {_rating(s.strength)}/{_rating(s.counter)}"
            for s in part.strengths
        )
        lines.append(messages.SUMMARY_STRENGTHS.format(ratings=ratings))
    if part.moments:
        lines.append(
            messages.SUMMARY_MOMENTS.format(count=part.moments, entries=_entries(part.moments))
        )
    return Block(f"“{part.belief.words}”", tuple(lines))


def _rating(value: int | None) -> str:
    return "–" if value is None else str(value)


def _entries(count: int) -> str:
    return "entry" if count == 1 else "entries"


# --- Markdown and JSON --------------------------------------------------------------
def to_markdown(summary: Summary) -> str:
    """The summary as a Markdown file: the same words as the printable page."""
    shown = view(summary)
    out = [f"# {inline(shown.title)}", "", inline(shown.prepared), "", f"*{inline(shown.note)}*"]
    for _part, heading, empty, items in shown.parts:
        out += ["", f"## {inline(heading)}"]
        if not items:
            out += ["", inline(empty)]
        for item in items:
            out += _entry_markdown(item) if isinstance(item, EntryView) else _block_markdown(item)
    return "\n".join(out) + "\n"


def _entry_markdown(entry: EntryView) -> list[str]:
    out = ["", f"### {inline(entry.heading)}", "", f"*{inline(entry.meta)}*", "", block(entry.text)]
    if entry.safe_text:
        out += ["", "> " + block(messages.SUMMARY_SAFE.format(text=entry.safe_text), "> ")]
    if entry.unsafe_text:
        out += ["", "> " + block(messages.SUMMARY_UNSAFE.format(text=entry.unsafe_text), "> ")]
    return out


def _block_markdown(item: Block) -> list[str]:
    out = ["", f"### {inline(item.heading)}"]
    if item.facts:
        out += ["", f"**{inline(item.facts)}**"]
    if item.lead:
        out += ["", inline(item.lead)]
    if item.lines:
        out += ["", *(f"- {inline(line)}" for line in item.lines)]
    if item.note:
        out += ["", f"*{inline(item.note)}*"]
    return out


def to_json(summary: Summary) -> dict[str, Any]:
    """The summary for scripts: only the parts chosen appear as keys."""
    choice = summary.choice
    shown = view(summary)
    data: dict[str, Any] = {
        "since": choice.since.isoformat(),
        "until": choice.until.isoformat(),
        "prepared": shown.prepared,
        "note": shown.note,
        "chosen": {
            "entries": choice.entries if choice.entries == ALL else list(choice.entries),
            "lens": list(choice.lens),
            "workbook": choice.workbook,
            "checkins": choice.checkins,
            "safety_plan": choice.safety_plan,
        },
    }
    if summary.entries is not None:
        data["entries"] = [entry_json(e) for e in summary.entries]
    if summary.lenses is not None:
        # the lens without its check-in history: check-ins come only when chosen
        data["lens"] = [
            {key: value for key, value in lens_json(one).items() if key != "checkins"}
            for one in summary.lenses
        ]
    if summary.checkins is not None:
        data["checkins"] = [checkin_json(c) for c in summary.checkins]
    if summary.workbook is not None:
        data["workbook"] = [
            {
                "id": p.belief.id,
                "words": p.belief.words,
                "my_counter": p.counter,
                "strengths": [strength_json(s) for s in p.strengths],
                "moments": p.moments,
            }
            for p in summary.workbook
        ]
    if summary.safety_plan is not None:
        data["safety_plan"] = plan_json(summary.safety_plan)
    return data
