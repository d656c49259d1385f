"""A journal its owner made read-only: it can be read, is never written, and Thaw says so.

A person may take the write permission off their journal (`chmod 400`) to keep it as
it is. Thaw never gives that permission back. Commands that only read (list, search,
export, report, check, backup) go on working; anything that would save (the app, add,
import, restore) stops before starting, with one plain sentence saying why and how
to make the journal writable again. The owner's write bit decides, so the answer is
the same for every user, root included.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from journal.store.errors import JournalUnavailableError


class ReadOnlyJournalError(JournalUnavailableError):
    """The journal's file is read-only, so nothing can be saved to it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"Your journal at {path} is read-only, so nothing can be saved to it, and nothing "
            f"was changed. `journal list`, `search` and `export` can still read it; "
            f"`chmod u+w {path}` makes it writable again."
        )


def is_read_only(path: Path) -> bool:
    """True for an existing file without its owner's write permission, or not writable here."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not mode & stat.S_IWUSR or not os.access(path, os.W_OK)


def refuse_if_read_only(path: Path) -> None:
    """Stop before work that would end in saving to `path`, if the journal there is read-only."""
    if is_read_only(path):
        raise ReadOnlyJournalError(path)


def connect_read_only(
    path: Path, *, timeout: float = 5.0, check_same_thread: bool = True
) -> sqlite3.Connection:
    """A connection that can never change the file (it may add -wal/-shm beside it)."""
    uri = f"{path.absolute().as_uri()}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=check_same_thread)
