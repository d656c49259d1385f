"""Turning SQLite rows into the frozen records of `journal.models`."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime

from journal.models import BodyNote, Entry, Feeling, StrategyAttempt
from journal.store.grouped import feeling_rows, grouped, tags_by_entry
from journal.timeutil import from_iso


def optional_time(value: str | None) -> datetime | None:
    """Parse a stored time that may be missing."""
    return from_iso(value) if value else None


def feelings_from(rows: Iterable[tuple]) -> tuple[Feeling, ...]:
    """Feelings from the (word, family, intensity, custom) rows of `grouped.feeling_rows`."""
    return tuple(
        Feeling(word, family, intensity, bool(custom)) for word, family, intensity, custom in rows
    )


def feelings_by_entry(
    conn: sqlite3.Connection, ids: Sequence[int]
) -> dict[int, tuple[Feeling, ...]]:
    """The feelings of several entries at once, in the order they were named."""
    return {entry_id: feelings_from(rows) for entry_id, rows in feeling_rows(conn, ids).items()}


def body_notes_by_entry(
    conn: sqlite3.Connection, ids: Sequence[int]
) -> dict[int, tuple[BodyNote, ...]]:
    """The body notes of several entries at once, in the order they were noted."""
    return grouped(
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
            body_nothing=bool(row["body_nothing"]),
            tags=tags.get(row["id"], ()),
        )
        for row in rows
    ]


def attempt_from_row(row: sqlite3.Row) -> StrategyAttempt:
    """A strategy attempt from its row in `strategy_attempts`."""
    return StrategyAttempt(
        id=row["id"],
        strategy_id=row["strategy_id"],
        started_at=from_iso(row["started_at"]),
        numbness_before=row["numbness_before"],
        numbness_after=row["numbness_after"],
        note=row["note"],
    )
