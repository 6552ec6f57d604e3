"""The path service: the tools of shared/domain.md §4 over the journal.

Like ``lens_service.py``, a thin layer beside :class:`~bondlens.journal.Journal`: it
validates with the pure modules (``safe_person``, ``sharing``, ``workbook``, ``nudges``,
``giving``) and reads or writes through the journal's database, every change in one
``Database.write()`` transaction. What a step writes into the journal is an ordinary
entry (``micro_share``, ``check_in``, ``support_given``) with its fields beside it, so the
lens and insights see it. The CLI and the web call these functions and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from bondlens import entries as entry_rules
from bondlens import giving, messages, nudges, safe_person, sharing, workbook
from bondlens.dates import utc_now
from bondlens.entries import Entry
from bondlens.errors import InvalidInput, NotFound
from bondlens.giving import Given, PersonGiving
from bondlens.journal import Journal, existing_person
from bondlens.lens_service import journal_insights
from bondlens.nudges import Answer, Candidate, Nudge
from bondlens.people import Person, PersonChanges, PersonSummary, name_key
from bondlens.safe_person import Evidence, Reflection, SafeView
from bondlens.sharing import Share, Step
from bondlens.storage import Store
from bondlens.workbook import Counter, Page, Strength


# --- step 1: a safe person ------------------------------------------------------------
def reflect(
    journal: Journal, name: str, ratings: dict[str, int | str], when: datetime
) -> Reflection:
    """Store a reflection about one person (ratings validated here)."""
    checked = safe_person.validated(ratings)
    with journal.db.write() as store:
        person = existing_person(store, name)
        item = Reflection(when, checked, person.name)
        ident = store.path.add_reflection(int(person.id or 0), item, utc_now())
    return replace(item, id=ident)


def safe_view(journal: Journal, name: str) -> SafeView:
    """One person's reflections with the journal's evidence beside them."""
    with journal.db.read() as store:
        person = existing_person(store, name)
        reflections = store.path.reflections(int(person.id or 0))
    return SafeView(person, tuple(reflections), _evidence(journal, person))


def safe_overview(journal: Journal) -> list[SafeView]:
    """Everyone still in your life, marked safe people first, with latest ratings."""
    with journal.db.read() as store:
        every = store.path.reflections()
    by_person: dict[str, list[Reflection]] = {}
    for item in every:
        by_person.setdefault(name_key(item.person), []).append(item)
    views = [
        SafeView(s.person, tuple(by_person.get(s.person.key, ())), _evidence(journal, s.person, s))
        for s in journal.people()
        if s.person.active
    ]
    views.sort(key=lambda v: (not v.person.safe, not v.reflections, v.person.key))
    return views


def reflection(journal: Journal, name: str, reflection_id: int) -> Reflection:
    """One reflection about this person (to show it before deleting it)."""
    with journal.db.read() as store:
        return _reflection(store, existing_person(store, name), reflection_id)


def delete_reflection(journal: Journal, name: str, reflection_id: int) -> Reflection:
    """Take back one reflection about this person, with its ratings."""
    with journal.db.write() as store:
        person = existing_person(store, name)
        item = _reflection(store, person, reflection_id)
        store.path.delete_reflection(reflection_id, int(person.id or 0))
    return item


def _reflection(store: Store, person: Person, reflection_id: int) -> Reflection:
    found = [r for r in store.path.reflections(int(person.id or 0)) if r.id == reflection_id]
    if not found:
        raise NotFound(messages.REFLECTION_NOT_FOUND.format(id=reflection_id, name=person.name))
    return found[0]


def mark_safe(journal: Journal, name: str, safe: bool) -> Person:
    """Mark or unmark a safe person: only ever when the person asks for it."""
    return journal.edit_person(name, PersonChanges(safe=safe))


def _evidence(journal: Journal, person: Person, summary: PersonSummary | None = None) -> Evidence:
    if summary is None:
        summary = next((s for s in journal.people() if s.person.key == person.key), None)
    points = journal.safety_points(person.name)
    return Evidence(
        entries=summary.entry_count if summary else 0,
        safety=tuple(points),
        last_contact=summary.last_contact if summary else None,
    )


# --- step 2: micro-sharing ------------------------------------------------------------
def log_share(journal: Journal, share: Share) -> Share:
    """Keep a share as a ``micro_share`` entry about the person, with its fields beside it."""
    share = sharing.validated(share)
    person = journal.person(share.person)
    share = replace(share, person=person.name)
    text = sharing.entry_text(share)
    entry = Entry(text=text, when=share.when, people=(person.name,), kind="micro_share")
    entry = entry_rules.validated(entry, journal.settings.max_entry_chars)
    with journal.db.write() as store:
        person_now = existing_person(store, person.name)
        entry_id = store.insert_entry(entry, [int(person_now.id or 0)], utc_now())
        store.path.add_share(entry_id, int(person_now.id or 0), share)
    return replace(share, entry_id=entry_id)


def shares(journal: Journal, name: str | None = None) -> list[Share]:
    """Shares with one person (or everyone), oldest first."""
    with journal.db.read() as store:
        person_id = None if name is None else int(existing_person(store, name).id or 0)
        return store.path.shares(person_id)


def ladder(journal: Journal, name: str | None = None) -> list[Step]:
    """Where you stand on the ladder with one person, or with everyone you shared with
    plus your safe people (who might be a first step)."""
    if name is not None:
        with journal.db.read() as store:
            person = existing_person(store, name)
            items = store.path.shares(int(person.id or 0))
        return [sharing.step(person.name, items)]
    by_person: dict[str, list[Share]] = {}
    for item in shares(journal):
        by_person.setdefault(item.person, []).append(item)
    for summary in journal.people():
        if summary.person.safe and summary.person.active:
            by_person.setdefault(summary.person.name, [])
    return [sharing.step(n, s) for n, s in sorted(by_person.items(), key=lambda i: i[0].casefold())]


# --- step 3: the beliefs workbook -----------------------------------------------------
def workbook_pages(journal: Journal) -> list[Page]:
    """Every belief with my counter-belief, strengths over time and its moments."""
    return [_page(journal, b, *parts) for b, parts in _gathered(journal).items()]


def belief_page(journal: Journal, belief: str) -> Page:
    """One belief in full, with the entries where it showed up, newest first."""
    ident = workbook.belief_id(belief)
    return _page(journal, ident, *_gathered(journal)[ident], with_entries=True)


def pinned(journal: Journal) -> Counter | None:
    """The pinned counter-belief, for the home page and ``bondlens beliefs``."""
    with journal.db.read() as store:
        return workbook.pinned(store.path.counters())


def set_counter(journal: Journal, belief: str, text: str, *, pin: bool = False) -> Counter:
    """Write (or rewrite) my own counter-belief to a belief, and pin it if asked."""
    ident = workbook.belief_id(belief)
    words = workbook.counter_text(text)
    with journal.db.write() as store:
        store.path.set_counter(ident, words, utc_now())
        if pin:
            store.path.pin(ident)
        current = {c.belief: c for c in store.path.counters()}
    return current[ident]


def pin(journal: Journal, belief: str | None) -> Counter | None:
    """Pin a belief's counter-belief (None: unpin); it needs a counter-belief first."""
    ident = None if belief is None else workbook.belief_id(belief)
    with journal.db.write() as store:
        current = {c.belief: c for c in store.path.counters()}
        if ident is not None and ident not in current:
            raise InvalidInput(messages.BELIEF_PIN_NEEDS_COUNTER.format(id=ident))
        store.path.pin(ident)
    return None if ident is None else replace(current[ident], pinned=True)


def rate_belief(journal: Journal, item: Strength) -> Strength:
    """How strongly I believe a belief and my counter-belief now (0-100 each)."""
    item = workbook.validated_strength(item)
    with journal.db.write() as store:
        ident = store.path.add_strength(item, utc_now())
    return replace(item, id=ident)


def strength(journal: Journal, belief: str, strength_id: int) -> Strength:
    """One strength rating of this belief (to show it before deleting it)."""
    ident = workbook.belief_id(belief)
    with journal.db.read() as store:
        return _strength(store, ident, strength_id)


def delete_strength(journal: Journal, belief: str, strength_id: int) -> Strength:
    """Take back one strength rating of this belief; its chart changes at once."""
    ident = workbook.belief_id(belief)
    with journal.db.write() as store:
        item = _strength(store, ident, strength_id)
        store.path.delete_strength(strength_id, ident)
    return item


def _strength(store: Store, belief: str, strength_id: int) -> Strength:
    found = [s for s in store.path.strengths() if s.id == strength_id and s.belief == belief]
    if not found:
        words = messages.BELIEF_WORDS[belief]
        raise NotFound(messages.STRENGTH_NOT_FOUND.format(id=strength_id, belief=words))
    return found[0]


def my_counter(journal: Journal, belief: str) -> Counter:
    """My counter-belief to a belief (to show it before clearing it)."""
    ident = workbook.belief_id(belief)
    with journal.db.read() as store:
        return _counter(store, ident)


def clear_counter(journal: Journal, belief: str) -> Counter:
    """Take back my counter-belief to a belief (its pin goes with it); the one cleared."""
    ident = workbook.belief_id(belief)
    with journal.db.write() as store:
        mine = _counter(store, ident)
        store.path.delete_counter(ident)
    return mine


def _counter(store: Store, belief: str) -> Counter:
    found = [c for c in store.path.counters() if c.belief == belief]
    if not found:
        raise NotFound(messages.COUNTER_NOT_FOUND.format(belief=messages.BELIEF_WORDS[belief]))
    return found[0]


def _gathered(
    journal: Journal,
) -> dict[str, tuple[Counter | None, list[Strength], list[tuple[int, str | None, bool]]]]:
    with journal.db.read() as store:
        counters = {c.belief: c for c in store.path.counters()}
        strengths = store.path.strengths()
        ids = store.path.belief_entries()
    found = workbook.counted(journal.findings(ids)) if ids else workbook.counted({})
    return {
        b.id: (
            counters.get(b.id),
            [s for s in strengths if s.belief == b.id],
            [(f.entry_id, f.quote, f.verdict == "confirmed") for f in found[b.id]],
        )
        for b in workbook.LIBRARY
    }


def _page(
    journal: Journal,
    ident: str,
    counter: Counter | None,
    strengths: list[Strength],
    moments: list[tuple[int, str | None, bool]],
    *,
    with_entries: bool = False,
) -> Page:
    shown: list[workbook.Moment] = []
    if with_entries and moments:
        detail = {m[0]: m for m in moments}
        for entry in journal.entries_by_id([m[0] for m in moments]):
            _, quote, confirmed = detail[int(entry.id or 0)]
            shown.append(
                workbook.Moment(int(entry.id or 0), entry.when, quote, confirmed, entry.people)
            )
        shown.reverse()
    return Page(
        workbook.belief(ident), counter, tuple(strengths), tuple(shown), moment_count=len(moments)
    )


# --- step 4: nourishing a connection --------------------------------------------------
def todays_nudges(journal: Journal, today: date) -> list[Nudge]:
    """Today's small suggestions (no prompts, no writes: safe to run from cron)."""
    safe_names = {name_key(n) for n in journal_insights(journal, today).isolation["safe_people"]}
    last_response = {name_key(s.person): s.response for s in shares(journal)}
    candidates = [
        Candidate(
            s.person,
            s.last_contact,
            s.person.key in safe_names or s.person.safe,
            tuple(v for _, v in journal.safety_points(s.person.name)),
            last_response.get(s.person.key),
        )
        for s in journal.people()
    ]
    with journal.db.read() as store:
        answers = store.path.answers(today - timedelta(days=nudges.REST_DAYS))
    return nudges.suggest(candidates, answers, today)


@dataclass(frozen=True)
class Answered:
    nudge: Nudge
    answer: str
    #: The ``check_in`` entry a done suggestion became.
    entry: Entry | None = None


def answer_nudge(
    journal: Journal, nudge_id: str, answer: str, today: date, note: str = ""
) -> Answered:
    """Done (becomes a ``check_in`` entry, with ``note`` as its words if given) or not now."""
    answer = nudges.answer(answer)
    nudges.parse_id(nudge_id)
    found = {n.id: n for n in todays_nudges(journal, today)}
    nudge = found.get(nudge_id.strip())
    if nudge is None:
        raise NotFound(messages.NUDGE_UNKNOWN.format(id=nudge_id))
    record = Answer(nudge.person_id, nudge.action, today, answer)
    if answer == "not_now":
        with journal.db.write() as store:
            store.path.add_answer(record, None, utc_now())
        return Answered(nudge, answer)
    entry = entry_rules.validated(
        Entry(
            text=note.strip() or nudge.done_text,
            when=today,
            people=(nudge.person,),
            kind="check_in",
        ),
        journal.settings.max_entry_chars,
    )
    with journal.db.write() as store:
        entry_id = store.insert_entry(entry, [nudge.person_id], utc_now())
        store.path.add_answer(record, entry_id, utc_now())
        saved = store.entry(entry_id)
    return Answered(nudge, answer, saved)


# --- step 7: giving support -----------------------------------------------------------
def give(journal: Journal, item: Given) -> Given:
    """Keep support given as a ``support_given`` entry, with how it left me beside it."""
    left = giving.left(item.left)
    person = journal.person(item.person)
    entry = entry_rules.validated(
        Entry(text=item.text, when=item.when, people=(person.name,), kind="support_given"),
        journal.settings.max_entry_chars,
    )
    with journal.db.write() as store:
        person_now = existing_person(store, person.name)
        entry_id = store.insert_entry(entry, [int(person_now.id or 0)], utc_now())
        store.path.add_left(entry_id, left)
    return Given(person.name, entry.text, left, entry.when, entry_id)


def giving_summary(journal: Journal, today: date) -> tuple[dict[str, object], list[PersonGiving]]:
    """Insights' reciprocity (given and received, overall and per person) and, per
    person, how giving left me with any gentle notes."""
    reciprocity = journal_insights(journal, today).reciprocity
    with journal.db.read() as store:
        gives = store.path.gives()
    return reciprocity, giving.summary(reciprocity, gives)
