"""Trends driven by keys: the numbers arrive from a thread, the calendar moves by month,
and an entry from this day in an earlier year opens."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Static

from journal.models import NewEntry
from journal.sparkline import BARS
from journal.ui.screens.entry import EntryScreen
from journal.ui.screens.history import HistoryScreen
from journal.ui.screens.trends import TrendsScreen
from journal.ui.widgets.heatmap import MonthCalendar
from tests.history_support import fill_journal, open_history
from tests.support import FakeClock, build_test_app, reach, running


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
    return await reach(pilot, TrendsScreen, "t", settled=True)


async def test_every_section_is_filled_gently(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
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
    async with running(app) as pilot:
        screen = await open_trends(pilot)
        calendar = screen.query_one(MonthCalendar)
        await pilot.press("left", "left")
        assert str(calendar.render()).startswith("September 2026")
        assert calendar.days  # the generated journal wrote every day in September
        await pilot.press("right")
        assert str(calendar.render()).startswith("October 2026")


async def test_an_entry_from_this_day_last_year_opens(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        await open_trends(pilot)
        screen = await reach(pilot, EntryScreen, "tab", "enter", settled=True)
        assert screen.entry_id == app.year_ago.id
        await reach(pilot, HistoryScreen, "escape", "escape", settled=True)


async def test_an_empty_journal_has_kind_words(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        screen = await open_trends(pilot)
        assert section(screen, "numbness").startswith("No numbness ratings yet")
        assert section(screen, "feelings").startswith("No feelings named yet")


@pytest.fixture
def young(tmp_path: Path):  # noqa: ANN201
    """A journal begun three weeks ago, on 6 November, with an entry every other day."""
    clock = FakeClock()
    app = build_test_app(tmp_path, clock)
    for days in range(21, 0, -2):
        app.store.entries.add(
            NewEntry(text="x", numbness=days % 11, created_at=clock() - timedelta(days=days))
        )
    return app


async def test_a_young_journal_is_not_drawn_as_an_empty_year(young) -> None:  # noqa: ANN001
    async with running(young) as pilot:
        screen = await open_trends(pilot)
        numbness = section(screen, "numbness")
        assert "Since you began" in numbness and "Last 52 weeks" not in numbness
        assert "Nov 2026 Nov 2026" not in numbness  # one month is named once
        assert "no check-ins" not in section(screen, "vocabulary")  # no months before it began


async def test_only_days_that_have_passed_since_the_start_can_be_missed(young) -> None:  # noqa: ANN001
    async with running(young) as pilot:
        screen = await open_trends(pilot)
        calendar = str(screen.query_one(MonthCalendar).render())
        assert "  5     6 █   7 · " in calendar  # blank before the first entry, then kept
        assert "27 ·  28    29   " in calendar  # today without a check-in; days to come blank


async def test_the_calendar_stays_within_the_journal(young) -> None:  # noqa: ANN001
    async with running(young) as pilot:
        screen = await open_trends(pilot)
        calendar = screen.query_one(MonthCalendar)
        assert not screen.check_action("month", (-1,)) and not screen.check_action("month", (1,))
        await pilot.press("left", "right")
        assert str(calendar.render()).startswith("November 2026")
        assert "← →" not in str(screen.query_one("#trends-calendar-heading", Static).render())


async def test_a_narrow_terminal_keeps_each_drawing_on_one_line(app) -> None:  # noqa: ANN001
    async with running(app, (60, 20)) as pilot:
        screen = await open_trends(pilot)
        for name in ("numbness", "feelings", "vocabulary"):
            widget = screen.query_one(f"#trends-{name}", Static)
            drawn = [line for line in str(widget.render()).splitlines() if set(line) & set(BARS)]
            assert drawn and max(len(line) for line in drawn) <= widget.content_region.width, name


async def test_a_journal_that_cannot_be_read_is_explained_calmly(app, monkeypatch) -> None:  # noqa: ANN001
    import sqlite3

    def damaged(self, now):  # noqa: ANN001, ANN202
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("journal.store.trends.TrendQueries.overview", damaged)
    async with running(app) as pilot:
        screen = await open_trends(pilot)
        assert pilot.app.is_running
        assert "could not be read" in section(screen, "loading")
        assert not screen.query_one(MonthCalendar).display  # an empty calendar would mislead
        await reach(pilot, HistoryScreen, "escape", settled=True)
