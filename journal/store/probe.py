"""Telling a file is not a database from SQLite's own verdict, never by opening it ourselves.

POSIX file locks belong to a process, not to a descriptor: closing *any* descriptor
of a file drops every lock the process holds on it, including those of an open
SQLite connection. Thaw once read a journal's first bytes with open() while the app
held it open (Trends opens a second connection in a thread). The app's locks went
with that close; the next `journal list` then took the journal for unused, folded
its WAL into the file and deleted it, and every later save of the app went into the
deleted WAL and was lost. So the store reads a file only through SQLite (whose
connections share their descriptors within a process and keep them until no lock
needs them), and a foreign file is recognised by the error SQLite gives on its first
read, before anything is written.
"""

from __future__ import annotations

import sqlite3


def not_a_database(error: sqlite3.Error) -> bool:
    """Whether SQLite's error says the file is not a database at all (SQLITE_NOTADB)."""
    return getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB"
