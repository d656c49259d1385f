"""The crisis lines on a small terminal: the numbers show first, the notice follows them."""

from __future__ import annotations

import re
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot

from journal.content.resources import load_resources
from journal.ui.screens.crisis import CrisisScreen
from tests.support import build_test_app, reach, running

LAYOUT = re.compile(r"\s+")


def on_screen(app: App[object]) -> str:
    """What the terminal shows now, with spaces and line ends taken out."""
    return LAYOUT.sub("", "".join(strip.text for strip in app.screen._compositor.render_strips()))


def first_number() -> str:
    """The phone number (or text code) of the first crisis line: "988"."""
    contact = load_resources().lines[0].contact
    found = re.search(r"\d[\d ]*\d", contact)
    assert found is not None, contact
    return LAYOUT.sub("", found[0])


async def open_crisis(pilot: Pilot) -> CrisisScreen:
    """Open the crisis lines from Strategies, settled for a snapshot."""
    return await reach(pilot, CrisisScreen, "f3", "f9", settled=True)


async def test_at_40x12_the_first_number_shows_and_the_notice_follows(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app, (40, 12)) as pilot:
        screen = await open_crisis(pilot)
        first = load_resources().lines[0]
        shown = on_screen(app)
        assert first_number() in shown
        assert LAYOUT.sub("", first.name)[:20] in shown
        assert screen.focused is screen.query_one("#crisis-lines")
        await pilot.press("end")
        await pilot.pause()
        assert "tellsomeonenearyou." in on_screen(app)  # the notice, after every line


async def test_growing_the_terminal_puts_the_notice_back_on_top(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app, (40, 12)) as pilot:
        screen = await open_crisis(pilot)
        assert screen.has_class("-compact")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not screen.has_class("-compact")
        shown = on_screen(app)
        assert shown.index("notacrisisservice") < shown.index(first_number())


def test_crisis_screen_at_40x12_snapshot(snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    assert snap_compare(build_test_app(tmp_path), terminal_size=(40, 12), run_before=open_crisis)
