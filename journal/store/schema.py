"""Every change to the journal's tables, in order, as sqlite-utils Migrations.

A journal made by an older Thaw is upgraded in place when it is opened. Add a
new migration at the end; never edit one that has shipped. sqlite-utils'
`transform()` drops FTS triggers, so a migration that uses it must recreate them.
"""

from __future__ import annotations

import sqlite3

from journal.store import joined

TYPE_CHECKING = False  # the typing module costs a few ms; quick commands skip it
if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "thaw"
MIGRATION_NAMES = ("m001_initial", "m002_body_nothing", "m003_joined_lists", "m004_joined_triggers")
"""Names of all migrations, so a reader can tell the schema is current without sqlite-utils."""

_INITIAL_SCHEMA = """
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    sort_key INTEGER NOT NULL UNIQUE,
    day TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    numbness INTEGER CHECK (numbness BETWEEN 0 AND 10),
    energy INTEGER CHECK (energy BETWEEN 0 AND 10),
    pleasantness INTEGER CHECK (pleasantness BETWEEN 0 AND 10),
    prompt_id TEXT,
    prompt_text TEXT,
    could_not_name INTEGER NOT NULL DEFAULT 0,
    trashed_at TEXT
);
CREATE INDEX entries_by_state_and_time ON entries (trashed_at, sort_key);
CREATE INDEX entries_by_day ON entries (day);

CREATE TABLE feelings (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    word TEXT NOT NULL COLLATE NOCASE,
    family TEXT NOT NULL DEFAULT '',
    intensity INTEGER NOT NULL DEFAULT 3 CHECK (intensity BETWEEN 1 AND 5),
    custom INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX feelings_by_entry ON feelings (entry_id);
CREATE INDEX feelings_by_word ON feelings (word);
CREATE INDEX feelings_by_family ON feelings (family);

CREATE TABLE body_notes (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    region TEXT NOT NULL,
    sensation TEXT NOT NULL DEFAULT ''
);
CREATE INDEX body_notes_by_entry ON body_notes (entry_id);

CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (entry_id, tag)
);
CREATE INDEX entry_tags_by_tag ON entry_tags (tag);

CREATE TABLE strategy_attempts (
    id INTEGER PRIMARY KEY,
    strategy_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    day TEXT NOT NULL,
    numbness_before INTEGER CHECK (numbness_before BETWEEN 0 AND 10),
    numbness_after INTEGER CHECK (numbness_after BETWEEN 0 AND 10),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX strategy_attempts_by_strategy ON strategy_attempts (strategy_id);
CREATE INDEX strategy_attempts_by_day ON strategy_attempts (day);

CREATE TABLE draft (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    entry_id INTEGER,
    text TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL
);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    reach TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE VIRTUAL TABLE entry_fts USING fts5 (
    text, feelings, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
"""

FTS_TRIGGERS = """
CREATE TRIGGER IF NOT EXISTS entries_fts_insert AFTER INSERT ON entries
WHEN new.trashed_at IS NULL BEGIN
    INSERT INTO entry_fts (rowid, text, feelings) VALUES (new.sort_key, new.text, '');
END;
CREATE TRIGGER IF NOT EXISTS entries_fts_delete AFTER DELETE ON entries BEGIN
    DELETE FROM entry_fts WHERE rowid = old.sort_key;
END;
CREATE TRIGGER IF NOT EXISTS entries_fts_update
AFTER UPDATE OF text, sort_key, trashed_at ON entries BEGIN
    DELETE FROM entry_fts WHERE rowid = old.sort_key;
    INSERT INTO entry_fts (rowid, text, feelings)
    SELECT new.sort_key, new.text,
           coalesce((SELECT group_concat(word, ' ') FROM feelings WHERE entry_id = new.id), '')
    WHERE new.trashed_at IS NULL;
END;
CREATE TRIGGER IF NOT EXISTS feelings_fts_insert AFTER INSERT ON feelings BEGIN
    UPDATE entry_fts
    SET feelings = (SELECT group_concat(word, ' ') FROM feelings WHERE entry_id = new.entry_id)
    WHERE rowid = (SELECT sort_key FROM entries WHERE id = new.entry_id);
END;
CREATE TRIGGER IF NOT EXISTS feelings_fts_delete AFTER DELETE ON feelings BEGIN
    UPDATE entry_fts
    SET feelings = coalesce(
        (SELECT group_concat(word, ' ') FROM feelings WHERE entry_id = old.entry_id), '')
    WHERE rowid = (SELECT sort_key FROM entries WHERE id = old.entry_id);
END;
"""


def _run_script(db: Database, script: str) -> None:
    """Run each statement of `script` inside the migration's transaction."""
    for statement in _split_statements(script):
        db.execute(statement)


def _split_statements(script: str) -> list[str]:
    """Split SQL on statement boundaries, keeping trigger bodies whole."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    return statements


def build_migrations():  # noqa: ANN201 - sqlite_utils is imported lazily
    """All of Thaw's migrations, in the order they must run."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)

    @migrations(name="m001_initial")
    def m001_initial(db: Database) -> None:
        _run_script(db, _INITIAL_SCHEMA)
        _run_script(db, FTS_TRIGGERS)

    @migrations(name="m002_body_nothing")
    def m002_body_nothing(db: Database) -> None:
        # ADD COLUMN, not transform(): it keeps the FTS triggers and every row as it is.
        db.execute("ALTER TABLE entries ADD COLUMN body_nothing INTEGER NOT NULL DEFAULT 0")

    @migrations(name="m003_joined_lists")
    def m003_joined_lists(db: Database) -> None:
        # Each entry's feelings and tags, joined for lists: see journal.store.joined.
        for column in ("feelings_joined", "tags_joined"):
            db.execute(f"ALTER TABLE entries ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
        db.execute(joined.FILL_ALL)

    @migrations(name="m004_joined_triggers")
    def m004_joined_triggers(db: Database) -> None:
        # m003 as first made relied on the save code to keep the lists; triggers keep them
        # from any writer. Filled again, for entries saved in between without them.
        for trigger in joined.TRIGGERS:
            db.execute(trigger)
        db.execute(joined.FILL_ALL)

    return migrations


def pending_migration_names(conn: sqlite3.Connection) -> list[str]:
    """Migrations not yet applied to this file, read with plain SQL for speed."""
    try:
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
        ).fetchall()
    except sqlite3.OperationalError:
        return list(MIGRATION_NAMES)
    applied = {row[0] for row in rows}
    return [name for name in MIGRATION_NAMES if name not in applied]


def apply_migrations(db: Database, stop_before: str | None = None) -> None:
    """Bring the journal's schema up to date; `stop_before` exists for upgrade tests."""
    build_migrations().apply(db, stop_before=stop_before)
