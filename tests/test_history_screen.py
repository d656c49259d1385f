"""History driven by keys on a generated journal of a few thousand entries: the list,
scrolling, search, and what the store holds afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.models import EntryFilter
from journal.store.fts import HIGHLIGHT_START
from journal.ui.screens.entry import EntryScreen
from journal.ui.screens.history import HistoryScreen
from journal.ui.widgets.entry_list import PAGE_SIZE
from tests.history_support import entry_list, fill_journal, open_history, rule_count, search
from tests.support import FakeClock, build_test_app, reach, running, settle

COUNT = 2_000


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock):  # noqa: ANN201
    app = build_test_app(tmp_path, clock)
    fill_journal(app.store, COUNT, clock)
    return app


async def test_history_opens_newest_first_with_the_count(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        screen = await open_history(pilot)
        listing = entry_list(pilot)
        assert listing.total == COUNT
        assert listing.highlighted is not None
        assert listing.highlighted.first_line.startswith("Entry number 0.")
        assert "1 of 2,000 entries" in str(screen.query_one("#history-status").render())
        assert len(screen.query("*")) < 30


async def test_scrolling_reaches_the_oldest_entry_and_back(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        await open_history(pilot)
        listing = entry_list(pilot)
        await pilot.press("pagedown", "pagedown", "down")
        assert listing.cursor == 2 * listing.rows_on_screen + 1
        assert listing.highlighted is not None
        assert listing.highlighted.first_line.startswith(f"Entry number {listing.cursor}.")
        await pilot.press("end")
        await settle(pilot)
        assert listing.highlighted is not None
        assert listing.highlighted.first_line.startswith(f"Entry number {COUNT - 1}.")
        assert f"Entry number {COUNT - 1}." in listing.render_line(listing.size.height - 1).text
        await pilot.press("home")
        assert listing.cursor == 0
        assert listing.fetches <= 3


async def test_prefix_search_finds_anxious_newest_first_with_highlights(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        await open_history(pilot)
        listing = await search(pilot, "anx")
        expected = rule_count(COUNT, lambda i: i % 7 == 0 or i % 5 == 0)
        assert listing.total == expected
        first = listing.summary(0)
        assert first is not None and first.snippet is not None
        assert HIGHLIGHT_START in first.snippet
        assert first.first_line.startswith("Entry number 0.")
        second = listing.summary(1)
        assert second is not None and second.created_at < first.created_at
        assert listing.has_focus


async def test_a_quoted_phrase_matches_only_the_phrase(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        await open_history(pilot)
        listing = await search(pilot, '"by the river"')
        assert listing.total == rule_count(COUNT, lambda i: i % 50 == 0)
        listing = await search(pilot, '"the by river"')
        assert listing.total == 0
        assert "Nothing matches" in listing.render_line(1).text
        assert "to find a tag, press f" in listing.render_line(2).text  # tags are not searched


async def test_a_key_pressed_as_history_opens_goes_to_the_list(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        screen = await open_history(pilot)
        assert screen.query_one(screen.AUTO_FOCUS or "*") is entry_list(pilot)
        assert screen.focused is entry_list(pilot)


UNSAFE = ['"', "AND", "-", "*", "(", "[/] [@click=app.quit]x", "NEAR(a b)", 'a"b OR']


async def test_any_typed_search_is_safe(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        await open_history(pilot)
        for typed in UNSAFE:
            listing = await search(pilot, typed)
            assert app.is_running
            assert listing.total == app.store.queries.count(EntryFilter(text=typed)), typed
        assert (await search(pilot, "anx*")).total > 0
        without = app.store.queries.count() - app.store.queries.count(EntryFilter(text="anxious"))
        assert (await search(pilot, "-anxious")).total == without > 0  # all but those


async def test_typing_searches_after_a_pause(app, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr("journal.ui.screens.history.SEARCH_PAUSE", 0.01)
    async with running(app) as pilot:
        screen = await open_history(pilot)
        await pilot.press("slash", "r", "i", "v")
        await pilot.pause(0.05)
        await settle(pilot)
        assert screen.focused is screen.search
        assert entry_list(pilot).total == rule_count(COUNT, lambda i: i % 50 == 0)
        hint = screen.query_one("#history-filters")
        assert str(hint.render()).endswith("(Esc, then c to clear)")  # c is a letter here
        await pilot.press("down")
        assert screen.focused is entry_list(pilot)
        assert str(hint.render()).endswith("(f to filter, c to clear)")


async def test_clear_brings_back_every_entry(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        screen = await open_history(pilot)
        await search(pilot, "river")
        assert "c to clear" in str(screen.query_one("#history-filters").render())
        await pilot.press("c")
        await settle(pilot)
        assert screen.search.value == ""
        assert entry_list(pilot).total == COUNT


async def test_the_footer_fits_80_columns_with_a_search_shown(app) -> None:  # noqa: ANN001
    from textual.widgets import Footer

    async with running(app) as pilot:
        screen = await open_history(pilot)
        await search(pilot, "river")
        await pilot.pause()
        keys = {str(key.render()).strip(): key.region for key in screen.query_one(Footer).children}
        palette = keys.pop("^p palette")
        assert "f1 Help" in keys
        assert max(region.right for region in keys.values()) <= palette.x  # nothing hidden


async def test_enter_opens_the_entry_and_escape_comes_back(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        await open_history(pilot)
        screen = await reach(pilot, EntryScreen, "down", "enter", settled=True)
        assert screen.entry is not None
        assert screen.entry.text.startswith("Entry number 1.")
        await reach(pilot, HistoryScreen, "escape", settled=True)
        assert entry_list(pilot).cursor == 1


async def test_a_new_entry_shows_when_coming_back(app, clock: FakeClock) -> None:  # noqa: ANN001
    from journal.models import NewEntry

    async with running(app) as pilot:
        await open_history(pilot)
        await pilot.press("f2")
        await settle(pilot)
        app.store.entries.add(NewEntry(text="Written just now", created_at=clock()))
        await pilot.press("f4")
        await settle(pilot)
        listing = entry_list(pilot)
        assert listing.total == COUNT + 1
        first = listing.summary(0)
        assert first is not None and first.first_line == "Written just now"


async def test_pages_come_from_the_store_a_page_at_a_time(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        await open_history(pilot)
        listing = entry_list(pilot)
        await pilot.press("end")
        await settle(pilot)
        assert listing.kept_entries <= 2 * PAGE_SIZE


async def test_the_palette_offers_history_actions(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        screen = await open_history(pilot)
        commands = {command.title: command for command in screen.palette_commands()}
        assert set(commands) == {
            "History: search",
            "History: filters",
            "History: clear filters",
            "History: trends",
            "History: trash",
        }
        commands["History: trends"].callback()
        await settle(pilot)
        assert type(pilot.app.screen).__name__ == "TrendsScreen"
