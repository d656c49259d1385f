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

BUSY_TIMEOUT_SECONDS = 15.0


def _uri(path: str) -> str:
    """An SQLite URI that opens an existing file only (never creates one) for reading and
    writing, as the app's own connections do. The file is never opened with open(): see
    journal.store.probe."""
    escaped = path.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{escaped}?mode=rw"


def open_for_reading(path: str) -> sqlite3.Connection | None:
    """A connection to the current Thaw journal at `path`, or None to take the full path."""
    try:
        conn = sqlite3.connect(_uri(path), uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error:
        return None
    try:
        if not pending_migration_names(conn):
            return conn
    except sqlite3.Error:
        pass
    conn.close()
    return None
