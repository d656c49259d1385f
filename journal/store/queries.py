"""Reading entries a page at a time: filters, full-text search and counts.

Only the rows on screen are ever fetched. Search walks the FTS index by rowid,
which is the entry's time, so newest-first results need no sort.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from journal.models import Entry, EntryFilter, EntrySummary, first_line
from journal.store.base import Connection
from journal.store.fts import HIGHLIGHT_END, HIGHLIGHT_START, fts_query
from journal.store.rows import entries_from_rows, feelings_by_entry, tags_by_entry
from journal.store.text import normalise_tag, normalise_word
from journal.timeutil import from_iso, sort_key

SNIPPET_MAX_CHARS = 10_000
"""Longer entries are listed by their first line: FTS5's snippet() takes time that grows with
the text times its matches (minutes for a megabyte), and the list must never freeze."""
_SNIPPET = (
    f"CASE WHEN length(e.text) > {SNIPPET_MAX_CHARS} THEN NULL "
    f"ELSE snippet(entry_fts, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 12) END"
)


class _Plan:
    """The FROM, WHERE and parameters for one filter, shared by count and page."""

    def __init__(self, wanted: EntryFilter) -> None:
        self.params: list[object] = []
        self.clauses: list[str] = []
        self.match = fts_query(wanted.text) if wanted.text.strip() else None
        self.empty = bool(wanted.text.strip()) and self.match is None
        key = "entry_fts.rowid" if self.match else "e.sort_key"
        if self.match:
            self.source = "entry_fts CROSS JOIN entries e ON e.sort_key = entry_fts.rowid"
            self.clauses.append("entry_fts MATCH ?")
            self.params.append(self.match)
        else:
            self.source = "entries e"
        self.clauses.append(
            "e.trashed_at IS NOT NULL" if wanted.trashed else "e.trashed_at IS NULL"
        )
        if wanted.since is not None:
            self._add(f"{key} >= ?", sort_key(wanted.since))
        if wanted.until is not None:
            self._add(f"{key} < ?", sort_key(wanted.until))
        self._exists("feelings", "word", [normalise_word(w) for w in wanted.words])
        self._exists("feelings", "family", list(wanted.families))
        self._exists("entry_tags", "tag", [normalise_tag(t) for t in wanted.tags])
        if wanted.numbness_min is not None:
            self._add("e.numbness >= ?", wanted.numbness_min)
        if wanted.numbness_max is not None:
            self._add("e.numbness <= ?", wanted.numbness_max)
        if wanted.strategy_days:
            self.clauses.append("e.day IN (SELECT day FROM strategy_attempts)")
        self.order = f"{key} DESC"

    def _add(self, clause: str, value: object) -> None:
        self.clauses.append(clause)
        self.params.append(value)

    def _exists(self, table: str, column: str, values: list[str]) -> None:
        values = [value for value in values if value]
        if values:
            marks = ",".join("?" * len(values))
            self.clauses.append(
                f"EXISTS (SELECT 1 FROM {table} x WHERE x.entry_id = e.id "
                f"AND x.{column} IN ({marks}))"
            )
            self.params.extend(values)

    @property
    def where(self) -> str:
        return " AND ".join(self.clauses)


class EntryQueries:
    """Read-only views of the journal for History, the command line and exports."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def count(self, wanted: EntryFilter = EntryFilter()) -> int:
        """How many entries match: the length of the History list."""
        plan = _Plan(wanted)
        if plan.empty:
            return 0
        sql = f"SELECT count(*) FROM {plan.source} WHERE {plan.where}"
        return self._c.conn.execute(sql, plan.params).fetchone()[0]

    def page(
        self, wanted: EntryFilter = EntryFilter(), offset: int = 0, limit: int = 50
    ) -> list[EntrySummary]:
        """Entries `offset` to `offset + limit` of the newest-first list, as summaries."""
        plan = _Plan(wanted)
        if plan.empty:
            return []
        snippet = _SNIPPET if plan.match else "NULL"
        sql = (
            f"SELECT e.id, e.created_at, e.numbness, "
            f"substr(ltrim(e.text, char(10, 13, 32, 9)), 1, 300) AS head, {snippet} AS snippet "
            f"FROM {plan.source} WHERE {plan.where} ORDER BY {plan.order} LIMIT ? OFFSET ?"
        )
        rows = self._c.conn.execute(sql, [*plan.params, limit, offset]).fetchall()
        return self._summaries(rows)

    def _summaries(self, rows: list[sqlite3.Row]) -> list[EntrySummary]:
        ids = [row["id"] for row in rows]
        feelings = feelings_by_entry(self._c.conn, ids)
        tags = tags_by_entry(self._c.conn, ids)
        return [
            EntrySummary(
                id=row["id"],
                created_at=from_iso(row["created_at"]),
                numbness=row["numbness"],
                feelings=feelings.get(row["id"], ()),
                tags=tags.get(row["id"], ()),
                first_line=first_line(row["head"]),
                snippet=row["snippet"],
            )
            for row in rows
        ]

    def entries(self, wanted: EntryFilter = EntryFilter(), limit: int | None = None) -> list[Entry]:
        """Whole entries matching the filter, newest first (for the CLI and exports)."""
        return list(self.iter_entries(wanted, limit=limit))

    def iter_entries(
        self, wanted: EntryFilter = EntryFilter(), limit: int | None = None, batch: int = 500
    ) -> Iterator[Entry]:
        """Whole entries, newest first, fetched a batch at a time to keep memory flat."""
        plan = _Plan(wanted)
        if plan.empty:
            return
        offset = 0
        while limit is None or offset < limit:
            size = batch if limit is None else min(batch, limit - offset)
            sql = (
                f"SELECT e.* FROM {plan.source} WHERE {plan.where} "
                f"ORDER BY {plan.order} LIMIT ? OFFSET ?"
            )
            rows = self._c.conn.execute(sql, [*plan.params, size, offset]).fetchall()
            yield from entries_from_rows(self._c.conn, rows)
            if len(rows) < size:
                return
            offset += size
