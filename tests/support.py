"""Shared helpers for app tests: a controllable clock and a settled app."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from textual.pilot import Pilot

from journal.store import Store, open_store
from journal.ui.app import JournalApp, make_app

TEST_TZ = timezone(timedelta(hours=1))


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


async def settle(pilot: Pilot) -> None:
    """Stop cursors blinking and wait for workers, so snapshots are stable."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    for widget in pilot.app.screen.query("*"):
        if hasattr(widget, "cursor_blink"):
            widget.cursor_blink = False
    await pilot.pause()
