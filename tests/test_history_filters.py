"""History's filters, set through the filter form by keys and combined with search."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from journal.ui.screens.filters import FilterScreen
from journal.ui.screens.history import HistoryScreen
from tests.history_support import (
    HOURS_APART,
    entry_list,
    fill_journal,
    open_history,
    rule_count,
    search,
)
from tests.support import TEST_TZ, FakeClock, build_test_app, reach, settle

COUNT = 1_500


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock):  # noqa: ANN201
    app = build_test_app(tmp_path, clock)
    app.newest = fill_journal(app.store, COUNT, clock)
    return app


async def open_filters(pilot) -> FilterScreen:  # noqa: ANN001
    return await reach(pilot, FilterScreen, "f", settled=True)


async def type_into(pilot, box_id: str, text: str) -> None:  # noqa: ANN001
    box = pilot.app.screen.query_one(f"#{box_id}", Input)
    box.focus()
    await pilot.pause()
    await pilot.press(*text)
    await pilot.pause()


async def choose(pilot, select_id: str, downs: int) -> None:  # noqa: ANN001
    """Open a drop-down with Enter and pick the option `downs` places below the current one."""
    pilot.app.screen.query_one(f"#{select_id}", Select).focus()
    await pilot.press("enter", *["down"] * downs, "enter")
    await pilot.pause()


def summary_line(pilot) -> str:  # noqa: ANN001
    return str(pilot.app.screen.query_one("#history-filters", Static).render())


async def test_a_plain_word_date_filters_and_is_shown_back(app) -> None:  # noqa: ANN001
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        form = await open_filters(pilot)
        await type_into(pilot, "filter-when", "last 7 days")
        note = str(form.query_one("#filter-when-note", Static).render())
        assert note == "Showing the last 7 days (21 Nov 2026 to 27 Nov 2026)"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HistoryScreen)
        start = datetime(2026, 11, 21, tzinfo=TEST_TZ)
        expected = rule_count(
            COUNT, lambda i: app.newest - timedelta(hours=HOURS_APART * i) >= start
        )
        assert entry_list(pilot).total == expected
        assert "the last 7 days (21 Nov 2026 to 27 Nov 2026)" in summary_line(pilot)


async def test_a_date_that_cannot_be_read_is_explained_and_kept_open(app) -> None:  # noqa: ANN001
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        form = await open_filters(pilot)
        await type_into(pilot, "filter-when", "01/02/2026")
        note = str(form.query_one("#filter-when-note", Static).render())
        assert "different countries" in note and "2026-02-01" in note
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is form
        assert form.query_one("#filter-problem").display
        await type_into(pilot, "filter-when", "x")
        assert not form.query_one("#filter-problem").display  # it spoke of the old date
        await pilot.press("escape")
        await settle(pilot)
        assert entry_list(pilot).total == COUNT


async def test_feeling_tag_and_numbness_combine_with_search(app) -> None:  # noqa: ANN001
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        await search(pilot, "anxious")
        await open_filters(pilot)
        await type_into(pilot, "filter-words", "lonely")
        await type_into(pilot, "filter-tags", "work")
        await type_into(pilot, "filter-low", "3")
        await type_into(pilot, "filter-high", "8")
        await pilot.press("enter")
        await settle(pilot)
        expected = rule_count(
            COUNT,
            lambda i: (i % 7 == 0 or i % 5 == 0) and i % 3 == 0 and i % 4 == 0 and 3 <= i % 11 <= 8,
        )
        assert expected > 0
        assert entry_list(pilot).total == expected
        line = summary_line(pilot)
        assert "feeling lonely" in line and "tag work" in line and "numbness 3 to 8" in line


async def test_a_family_is_chosen_from_the_list(app) -> None:  # noqa: ANN001
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        form = await open_filters(pilot)
        await choose(pilot, "filter-family", 1 + form.families.index("scared"))
        form.query_one("#filter-when", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert entry_list(pilot).total == rule_count(COUNT, lambda i: i % 5 == 0)
        assert "family Scared" in summary_line(pilot)


async def test_days_with_a_strategy_tried(app, clock: FakeClock) -> None:  # noqa: ANN001
    for days_ago in (0, 3):
        app.store.strategies.record(
            "box-breathing", 6, 4, started_at=clock() - timedelta(days=days_ago)
        )
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        await open_filters(pilot)
        await choose(pilot, "filter-strategy", 1)
        pilot.app.screen.query_one("#filter-when", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        days = {(clock() - timedelta(days=d)).date() for d in (0, 3)}
        expected = rule_count(
            COUNT, lambda i: (app.newest - timedelta(hours=HOURS_APART * i)).date() in days
        )
        assert entry_list(pilot).total == expected
        assert "days you tried a strategy" in summary_line(pilot)


async def test_filters_are_offered_back_and_clear_all_empties_them(app) -> None:  # noqa: ANN001
    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        await open_filters(pilot)
        await type_into(pilot, "filter-tags", "work")
        await pilot.press("enter")
        await settle(pilot)
        assert entry_list(pilot).total == rule_count(COUNT, lambda i: i % 4 == 0)
        form = await open_filters(pilot)
        assert form.query_one("#filter-tags", Input).value == "work"
        await pilot.click("#clear")
        await settle(pilot)
        assert entry_list(pilot).total == COUNT
        assert summary_line(pilot).startswith("Showing every entry")


async def test_the_buttons_stay_in_reach_in_a_short_terminal(app) -> None:  # noqa: ANN001
    async with app.run_test(size=(60, 20)) as pilot:
        await open_history(pilot)
        form = await open_filters(pilot)
        show, panel = form.query_one("#save"), form.query_one("#filters")
        assert not panel.scrollable_content_region.contains_region(show.region)
        form.query_one("#filter-tags", Input).value = "work"
        await pilot.press(*["tab"] * 9)
        await pilot.pause()
        assert form.focused is show
        assert panel.scrollable_content_region.contains_region(show.region)
        await pilot.press("enter")
        await settle(pilot)
        assert entry_list(pilot).total == rule_count(COUNT, lambda i: i % 4 == 0)


async def test_the_form_shows_its_keys_and_opens_the_crisis_lines(app) -> None:  # noqa: ANN001
    from textual.widgets import Footer

    from journal.ui.screens.crisis import CrisisScreen

    async with app.run_test(size=(80, 24)) as pilot:
        await open_history(pilot)
        form = await open_filters(pilot)
        assert form.query(Footer)
        form.query_one("#filter-family", Select).focus()
        await pilot.press("exclamation_mark")
        await settle(pilot)
        assert isinstance(pilot.app.screen, CrisisScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is form  # back where the person was, nothing lost
