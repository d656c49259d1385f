"""Small preferences kept in the journal itself: theme, welcome seen, and so on."""

from __future__ import annotations

import json

from journal.store.base import Connection


class SettingsStore:
    """Key and JSON value pairs, so each journal remembers its own preferences."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def get(self, key: str, default: object = None) -> object:
        """The value stored under `key`, or `default`."""
        rows = self._c.query("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(rows[0]["value"]) if rows else default

    def set(self, key: str, value: object) -> None:
        """Store `value` under `key`, replacing what was there."""
        self._c.transact(
            lambda: self._c.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
        )
