"""Backups of the journal file, restoring one, and checking the file's health.

Backups live in `backups/` beside the journal, named `<stem>-<YYYYmmdd-HHMMSS>.db`
(with `-2`, `-3`... for more in the same second: see backup_names), each 0600 in a
0700 folder. They are made with SQLite's online backup API, so a backup is
consistent even while the app is writing. A copy that fails SQLite's quick check is
thrown away rather than kept, so a damaged journal never pushes good backups out,
and no backup ever replaces another.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from journal.paths import create_private_file, ensure_private_dir, make_private
from journal.store.backup_names import (
    STAMP,
    backup_folder,
    backup_name,
    backup_time,
    backups_of,
    move_to_free_name,
    next_number,
    numbered,
)
from journal.store.errors import JournalError
from journal.store.probe import not_a_database
from journal.store.read_only import connect_read_only, refuse_if_read_only
from journal.store.schema import MIGRATION_SET

KEEP = 7
"""How many backups are kept; older ones are deleted after each new backup."""


class BackupError(JournalError):
    """A backup could not be made, read or restored; the message says why in plain words."""


@dataclass(frozen=True)
class Health:
    """What `journal check` found: whether the file is sound, and what it holds."""

    ok: bool
    problems: tuple[str, ...] = ()
    entries: int = 0
    newest: str | None = None
    """When the newest entry was written (ISO text), or None."""


def _copy(source: Path, target: sqlite3.Connection) -> None:
    """Copy the database at `source` into `target` with the online backup API."""
    src = connect_read_only(source)
    try:
        src.backup(target)
    finally:
        src.close()


def make_backup(path: Path, now: datetime | None = None, keep: int | None = KEEP) -> Path:
    """Back up the journal at `path` now; return the new backup.

    Then only the newest `keep` backups are kept (all of them when `keep` is None).
    """
    moment = now or datetime.now()
    folder = backup_folder(path)
    partial_copy: Path | None = None
    try:
        ensure_private_dir(folder)
        handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".partial", dir=folder)
        os.close(handle)
        partial_copy = Path(name)
        copy = sqlite3.connect(partial_copy)
        try:
            _copy(path, copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
        if verdict != "ok":
            raise BackupError(f"{path} looks damaged ({verdict}), so no backup was made of it.")
        make_private(partial_copy)
        name_for = partial(backup_name, path, moment)
        target = move_to_free_name(partial_copy, name_for, next_number(path, moment))
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"Thaw could not back up {path}: {error}.") from error
    finally:
        if partial_copy is not None:
            partial_copy.unlink(missing_ok=True)
    for old in backups_of(path)[keep:] if keep is not None else ():
        old.unlink(missing_ok=True)
    return target


def daily_backup(path: Path, now: datetime | None = None) -> Path | None:
    """Make a backup unless one was already made today; return it, or None if skipped."""
    moment = now or datetime.now()
    existing = backups_of(path)
    newest = backup_time(existing[0]) if existing else None
    if newest is not None and newest.date() == moment.date():
        return None
    return make_backup(path, moment)


def check_health(path: Path) -> Health:
    """Run SQLite's integrity check and count the entries, without changing the file."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as error:
        return Health(False, (f"it could not be opened ({error})",))
    try:
        problems = tuple(row[0] for row in conn.execute("PRAGMA integrity_check"))
        if problems != ("ok",):
            return Health(False, problems)
        if not _is_thaw(conn):
            return Health(False, ("it is an SQLite database, but not a Thaw journal",))
        count, newest = conn.execute(
            "SELECT count(*), max(created_at) FROM entries WHERE trashed_at IS NULL"
        ).fetchone()
        return Health(True, entries=count, newest=newest)
    except sqlite3.Error as error:
        problem = "it is not an SQLite database" if not_a_database(error) else str(error)
        return Health(False, (problem,))
    finally:
        conn.close()


def _is_thaw(conn: sqlite3.Connection) -> bool:
    """True when Thaw's migrations are recorded in the file."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'"
    ).fetchone()
    return bool(has_table) and bool(
        conn.execute(
            "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
        ).fetchone()
    )


def restore_backup(backup: Path, path: Path, now: datetime | None = None) -> Path | None:
    """Put the backup's contents in place of the journal at `path`.

    The journal being replaced is never lost: a sound one is first backed up as
    usual; one that cannot be read is renamed aside with `.unreadable-<time>`. A
    journal its owner made read-only is left alone (ReadOnlyJournalError).
    Returns where the old journal was kept (None if there was none).
    """
    refuse_if_read_only(path)
    health = check_health(backup)
    if not health.ok:
        raise BackupError(f"{backup} cannot be restored: {health.problems[0]}.")
    moment = now or datetime.now()
    kept = _keep_current(path, moment)
    try:
        if not path.exists():
            ensure_private_dir(path.parent)
            create_private_file(path)
        target = sqlite3.connect(path)
        try:
            _copy(backup, target)
            target.execute("PRAGMA journal_mode=WAL")
        finally:
            target.close()
        make_private(path)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"Thaw could not restore {backup} to {path}: {error}.") from error
    return kept


def _keep_current(path: Path, moment: datetime) -> Path | None:
    """Save the journal about to be replaced: a backup if it is sound, else set it aside."""
    if not path.exists():
        return None
    if check_health(path).ok:
        return make_backup(path, moment, keep=None)  # never prune the backup being restored
    name = f"{path.name}.unreadable-{moment.strftime(STAMP)}"
    aside = move_to_free_name(path, lambda number: path.with_name(numbered(name, number)))
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    return aside
