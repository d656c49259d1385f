"""The support system: trusted people a person can reach out to."""

from __future__ import annotations

from journal.models import Contact
from journal.store.base import Connection
from journal.store.text import storable
from journal.timeutil import to_iso


class ContactStore:
    """Adds, edits, lists and removes support contacts."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def add(self, name: str, reach: str = "", note: str = "") -> Contact:
        """Remember a trusted person."""
        cursor = self._c.transact(
            lambda: self._c.conn.execute(
                "INSERT INTO contacts (name, reach, note, created_at) VALUES (?, ?, ?, ?)",
                (storable(name), storable(reach), storable(note), to_iso(self._c.now())),
            )
        )
        return self.get(int(cursor.lastrowid or 0))

    def update(self, contact_id: int, name: str, reach: str = "", note: str = "") -> Contact:
        """Change what is kept about a trusted person."""
        self._c.transact(
            lambda: self._c.conn.execute(
                "UPDATE contacts SET name = ?, reach = ?, note = ? WHERE id = ?",
                (storable(name), storable(reach), storable(note), contact_id),
            )
        )
        return self.get(contact_id)

    def remove(self, contact_id: int) -> None:
        """Forget a contact."""
        self._c.transact(
            lambda: self._c.conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
        )

    def get(self, contact_id: int) -> Contact:
        """One contact; KeyError if there is none with that id."""
        rows = self._c.query(
            "SELECT id, name, reach, note FROM contacts WHERE id = ?", (contact_id,)
        )
        if not rows:
            raise KeyError(contact_id)
        return Contact(**dict(rows[0]))

    def all(self) -> list[Contact]:
        """Every contact, in the order they were added."""
        rows = self._c.query("SELECT id, name, reach, note FROM contacts ORDER BY id")
        return [Contact(**dict(row)) for row in rows]
