"""The entry view, deleting to the trash, restoring from it, and editing in Write."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Static

from journal.models import EntryFilter, NewEntry
from journal.ui.screens.confirm import ConfirmScreen
from journal.ui.screens.entry import EntryScreen
from journal.ui.screens.history import HistoryScreen
from journal.ui.screens.trash import TrashScreen
from tests.history_support import MARKUP, a_full_entry, entry_list, open_history
from tests.support import FakeClock, build_test_app, reach, running, settle


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock):  # noqa: ANN201
    app = build_test_app(tmp_path, clock)
    for hours in (30, 20, 10):
        app.store.entries.add(
            NewEntry(text=f"Older, {hours} hours ago", created_at=clock() - timedelta(hours=hours))
        )
    app.full = app.store.entries.add(a_full_entry(clock() - timedelta(hours=1)))
    app.store.strategies.record("box-breathing", 7, 5, "It helped a little", started_at=clock())
    app.store.strategies.record("box-breathing", 8, 8, started_at=clock() - timedelta(days=2))
    return app


def view_text(screen: EntryScreen) -> str:
    return "\n".join(str(static.render()) for static in screen.query(Static))


async def open_newest(pilot) -> EntryScreen:  # noqa: ANN001
    await open_history(pilot)
    return await reach(pilot, EntryScreen, "enter", settled=True)


async def test_the_whole_entry_is_shown(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        text = view_text(await open_newest(pilot))
        assert "Friday 27 November 2026" in text
        assert "Numbness 6 of 10   Energy 3 of 10   Pleasantness 4 of 10" in text
        assert "lonely" in text and "●●●●○  4 of 5" in text and "Sad" in text
        assert MARKUP in text  # a custom feeling word, shown as written
        assert "Chest: tight" in text
        assert "What did your body notice today?" in text
        assert f"Morning walk.\nSecond line {MARKUP}" in text
        assert "#walk" in text and f"#{MARKUP}" in text
        assert "Box breathing   numbness 7 before, 5 after" in text
        assert "It helped a little" in text
        assert "8 before" not in text  # another day's attempt
        assert app.is_running


async def test_delete_asks_then_moves_to_the_trash(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        await open_newest(pilot)
        question = await reach(pilot, ConfirmScreen, "delete", settled=True)
        asked = " ".join(str(s.content) for s in question.query(Static))
        assert '("Morning walk.")' in asked  # its first words: two entries can share a minute
        await pilot.press("n")
        await settle(pilot)
        assert app.store.entries.get(app.full.id).trashed_at is None
        await pilot.press("delete")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert app.store.entries.get(app.full.id).trashed_at is not None
        assert isinstance(pilot.app.screen, HistoryScreen)
        assert entry_list(pilot).total == 3


async def test_delete_from_the_list_keeps_the_place(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        await open_history(pilot)
        await pilot.press("down", "delete")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        listing = entry_list(pilot)
        assert listing.total == 3
        assert listing.cursor == 1
        trashed = app.store.queries.page(EntryFilter(trashed=True))
        assert [s.first_line for s in trashed] == ["Older, 10 hours ago"]


async def test_the_trash_restores_an_entry(app) -> None:  # noqa: ANN001
    app.store.entries.trash(app.full.id)
    async with running(app) as pilot:
        await open_history(pilot)
        assert entry_list(pilot).total == 3
        await reach(pilot, TrashScreen, "b", settled=True)
        assert entry_list(pilot).total == 1
        await pilot.press("r")
        await settle(pilot)
        assert app.store.entries.get(app.full.id).trashed_at is None
        assert entry_list(pilot).total == 0
        assert "The trash is empty." in entry_list(pilot).render_line(1).text
        trash = pilot.app.screen
        assert str(trash.query_one("#trash-status", Static).render()) == ""
        assert not [b for b in trash.active_bindings.values() if b.binding.action == "restore"]
        await pilot.press("escape")
        await settle(pilot)
        assert entry_list(pilot).total == 4


async def test_a_trashed_entry_says_how_long_it_is_kept_and_can_be_restored(app, clock) -> None:  # noqa: ANN001
    app.store.entries.trash(app.full.id)
    async with running(app) as pilot:
        await open_history(pilot)
        await pilot.press("b")
        await settle(pilot)
        screen = await reach(pilot, EntryScreen, "enter", settled=True)
        assert "kept until Sun 27 Dec 2026" in view_text(screen)
        await pilot.press("delete", "e")  # neither applies to an entry in the trash
        await pilot.press("r")
        await settle(pilot)
        assert app.store.entries.get(app.full.id).trashed_at is None
        assert isinstance(pilot.app.screen, TrashScreen)
        assert entry_list(pilot).total == 0


async def test_edit_opens_the_entry_in_write(app, monkeypatch) -> None:  # noqa: ANN001
    from journal.ui.screens.write import WriteScreen

    loaded: list[int] = []
    monkeypatch.setattr(WriteScreen, "load_entry", lambda self, entry_id: loaded.append(entry_id))
    async with running(app) as pilot:
        await open_newest(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert app.current_mode == "write"
        assert loaded == [app.full.id]


async def test_an_edit_made_elsewhere_shows_on_return(app) -> None:  # noqa: ANN001
    async with running(app) as pilot:
        screen = await open_newest(pilot)
        await pilot.press("f2")
        await settle(pilot)
        app.store.entries.update(app.full.id, NewEntry(text="Changed words", numbness=2))
        await pilot.press("f4")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert "Changed words" in view_text(screen)
        assert screen.focused is screen.query_one("#entry-view")


async def test_the_trash_keeps_entries_for_30_days(app, clock: FakeClock) -> None:  # noqa: ANN001
    old = app.store.entries.add(NewEntry(text="Trashed long ago", created_at=clock()))
    app.store.entries.trash(old.id)
    clock.advance(days=29)
    app.store.entries.trash(app.full.id)
    clock.advance(days=2)
    async with running(app) as pilot:
        await open_history(pilot)
        await pilot.press("b")
        await settle(pilot)
        listing = entry_list(pilot)
        assert listing.total == 1
        assert listing.highlighted is not None and listing.highlighted.id == app.full.id
        with pytest.raises(KeyError):
            app.store.entries.get(old.id)
