"""Make ``journal-v1.sqlite``: a journal written by bondlens 0.1.0 (schema 1).

Run once with the first release and commit the result; tests/test_migrations.py then
checks that every later release opens and upgrades it in place with nothing lost.
Do not regenerate it with a newer release: the point is that it is old.

    .venv/bin/python tests/data/make_journal_v1.py
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from bondlens import __version__
from bondlens.config import Settings
from bondlens.entries import Entry, EntryChanges
from bondlens.journal import Journal
from bondlens.people import Person, PersonChanges

TARGET = Path(__file__).with_name("journal-v1.sqlite")


def main() -> None:
    assert __version__ == "0.1.0", "the v1 fixture must be made by the first release"
    for path in (TARGET, TARGET.with_name(TARGET.name + "-wal")):
        path.unlink(missing_ok=True)
    settings = Settings(home=TARGET.parent, database_url=f"sqlite:///{TARGET}")
    with Journal(settings) as journal:
        journal.add_person(
            Person(
                name="Sam",
                relationship="friend",
                origin="healing_together",
                notes="We met in the Tuesday group.\nHe texts before calling.",
                safe=True,
                triggers=("being rushed",),
                boundaries=("no calls after 10pm",),
            )
        )
        journal.add_person(Person(name="Dana", relationship="ex_partner", origin="unknown"))
        journal.add_person(Person(name="נועה", relationship="sibling", origin="shared_trauma"))
        journal.add_entry(
            Entry(
                text="Coffee with Sam. It felt easy 🙂",
                when=datetime(2025, 11, 3, 9, 30),
                people=("Sam",),
                safety=5,
                safe_text="he asked before hugging",
                kind="interaction",
                tags=("coffee", "morning"),
            )
        )
        first_draft = journal.add_entry(
            Entry(
                text="Dana called again.",
                when=date(2025, 11, 5),
                people=("Dana",),
                safety=2,
                unsafe_text="the old apology, then the old anger",
                kind="interaction",
                tags=("call",),
            )
        )
        journal.edit_entry(
            int(first_draft.entry.id or 0),
            EntryChanges(text="Dana called again.\nI let it ring.", add_tags=("boundaries",)),
        )
        journal.add_entry(
            Entry(
                text="ערב שקט עם נועה. We talked about home.",
                when=datetime(2025, 11, 8, 20, 15),
                people=("נועה", "Sam"),
                safety=4,
                kind="interaction",
            )
        )
        mistake = journal.add_entry(Entry(text="typo entry", when=date(2025, 11, 9)))
        journal.delete_entry(int(mistake.entry.id or 0))
        journal.add_entry(
            Entry(
                text="Quiet evening alone, wrote this.", when=date(2025, 11, 10), kind="reflection"
            )
        )
        journal.end_person("Dana", date(2025, 11, 6))
        journal.edit_person("Sam", PersonChanges(add_triggers=("sarcasm",)))
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
