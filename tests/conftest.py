"""Shared fixtures for the store tests: a journal file on a clock that only tests move."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal.store import Store, open_store

CLOCK_TZ = timezone(timedelta(hours=2))
CLOCK_START = datetime(2024, 3, 10, 9, 30, tzinfo=CLOCK_TZ)


class ControlledClock:
    """A timezone-aware clock that stands still until a test advances it."""

    def __init__(self, start: datetime = CLOCK_START) -> None:
        self.moment = start

    def now(self) -> datetime:
        """The current fake time."""
        return self.moment

    __call__ = now

    def advance(self, **delta: float) -> datetime:
        """Move the clock forward by `timedelta(**delta)` and return the new time."""
        self.moment += timedelta(**delta)
        return self.moment


@pytest.fixture
def clock() -> ControlledClock:
    """A fresh clock at CLOCK_START (10 March 2024, 09:30 at UTC+2)."""
    return ControlledClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's journal file lives; nothing is created until something opens it."""
    return tmp_path / "journal.db"


@pytest.fixture
def make_store(db_path: Path, clock: ControlledClock) -> Iterator[Callable[..., Store]]:
    """Open further stores (on `db_path` by default) sharing the test's clock; all are closed."""
    opened: list[Store] = []

    def make(path: Path | None = None, **kwargs: object) -> Store:
        kwargs.setdefault("clock", clock.now)
        store = open_store(path or db_path, **kwargs)  # type: ignore[arg-type]
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def store(make_store: Callable[..., Store]) -> Store:
    """An open journal on `db_path`, driven by `clock`."""
    return make_store()
