"""Every word the feelings step and the welcome say can be brought on screen by keys, even small."""

from __future__ import annotations

import re
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Footer, Static

from journal.ui.screens.welcome import WelcomeScreen
from journal.ui.widgets.feeling_picker import FilterInput
from journal.ui.widgets.word_list import WordList
from tests.support import build_test_app, running, top_screen, write_screen

LAYOUT = re.compile(r"[\s\u2500-\u259f]+")
"""Whitespace, and the frames and scrollbars drawn around text."""
SMALL = (40, 12)


def shown_in(app: App[object], widget: Widget) -> str:
    """What the terminal shows now inside `widget`'s part of the screen, without whitespace."""
    region = widget.region
    strips = app.screen._compositor.render_strips()[region.y : region.bottom]
    return LAYOUT.sub("", "".join(s.crop(region.x, region.right).text for s in strips))


def squeezed(text: str) -> str:
    return LAYOUT.sub("", text)


async def feelings_for(pilot: Pilot, typed: str) -> tuple[Widget, str]:
    """On the feelings step with `typed` in the search box: the detail pane, and its last line."""
    app = pilot.app
    await pilot.press("ctrl+n", "ctrl+n", *typed)
    await pilot.pause()
    screen = write_screen(app)
    text = str(screen.query_one("#feeling-detail-text", Static).content)
    return screen.query_one("#feeling-detail"), squeezed(text.splitlines()[-1])


async def test_the_whole_word_detail_can_be_read_by_keys_at_80x24(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        detail, last = await feelings_for(pilot, "frus")
        assert "exasperated" in str(write_screen(app).query_one("#feeling-detail-text").content)
        assert last not in shown_in(app, detail), "the end of the detail starts out of sight"
        assert str(detail.border_subtitle).startswith("Tab, then ↓")  # how to read on
        await pilot.press("tab")
        assert app.focused is detail
        assert "↑ ↓" in str(detail.border_subtitle)
        await pilot.press("down")
        await pilot.pause()
        assert detail.scroll_offset.y == 1
        await pilot.press("end")
        await pilot.pause()
        assert last in shown_in(app, detail)
        await pilot.press("tab")  # on to the words: the pane is now one step back
        await pilot.pause()
        assert str(detail.border_subtitle).startswith("Shift+Tab, then ↓")
        await pilot.press("shift+tab", "shift+tab")
        await pilot.pause()
        assert isinstance(app.focused, FilterInput)
        assert str(detail.border_subtitle).startswith("Tab, then ↓")
        await pilot.press("down")  # ↓ in the search box still moves through the words
        await pilot.pause()
        highlighted = write_screen(app).query_one(WordList).highlighted_option
        assert highlighted is not None and highlighted.id != "frustrated"
        await pilot.press("up", "ctrl+n", "tab")  # the pane, out of sight, follows calmly
        await pilot.pause()
        assert write_screen(app).step == "write"


async def test_a_new_word_shows_its_detail_from_the_top(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        detail, _last = await feelings_for(pilot, "frus")
        await pilot.press("tab", "end")
        await pilot.pause()
        assert detail.scroll_offset.y > 0
        await pilot.press("shift+tab", *["backspace"] * 4, *"sad")
        await pilot.pause()
        assert detail.scroll_offset.y == 0


async def test_the_word_detail_still_takes_the_keys_at_40x12(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app, SMALL) as pilot:
        detail, _last = await feelings_for(pilot, "frus")
        await pilot.press("tab", "down", "end")
        await pilot.pause()
        assert app.focused is detail
        assert detail.scroll_offset.y == detail.max_scroll_y > 0


SAFETY = "press F9 at any time to see crisis lines."


async def test_the_welcome_scrolls_to_its_safety_sentences_at_40x12(tmp_path: Path) -> None:
    app = build_test_app(tmp_path, welcome=True)
    async with running(app, SMALL) as pilot:
        screen = top_screen(pilot, WelcomeScreen)
        whole = screen.query_one("#welcome")
        begin = screen.query_one("#begin")
        assert "Begin" in shown_in(app, begin)
        assert squeezed(SAFETY) not in shown_in(app, whole)
        assert "↑↓Scroll" in shown_in(app, screen.query_one(Footer))
        await pilot.press("end")
        await pilot.pause()
        assert squeezed(SAFETY) in shown_in(app, whole)
        assert "Begin" in shown_in(app, begin)  # the button stays in sight
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, WelcomeScreen)


async def test_each_scrolling_key_moves_the_welcome_text_at_40x12(tmp_path: Path) -> None:
    app = build_test_app(tmp_path, welcome=True)
    async with running(app, SMALL) as pilot:
        text = top_screen(pilot, WelcomeScreen).query_one("#welcome")
        moved = {}
        for key in ("down", "pagedown", "end"):
            await pilot.press("home", key)
            await pilot.pause()
            moved[key] = text.scroll_offset.y
        assert 0 < moved["down"] < moved["pagedown"] <= moved["end"] == text.max_scroll_y


def test_the_help_screen_says_how_to_read_the_word_detail() -> None:
    from journal.ui.keys import collect_keys
    from journal.ui.widgets.feeling_picker import FeelingPicker

    lines = collect_keys([("Write: feelings", FeelingPicker)])
    assert any(
        line.keys.startswith("Tab") and "highlighted word" in line.description for line in lines
    )


async def test_letters_typed_anywhere_on_the_step_go_on_into_the_search(tmp_path: Path) -> None:
    """Away from the search box (reading a word's explanation, or on the word list), typing
    still finds words: the letters go on at the end of what is there, nothing replaced."""
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        detail, _last = await feelings_for(pilot, "fr")
        await pilot.press("tab")
        assert app.focused is detail
        await pilot.press("u", "s")
        await pilot.pause()
        search = write_screen(app).query_one(FilterInput)
        assert app.focused is search
        assert (search.value, search.cursor_position) == ("frus", 4)
        await pilot.press("tab", "tab", "t")  # from the word list too
        await pilot.pause()
        assert (app.focused, search.value) == (search, "frust")
        words = write_screen(app).query_one(WordList)
        assert words.highlighted_option is not None
        assert words.highlighted_option.id == "frustrated"
        await pilot.press("tab", "shift+tab")  # an ordinary visit selects it all, as before
        await pilot.pause()
        assert (search.selection.start, search.selection.end) == (0, 5)
