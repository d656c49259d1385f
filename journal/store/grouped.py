"""Reading a child table (feelings, tags, body notes) for many entries in one query."""

from __future__ import annotations

from collections import defaultdict

TYPE_CHECKING = False  # the typing module costs a few ms; quick commands skip it
if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable, Iterable, Sequence
    from typing import TypeVar

    T = TypeVar("T")


def grouped(
    conn: sqlite3.Connection,
    select: str,
    ids: Sequence[int],
    order: str,
    make: Callable[[sqlite3.Row], T],
) -> dict[int, tuple[T, ...]]:
    """Rows of a child table for several entries at once, grouped by entry id.

    `select` names the columns after entry_id and the table, such as
    "word, family FROM feelings"; `make` turns a row into a record.
    """
    rows_by_entry: dict[int, list[T]] = defaultdict(list)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT entry_id, {select} WHERE entry_id IN ({marks}) ORDER BY entry_id, {order}"
        for row in conn.execute(sql, chunk):
            rows_by_entry[row[0]].append(make(row))
    return {key: tuple(value) for key, value in rows_by_entry.items()}


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    """Split ids so no query passes SQLite's limit on parameters."""
    ids = list(ids)
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def feeling_rows(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[tuple, ...]]:
    """Each entry's feelings as (word, family, intensity, custom) tuples, in naming order."""
    return grouped(
        conn, "word, family, intensity, custom FROM feelings", ids, "position, id", _after_id
    )


def tags_by_entry(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """The tags of several entries at once, alphabetically."""
    return grouped(conn, "tag FROM entry_tags", ids, "tag", lambda row: row[1])


def _after_id(row: sqlite3.Row) -> tuple:
    """A child row without its leading entry_id."""
    return tuple(row)[1:]
