"""The rows of a list of entries (History, `journal list`, `journal search`), as plain values.

One query per page: when, numbness, the text's opening and the search snippet,
then the feelings and tags of the page's entries. Nothing here builds the
models' records, so the quick read commands start without loading them;
`EntryQueries.page` turns these rows into `EntrySummary` records for History.
"""

from __future__ import annotations

from journal.store.fts import HIGHLIGHT_END, HIGHLIGHT_START
from journal.store.grouped import feeling_rows, tags_by_entry

TYPE_CHECKING = False  # the typing module costs a few ms; quick commands skip it
if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterator

    from journal.store.plan import QueryPlan

SNIPPET_MAX_CHARS = 10_000
"""Longer entries are listed by their first line: FTS5's snippet() takes time that grows with
the text times its matches (minutes for a megabyte), and the list must never freeze."""
_SNIPPET = (
    f"CASE WHEN length(e.text) > {SNIPPET_MAX_CHARS} THEN NULL "
    f"ELSE snippet(entry_fts, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 12) END"
)
HEAD_CHARS = 300
"""How much of the text a row reads: enough for its first line on the widest screen."""


class SummaryRow:
    """One listed entry: `feelings` holds (word, family, intensity, custom) tuples."""

    __slots__ = ("id", "created_at", "numbness", "feelings", "tags", "head", "snippet")

    def __init__(
        self,
        row: tuple,
        feelings: tuple[tuple, ...],
        tags: tuple[str, ...],
    ) -> None:
        self.id, self.created_at, self.numbness, self.head, self.snippet = row
        self.feelings = feelings
        self.tags = tags


def count(conn: sqlite3.Connection, plan: QueryPlan) -> int:
    """How many entries the plan matches: the length of the list."""
    if plan.empty:
        return 0
    sql = f"SELECT count(*) FROM {plan.source} WHERE {plan.where}"
    return conn.execute(sql, plan.params).fetchone()[0]


def _columns(plan: QueryPlan) -> str:
    """What a list row reads: when, numbness, the text's opening, and the search snippet."""
    snippet = _SNIPPET if plan.match else "NULL"
    return (
        f"e.id, e.created_at, e.numbness, "
        f"substr(ltrim(e.text, char(10, 13, 32, 9)), 1, {HEAD_CHARS}), {snippet}"
    )


def _with_children(conn: sqlite3.Connection, rows: list[tuple]) -> list[SummaryRow]:
    """The rows with their feelings and tags, read for all of them at once."""
    ids = [row[0] for row in rows]
    feelings = feeling_rows(conn, ids)
    tags = tags_by_entry(conn, ids)
    return [SummaryRow(row, feelings.get(row[0], ()), tags.get(row[0], ())) for row in rows]


def summary_rows(
    conn: sqlite3.Connection, plan: QueryPlan, offset: int, limit: int
) -> list[SummaryRow]:
    """Entries `offset` to `offset + limit` of the newest-first list (a page of History)."""
    if plan.empty:
        return []
    rows = conn.execute(plan.select(_columns(plan)), plan.params_for(limit, offset)).fetchall()
    return _with_children(conn, rows)


def iter_summary_rows(
    conn: sqlite3.Connection, plan: QueryPlan, limit: int | None, batch: int = 500
) -> Iterator[SummaryRow]:
    """Every row (or the newest `limit`) from one query, a batch at a time, so printing
    starts at once and memory stays flat however many entries match."""
    if plan.empty:
        return
    cursor = conn.execute(plan.select(_columns(plan)), plan.params_for(limit))
    while rows := cursor.fetchmany(batch):
        yield from _with_children(conn, rows)
