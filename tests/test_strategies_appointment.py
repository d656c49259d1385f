"""Getting ready for an appointment: the checklist, and a private summary file."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Input, RadioSet, Static

from journal.content.strategies import load_strategies
from journal.models import NewEntry
from journal.ui.screens.appointment import AppointmentScreen, SaveSummaryDialog
from journal.ui.screens.confirm import ConfirmScreen
from tests.strategies_support import open_strategies
from tests.support import FakeClock, build_test_app, reach, running, toasts


async def open_appointment(pilot) -> AppointmentScreen:  # noqa: ANN001
    await open_strategies(pilot)
    return await reach(pilot, AppointmentScreen, "m")


async def save_summary_as(pilot, path: str) -> None:  # noqa: ANN001
    """Press s, type `path` over the suggested one, and press Enter."""
    await pilot.press("s")
    await pilot.pause()
    await pilot.press("ctrl+a", "ctrl+k", *path, "enter")
    await pilot.pause()


async def test_the_summary_is_saved_privately_where_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    clock = FakeClock()
    app = build_test_app(tmp_path, clock)
    long_ago = clock.moment - timedelta(days=40)
    app.store.entries.add(NewEntry(text="before the last four weeks", created_at=long_ago))
    app.store.entries.add(NewEntry(text="felt far away", numbness=8))
    async with running(app) as pilot:
        screen = await open_appointment(pilot)
        shown = [str(item.content) for item in screen.query(".check-text").results(Static)]
        assert shown == list(load_strategies().appointment.checklist)
        dialog = await reach(pilot, SaveSummaryDialog, "s")
        assert dialog.query_one(Input).value == "~/thaw-appointment-2026-11-27.md"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen

    saved = tmp_path / "thaw-appointment-2026-11-27.md"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    text = saved.read_text(encoding="utf-8")
    assert text.startswith("# My check-ins, 30 Oct 2026 to 27 Nov 2026")
    assert "1 check-in on 1 of 29 days" in text


async def test_an_existing_file_is_only_replaced_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "notes.md"
    target.write_text("keep me", encoding="utf-8")
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        screen = await open_appointment(pilot)
        await save_summary_as(pilot, "notes.md")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is screen
    assert target.read_text(encoding="utf-8").startswith("# My check-ins")


async def test_no_goes_back_to_the_form_with_what_was_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not replacing a file keeps the form open, so another name can be given."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "notes.md"
    target.write_text("keep me", encoding="utf-8")
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await open_appointment(pilot)
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("shift+tab", "space")  # the last 2 weeks, highlighted first
        await pilot.press("tab", "ctrl+a", "ctrl+k", *"notes.md", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SaveSummaryDialog)
        field = dialog.query_one(Input)
        assert field.value == "notes.md" and field.has_focus
        pressed = dialog.query_one(RadioSet).pressed_button
        assert pressed is not None and pressed.id == "weeks"
        await pilot.press("ctrl+a", "ctrl+k", *"other.md", "enter")
        await pilot.pause()
    assert target.read_text(encoding="utf-8") == "keep me"
    other = (tmp_path / "other.md").read_text(encoding="utf-8")
    assert other.startswith("# My check-ins, 13 Nov 2026 to 27 Nov 2026\n")  # the 2 weeks


async def test_a_folder_that_does_not_exist_is_said_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        screen = await open_appointment(pilot)
        await save_summary_as(pilot, "no/x.md")
        assert app.screen is screen
        assert toasts(app) == [
            "Couldn't save it there (No such file or directory). You could try another folder."
        ]


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_a_folder_as_the_place_gets_a_file_name_in_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """Also in a short terminal, where the form scrolls to its note and its buttons."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    app = build_test_app(tmp_path, FakeClock())
    async with running(app, size) as pilot:
        screen = await open_appointment(pilot)
        await save_summary_as(pilot, "docs")
        dialog = app.screen
        assert isinstance(dialog, SaveSummaryDialog)
        assert dialog.query_one(Input).value == "docs/thaw-appointment-2026-11-27.md"
        assert "folder" in str(dialog.query_one("#summary-hint", Static).content)
        await pilot.press("tab", "tab")  # on to Save, which the form scrolls to
        await pilot.pause()
        save = dialog.query_one("#save")
        assert save.has_focus and save.region.height >= 1 and save.region.bottom <= size[1]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
    assert (tmp_path / "docs" / "thaw-appointment-2026-11-27.md").read_text().startswith("# My")


async def test_a_name_too_long_for_the_disk_is_said_in_the_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await open_appointment(pilot)
        await pilot.press("s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SaveSummaryDialog)
        dialog.query_one(Input).value = "a" * 300 + ".md"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        assert "can't be used" in str(dialog.query_one("#summary-hint", Static).content)
