"""Crisis lines: one key from anywhere, every line with its source and date, never failing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from journal.content.errors import ContentError
from journal.content.resources import load_resources
from journal.ui.screens import crisis
from journal.ui.screens.contact_form import ContactForm
from journal.ui.screens.crisis import FALLBACK_NOTICE, CrisisScreen, source_site
from journal.ui.screens.rating import RatingScreen
from journal.ui.screens.strategies import StrategiesScreen
from journal.ui.screens.write import WriteScreen
from journal.wording import short_date
from tests.support import build_test_app, press_each, reach, running, settle


def screen_text(screen: CrisisScreen) -> str:
    return "\n".join(str(widget.content) for widget in screen.query(Static))


async def test_f9_opens_the_crisis_lines_from_write_and_escape_closes_them(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await reach(pilot, CrisisScreen, "f9")
        await pilot.press("f9", "exclamation_mark")
        await pilot.pause()
        assert len(app.screen_stack) == 2
        await reach(pilot, WriteScreen, "escape")


async def test_the_exclamation_mark_works_in_strategies(tmp_path: Path) -> None:
    async with running(build_test_app(tmp_path)) as pilot:
        await press_each(pilot, "f3", "exclamation_mark")
        assert isinstance(pilot.app.screen, CrisisScreen)
        await reach(pilot, StrategiesScreen, "escape")


async def test_the_palette_offers_the_crisis_lines(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        (command,) = [c for c in app.get_system_commands(app.screen) if c.title == "Crisis lines"]
        command.callback()
        await pilot.pause()
        assert isinstance(app.screen, CrisisScreen)


async def test_every_line_shows_how_to_reach_it_and_where_it_was_checked(tmp_path: Path) -> None:
    resources = load_resources()
    async with running(build_test_app(tmp_path)) as pilot:
        text = screen_text(await reach(pilot, CrisisScreen, "f9"))
    assert "not a crisis service" in text
    for needed in ("988", "911", "Samaritans", "116 123", "SHOUT to 85258", "999"):
        assert needed in text
    assert "findahelpline.com" in text
    for line in resources.lines:
        assert line.contact in text
        assert f"from {source_site(line.source)}, checked {short_date(line.checked)}" in text
    assert "from nhs.uk, checked" in text and "https://" not in text


def test_a_source_is_named_by_its_site() -> None:
    assert source_site("https://www.samaritans.org/ireland/") == "samaritans.org"
    assert source_site("https://988lifeline.org") == "988lifeline.org"


@pytest.mark.parametrize("key", ["f9", "exclamation_mark"])
async def test_the_crisis_lines_open_from_inside_a_dialog(tmp_path: Path, key: str) -> None:
    async with running(build_test_app(tmp_path)) as pilot:
        await reach(pilot, RatingScreen, "f3", "end", "enter")  # the last is an exercise
        await reach(pilot, CrisisScreen, key)
        await reach(pilot, RatingScreen, "escape")


async def test_f9_opens_the_crisis_lines_while_typing_in_a_form(tmp_path: Path) -> None:
    async with running(build_test_app(tmp_path)) as pilot:
        await pilot.press("f3", "r", "a")
        await pilot.pause()
        await reach(pilot, CrisisScreen, *"Sam!", "f9")
        form = await reach(pilot, ContactForm, "escape")
        assert form.query_one("#name", Input).value == "Sam!"


async def test_the_screen_opens_even_if_the_lines_cannot_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> None:
        raise ContentError("resources.toml", "not valid TOML")

    monkeypatch.setattr(crisis, "load_resources", broken)
    async with running(build_test_app(tmp_path)) as pilot:
        assert FALLBACK_NOTICE in screen_text(await reach(pilot, CrisisScreen, "f9"))


def test_crisis_screen_snapshot(snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    async def open_crisis(pilot) -> None:  # noqa: ANN001
        await pilot.press("f3")
        await pilot.press("f9")
        await settle(pilot)

    app = build_test_app(tmp_path)
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_crisis)


async def test_exclamation_mark_opens_crisis_lines_from_every_dialog_of_the_shell(
    tmp_path: Path,
) -> None:
    from journal.ui.screens.confirm import ConfirmScreen

    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        for open_dialog in (
            lambda: app.push_screen(ConfirmScreen("Move this entry to the trash?")),
            app.action_help,
            app.action_welcome,
        ):
            open_dialog()
            await pilot.pause()
            await reach(pilot, CrisisScreen, "exclamation_mark")
            await press_each(pilot, "escape", "escape")
