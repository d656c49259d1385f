"""Trends driven by keys: the numbers arrive from a thread, the calendar moves by month,
and an entry from this day in an earlier year opens."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Static

from journal.models import NewEntry
from journal.ui.screens.entry import EntryScreen
from journal.ui.screens.history import HistoryScreen
from journal.ui.screens.trends import TrendsScreen
from journal.ui.widgets.heatmap import MonthCalendar
from tests.history_support import fill_journal, open_history
from tests.support import FakeClock, build_test_app, settle


@pytest.fixture
def app(tmp_path: Path):  # noqa: ANN201
    clock = FakeClock()
    app = build_test_app(tmp_path, clock)
    fill_journal(app.store, 400, clock)
    app.year_ago = app.store.entries.add(
        NewEntry(text="A year ago today", numbness=7, created_at=clock() - timedelta(days=365))
    )
    return app


def section(screen: TrendsScreen, name: str) -> str:
    return str(screen.query_one(f"#trends-{name}", Static).render())


async def open_trends(pilot) -> TrendsScreen:  # noqa: ANN001
    await open_history(pilot)
    await pilot.press("t")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, TrendsScreen)
    return screen


async def test_every_section_is_filled_gently(app) -> None:  # noqa: ANN001
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_trends(pilot)
        assert not screen.query_one("#trends-loading").display
        numbness = section(screen, "numbness")
        assert "Last 52 weeks" in numbness and "Since you began" in numbness
        assert "Taller marks: more numb" in numbness
        assert "Nov 2026" in numbness
        feelings = section(screen, "feelings")
        assert "Sad" in feelings and "lonely" in feelings and "Scared" in feelings
        assert "in the last 12 months" in section(screen, "feelings-heading")
        vocabulary = section(screen, "vocabulary")
        assert "Nov 2026" in vocabulary and "2 words" in vocabulary
        assert "There is no right number" in vocabulary
        calendar = screen.query_one(MonthCalendar)
        assert str(calendar.render()).startswith("November 2026")
        for word in ("score", "progress", "improve", "worse", "better", "great"):
            assert word not in (numbness + feelings + vocabulary).lower()


async def test_the_calendar_moves_by_month(app) -> None:  # noqa: ANN001
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_trends(pilot)
        calendar = screen.query_one(MonthCalendar)
        await pilot.press("left", "left")
        assert str(calendar.render()).startswith("September 2026")
        assert calendar.days  # the generated journal wrote every day in September
        await pilot.press("right")
        assert str(calendar.render()).startswith("October 2026")


async def test_an_entry_from_this_day_last_year_opens(app) -> None:  # noqa: ANN001
    async with app.run_test(size=(80, 24)) as pilot:
        await open_trends(pilot)
        await pilot.press("tab", "enter")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, EntryScreen)
        assert screen.entry_id == app.year_ago.id
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HistoryScreen)


async def test_an_empty_journal_has_kind_words(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_trends(pilot)
        assert section(screen, "numbness").startswith("No numbness ratings yet")
        assert section(screen, "feelings").startswith("No feelings named yet")
