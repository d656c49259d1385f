"""The open journal: one connection, a clock, and safe write transactions."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from journal.store.schema import apply_migrations, pending_migration_names
from journal.timeutil import Clock

if TYPE_CHECKING:
    from sqlite_utils import Database

T = TypeVar("T")
LOCK_RETRIES = 8


def _is_locked(error: sqlite3.OperationalError) -> bool:
    message = str(error).lower()
    return "locked" in message or "busy" in message


class Connection:
    """Holds the SQLite connection and runs every write as one retried transaction."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, clock: Clock) -> None:
        self.conn = conn
        self.conn.row_factory = sqlite3.Row
        self.path = path
        self.clock = clock

    @cached_property
    def db(self) -> Database:
        """The sqlite-utils view of the connection, loaded only when writing."""
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

    def migrate(self) -> None:
        """Apply any pending migrations (cheap to call when there are none)."""
        if pending_migration_names(self.conn):
            self.transact(lambda: apply_migrations(self.db))

    def transact(self, work: Callable[[], T]) -> T:
        """Run `work` inside one `db.atomic()` transaction, retrying while another
        process holds the write lock, so a person never sees "database is locked"."""
        delay = 0.05
        for attempt in range(LOCK_RETRIES):
            try:
                with self.db.atomic():
                    return work()
            except sqlite3.OperationalError as error:
                if not _is_locked(error) or attempt == LOCK_RETRIES - 1:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 1.0)
        raise AssertionError("unreachable")

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        """Run a read and return all rows."""
        return self.conn.execute(sql, params).fetchall()

    def now(self) -> datetime:
        """The store's idea of now (a controllable clock in tests)."""
        return self.clock()

    def close(self) -> None:
        """Close the connection; SQLite checkpoints the WAL on a clean close."""
        self.conn.close()
