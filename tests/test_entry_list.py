"""The History list on its own: paging, cursor keys, mouse, empty message, scale, safety.

The list is given plain callables, so these tests feed it a made-up journal of any size
and watch exactly which pages it asks for.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from textual import events
from textual.app import App, ComposeResult

from journal.models import EntrySummary, Feeling, NewEntry
from journal.ui.widgets.entry_list import KEPT_PAGES, PAGE_SIZE, EntryList, EntrySource
from journal.ui.widgets.entry_row import ROW_HEIGHT
from tests.history_support import MARKUP
from tests.support import build_test_app

START = datetime(2026, 11, 27, 9, 30, tzinfo=timezone(timedelta(hours=1)))


class FakeJournal:
    """`total` entries made up on request; remembers every page asked for."""

    def __init__(self, total: int, text: str = "Entry {i}") -> None:
        self.total = total
        self.text = text
        self.pages: list[tuple[int, int]] = []

    def summary(self, i: int) -> EntrySummary:
        return EntrySummary(
            id=i + 1,
            created_at=START - timedelta(hours=i),
            numbness=i % 11,
            feelings=(Feeling("lonely", "sad"),) if i % 2 else (),
            tags=("work",) if i % 3 == 0 else (),
            first_line=self.text.format(i=i),
        )

    def page(self, offset: int, limit: int) -> list[EntrySummary]:
        self.pages.append((offset, limit))
        return [self.summary(i) for i in range(offset, min(offset + limit, self.total))]

    def source(self) -> EntrySource:
        return EntrySource(count=lambda: self.total, page=self.page)


class ListApp(App[None]):
    """Just the list, loaded with a fake journal."""

    def __init__(self, journal: FakeJournal, empty: str = "Nothing here yet.") -> None:
        super().__init__()
        self.journal = journal
        self.empty = empty
        self.selected: list[int] = []

    def compose(self) -> ComposeResult:
        yield EntryList(self.empty)

    def on_mount(self) -> None:
        entry_list = self.query_one(EntryList)
        entry_list.load(self.journal.source())
        entry_list.focus()

    def on_entry_list_selected(self, event: EntryList.Selected) -> None:
        self.selected.append(event.entry_id)


async def test_a_hundred_thousand_entries_build_one_widget_and_fetch_one_page() -> None:
    journal = FakeJournal(100_000)
    app = ListApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        entry_list = app.query_one(EntryList)
        assert len(app.screen.query("*")) <= 3  # the list, and its two scrollbars at most
        assert journal.pages == [(0, PAGE_SIZE)]
        assert entry_list.virtual_size.height == 100_000 * ROW_HEIGHT
        assert entry_list.kept_entries == PAGE_SIZE


async def test_keys_move_through_a_huge_list_fetching_only_the_pages_shown() -> None:
    journal = FakeJournal(100_000)
    app = ListApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        entry_list = app.query_one(EntryList)
        await pilot.press("down", "down")
        assert entry_list.cursor == 2
        await pilot.press("pagedown")
        assert entry_list.cursor == 2 + entry_list.rows_on_screen
        await pilot.press("end")
        await pilot.pause()
        assert entry_list.cursor == 99_999
        assert entry_list.highlighted is not None
        assert entry_list.highlighted.id == 100_000
        assert entry_list.scroll_offset.y == entry_list.max_scroll_y
        await pilot.press("pageup")
        assert entry_list.cursor == 99_999 - entry_list.rows_on_screen
        await pilot.press("up")
        await pilot.press("home")
        await pilot.pause()
        assert entry_list.cursor == 0
        assert entry_list.scroll_offset.y == 0
        offsets = {offset for offset, _limit in journal.pages}
        assert offsets == {0, 99_900}
        assert entry_list.kept_entries <= KEPT_PAGES * PAGE_SIZE


async def test_memory_stays_bounded_while_scrolling_everything() -> None:
    journal = FakeJournal(3_000)
    app = ListApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        entry_list = app.query_one(EntryList)
        for first in range(0, 3_000, PAGE_SIZE // 2):
            entry_list.scroll_to(y=first * ROW_HEIGHT, animate=False)
            await pilot.pause()
        assert {offset for offset, _ in journal.pages} == set(range(0, 3_000, PAGE_SIZE))
        assert entry_list.kept_entries <= KEPT_PAGES * PAGE_SIZE


async def test_the_mouse_wheel_scrolls_and_rows_follow() -> None:
    journal = FakeJournal(1_000)
    app = ListApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        entry_list = app.query_one(EntryList)
        for _ in range(10):
            entry_list.post_message(
                events.MouseScrollDown(entry_list, 5, 5, 0, 1, 0, False, False, False)
            )
        await pilot.pause()
        assert entry_list.scroll_offset.y > 0
        top = entry_list.render_line(0).text
        first_shown = entry_list.scroll_offset.y // ROW_HEIGHT
        assert f"Entry {first_shown}" in top + entry_list.render_line(1).text


async def test_enter_and_a_click_choose_an_entry() -> None:
    journal = FakeJournal(50)
    app = ListApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "enter")
        assert app.selected == [2]
        await pilot.click(EntryList, offset=(10, 3 * ROW_HEIGHT))
        assert app.selected == [2, 4]
        assert app.query_one(EntryList).cursor == 3
        await pilot.click(EntryList, offset=(10, 23))  # past the last row shown: row 11
        assert app.selected[-1] == 12


async def test_rows_show_date_numbness_feelings_with_label_tags_and_text() -> None:
    journal = FakeJournal(10)
    app = ListApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        entry_list = app.query_one(EntryList)
        lines = [entry_list.render_line(y).text for y in range(4)]
        assert lines[0].startswith("▌ Fri 27 Nov 2026  09:30  numbness 0")
        assert lines[1].startswith("▌ Entry 0")
        assert lines[1].rstrip().endswith("#work")
        assert lines[2].startswith("  Fri 27 Nov 2026  08:30  numbness 1")
        assert "Sad: lonely" in lines[2]  # the family's label is always there in words
        assert all(len(line) == entry_list.scrollable_content_region.width for line in lines)


async def test_an_empty_list_says_so_kindly() -> None:
    app = ListApp(FakeJournal(0), empty="Nothing matches.")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "end", "enter")
        entry_list = app.query_one(EntryList)
        assert entry_list.highlighted is None
        assert app.selected == []
        assert "Nothing matches." in entry_list.render_line(1).text


async def test_an_empty_message_may_take_several_lines() -> None:
    app = ListApp(FakeJournal(0), empty="Nothing matches.\nSearch looks in your writing.")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        entry_list = app.query_one(EntryList)
        lines = [entry_list.render_line(y).text.strip() for y in range(4)]
        assert lines == ["", "Nothing matches.", "Search looks in your writing.", ""]


def test_times_line_up_whatever_the_length_of_the_date() -> None:
    from textual.style import Style

    from journal.ui.widgets.entry_row import RowStyles, row_line

    styles = RowStyles(Style(), Style(), Style(), Style())
    days = (START.replace(day=5), START.replace(day=24), START.replace(month=5, day=3))
    rows = [
        row_line(EntrySummary(1, day, 4, (), (), "x"), 0, 78, styles, False).plain for day in days
    ]
    assert len({row.index("09:30") for row in rows}) == 1, rows


async def test_markup_in_an_entry_is_shown_as_written() -> None:
    journal = FakeJournal(3, text=MARKUP + " {i}")
    app = ListApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.is_running
        assert MARKUP in app.query_one(EntryList).render_line(1).text


async def test_reload_keeps_the_place_and_follows_a_shrinking_journal() -> None:
    journal = FakeJournal(300)
    app = ListApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        entry_list = app.query_one(EntryList)
        await pilot.press("end")
        journal.total = 120
        entry_list.reload()
        await pilot.pause()
        assert entry_list.total == 120
        assert entry_list.cursor == 119
        assert entry_list.highlighted is not None
        assert entry_list.highlighted.id == 120


def test_a_match_in_the_feeling_words_marks_them_and_keeps_the_text() -> None:
    from textual.style import Style

    from journal.store.fts import HIGHLIGHT_START
    from journal.ui.widgets.entry_row import RowStyles, row_line

    match = Style(bold=True, underline=True)
    styles = RowStyles(Style(), Style(), match, Style())
    summary = EntrySummary(
        id=1,
        created_at=START,
        numbness=None,
        feelings=(Feeling("anxious", "scared"), Feeling("tired", "sad")),
        tags=(),
        first_line="Slept badly.",
        words_found=frozenset({"anxious"}),
    )
    first, second = (row_line(summary, part, 78, styles, False) for part in (0, 1))
    assert second.plain.strip() == "Slept badly."
    marked = [first.plain[span.start : span.end] for span in first.spans if span.style == match]
    assert marked == ["anxious"]
    in_text = EntrySummary(**{**summary.__dict__, "snippet": f"…felt {HIGHLIGHT_START}anxious"})
    assert "felt anxious" in row_line(in_text, 1, 78, styles, False).plain


async def test_load_soon_shows_the_newest_source_only() -> None:
    app = ListApp(FakeJournal(10))
    async with app.run_test(size=(80, 24)) as pilot:
        entry_list = app.query_one(EntryList)
        older, newer = FakeJournal(5), FakeJournal(3)
        entry_list.load_soon(older.source())
        entry_list.load_soon(newer.source())
        await pilot.pause()
        assert entry_list.total == 3
        assert older.pages == []  # the older search was never run


async def test_a_failed_load_reaches_the_app_as_itself() -> None:
    """So the app's own handling (a damaged journal's plain message) sees the real error."""

    def broken() -> int:
        raise ValueError("unreadable")

    app = ListApp(FakeJournal(10))
    with pytest.raises(ValueError, match="unreadable"):
        async with app.run_test(size=(80, 24)) as pilot:
            app.query_one(EntryList).load_soon(EntrySource(count=broken, page=lambda o, n: []))
            await pilot.pause()


def _contrast(one: tuple[int, int, int], other: tuple[int, int, int]) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(rgb: tuple[int, int, int]) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(v) for v in rgb)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(
    "theme", ["thaw", "textual-light", "textual-dark", "nord", "solarized-light", "gruvbox"]
)
async def test_quiet_text_stays_readable_in_every_theme(theme: str, tmp_path: Path) -> None:
    """Muted words ("numbness 3", "(no writing)") keep a 3:1 contrast, on the cursor row too."""
    app = build_test_app(tmp_path)
    app.store.entries.add(NewEntry(text="", numbness=3))
    app.store.entries.add(NewEntry(text="", numbness=5))
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await pilot.press("f4")
        await pilot.pause()
        entries = app.screen.query_one(EntryList)
        entries.focus()
        await pilot.pause()
        checked = 0
        for y in range(2 * ROW_HEIGHT):  # the cursor row, then a plain one
            for segment in entries.render_line(y):
                if "numbness" in segment.text or "no writing" in segment.text:
                    style = segment.style
                    assert style is not None and style.color and style.bgcolor
                    ratio = _contrast(style.color.triplet, style.bgcolor.triplet)
                    assert ratio >= 3, (y, segment.text, ratio)
                    checked += 1
        assert checked == 4
