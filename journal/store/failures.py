"""What a failed write to the journal can raise, for callers that must never lose a person's work.

The UI catches these around saves and autosaves so a full disk or a journal locked for
too long becomes a gentle message, with the words kept on screen, never a crash.
"""

from __future__ import annotations

import sqlite3

from journal.store.errors import JournalError

WRITE_FAILURES: tuple[type[Exception], ...] = (sqlite3.Error, OSError, JournalError)
"""Errors a write can end with once the journal is open: database, disk, or journal trouble."""
