"""Getting ready for an appointment: the checklist, and a private summary file."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from journal.content.strategies import load_strategies
from journal.models import NewEntry
from journal.ui.screens.appointment import AppointmentScreen, SaveSummaryDialog
from journal.ui.screens.confirm import ConfirmScreen
from tests.strategies_support import open_strategies
from tests.support import FakeClock, build_test_app


async def open_appointment(pilot) -> AppointmentScreen:  # noqa: ANN001
    await open_strategies(pilot)
    await pilot.press("m")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, AppointmentScreen)
    return screen


async def test_the_summary_is_saved_privately_where_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    clock = FakeClock()
    app = build_test_app(tmp_path, clock)
    long_ago = clock.moment - timedelta(days=40)
    app.store.entries.add(NewEntry(text="before the last four weeks", created_at=long_ago))
    app.store.entries.add(NewEntry(text="felt far away", numbness=8))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_appointment(pilot)
        checklist = str(screen.query_one("#checklist", Static).content)
        assert all(item in checklist for item in load_strategies().appointment.checklist)
        await pilot.press("s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SaveSummaryDialog)
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
    async with app.run_test(size=(80, 24)) as pilot:
        await open_appointment(pilot)
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("ctrl+a", "ctrl+k", *"notes.md", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("ctrl+a", "ctrl+k", *"notes.md", "enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert target.read_text(encoding="utf-8").startswith("# My check-ins")


async def test_a_folder_that_does_not_exist_is_said_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = build_test_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_appointment(pilot)
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("ctrl+a", "ctrl+k", *"no/x.md", "enter")
        await pilot.pause()
        assert app.screen is screen
        messages = [n.message for n in app._notifications]
        assert messages == [
            "Couldn't save it there (No such file or directory). You could try another folder."
        ]
