"""Schema and migrations: a new journal gets every migration, an older one is upgraded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from journal.models import EntryFilter, NewEntry
from journal.store import open_store
from journal.store.schema import (
    MIGRATION_NAMES,
    MIGRATION_SET,
    apply_migrations,
    build_migrations,
    pending_migration_names,
)

FTS_TRIGGERS = {
    "entries_fts_insert",
    "entries_fts_delete",
    "entries_fts_update",
    "feelings_fts_insert",
    "feelings_fts_delete",
}
JOINED_TRIGGERS = {
    f"{table}_joined_{event}"
    for table in ("feelings", "entry_tags")
    for event in ("insert", "update", "delete")
}


def recorded_migrations(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT migration_set, name, applied_at FROM _sqlite_migrations ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def names_of(path: Path, kind: str) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))
        return {row[0] for row in rows}
    finally:
        conn.close()


def test_migration_names_list_every_registered_migration_in_order() -> None:
    registered = [m.name for m in build_migrations().pending(Database(memory=True))]

    assert tuple(registered) == MIGRATION_NAMES
    assert len(set(MIGRATION_NAMES)) == len(MIGRATION_NAMES)


def test_a_fresh_file_gets_every_migration_recorded(db_path: Path) -> None:
    open_store(db_path).close()

    recorded = recorded_migrations(db_path)
    assert [(s, n) for s, n, _ in recorded] == [(MIGRATION_SET, n) for n in MIGRATION_NAMES]
    conn = sqlite3.connect(db_path)
    try:
        assert pending_migration_names(conn) == []
    finally:
        conn.close()


def test_an_empty_file_has_every_migration_pending(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    try:
        assert pending_migration_names(conn) == list(MIGRATION_NAMES)
    finally:
        conn.close()


def test_reopening_applies_nothing_twice(db_path: Path) -> None:
    open_store(db_path).close()
    first = recorded_migrations(db_path)

    open_store(db_path).close()

    assert recorded_migrations(db_path) == first


def _journal_made_by_an_older_thaw(path: Path, applied: int) -> None:
    """A file with only the first `applied` migrations, and two entries written back then."""
    db = Database(path)
    apply_migrations(db, stop_before=MIGRATION_NAMES[applied])
    with db.atomic():
        db.execute(
            "INSERT INTO entries (sort_key, day, created_at, updated_at, text, numbness) "
            "VALUES (1709883000000000, '2024-03-08', '2024-03-08T08:30:00+01:00', "
            "'2024-03-08T08:30:00+01:00', 'an old lighthouse entry', 6)"
        )
        db.execute(
            "INSERT INTO entries (sort_key, day, created_at, updated_at, text) "
            "VALUES (1709969400000000, '2024-03-09', '2024-03-09T08:30:00+01:00', "
            "'2024-03-09T08:30:00+01:00', 'a second old day')"
        )
        db.conn.executemany(  # written out of naming order, as positions may be on disk
            "INSERT INTO feelings (entry_id, position, word, family, intensity) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (2, 1, "calm", "peaceful", 3),
                (1, 0, "wistful", "sadness", 2),
                (2, 0, "tired", "sad", 4),
            ],
        )
        db.conn.executemany(
            "INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)",
            [(2, "work"), (1, "sea"), (2, "home")],
        )
    db.close()


@pytest.mark.parametrize("applied", range(1, len(MIGRATION_NAMES)))
def test_an_older_journal_is_upgraded_and_keeps_its_entries(db_path: Path, applied: int) -> None:
    """Files made by each earlier schema open, keep their data and end fully migrated.

    Each later migration adds a case here automatically. The old entry is written with
    plain SQL, as the Thaw of that schema wrote it; lists show its feelings and tags.
    """
    _journal_made_by_an_older_thaw(db_path, applied)
    assert len(recorded_migrations(db_path)) == applied

    with open_store(db_path) as store:
        assert pending_migration_names(store.connection.conn) == []
        second, old = store.queries.entries()
        assert old.text == "an old lighthouse entry"
        assert old.numbness == 6
        assert [f.word for f in old.feelings] == ["wistful"]
        listed = {s.id: ([f.word for f in s.feelings], s.tags) for s in store.queries.page()}
        assert listed == {
            old.id: (["wistful"], ("sea",)),
            second.id: (["tired", "calm"], ("home", "work")),
        }
        assert [s.id for s in store.queries.page(EntryFilter(text="wistful"))] == [old.id]
        new = store.entries.add(NewEntry(text="a new harbour entry"))
        assert [s.id for s in store.queries.page(EntryFilter(text="harbour"))] == [new.id]

    assert [n for _, n, _ in recorded_migrations(db_path)] == list(MIGRATION_NAMES)
    assert FTS_TRIGGERS | JOINED_TRIGGERS <= names_of(db_path, "trigger")


def test_fts_triggers_exist_after_migration(db_path: Path) -> None:
    open_store(db_path).close()

    assert FTS_TRIGGERS <= names_of(db_path, "trigger")
    assert "entry_fts" in names_of(db_path, "table")


def test_every_table_the_store_uses_exists(db_path: Path) -> None:
    open_store(db_path).close()

    expected = {
        "entries",
        "feelings",
        "body_notes",
        "entry_tags",
        "strategy_attempts",
        "draft",
        "contacts",
        "settings",
        "entry_fts",
        "_sqlite_migrations",
    }
    assert expected <= names_of(db_path, "table")


def test_connection_uses_wal_and_full_sync(store) -> None:
    conn = store.connection.conn

    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_wal_mode_is_kept_in_the_file(db_path: Path) -> None:
    open_store(db_path).close()

    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_reading_does_not_load_sqlite_utils_until_a_write(db_path: Path) -> None:
    open_store(db_path).close()

    with open_store(db_path) as store:
        assert "db" not in vars(store.connection)  # no migration was needed
        store.queries.count()
        assert "db" not in vars(store.connection)


def test_a_journal_from_before_body_nothing_gets_the_column_and_keeps_search(
    db_path: Path,
) -> None:
    """m002 adds `entries.body_nothing` (0 for every older entry) without dropping FTS triggers."""
    _journal_made_by_an_older_thaw(db_path, MIGRATION_NAMES.index("m002_body_nothing"))

    with open_store(db_path) as store:
        _second, old = store.queries.entries()
        assert old.text == "an old lighthouse entry" and not old.body_nothing
        column = store.connection.query(
            "SELECT dflt_value, \"notnull\" FROM pragma_table_info('entries') "
            "WHERE name = 'body_nothing'"
        )
        assert [tuple(row) for row in column] == [("0", 1)]
        new = store.entries.add(NewEntry(text="a quiet harbour", body_nothing=True))
        assert store.entries.get(new.id).body_nothing
        store.entries.update(old.id, NewEntry(text="an old lighthouse entry, kept"))
        assert [s.id for s in store.queries.page(EntryFilter(text="kept"))] == [old.id]
        assert [s.id for s in store.queries.page(EntryFilter(text="harbour"))] == [new.id]

    assert FTS_TRIGGERS <= names_of(db_path, "trigger")
