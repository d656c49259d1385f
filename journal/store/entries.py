"""Saving, reading, editing, trashing and restoring check-ins."""

from __future__ import annotations

from datetime import datetime, timedelta

from journal.models import Entry, NewEntry
from journal.store.base import Connection
from journal.store.drafts import forget_draft
from journal.store.rows import entries_from_rows
from journal.store.text import normalise_tag, normalise_word, storable
from journal.timeutil import local_day, sort_key, to_iso

TRASH_DAYS = 30

_INSERT_ENTRY = """
INSERT INTO entries (
    sort_key, day, created_at, updated_at, text, numbness, energy, pleasantness,
    prompt_id, prompt_text, could_not_name, body_nothing
) VALUES (
    (SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM entries WHERE sort_key = :key) THEN :key
            ELSE (SELECT min(a.sort_key) + 1 FROM entries a
                  WHERE a.sort_key >= :key
                  AND NOT EXISTS (SELECT 1 FROM entries b WHERE b.sort_key = a.sort_key + 1))
            END),
    :day, :created_at, :updated_at, :text, :numbness, :energy, :pleasantness,
    :prompt_id, :prompt_text, :could_not_name, :body_nothing
)
"""


def _optional(text: str | None) -> str | None:
    """Optional text made storable, None kept."""
    return None if text is None else storable(text)


class EntryStore:
    """Check-ins: each save writes the entry and everything named in it at once."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(self, entry: NewEntry, *, clear_draft: bool = False) -> Entry:
        """Save a new check-in in one transaction and return it as stored.

        With `clear_draft`, the draft it came from goes in the same transaction, so a
        crash can never leave the entry saved and its draft offered back again.
        """

        def work() -> int:
            entry_id = self.insert(entry)
            if clear_draft:
                forget_draft(self._c.conn)
            return entry_id

        return self.get(self._c.transact(work))

    def insert(self, entry: NewEntry) -> int:
        """Write one check-in inside the caller's transaction; return its id.

        Two entries written in the same microsecond get neighbouring sort keys,
        so order is kept and nothing collides.
        """
        now = self._c.now()
        created = entry.created_at or now
        cursor = self._c.conn.execute(
            _INSERT_ENTRY,
            {
                "key": sort_key(created),
                "day": local_day(created),
                "created_at": to_iso(created),
                "updated_at": to_iso(now if entry.created_at is None else created),
                "text": storable(entry.text),
                "numbness": entry.numbness,
                "energy": entry.energy,
                "pleasantness": entry.pleasantness,
                "prompt_id": _optional(entry.prompt_id),
                "prompt_text": _optional(entry.prompt_text),
                "could_not_name": int(entry.could_not_name),
                "body_nothing": int(entry.body_nothing),
            },
        )
        entry_id = int(cursor.lastrowid or 0)
        self._write_children(entry_id, entry)
        return entry_id

    def update(self, entry_id: int, entry: NewEntry, *, clear_draft: bool = False) -> Entry:
        """Replace what an entry holds (text, ratings, feelings, body, tags) at once.

        `clear_draft` forgets the draft of the edit in the same transaction, as in `add`.
        """

        def work() -> int:
            self._c.conn.execute(
                "UPDATE entries SET text = ?, numbness = ?, energy = ?, pleasantness = ?, "
                "prompt_id = ?, prompt_text = ?, could_not_name = ?, body_nothing = ?, "
                "updated_at = ? WHERE id = ?",
                (
                    storable(entry.text),
                    entry.numbness,
                    entry.energy,
                    entry.pleasantness,
                    _optional(entry.prompt_id),
                    _optional(entry.prompt_text),
                    int(entry.could_not_name),
                    int(entry.body_nothing),
                    to_iso(self._c.now()),
                    entry_id,
                ),
            )
            for table in ("feelings", "body_notes", "entry_tags"):
                self._c.conn.execute(f"DELETE FROM {table} WHERE entry_id = ?", (entry_id,))
            self._write_children(entry_id, entry)
            if clear_draft:
                forget_draft(self._c.conn)
            return entry_id

        return self.get(self._c.transact(work))

    def _write_children(self, entry_id: int, entry: NewEntry) -> None:
        """Write the feelings, body notes and tags of one entry.

        "Nothing right now" is the whole answer to the body check: with it, no notes are kept.
        """
        conn = self._c.conn
        notes = () if entry.body_nothing else entry.body_notes
        conn.executemany(
            "INSERT INTO feelings (entry_id, position, word, family, intensity, custom) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    entry_id,
                    index,
                    normalise_word(f.word),
                    storable(f.family),
                    f.intensity,
                    int(f.custom),
                )
                for index, f in enumerate(entry.feelings)
                if normalise_word(f.word)
            ],
        )
        conn.executemany(
            "INSERT INTO body_notes (entry_id, position, region, sensation) VALUES (?, ?, ?, ?)",
            [
                (entry_id, index, storable(n.region), storable(n.sensation))
                for index, n in enumerate(notes)
            ],
        )
        tags = {normalise_tag(tag) for tag in entry.tags} - {""}
        conn.executemany(
            "INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)",
            [(entry_id, tag) for tag in sorted(tags)],
        )

    def get(self, entry_id: int) -> Entry:
        """One entry, trashed or not; KeyError if there is no such entry."""
        rows = self._c.query("SELECT * FROM entries WHERE id = ?", (entry_id,))
        if not rows:
            raise KeyError(entry_id)
        return entries_from_rows(self._c.conn, rows)[0]

    def trash(self, entry_id: int) -> None:
        """Move an entry to the trash, from which it can be restored for 30 days."""
        self._set_trashed(entry_id, to_iso(self._c.now()))

    def restore(self, entry_id: int) -> None:
        """Bring an entry back from the trash."""
        self._set_trashed(entry_id, None)

    def _set_trashed(self, entry_id: int, value: str | None) -> None:
        self._c.transact(
            lambda: self._c.conn.execute(
                "UPDATE entries SET trashed_at = ? WHERE id = ?", (value, entry_id)
            )
        )

    def purge_trash(self, now: datetime | None = None) -> int:
        """Delete for good the entries trashed more than 30 days ago; return how many."""
        cutoff = (now or self._c.now()) - timedelta(days=TRASH_DAYS)
        rows = self._c.query("SELECT id, trashed_at FROM entries WHERE trashed_at IS NOT NULL")
        old = [row["id"] for row in rows if datetime.fromisoformat(row["trashed_at"]) < cutoff]
        if old:
            self._c.transact(
                lambda: self._c.conn.executemany(
                    "DELETE FROM entries WHERE id = ?", [(entry_id,) for entry_id in old]
                )
            )
        return len(old)

    def count(self) -> int:
        """How many entries are outside the trash."""
        return self._c.query("SELECT count(*) FROM entries WHERE trashed_at IS NULL")[0][0]
