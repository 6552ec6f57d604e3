"""Make a large, realistic, reproducible journal for benchmarks.

The same seed always gives the same journal, byte for byte: about 30 people of
different relationships and 20,000 entries (by default) spread over eight years,
built from varied sentences with some non-ASCII text (accents, other scripts, emoji).

Two outputs describe the same entries:

* bondlens jsonl (``bondlens import FILE --format jsonl``): person records first,
  then entry records oldest first;
* a jrnl plain-text journal, for comparing with jrnl (a journal file that jrnl
  opens with ``timeformat: "%Y-%m-%d %H:%M"`` and ``tagsymbols: "#@"``; people
  appear as ``@Name`` tags and bondlens tags as ``#tag``).

Run from the repository root::

    .venv/bin/python bench/make_journal.py --entries 20000 --out /tmp/journal.jsonl
    .venv/bin/python bench/make_journal.py --out /tmp/j.jsonl --jrnl-out /tmp/jrnl.txt

or import it: ``make_journal.generate()``, ``write_jsonl()``, ``write_jrnl()``.
``COMMON_WORD`` is in a large share of the entries and ``RARE_WORD`` in about one in a
thousand, so a benchmark can search for both.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

DEFAULT_ENTRIES = 20_000
DEFAULT_SEED = 20_180_101
FIRST_DAY = date(2018, 1, 1)
YEARS = 8
#: A word in a large share of the entries (the "many matches" search).
COMMON_WORD = "felt"
#: A word in roughly one entry in a thousand (the "few matches" search).
RARE_WORD = "lighthouse"
RARE_EVERY = 997
#: The time format of the jrnl journal this module writes (locale independent).
JRNL_TIMEFORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class PersonSpec:
    """Someone in the generated journal and how they tend to show up in it."""

    name: str
    relationship: str
    origin: str = "unknown"
    safe: bool = False
    weight: float = 1.0
    #: Typical safety rating of time with them (1 very unsafe .. 5 very safe).
    mood: float = 3.5
    #: The first and last year they appear in the journal (``ended``: the bond ended).
    since: int = 2018
    until: int = 2025
    ended: bool = False
    notes: str = ""
    triggers: tuple[str, ...] = ()
    boundaries: tuple[str, ...] = ()


@dataclass(frozen=True)
class GeneratedEntry:
    """One journal entry, in the shapes both bondlens and jrnl need."""

    when: date | datetime
    written: str
    people: tuple[str, ...]
    kind: str
    safety: int | None
    sentences: tuple[str, ...]
    safe_text: str
    unsafe_text: str
    tags: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.sentences).replace(" \n\n ", "\n\n")


PEOPLE: tuple[PersonSpec, ...] = (
    PersonSpec("Sam", "partner", "other", True, 9.0, 4.2, 2019, notes="Met at the climbing gym."),
    PersonSpec(
        "Jordan",
        "ex_partner",
        "other",
        False,
        5.0,
        2.1,
        2018,
        2019,
        True,
        triggers=("raised voices", "being ignored"),
        boundaries=("no calls after 10pm",),
    ),
    PersonSpec("Mum", "parent", "other", False, 6.0, 3.0, notes="Calls on Sundays."),
    PersonSpec("Dad", "parent", "other", False, 3.0, 2.8, triggers=("talk about money",)),
    PersonSpec("Zoë", "sibling", "other", True, 4.0, 4.0),
    PersonSpec("Théo", "sibling", "other", False, 2.0, 3.4),
    PersonSpec("Nana", "relative", "other", True, 1.5, 4.6, 2018, 2022, True),
    PersonSpec("Priya", "friend", "healing_together", True, 6.0, 4.5, notes="From group, 2018."),
    PersonSpec("Mateo", "friend", "shared_trauma", True, 4.0, 4.1),
    PersonSpec("Aiko", "friend", "other", True, 3.0, 4.3, 2020),
    PersonSpec("Łukasz", "friend", "other", False, 2.0, 3.6, 2018, 2023),
    PersonSpec("Søren", "friend", "healing_together", True, 2.5, 4.0, 2021),
    PersonSpec("Chloé", "friend", "other", False, 2.0, 3.2),
    PersonSpec("Kwame", "friend", "shared_trauma", True, 2.0, 4.2, 2019),
    PersonSpec("Ana-María", "friend", "other", False, 1.5, 3.7, 2022),
    PersonSpec("Riya", "colleague", "other", False, 3.0, 3.5, 2018, 2021),
    PersonSpec("Marcus", "colleague", "other", False, 2.5, 2.6, 2019, boundaries=("no DMs",)),
    PersonSpec("Ines", "colleague", "other", False, 2.0, 3.6, 2021),
    PersonSpec("Oskar", "colleague", "other", False, 1.5, 3.3, 2022),
    PersonSpec("Dr Lee", "therapist", "other", True, 4.0, 4.6, 2018, notes="Tuesdays, 5pm."),
    PersonSpec("Fatima", "group_member", "healing_together", True, 2.5, 4.2),
    PersonSpec("Ben", "group_member", "shared_trauma", False, 2.0, 3.4),
    PersonSpec("Ngozi", "group_member", "healing_together", True, 1.5, 4.1, 2020),
    PersonSpec("Hannah", "group_leader", "healing_together", True, 2.0, 4.4),
    PersonSpec("Leo", "child", "other", True, 3.0, 4.4, 2021, notes="Sam's son."),
    PersonSpec("Björn", "relative", "other", False, 1.0, 2.9),
    PersonSpec("Carmen", "other", "unknown", False, 1.0, 3.5, 2020, notes="Neighbour."),
    PersonSpec("Yusuf", "friend", "other", False, 1.5, 3.8, 2023),
    PersonSpec("Mei", "friend", "shared_trauma", True, 1.5, 4.0, 2018, 2020, True),
    PersonSpec("Gabriel", "other", "unknown", False, 1.0, 2.5, 2024, notes="Landlord."),
)

PLACES = (
    "the park",
    "Café Noir",
    "the library",
    "the allotment",
    "the river path",
    "the market",
    "the climbing gym",
    "the bakery on Mill Street",
    "the station",
    "the bookshop",
    "the seafront",
    "the community centre",
    "the ramen place",
    "the garden centre",
    "the swimming pool",
)
TOPICS = (
    "work",
    "the move",
    "money",
    "the holidays",
    "Nana's health",
    "boundaries",
    "the group",
    "an old memory",
    "the future",
    "school",
    "sleep",
    "the flat",
    "forgiveness",
    "a book we both read",
    "the wedding",
    "the new job",
    "being tired",
    "the dog",
)
FOODS = (
    "dal",
    "pancakes",
    "a risotto",
    "crème brûlée",
    "pierogi",
    "jollof rice",
    "tacos",
    "miso soup",
    "smørrebrød",
    "a lemon cake",
    "pho",
)
FEELINGS = (
    "calm",
    "heard",
    "tense",
    "tired",
    "light",
    "grateful",
    "drained",
    "seen",
    "on edge",
    "relieved",
    "warm",
    "small",
    "hopeful",
    "raw",
)
WITH_OPENERS = (
    "Coffee with {p} at {place}.",
    "Long phone call with {p} about {topic}.",
    "{p} came over and we cooked {food}.",
    "Walked along {place} with {p}.",
    "Texted back and forth with {p} about {topic}.",
    "Video call with {p} — the connection kept dropping.",
    "Ran into {p} at {place}.",
    "Lunch with {p}; we talked about {topic}.",
    "Helped {p} with {topic}.",
    "{p} asked how I was doing, and I told the truth for once.",
    "Sat with {p} at {place} for an hour.",
    "Quick check-in with {p} before work.",
    "Dinner at {p}'s place: {food}.",
    "Argued with {p} about {topic}.",
    "{p} sent a voice note about {topic}.",
)
THERAPY_OPENERS = (
    "Session with {p}, mostly about {topic}.",
    "Therapy with {p}: we went back to {topic}.",
    "{p} asked what safety looks like for me this week.",
)
GROUP_OPENERS = (
    "Group tonight; {p} shared about {topic}.",
    "Stayed after group to talk with {p}.",
    "{p} opened the group with a check-in round.",
)
ALONE_OPENERS = (
    "Quiet evening on my own.",
    "Woke up anxious and could not say why.",
    "Journaling before bed, trying to name what I noticed today.",
    "Thinking about {topic} again.",
    "Went to {place} alone.",
    "A slow {weekday}.",
    "Did the breathing exercise twice today.",
    "Cooked {food} just for me.",
    "Rain all day 🌧️ and I stayed in.",
    "Read for an hour at {place}.",
    "Made a list of people I trust.",
    "Hard day at work, nobody to talk to.",
)
MIDDLES = (
    "I {felt} {feeling} afterwards.",
    "It {felt} good to be listened to.",
    "I {felt} {feeling} for most of it.",
    "Looking back, it {felt} {feeling} more than anything.",
    "My shoulders dropped when we laughed.",
    "I noticed my jaw was clenched the whole time.",
    "We didn't need to fill the silences.",
    "I said no to something and the world didn't end.",
    "Part of me wanted to leave early.",
    "There was a moment of déjà vu that threw me.",
    "I {felt} {feeling}, then {feeling2}.",
    "I kept checking my phone.",
    "Sun through the window ☀ made everything softer.",
    "I remembered to ask for what I needed.",
    "The old fear came up, and passed.",
    "Someone played the piano in the corner.",
    "We made plans for next week.",
    "I want to remember how {feeling} that was.",
    "Halfway through I {felt} the urge to apologise for nothing.",
    "The tea went cold while we talked ☕.",
    "I didn't explain myself, and that was fine.",
    "Later I cried a bit, the good kind.",
    "I stayed present instead of drifting off.",
    "Afterwards I walked home the long way.",
    "Aiko taught me to say ありがとう properly.",
    "Heard someone say ευχαριστώ on the bus and smiled.",
    "The café was loud and naïvely I thought it wouldn't bother me.",
)
CLOSERS = (
    "Grateful for small things.",
    "Tomorrow I'll rest.",
    "Need more days like this.",
    "Not sure what to make of it yet.",
    "Overall it {felt} {feeling}.",
    "Note to self: bring it up in therapy.",
    "Going to bed early.",
    "Proud of myself, honestly.",
    "Still processing.",
    "",
    "",
)
SAFE_TEXTS = (
    "They listened without fixing.",
    "Being outside.",
    "We laughed a lot.",
    "No pressure to talk.",
    "They remembered what I said last time.",
    "Clear plans, no surprises.",
    "I could leave whenever I wanted.",
)
UNSAFE_TEXTS = (
    "Raised voices at the next table.",
    "They brought up money.",
    "Being interrupted again.",
    "Running late and rushing.",
    "A comment about my weight.",
    "Too many people at once.",
)
TAGS = (
    "family",
    "work",
    "group",
    "therapy",
    "boundaries",
    "gratitude",
    "anxiety",
    "repair",
    "conflict",
    "self-care",
    "walk",
    "food",
    "phone",
    "weekend",
    "holiday",
    "sleep",
)
#: How likely an entry is in each hour of the day: mornings, lunch, and most in the evening.
HOUR_WEIGHTS = (1, 0, 0, 0, 0, 0, 2, 5, 6, 4, 3, 3, 5, 5, 3, 3, 3, 4, 6, 8, 9, 9, 7, 3)
WITH_KINDS = (
    ("interaction", 60),
    ("check_in", 15),
    ("support_given", 10),
    ("support_received", 10),
    ("micro_share", 5),
)


def generate(
    entries: int = DEFAULT_ENTRIES, seed: int = DEFAULT_SEED
) -> tuple[tuple[PersonSpec, ...], list[GeneratedEntry]]:
    """The people and ``entries`` entries (oldest first) for ``seed``."""
    rng = random.Random(seed)
    days = (FIRST_DAY.replace(year=FIRST_DAY.year + YEARS) - FIRST_DAY).days
    hours = range(24)
    moments = sorted(
        (rng.randrange(days), rng.choices(hours, weights=HOUR_WEIGHTS)[0], rng.randrange(60))
        for _ in range(entries)
    )
    start = datetime.combine(FIRST_DAY, time())
    return PEOPLE, [
        _entry(rng, index, start + timedelta(days=day, hours=hour, minutes=minute))
        for index, (day, hour, minute) in enumerate(moments)
    ]


def _entry(rng: random.Random, index: int, moment: datetime) -> GeneratedEntry:
    active = [p for p in PEOPLE if p.since <= moment.year <= p.until]
    alone = rng.random() < 0.25
    people: list[PersonSpec] = []
    if not alone:
        count = rng.choices((1, 2, 3), weights=(75, 20, 5))[0]
        while len(people) < count:
            pick = rng.choices(active, weights=[p.weight for p in active])[0]
            if pick not in people:
                people.append(pick)
    words = {
        "p": _names([p.name for p in people]),
        "place": rng.choice(PLACES),
        "topic": rng.choice(TOPICS),
        "food": rng.choice(FOODS),
        "feeling": rng.choice(FEELINGS),
        "feeling2": rng.choice(FEELINGS),
        # Most sentences that could say "felt" do, the rest say something else.
        "weekday": moment.strftime("%A"),
        "felt": COMMON_WORD if rng.random() < 0.6 else rng.choice(("was", "seemed", "got")),
    }
    relationships = {p.relationship for p in people}
    openers: tuple[str, ...]
    if alone:
        openers = ALONE_OPENERS
    elif "therapist" in relationships:
        openers = THERAPY_OPENERS
    elif relationships & {"group_member", "group_leader"} and rng.random() < 0.6:
        openers = GROUP_OPENERS
    else:
        openers = WITH_OPENERS
    opener = rng.choice(openers)
    sentences = [opener.format(**words)]
    for _ in range(rng.choices((0, 1, 2, 3, 5), weights=(15, 35, 30, 15, 5))[0]):
        words["feeling"], words["feeling2"] = rng.sample(FEELINGS, 2)
        sentences.append(rng.choice(MIDDLES).format(**words))
    if rng.random() < 0.04:  # now and then a longer entry, in paragraphs
        sentences.append("\n\n")
        sentences.extend(rng.choice(MIDDLES).format(**words) for _ in range(rng.randint(4, 9)))
    if index % RARE_EVERY == 0:
        sentences.append(f"On the way back we passed the old {RARE_WORD}.")
    closer = rng.choice(CLOSERS).format(**words)
    if closer:
        sentences.append(closer)
    if alone:
        kind = "reflection" if rng.random() < 0.9 else "check_in"
        safety = rng.choice((None, 2, 3, 3, 4, 4, 5))
    else:
        kind = rng.choices([k for k, _ in WITH_KINDS], weights=[w for _, w in WITH_KINDS])[0]
        mood = sum(p.mood for p in people) / len(people)
        rated = rng.random() < 0.85
        safety = min(5, max(1, round(rng.gauss(mood, 0.8)))) if rated else None
    day_only = rng.random() < 0.05
    when: date | datetime = moment.date() if day_only else moment
    written_at = datetime.combine(moment.date(), time(21)) if day_only else moment
    written_at += timedelta(minutes=rng.randrange(5, 240))
    return GeneratedEntry(
        when=when,
        written=written_at.replace(tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        people=tuple(p.name for p in people),
        kind=kind,
        safety=safety,
        sentences=tuple(sentences),
        safe_text=rng.choice(SAFE_TEXTS) if rng.random() < 0.3 else "",
        unsafe_text=rng.choice(UNSAFE_TEXTS) if rng.random() < 0.15 else "",
        tags=tuple(rng.sample(TAGS, rng.choices((0, 1, 2, 3), weights=(40, 35, 18, 7))[0])),
    )


def _names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _when_str(value: date | datetime) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def person_record(person: PersonSpec) -> dict[str, Any]:
    """A bondlens jsonl person record."""
    return {
        "type": "person",
        "name": person.name,
        "relationship": person.relationship,
        "origin": person.origin,
        "safe": person.safe,
        "notes": person.notes,
        "triggers": list(person.triggers),
        "boundaries": list(person.boundaries),
        "ended_on": f"{person.until}-09-30" if person.ended else None,
        "created": f"{person.since}-01-01T08:00:00Z",
    }


def entry_record(entry: GeneratedEntry) -> dict[str, Any]:
    """A bondlens jsonl entry record."""
    return {
        "type": "entry",
        "when": _when_str(entry.when),
        "written": entry.written,
        "people": list(entry.people),
        "kind": entry.kind,
        "safety": entry.safety,
        "text": entry.text,
        "safe_text": entry.safe_text,
        "unsafe_text": entry.unsafe_text,
        "tags": list(entry.tags),
    }


def jsonl_lines(people: Sequence[PersonSpec], entries: Sequence[GeneratedEntry]) -> Iterator[str]:
    """The journal as bondlens jsonl lines (without line ends)."""
    for person in people:
        yield json.dumps(person_record(person), ensure_ascii=False)
    for entry in entries:
        yield json.dumps(entry_record(entry), ensure_ascii=False)


def jrnl_text(entries: Sequence[GeneratedEntry], *, tags: bool = True) -> str:
    """The entries as a jrnl plain-text journal (see ``JRNL_TIMEFORMAT``).

    With ``tags`` the people become ``@Name`` tags and the tags ``#tag`` on the last line
    of each entry; without, the entries carry no tags at all.
    """
    blocks = []
    for entry in entries:
        moment = (
            entry.when
            if isinstance(entry.when, datetime)
            else datetime.combine(entry.when, time(9))
        )
        marks = [f"@{name.replace(' ', '_')}" for name in entry.people] if tags else []
        marks += [f"#{tag}" for tag in entry.tags] if tags else []
        title, *rest = entry.sentences
        body = " ".join(rest).replace(" \n\n ", "\n\n").strip()
        if marks:
            body = f"{body}\n{' '.join(marks)}".strip()
        head = f"[{moment.strftime(JRNL_TIMEFORMAT)}] {title}"
        blocks.append(f"{head}\n{body}\n" if body else f"{head}\n")
    return "\n".join(blocks)


def write_jsonl(path: Path | str, entries: int = DEFAULT_ENTRIES, seed: int = DEFAULT_SEED) -> Path:
    """Write the journal as bondlens jsonl to ``path`` and return it."""
    people, made = generate(entries, seed)
    target = Path(path)
    target.write_text("".join(line + "\n" for line in jsonl_lines(people, made)), "utf-8")
    return target


def write_jrnl(path: Path | str, entries: int = DEFAULT_ENTRIES, seed: int = DEFAULT_SEED) -> Path:
    """Write the same journal as a jrnl plain-text journal to ``path`` and return it."""
    _, made = generate(entries, seed)
    target = Path(path)
    target.write_text(jrnl_text(made), "utf-8")
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--entries",
        type=int,
        default=DEFAULT_ENTRIES,
        metavar="N",
        help="how many entries (default: %(default)s)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="same seed, same journal")
    parser.add_argument("--out", type=Path, metavar="FILE", help="bondlens jsonl to write")
    parser.add_argument("--jrnl-out", type=Path, metavar="FILE", help="jrnl journal to write")
    args = parser.parse_args(argv)
    if args.out is None and args.jrnl_out is None:
        parser.error("give --out FILE, --jrnl-out FILE or both")
    people, made = generate(args.entries, args.seed)
    if args.out is not None:
        args.out.write_text("".join(line + "\n" for line in jsonl_lines(people, made)), "utf-8")
    if args.jrnl_out is not None:
        args.jrnl_out.write_text(jrnl_text(made), "utf-8")
    common = sum(COMMON_WORD in e.text for e in made)
    rare = sum(RARE_WORD in e.text for e in made)
    print(
        f"{len(made):,} entries, {len(people)} people, "
        f"{_when_str(made[0].when)} to {_when_str(made[-1].when)}; "
        f"{COMMON_WORD!r} in {common:,}, {RARE_WORD!r} in {rare:,}"
        if made
        else "no entries"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
