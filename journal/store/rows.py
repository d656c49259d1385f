"""Turning SQLite rows into the frozen records of `journal.models`."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TypeVar

from journal.models import BodyNote, Entry, Feeling
from journal.timeutil import from_iso

T = TypeVar("T")


def optional_time(value: str | None) -> datetime | None:
    """Parse a stored time that may be missing."""
    return from_iso(value) if value else None


def _grouped(
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
    grouped: dict[int, list[T]] = defaultdict(list)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT entry_id, {select} WHERE entry_id IN ({marks}) ORDER BY entry_id, {order}"
        for row in conn.execute(sql, chunk):
            grouped[row[0]].append(make(row))
    return {key: tuple(value) for key, value in grouped.items()}


def feelings_by_entry(
    conn: sqlite3.Connection, ids: Sequence[int]
) -> dict[int, tuple[Feeling, ...]]:
    """The feelings of several entries at once, in the order they were named."""
    return _grouped(
        conn,
        "word, family, intensity, custom FROM feelings",
        ids,
        "position, id",
        lambda row: Feeling(row[1], row[2], row[3], bool(row[4])),
    )


def tags_by_entry(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """The tags of several entries at once, alphabetically."""
    return _grouped(conn, "tag FROM entry_tags", ids, "tag", lambda row: row[1])


def body_notes_by_entry(
    conn: sqlite3.Connection, ids: Sequence[int]
) -> dict[int, tuple[BodyNote, ...]]:
    """The body notes of several entries at once, in the order they were noted."""
    return _grouped(
        conn,
        "region, sensation FROM body_notes",
        ids,
        "position, id",
        lambda row: BodyNote(row[1], row[2]),
    )


def entries_from_rows(conn: sqlite3.Connection, rows: Iterable[sqlite3.Row]) -> list[Entry]:
    """Whole entries, with feelings, body notes and tags, from `entries` rows."""
    rows = list(rows)
    ids = [row["id"] for row in rows]
    feelings = feelings_by_entry(conn, ids)
    notes = body_notes_by_entry(conn, ids)
    tags = tags_by_entry(conn, ids)
    return [
        Entry(
            id=row["id"],
            created_at=from_iso(row["created_at"]),
            updated_at=from_iso(row["updated_at"]),
            text=row["text"],
            numbness=row["numbness"],
            energy=row["energy"],
            pleasantness=row["pleasantness"],
            prompt_id=row["prompt_id"],
            prompt_text=row["prompt_text"],
            could_not_name=bool(row["could_not_name"]),
            trashed_at=optional_time(row["trashed_at"]),
            feelings=feelings.get(row["id"], ()),
            body_notes=notes.get(row["id"], ()),
            tags=tags.get(row["id"], ()),
        )
        for row in rows
    ]


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    """Split ids so no query passes SQLite's limit on parameters."""
    ids = list(ids)
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
