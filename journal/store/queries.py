"""Reading entries a page at a time: filters, full-text search and counts.

Only the rows on screen are ever fetched. The SQL for a filter is built by
`journal.store.plan` and list rows are read by `journal.store.summaries`;
this module turns them into the models' records.
"""

from __future__ import annotations

from collections.abc import Iterator

from journal.lines import first_line
from journal.models import Entry, EntryFilter, EntrySummary
from journal.snippet import SNIPPET_WIDTH
from journal.store import summaries
from journal.store.base import Connection
from journal.store.plan import QueryPlan
from journal.store.rows import entries_from_rows, feelings_from
from journal.timeutil import from_iso


class EntryQueries:
    """Read-only views of the journal for History, the command line and exports."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def count(self, wanted: EntryFilter = EntryFilter()) -> int:
        """How many entries match: the length of the History list."""
        return summaries.count(self._c.conn, QueryPlan.of(wanted))

    def page(
        self, wanted: EntryFilter = EntryFilter(), offset: int = 0, limit: int = 50
    ) -> list[EntrySummary]:
        """Entries `offset` to `offset + limit` of the newest-first list, as summaries."""
        rows = summaries.summary_rows(self._c.conn, QueryPlan.of(wanted), offset, limit)
        return [
            EntrySummary(
                id=row.id,
                created_at=from_iso(row.created_at),
                numbness=row.numbness,
                feelings=feelings_from(row.feelings),
                tags=row.tags,
                first_line=first_line(row.head),
                snippet=row.snippet,
                words_found=row.words_found(),
            )
            for row in rows
        ]

    def listed_rows(
        self,
        wanted: EntryFilter = EntryFilter(),
        limit: int | None = None,
        *,
        marked: bool = True,
        width: int = SNIPPET_WIDTH,
    ) -> Iterator[summaries.ListedRow]:
        """What `journal list` and `search` print of each entry, as plain values read as
        they are printed; snippets cut as `summaries.iter_listed_rows` says."""
        plan = QueryPlan.of(wanted)
        return summaries.iter_listed_rows(self._c.conn, plan, limit, marked=marked, width=width)

    def entries(self, wanted: EntryFilter = EntryFilter(), limit: int | None = None) -> list[Entry]:
        """Whole entries matching the filter, newest first (for the CLI and exports)."""
        return list(self.iter_entries(wanted, limit=limit))

    def iter_entries(
        self, wanted: EntryFilter = EntryFilter(), limit: int | None = None, batch: int = 500
    ) -> Iterator[Entry]:
        """Whole entries, newest first, from one query read a batch at a time (memory stays
        flat, and no batch walks past the ones before it again)."""
        plan = QueryPlan.of(wanted)
        if plan.empty:
            return
        cursor = self._c.conn.execute(plan.select("e.*"), plan.params_for(limit))
        while rows := cursor.fetchmany(batch):
            yield from entries_from_rows(self._c.conn, rows)
