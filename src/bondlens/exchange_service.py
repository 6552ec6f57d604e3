"""The import and export service: a whole file in, all or nothing, and the journal out;
and full backups, which hold everything the journal keeps.

The formats (``bondlens.formats``) turn files into an :class:`~bondlens.exchange.ImportBatch`
and an :class:`~bondlens.exchange.ExportData` back into files; this module validates a
batch and writes it through the journal's database in one ``Database.write()``
transaction, so a wrong line anywhere leaves the journal exactly as it was. The CLI and
the web call these functions and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from bondlens import entries as entry_rules
from bondlens import messages
from bondlens import people as people_rules
from bondlens.dates import When, utc_now, when_from_str, when_to_str
from bondlens.entries import Entry, EntryFilter
from bondlens.errors import InvalidInput
from bondlens.exchange import ExportData, ImportBatch, ImportResult
from bondlens.journal import Journal
from bondlens.people import Person, name_key

Progress = Callable[[int], None]
#: The preference that remembers when the last full backup was made.
LAST_BACKUP = "last_backup"
T = TypeVar("T")


def import_batch(
    journal: Journal, batch: ImportBatch, progress: Progress | None = None
) -> ImportResult:
    """Add everything in ``batch``, or nothing at all if any item is wrong.

    Entries already in the journal (same time, same words) are skipped, so importing
    the same file twice is safe. ``progress`` hears how many entries are done.
    """
    people = [_located(people_rules.validated, loc.where, loc.item) for loc in batch.people]
    max_chars = journal.settings.max_entry_chars
    entries = [
        _located(lambda e: entry_rules.validated(e, max_chars), loc.where, loc.item)
        for loc in batch.entries
    ]
    now = utc_now()
    with journal.db.write() as store:
        # People named only in entries may already be in the journal too.
        mentioned = [name for entry in entries for name in entry.people]
        known = store.people_by_key([*(p.name for p in people), *mentioned])
        added_people = 0
        for person in people:
            if person.key not in known:
                store.insert_person(person, now)
                known[person.key] = person
                added_people += 1
        ids = {
            key: int(p.id)
            for key, p in store.people_by_key(known.keys()).items()
            if p.id is not None
        }
        seen = {(when, text) for when, _written, text in store.fingerprints()}
        added = skipped = 0
        for done, entry in enumerate(entries, start=1):
            fingerprint = (when_to_str(entry.when), entry.text)
            if fingerprint in seen:
                skipped += 1
            else:
                seen.add(fingerprint)
                missing = [n for n in entry.people if name_key(n) not in ids]
                if missing:
                    added_people += len(missing)
                    for name in missing:
                        ids[name_key(name)] = store.insert_person(Person(name=name), now)
                store.insert_entry(entry, [ids[name_key(n)] for n in entry.people], now)
                added += 1
            if progress and (done % 500 == 0 or done == len(entries)):
                progress(done)
    return ImportResult(entries=added, people=added_people, skipped=skipped)


def export_data(journal: Journal) -> ExportData:
    """Everything in the journal, people first, entries oldest first."""
    with journal.db.read() as store:
        people = [summary.person for summary in store.people()]
        count = store.count(EntryFilter())
    return ExportData(people=people, entries=_all_entries(journal), entry_count=count)


def _all_entries(journal: Journal) -> Iterator[Entry]:
    # Read lazily, so a large journal is written out without being held in memory.
    with journal.db.read() as store:
        yield from store.all_entries()


@dataclass(frozen=True)
class Backup:
    """A backup made or restored: the file, and what the journal holds now."""

    path: Path
    entries: int
    people: int
    #: Where the journal as it was before a restore is kept (None for a backup).
    kept: Path | None = None


def backup(journal: Journal, target: Path) -> Backup:
    """Save everything in the journal to the new file ``target`` (never overwritten)."""
    if target.exists():
        raise InvalidInput(messages.BACKUP_EXISTS.format(path=target))
    try:
        journal.db.backup_to(target)
    except OSError as exc:
        raise InvalidInput(
            messages.FILE_UNWRITABLE.format(path=target, reason=exc.strerror or exc)
        ) from None
    now = utc_now()
    with journal.db.write() as store:  # remembered for "your last backup" (not in the file)
        store.preferences.set(LAST_BACKUP, now, now)
    return Backup(target, *_sizes(journal))


def last_backup(journal: Journal) -> When | None:
    """When this journal last made a full backup (local time), if ever."""
    with journal.db.read() as store:
        stamp = store.preferences.get(LAST_BACKUP)
    return when_from_str(stamp) if stamp else None


def restore_target(journal: Journal, now: datetime | None = None) -> Path:
    """Where a restore keeps the journal as it was (beside it, named for the moment)."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    live = journal.db.path
    return _unused(live.parent, f"{live.stem}-before-restore-{stamp}", live.suffix or ".db")


def backup_filename(now: datetime | None = None) -> str:
    """A backup's name, for the day: ``bondlens-backup-DATE.db``."""
    return f"bondlens-backup-{(now or datetime.now()).date().isoformat()}.db"


def backup_name(folder: Path, now: datetime | None = None) -> Path:
    """A new file in ``folder`` for a backup, named for the day (``-2``, ``-3``... if taken)."""
    name = Path(backup_filename(now))
    return _unused(folder, name.stem, name.suffix)


def _unused(folder: Path, name: str, suffix: str) -> Path:
    """``folder/name+suffix``, or ``name-2``, ``name-3``... if taken: nothing is overwritten."""
    target, n = folder / f"{name}{suffix}", 1
    while target.exists():
        n += 1
        target = folder / f"{name}-{n}{suffix}"
    return target


def restore(journal: Journal, source: Path, keep: Path, name: str | None = None) -> Backup:
    """Replace everything in the journal with the backup ``source``; keep today's in ``keep``.

    A file that is not a whole bondlens journal, or was made by a newer release, is
    refused before anything changes; the refusal calls it ``name`` (default: its path).
    """
    check_source(journal, source, name)
    if keep.exists():
        raise InvalidInput(messages.BACKUP_EXISTS.format(path=keep))
    try:
        journal.db.restore_from(source, keep, name)
    except OSError as exc:
        raise InvalidInput(
            messages.FILE_UNREADABLE.format(path=name or source, reason=exc.strerror or exc)
        ) from None
    return Backup(source, *_sizes(journal), kept=keep)


def check_source(journal: Journal, source: Path, name: str | None = None) -> None:
    """The first checks of a restore, quick enough to make before asking the person."""
    shown = name or source
    if not source.is_file():
        reason = "no such file" if not source.exists() else "not a file"
        raise InvalidInput(messages.FILE_UNREADABLE.format(path=shown, reason=reason))
    if source.resolve() == journal.db.path.resolve():
        raise InvalidInput(messages.RESTORE_SAME_FILE.format(path=shown))


def _sizes(journal: Journal) -> tuple[int, int]:
    with journal.db.read() as store:
        return store.count(EntryFilter()), len(store.names())


def _located(check: Callable[[T], T], where: str, item: T) -> T:
    """Validate one imported item; a problem names the line it came from."""
    try:
        return check(item)
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc.message}") from None
