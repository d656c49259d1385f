"""Pictures of History at 80x24: the list, a search, the filters, an entry, the trash, Trends."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.pilot import Pilot

from journal.ui.app import JournalApp
from tests.history_support import a_full_entry, fill_journal, open_history
from tests.support import FakeClock, build_test_app, settle


def small_journal(tmp_path: Path) -> JournalApp:
    """Sixty generated entries, one full entry on top, one in the trash."""
    clock = FakeClock()
    app = build_test_app(tmp_path, clock)
    fill_journal(app.store, 60, clock)
    app.store.entries.add(a_full_entry(clock() - timedelta(minutes=20)))
    app.store.strategies.record("box-breathing", 7, 5, "It helped a little", started_at=clock())
    gone = app.store.queries.page(limit=3)[2]
    app.store.entries.trash(gone.id)
    return app


async def press_and_settle(pilot: Pilot, *keys: str) -> None:
    await open_history(pilot)
    if keys:
        await pilot.press(*keys)
    await settle(pilot)


def test_history_list(snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    async def run(pilot: Pilot) -> None:
        await press_and_settle(pilot, "down")

    assert snap_compare(small_journal(tmp_path), terminal_size=(80, 24), run_before=run)


def test_history_search_highlights(snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    async def run(pilot: Pilot) -> None:
        await press_and_settle(pilot, "slash", "a", "n", "x", "enter")

    assert snap_compare(small_journal(tmp_path), terminal_size=(80, 24), run_before=run)


def test_history_filter_form(snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    async def run(pilot: Pilot) -> None:
        await press_and_settle(pilot, "f", *"last 30 days")

    assert snap_compare(small_journal(tmp_path), terminal_size=(80, 24), run_before=run)


def test_entry_view(snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    async def run(pilot: Pilot) -> None:
        await press_and_settle(pilot, "enter")

    assert snap_compare(small_journal(tmp_path), terminal_size=(80, 24), run_before=run)


def test_trash(snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    async def run(pilot: Pilot) -> None:
        await press_and_settle(pilot, "b")

    assert snap_compare(small_journal(tmp_path), terminal_size=(80, 24), run_before=run)


def test_trends(snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    async def run(pilot: Pilot) -> None:
        await press_and_settle(pilot, "t")

    assert snap_compare(small_journal(tmp_path), terminal_size=(80, 24), run_before=run)
