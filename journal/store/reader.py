"""Opening a journal just to read it, as fast as a command can start.

`journal list` and `journal search` only read. When the file is plainly a
current Thaw journal they open it here, without sqlite-utils, the models or the
checks that guard writing; anything unusual (no file, a foreign or damaged
file, a schema that needs upgrading) returns None, and the command takes the
full path through `open_store`, which explains the problem or fixes it.
"""

from __future__ import annotations

import sqlite3

from journal.store.schema import pending_migration_names

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 15.0


def open_for_reading(path: str) -> sqlite3.Connection | None:
    """A connection to the current Thaw journal at `path`, or None to take the full path."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
    except (OSError, sqlite3.Error):
        return None
    try:
        if not pending_migration_names(conn):
            return conn
    except sqlite3.Error:
        pass
    conn.close()
    return None
