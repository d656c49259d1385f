"""The journal as one object: every part of the store behind one open file."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from journal.store.base import Connection
from journal.store.connection import connect
from journal.store.contacts import ContactStore
from journal.store.drafts import DraftStore
from journal.store.entries import EntryStore
from journal.store.queries import EntryQueries
from journal.store.settings import SettingsStore
from journal.store.strategies import StrategyStore
from journal.timeutil import Clock, system_now

if TYPE_CHECKING:
    from journal.store.transfer import TransferStore
    from journal.store.trends import TrendQueries


class Store:
    """An open journal. The UI and the command line use this and nothing lower."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.entries = EntryStore(connection)
        self.queries = EntryQueries(connection)
        self.drafts = DraftStore(connection)
        self.settings = SettingsStore(connection)
        self.contacts = ContactStore(connection)
        self.strategies = StrategyStore(connection)

    @cached_property
    def trends(self) -> TrendQueries:
        """Statistics for Trends and the report (loaded on first use: the CLI starts fast)."""
        from journal.store.trends import TrendQueries

        return TrendQueries(self.connection)

    @cached_property
    def transfer(self) -> TransferStore:
        """Bulk reads and writes for export and import (loaded on first use)."""
        from journal.store.transfer import TransferStore

        return TransferStore(self.connection)

    @property
    def path(self) -> Path | None:
        """The journal file, or None for an in-memory journal."""
        return self.connection.path

    def close(self) -> None:
        """Close the journal file."""
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_store(path: Path, *, clock: Clock | None = None, create: bool = True) -> Store:
    """Open (or create) the journal at `path`, upgrading its schema if needed."""
    connection = Connection(connect(path, create=create), path, clock or system_now)
    try:
        connection.migrate()
    except Exception:
        connection.close()
        raise
    return Store(connection)
