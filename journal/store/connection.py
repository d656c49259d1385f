"""Opening the journal file safely: checks first, then WAL and full sync.

Reading commands use the plain `sqlite3` connection so that they start fast;
sqlite-utils is loaded only when something is written or migrated.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from journal.paths import create_private_file, ensure_private_dir, make_private
from journal.store.backup_names import backup_folder, newest_first
from journal.store.errors import JournalUnavailableError, NotAJournalError
from journal.store.probe import not_a_database
from journal.store.read_only import ReadOnlyJournalError, connect_read_only, is_read_only
from journal.store.reader import BUSY_TIMEOUT_SECONDS
from journal.store.schema import MIGRATION_SET, pending_migration_names


def backups_for(path: Path) -> list[Path]:
    """The backups kept beside a journal, newest first, to name in error messages.

    Any `<stem>-*.db` there counts, Thaw's own and copies a person named that way.
    """
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    return newest_first(list(folder.glob(f"{path.stem}-*.db")))


def _has_thaw_migrations(conn: sqlite3.Connection) -> bool:
    """True when Thaw's migrations are recorded: every journal has them from its first save.

    A table merely named `entries` or `_sqlite_migrations` is not enough; other
    programs use those names too, and their files must never be migrated.
    """
    try:
        row = conn.execute(
            "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ? LIMIT 1", (MIGRATION_SET,)
        ).fetchone()
    except sqlite3.OperationalError as error:
        if "no such" in str(error):  # no such table / column: someone else's file
            return False
        raise
    return row is not None


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged database, or someone else's database, before changing anything."""
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        ours = bool(names) and _has_thaw_migrations(conn)
    except sqlite3.OperationalError as error:
        raise JournalUnavailableError(
            f"Thaw could not read {path} ({error}). Is its folder read-only?"
        ) from error
    except sqlite3.DatabaseError as error:
        if not_a_database(error):  # SQLite's own verdict: never open() it (journal.store.probe)
            raise NotAJournalError(path, "is not a journal database", backups_for(path)) from error
        raise NotAJournalError(path, f"looks damaged ({error})", backups_for(path)) from error
    if names and not ours:
        raise NotAJournalError(path, "is an SQLite database, but not a Thaw journal")


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, waiting while another process holds the file.

    Two processes opening a brand-new journal at once both switch it to WAL, and
    SQLite answers the loser "database is locked" at once, without its busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    delay = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read the journal its owner made read-only."""
    try:
        conn = connect_read_only(path, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
    except sqlite3.Error as error:
        raise JournalUnavailableError(f"Thaw could not open {path}: {error}.") from error
    try:
        _check_schema(conn, path)
        if pending_migration_names(conn):
            raise JournalUnavailableError(
                f"Your journal at {path} is read-only, and this version of Thaw must update "
                f"it before reading it. `chmod u+w {path}` lets it do that."
            )
        conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
    except BaseException:
        conn.close()
        raise
    make_private(path)
    return conn


def connect(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """Open `path` as a journal connection, creating a private file when allowed.

    The file is validated before any pragma is set, so a foreign or damaged file
    is never modified. The folder is created 0700 and the file 0600; SQLite gives
    the -wal and -shm files the same mode as the database file. Permissions are only
    ever narrowed (see journal.paths).

    A caller that may create the journal means to write in it: a read-only journal
    is refused for it (ReadOnlyJournalError), and opened read-only for the others.
    """
    exists = path.exists()
    if exists:
        if path.is_dir():
            raise JournalUnavailableError(f"{path} is a folder, not a journal file.")
        if is_read_only(path):
            if create:
                raise ReadOnlyJournalError(path)
            return _open_read_only(path)
    elif not create:
        raise JournalUnavailableError(f"There is no journal at {path}.")
    else:
        try:
            ensure_private_dir(path.parent)
            create_private_file(path)
        except OSError as error:
            raise JournalUnavailableError(
                f"Thaw could not create a journal at {path}: {error.strerror or error}."
            ) from error
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False)
    except sqlite3.Error as error:
        raise JournalUnavailableError(f"Thaw could not open {path}: {error}.") from error
    try:
        _check_schema(conn, path)
        make_private(path)
        _use_wal(conn)
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
    except NotAJournalError:
        conn.close()
        raise
    except sqlite3.OperationalError as error:
        conn.close()
        raise JournalUnavailableError(
            f"Thaw could not open {path} for writing ({error}). "
            "Is the folder read-only, or the disk full?"
        ) from error
    for suffix in ("-wal", "-shm"):
        make_private(path.with_name(path.name + suffix))
    return conn
