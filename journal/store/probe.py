"""Asking whether a file is an SQLite database through SQLite, never by opening it ourselves.

POSIX file locks belong to a process, not to a descriptor: closing *any* descriptor
of a file drops every lock the process holds on it, including those of an open
SQLite connection. Thaw once read a journal's first bytes with open() while the app
held it open (Trends opens a second connection in a thread). The app's locks went
with that close; the next `journal list` then took the journal for unused, folded
its WAL into the file and deleted it, and every later save of the app went into the
deleted WAL and was lost. SQLite's own connections share their descriptors within a
process and keep them until no lock needs them, so asking SQLite is always safe.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from journal.store.read_only import connect_read_only


def not_a_database(error: sqlite3.Error) -> bool:
    """Whether SQLite's error says the file is not a database at all (SQLITE_NOTADB)."""
    return getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB"


def is_foreign_file(path: Path) -> bool:
    """True when `path` holds something other than an SQLite database (an empty file is
    not foreign: it becomes a journal). Other troubles are left to whoever opens it next."""
    if path.stat().st_size == 0:
        return False
    try:
        probe = connect_read_only(path)
    except sqlite3.Error:
        return False
    try:
        probe.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.Error as error:
        return not_a_database(error)
    finally:
        probe.close()
    return False
