"""Leaving an entry open for editing, picking up a draft, and starting a new check-in cleanly."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static, TextArea

from journal.checkin import CheckIn
from journal.models import NewEntry
from journal.ui.screens.confirm import ConfirmScreen
from journal.ui.screens.entry import EntryScreen
from journal.ui.screens.history import HistoryScreen
from journal.ui.screens.write import WriteScreen
from journal.ui.screens.write_dialogs import DraftOfferScreen
from journal.ui.widgets.word_list import WordList
from tests.support import (
    FakeClock,
    build_test_app,
    edit_new_entry,
    open_test_store,
    reach,
    running,
    text_of,
    toasts,
    write_screen,
)


async def test_escape_stops_editing_an_unchanged_entry_at_once(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        saved = await edit_new_entry(pilot, NewEntry(text="as it was"))
        assert "Esc stops editing" in text_of(app, "#editing")
        await pilot.press("escape")
        await pilot.pause()
        screen = write_screen(app)
        assert app.screen is screen and screen.entry_id is None
        assert screen.collect().is_empty and screen.step == "numbness"
        assert text_of(app, "#ack") == "Your entry is as it was. You can find it in History (F4)."
        assert app.store.entries.get(saved.id).text == "as it was"


async def test_escape_asks_before_letting_changes_go(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        saved = await edit_new_entry(pilot, NewEntry(text="as it was"))
        await reach(pilot, ConfirmScreen, "!", "escape")
        await pilot.press("escape")  # a second Escape keeps editing
        await pilot.pause()
        assert write_screen(app).entry_id == saved.id
        assert write_screen(app).query_one("#text", TextArea).text == "as it was!"
        await pilot.press("escape", "y")
        await pilot.pause()
        assert write_screen(app).entry_id is None
        assert app.store.entries.get(saved.id).text == "as it was"
        assert app.store.drafts.load() is None


async def test_escape_leaves_a_new_checkin_alone(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+w", "h", "i", "escape")
        await pilot.pause()
        assert app.screen is write_screen(app)
        assert write_screen(app).collect().text == "hi"


async def test_a_picked_up_draft_goes_on_after_the_last_word(tmp_path: Path) -> None:
    with open_test_store(tmp_path) as store:
        store.drafts.save("first line\nsecond", CheckIn(step="write").to_state())
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        assert isinstance(app.screen, DraftOfferScreen)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("!")
        assert write_screen(app).query_one("#text", TextArea).text == "first line\nsecond!"


async def test_a_draft_of_an_edit_names_the_entry_by_when_it_was_written(tmp_path: Path) -> None:
    clock = FakeClock()
    with open_test_store(tmp_path, clock) as store:
        saved = store.entries.add(NewEntry(text="old"))
        clock.advance(days=3)
        store.drafts.save("old, changed", CheckIn(step="write").to_state(), saved.id)
    clock.advance(days=1)
    app = build_test_app(tmp_path, clock)
    async with running(app) as pilot:
        assert isinstance(app.screen, DraftOfferScreen)
        question = str(app.screen.query_one("Static:last-of-type", Static).content)
        assert question.startswith(
            "You have unsaved changes to your entry written on Friday 27 November at 09:30."
        )
        await pilot.press("enter")
        await pilot.pause()
        assert text_of(app, "#editing").startswith(
            "Editing your entry written on Friday 27 November at 09:30."
        )


async def test_a_new_checkin_starts_the_word_list_from_the_top(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+n", "ctrl+n", "s", "a", "d", "enter", "ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        words = app.screen.query_one(WordList)
        first = words.highlighted_option
        assert first is not None and first.id == "numb" and words.scroll_y == 0
        assert text_of(app, "#feeling-detail-text").startswith("numb")


async def test_the_longest_word_fits_on_one_line(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        words = app.screen.query_one(WordList)
        longest = max((o for o in words.options if o.id), key=lambda o: len(str(o.prompt)))
        assert str(longest.prompt).strip() == "tired of feeling nothing"
        words.show_word("tired of feeling nothing")
        await pilot.pause()
        assert set(words._heights.values()) == {1}, "no word wraps onto a second line"


async def test_the_palette_offers_to_stop_editing_only_while_editing(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        screen = write_screen(app)
        titles = [c.title for c in screen.palette_commands()]
        assert "Start fresh" in titles and "Stop editing" not in titles
        await edit_new_entry(pilot, NewEntry(text="open me"))
        titles = [c.title for c in screen.palette_commands()]
        assert "Stop editing" in titles and "Start fresh" not in titles
        assert "Move this entry to the trash" in titles


async def test_after_saving_an_edit_the_next_checkin_starts_without_the_old_message(
    tmp_path: Path,
) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        app.store.entries.add(NewEntry(text="as it was"))
        await reach(pilot, HistoryScreen, "f4", settled=True)
        await reach(pilot, EntryScreen, "enter", settled=True)
        await reach(pilot, WriteScreen, "e")
        await reach(pilot, EntryScreen, "!", "ctrl+s", settled=True)  # back to the entry
        assert "Your changes are saved." in toasts(app)  # said where the person now is
        screen = await reach(pilot, WriteScreen, "f2")
        assert screen.collect().is_empty and screen.entry_id is None
        assert not screen.query_one("#ack").display, text_of(app, "#ack")


async def test_a_saved_message_is_gone_after_leaving_write_but_not_after_a_dialog(
    tmp_path: Path,
) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+w", "h", "i", "ctrl+s")
        await pilot.pause()
        ack = write_screen(app).query_one("#ack")
        assert ack.display and text_of(app, "#ack").startswith("Saved.")
        await pilot.press("f9", "escape")  # the crisis lines open over Write, then close
        await pilot.pause()
        assert ack.display
        await reach(pilot, HistoryScreen, "f4", settled=True)
        await reach(pilot, WriteScreen, "f2")
        assert not ack.display
