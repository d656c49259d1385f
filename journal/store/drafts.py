"""The one draft: the check-in in progress, autosaved so nothing typed is lost."""

from __future__ import annotations

import json
import sqlite3

from journal.models import Draft
from journal.store.base import Connection
from journal.store.text import storable
from journal.timeutil import from_iso, to_iso


def forget_draft(conn: sqlite3.Connection) -> None:
    """Delete the draft inside the caller's transaction (also when its check-in is saved)."""
    conn.execute("DELETE FROM draft")


class DraftStore:
    """Keeps a single draft row; each autosave replaces it in one transaction."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def save(self, text: str, state: dict[str, object], entry_id: int | None = None) -> None:
        """Replace the draft with what is on screen now."""
        payload = json.dumps(state, ensure_ascii=False, sort_keys=True)
        self._c.transact(
            lambda: self._c.conn.execute(
                "INSERT INTO draft (id, entry_id, text, state, updated_at) "
                "VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "entry_id = excluded.entry_id, text = excluded.text, "
                "state = excluded.state, updated_at = excluded.updated_at",
                (entry_id, storable(text), storable(payload), to_iso(self._c.now())),
            )
        )

    def load(self) -> Draft | None:
        """The saved draft, or None when there is nothing worth offering back."""
        rows = self._c.query("SELECT entry_id, text, state, updated_at FROM draft WHERE id = 1")
        if not rows:
            return None
        row = rows[0]
        draft = Draft(
            text=row["text"],
            state=json.loads(row["state"] or "{}"),
            updated_at=from_iso(row["updated_at"]),
            entry_id=row["entry_id"],
        )
        return None if draft.is_empty else draft

    def clear(self) -> None:
        """Forget the draft, once it has been saved as an entry or discarded.

        With no draft there is nothing to write, so the app starts without opening a write
        transaction (and without loading sqlite-utils, about a tenth of a second).
        """
        if self._c.conn.execute("SELECT 1 FROM draft LIMIT 1").fetchone() is None:
            return
        self._c.transact(lambda: forget_draft(self._c.conn))
