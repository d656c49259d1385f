"""Reading the whole journal in time order, and writing an import all at once.

Exports read entries oldest first, a batch at a time, so even a very large
journal is written out with flat memory. An import is written in a single
transaction: either every record in the file is saved, or none is.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from journal.models import Entry, StrategyAttempt
from journal.store.base import Connection
from journal.store.entries import EntryStore
from journal.store.rows import attempt_from_row, entries_from_rows
from journal.store.text import storable
from journal.timeutil import from_iso, local_day, sort_key, to_iso

if TYPE_CHECKING:
    from journal.store.imported import ImportedAttempt, ImportedContact, ImportedEntry

MICROSECONDS = 1_000_000


def _window(since: datetime | None, until: datetime | None) -> tuple[str, list[int]]:
    """SQL conditions and parameters for `key >= since AND key < until`."""
    clauses, params = [], []
    if since is not None:
        clauses.append("sort_key >= ?")
        params.append(sort_key(since))
    if until is not None:
        clauses.append("sort_key < ?")
        params.append(sort_key(until))
    return "".join(f" AND {clause}" for clause in clauses), params


class TransferStore:
    """What export and import need beyond the everyday store."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection
        self._entries = EntryStore(connection)

    def entries_oldest_first(
        self, since: datetime | None = None, until: datetime | None = None, batch: int = 500
    ) -> Iterator[Entry]:
        """Whole entries outside the trash, oldest first; `since` inclusive, `until` not."""
        where, params = _window(since, until)
        after = ""
        while True:
            rows = self._c.query(
                f"SELECT * FROM entries WHERE trashed_at IS NULL{where}{after} "
                "ORDER BY sort_key LIMIT ?",
                (*params, batch),
            )
            yield from entries_from_rows(self._c.conn, rows)
            if len(rows) < batch:
                return
            after = f" AND sort_key > {int(rows[-1]['sort_key'])}"

    def first_moment(self) -> datetime | None:
        """When the oldest entry outside the trash was written, or None in an empty journal."""
        rows = self._c.query(
            "SELECT created_at FROM entries WHERE trashed_at IS NULL ORDER BY sort_key LIMIT 1"
        )
        return from_iso(rows[0][0]) if rows else None

    def attempts_oldest_first(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> list[StrategyAttempt]:
        """Strategy attempts in the order they were made; `since` inclusive, `until` not."""
        rows = self._c.query("SELECT * FROM strategy_attempts")
        attempts = [attempt_from_row(row) for row in rows]
        attempts.sort(key=lambda attempt: (sort_key(attempt.started_at), attempt.id))
        return [
            a
            for a in attempts
            if (since is None or a.started_at >= since) and (until is None or a.started_at < until)
        ]

    def entry_fingerprints(self) -> list[tuple[int, str]]:
        """(second, text) of every entry, trashed or not, to tell what is already here."""
        rows = self._c.query("SELECT sort_key, text FROM entries")
        return [(row[0] // MICROSECONDS, row[1]) for row in rows]

    def attempt_fingerprints(self) -> list[tuple[int, str, int | None, int | None, str]]:
        """(second, strategy, before, after, note) of every strategy attempt."""
        rows = self._c.query(
            "SELECT started_at, strategy_id, numbness_before, numbness_after, note "
            "FROM strategy_attempts"
        )
        return [
            (sort_key(from_iso(row[0])) // MICROSECONDS, row[1], row[2], row[3], row[4])
            for row in rows
        ]

    def contact_fingerprints(self) -> list[tuple[str, str, str]]:
        """(name, reach, note) of every contact."""
        return [tuple(row) for row in self._c.query("SELECT name, reach, note FROM contacts")]

    def add_all(
        self,
        entries: Sequence[ImportedEntry],
        attempts: Sequence[ImportedAttempt] = (),
        contacts: Sequence[ImportedContact] = (),
    ) -> None:
        """Save everything in one transaction, in the order given."""
        self._c.transact(lambda: self._write(entries, attempts, contacts))

    def _write(
        self,
        entries: Sequence[ImportedEntry],
        attempts: Sequence[ImportedAttempt],
        contacts: Sequence[ImportedContact],
    ) -> None:
        conn = self._c.conn
        for item in entries:
            entry_id = self._entries.insert(item.entry)
            if item.updated_at is not None:
                conn.execute(
                    "UPDATE entries SET updated_at = ? WHERE id = ?",
                    (to_iso(item.updated_at), entry_id),
                )
        conn.executemany(
            "INSERT INTO strategy_attempts "
            "(strategy_id, started_at, day, numbness_before, numbness_after, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    storable(a.strategy_id),
                    to_iso(a.started_at),
                    local_day(a.started_at),
                    a.numbness_before,
                    a.numbness_after,
                    storable(a.note),
                )
                for a in attempts
            ],
        )
        now = to_iso(self._c.now())
        conn.executemany(
            "INSERT INTO contacts (name, reach, note, created_at) VALUES (?, ?, ?, ?)",
            [(storable(c.name), storable(c.reach), storable(c.note), now) for c in contacts],
        )
