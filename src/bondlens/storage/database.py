"""Opening the journal's database and running work in transactions.

SQLite is used in WAL mode with one writer at a time: every write runs inside
``BEGIN IMMEDIATE``, so two processes never interleave half-finished changes, and a
failed write rolls back and leaves the journal exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from bondlens import messages
from bondlens.config import Settings
from bondlens.dates import utc_now
from bondlens.errors import InvalidInput, Locked, StorageError
from bondlens.storage import migrations
from bondlens.storage.location import sqlite_path
from bondlens.storage.repository import Store

__all__ = ["Database", "sqlite_path"]

BUSY_TIMEOUT_MS = 5_000


class Database:
    """One journal database. Thread-safe: a lock serialises use of the connection."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.path = sqlite_path(settings.database_url)
        self._lock = threading.RLock()
        self._writes = 0
        self._conn = self._connect()
        try:
            self.account_id = self._account(settings.account)
        except BaseException:
            self._conn.close()
            raise

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            is_new = not self.path.exists()
            conn = sqlite3.connect(
                self.path,
                isolation_level=None,
                check_same_thread=False,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
            try:
                if is_new:
                    os.chmod(self.path, 0o600)  # a journal is private: owner only
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA foreign_keys = ON")
                # Migrate (or refuse a newer schema) before switching to WAL, which
                # rewrites the file header: a refused journal must stay untouched.
                if migrations.current(conn) != migrations.head():
                    migrations.upgrade(conn)
                if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
            except BaseException:
                conn.close()
                raise
        except sqlite3.Error as exc:
            raise _storage_error(exc, self.path) from exc
        except OSError as exc:
            raise StorageError(
                messages.DB_OPEN_FAILED.format(path=self.path, reason=exc.strerror or exc)
            ) from exc
        return conn

    def _account(self, name: str) -> int:
        with self.write_store(account_id=0) as store:
            return store.ensure_account(name, utc_now())

    @contextmanager
    def read(self) -> Iterator[Store]:
        """A consistent snapshot for reading."""
        with self._lock, self._transaction("BEGIN"):
            yield Store(self._conn, self.account_id)

    @contextmanager
    def write(self) -> Iterator[Store]:
        """The only way to change the journal: all of it happens, or none of it."""
        with self.write_store(self.account_id) as store:
            yield store

    @contextmanager
    def write_store(self, account_id: int) -> Iterator[Store]:
        with self._lock:
            try:
                with self._transaction("BEGIN IMMEDIATE"):
                    yield Store(self._conn, account_id)
            finally:
                self._writes += 1

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[None]:
        try:
            self._conn.execute(begin)
        except sqlite3.Error as exc:
            raise _storage_error(exc, self.path) from exc
        try:
            yield
        except sqlite3.Error as exc:
            self._conn.execute("ROLLBACK")
            raise _storage_error(exc, self.path) from exc
        except BaseException:
            # A streamed read (export) can be closed after the connection; closing
            # already rolled back, so there is nothing left to undo.
            with suppress(sqlite3.ProgrammingError):
                self._conn.execute("ROLLBACK")
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._conn.execute("ROLLBACK")
            raise _storage_error(exc, self.path) from exc

    def generation(self) -> tuple[int, int]:
        """Changes whenever the journal changes, by this process or any other.

        Cached summaries compare it to decide whether they are still true.
        """
        with self._lock:
            row = self._conn.execute("PRAGMA data_version").fetchone()
            return self._writes, int(row[0])

    def backup_to(self, target: Path) -> None:
        """Copy the whole journal, as it is at one moment, into the new file ``target``.

        The copy is one self-contained SQLite file (no WAL beside it), readable by its
        owner only, and appears whole or not at all.
        """
        partial = target.with_name(target.name + ".partial")
        try:
            os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
            copy = sqlite3.connect(partial, isolation_level=None)
            try:
                with self._lock:
                    self._conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
            partial.replace(target)
        except sqlite3.Error as exc:
            partial.unlink(missing_ok=True)
            raise _storage_error(exc, self.path) from exc
        except BaseException:
            partial.unlink(missing_ok=True)
            raise

    def restore_from(self, source: Path, keep: Path, name: str | None = None) -> None:
        """Replace the whole journal with the backup ``source``, keeping today's in ``keep``.

        ``name`` is how a refusal names the file (its path unless given: an upload is
        named as the person chose it, not by its scratch copy).

        The backup is checked and brought up to this release's schema in a scratch copy
        first (``source`` itself is only read); only then is the journal kept and
        replaced, in one step that other readers see all at once.
        """
        import shutil  # only a restore needs it (it loads the compression modules)

        shown = name or str(source)
        scratch = self.path.with_name(f".{self.path.name}.restoring")
        try:
            shutil.copyfile(source, scratch)
            os.chmod(scratch, 0o600)
            incoming = sqlite3.connect(scratch, isolation_level=None)
            try:
                try:
                    incoming.execute("PRAGMA foreign_keys = ON")  # as every journal is opened
                    _check_backup(incoming, shown, self.settings.account)
                    if migrations.current(incoming) != migrations.head():
                        migrations.upgrade(incoming)
                    incoming.execute("PRAGMA journal_mode = DELETE")
                except sqlite3.DatabaseError as exc:
                    raise InvalidInput(messages.RESTORE_NOT_JOURNAL.format(path=shown)) from exc
                self.backup_to(keep)
                with self._lock:
                    try:
                        incoming.backup(self._conn)
                        if self._conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                            self._conn.execute("PRAGMA journal_mode = WAL")
                    except sqlite3.Error as exc:
                        raise _storage_error(exc, self.path) from exc
                    finally:
                        self._writes += 1
                    self.account_id = self._account(self.settings.account)
            finally:
                incoming.close()
        finally:
            for suffix in ("", "-journal", "-wal", "-shm"):
                scratch.with_name(scratch.name + suffix).unlink(missing_ok=True)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _storage_error(exc: sqlite3.Error, path: Path) -> StorageError | Locked:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return Locked(messages.DB_LOCKED)
    return StorageError(messages.DB_OPEN_FAILED.format(path=path, reason=text.rstrip(".")))


def _check_backup(conn: sqlite3.Connection, shown: str, account: str) -> None:
    """Refuse anything but a whole bondlens journal this release can read (``shown``: the
    file as the person knows it)."""
    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise InvalidInput(messages.RESTORE_NOT_JOURNAL.format(path=shown))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"schema_migrations", "account", "person", "entry"} <= tables:
        raise InvalidInput(messages.RESTORE_NOT_JOURNAL.format(path=shown))
    found, known = migrations.current(conn), migrations.head()
    if found > known:
        raise InvalidInput(messages.RESTORE_TOO_NEW.format(path=shown, found=found, known=known))
    if conn.execute("SELECT 1 FROM account WHERE name = ?", (account,)).fetchone() is None:
        raise InvalidInput(messages.RESTORE_NO_ACCOUNT.format(path=shown, account=account))
