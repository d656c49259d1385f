"""What a failed write to the journal can raise, for callers that must never lose a person's work.

The UI catches these around saves and autosaves so a full disk or a journal locked for
too long becomes a gentle message, with the words kept on screen, never a crash.
"""

from __future__ import annotations

import sqlite3

from journal.store.errors import JournalError

WRITE_FAILURES: tuple[type[Exception], ...] = (sqlite3.Error, OSError, JournalError)
"""Errors a write can end with once the journal is open: database, disk, or journal trouble."""

DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def is_damage(error: BaseException) -> bool:
    """True when SQLite says the file itself is damaged (not locked, full or read-only)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return isinstance(error, sqlite3.DatabaseError) and name.startswith(DAMAGE_CODES)
