"""Shared helpers for the tests: a controllable clock, a running app, keys, the command line."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TypeVar

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from journal.cli import main
from journal.models import Entry, NewEntry
from journal.store import Store, open_store
from journal.ui.app import JournalApp, make_app
from journal.ui.screens.write import WriteScreen, edit_entry

TEST_TZ = timezone(timedelta(hours=1))
SIZE = (80, 24)
"""The terminal most app tests run in: the usual 80 columns by 24 lines."""

S = TypeVar("S", bound=Screen)


class FakeClock:
    """A clock that only moves when a test moves it."""

    def __init__(self, start: datetime | None = None) -> None:
        self.moment = start or datetime(2026, 11, 27, 9, 30, tzinfo=TEST_TZ)

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> datetime:
        self.moment += timedelta(**delta)
        return self.moment


def open_test_store(tmp_path: Path, clock: FakeClock | None = None) -> Store:
    """A journal in a temporary folder, on a fake clock."""
    return open_store(tmp_path / "journal.db", clock=clock or FakeClock())


def build_test_app(
    tmp_path: Path, clock: FakeClock | None = None, welcome: bool = False
) -> JournalApp:
    """The real app on a temporary journal; the welcome is off unless asked for."""
    return make_app(store=open_test_store(tmp_path, clock), show_welcome=welcome)


@asynccontextmanager
async def running(app: App[object], size: tuple[int, int] = SIZE) -> AsyncIterator[Pilot]:
    """Run `app` in a test terminal of `size` and wait for its first frame before driving it."""
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        yield pilot


async def settle(pilot: Pilot) -> None:
    """Stop cursors blinking and wait for workers, so snapshots are stable."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    for widget in pilot.app.screen.query("*"):
        if hasattr(widget, "cursor_blink"):
            widget.cursor_blink = False
    await pilot.pause()


async def press_each(pilot: Pilot, *keys: str) -> None:
    """Press `keys` one at a time with a pause after each, as when each opens a screen."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


def top_screen(pilot: Pilot, screen_type: type[S]) -> S:
    """The screen on top, checked to be a `screen_type` so the test may use what it offers."""
    screen = pilot.app.screen
    assert isinstance(screen, screen_type), f"{type(screen).__name__}, not {screen_type.__name__}"
    return screen


async def reach(pilot: Pilot, screen_type: type[S], *keys: str, settled: bool = False) -> S:
    """Press `keys`, wait the frame a screen switch takes, and check the screen they led to.

    `settled` waits with `settle` instead, for screens that load in a worker.
    """
    await pilot.press(*keys)
    if settled:
        await settle(pilot)
    else:
        await pilot.pause()
    return top_screen(pilot, screen_type)


def write_screen(app: App[object]) -> WriteScreen:
    """The Write area, which stays at the bottom of the stack while dialogs open over it."""
    screen = app.screen_stack[0]
    assert isinstance(screen, WriteScreen)
    return screen


async def edit_new_entry(pilot: Pilot, entry: NewEntry) -> Entry:
    """Save `entry`, then open it in Write for editing as History's `e` does."""
    app = pilot.app
    assert isinstance(app, JournalApp)
    saved = app.store.entries.add(entry)
    edit_entry(app, saved.id)
    await pilot.pause()
    return saved


def text_of(app: App[object], selector: str) -> str:
    """What the Static matching `selector` on the top screen says now."""
    return str(app.screen.query_one(selector, Static).content)


def toasts(app: App[object]) -> list[str]:
    """The messages of every notification the app has shown, oldest first."""
    return [notification.message for notification in app._notifications]


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run `journal ARGV` in this process; its exit status and what it printed to each stream."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def someone_elses_database(path: Path) -> None:
    """Another program's SQLite database that happens to have a table called `entries`."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO entries (amount) VALUES (12.5)")
    conn.commit()
    conn.close()
