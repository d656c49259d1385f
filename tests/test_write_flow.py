"""The check-in driven by keys, as a person would, then checked in the journal itself."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static, TextArea

from journal.checkin import CheckIn
from journal.content.prompts import load_prompts
from journal.models import BodyNote, Feeling, NewEntry
from journal.ui.screens.confirm import ConfirmScreen
from journal.ui.screens.history import HistoryScreen
from journal.ui.screens.write import WriteScreen, edit_entry
from journal.ui.screens.write_dialogs import DraftOfferScreen
from journal.ui.widgets.scale import Scale
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


async def type_text(pilot: Pilot, text: str) -> None:
    await pilot.press(*["space" if c == " " else c for c in text])


async def test_whole_flow_by_keys(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        write_screen(app).rng = random.Random(3)
        await pilot.press("6", "tab", "3", "tab", "8", "ctrl+n")
        await pilot.pause()
        # Body: Head, Face and jaw, Throat, Chest → Enter notes it, then tick "tight"
        await pilot.press("down", "down", "down", "enter", "space", "ctrl+n")
        await pilot.pause()
        await type_text(pilot, "frus")
        await pilot.press("enter")
        await type_text(pilot, "[/]odd")
        await pilot.press("enter", "tab", "tab", "tab", "up", "right", "ctrl+n")  # to "You chose"
        await pilot.pause()
        shown_prompt = text_of(app, "#prompt")
        await type_text(pilot, "[b]a lot[/]")
        await pilot.press("ctrl+t")
        await type_text(pilot, "work,[/]")
        await pilot.press("ctrl+s")
        await pilot.pause()

        assert app.store.entries.count() == 1
        entry = app.store.entries.get(1)
        assert entry.numbness == 6 and entry.energy == 3 and entry.pleasantness == 8
        assert entry.body_notes == (BodyNote("chest", "tight"),)
        assert entry.feelings == (
            Feeling("frustrated", "mad", 4),
            Feeling("[/]odd", "", 3, custom=True),
        )
        assert entry.text == "[b]a lot[/]"
        assert set(entry.tags) == {"work", "[/]"}
        assert entry.prompt_text == shown_prompt
        assert load_prompts().get(entry.prompt_id or "") is not None
        assert not entry.could_not_name
        assert app.store.drafts.load() is None

        screen = write_screen(app)
        assert screen.step == "numbness"
        assert screen.collect().is_empty
        assert text_of(app, "#ack") == (
            "Saved. Today you named 2 feelings, noticed something in your chest "
            "and put some of it into words. You can find it in History (F4)."
        )


async def test_the_no_word_lead_shows_only_above_a_prompt_written_for_it(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+w")
        await pilot.pause()
        await type_text(pilot, "already writing")
        kept = write_screen(app).collect().prompt_id
        await pilot.press("ctrl+b")  # back to the feelings, then "I can't name it yet"
        await pilot.pause()
        await pilot.press("tab", "tab", "tab", "tab", "enter")
        await pilot.pause()
        screen = write_screen(app)
        assert screen.step == "write" and screen.collect().could_not_name
        assert screen.collect().prompt_id == kept  # the prompt stays while writing goes on
        assert not app.screen.query_one("#no-word-lead").display


async def test_cannot_name_it_yet_leads_to_body_and_senses_prompts(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        await pilot.press("tab", "tab", "tab", "tab", "enter")
        await pilot.pause()
        screen = write_screen(app)
        assert screen.step == "write"
        assert isinstance(app.focused, TextArea)
        prompt = load_prompts().get(screen.collect().prompt_id or "")
        assert prompt is not None and "no_word" in prompt.when
        assert app.screen.query_one("#no-word-lead").display
        await type_text(pilot, "a weight")
        await pilot.press("ctrl+s")
        await pilot.pause()
        entry = app.store.entries.get(1)
        assert entry.could_not_name and entry.feelings == ()
        assert entry.prompt_id == prompt.id


async def test_every_step_can_be_skipped(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+n")
        await pilot.pause()
        assert write_screen(app).step == "write"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.store.entries.count() == 0
        await pilot.press("x", "ctrl+s")
        await pilot.pause()
        entry = app.store.entries.get(1)
        assert entry.text == "x"
        assert entry.numbness is None and entry.feelings == () and entry.body_notes == ()


async def test_saving_with_only_a_rating(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("1", "0", "ctrl+s")
        await pilot.pause()
        entry = app.store.entries.get(1)
        assert entry.numbness == 10 and entry.text == "" and entry.prompt_id is None


async def test_back_keeps_everything_chosen(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+b", "4", "ctrl+n")
        await pilot.pause()
        await pilot.press("space", "ctrl+b")
        await pilot.pause()
        screen = write_screen(app)
        assert screen.step == "numbness"
        assert isinstance(app.focused, Scale) and app.focused.value == 4
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert screen.collect().body == (BodyNote("head", ""),)


async def test_next_and_back_work_inside_the_text_box(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+w")
        await pilot.pause()
        assert isinstance(app.focused, TextArea)
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert write_screen(app).step == "feelings"
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert write_screen(app).step == "write"


async def test_just_write_goes_straight_to_the_page(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        app.store.entries.add(NewEntry(text="not the first check-in"))
        await pilot.press("ctrl+w")
        await pilot.pause()
        screen = write_screen(app)
        assert screen.step == "write" and isinstance(app.focused, TextArea)
        prompt = load_prompts().get(screen.collect().prompt_id or "")
        assert prompt is not None and "quick" in prompt.when
        await type_text(pilot, "7 or so said")
        await pilot.press("ctrl+w")
        assert app.focused.text == "7 or so "
        await pilot.press("ctrl+s")
        await pilot.pause()
        entry = app.store.entries.get(2)
        assert entry.text == "7 or so "
        assert entry.numbness is None and entry.feelings == ()


async def test_another_prompt_is_never_the_same_twice_in_a_row(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+w")
        await pilot.pause()
        screen = write_screen(app)
        seen = [screen.collect().prompt_id]
        for _ in range(12):
            await pilot.press("ctrl+r")
            seen.append(screen.collect().prompt_id)
        assert all(a != b for a, b in zip(seen, seen[1:], strict=False))
        assert text_of(app, "#prompt") == screen.collect().prompt_text


async def test_a_prompt_with_a_word_of_ones_own_is_shown_literally(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+n", "ctrl+n")
        await pilot.pause()
        await type_text(pilot, "[@click=app.quit]x[/]")
        await pilot.press("enter", "ctrl+n")
        await pilot.pause()
        screen = write_screen(app)
        for _ in range(8):
            shown = text_of(app, "#prompt")
            assert shown == screen.collect().prompt_text
            await pilot.press("ctrl+r")
        assert app.is_running


async def test_autosave_writes_the_draft_shortly_after_typing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WriteScreen, "AUTOSAVE_DELAY", 0.05)
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("5", "ctrl+w")
        await type_text(pilot, "half")
        await pilot.pause(0.3)
        draft = app.store.drafts.load()
        assert draft is not None and draft.text == "half"
        assert CheckIn.from_state(draft.state).numbness == 5
        assert draft.state["step"] == "write"


async def test_an_unsaved_checkin_is_offered_back_and_restored(tmp_path: Path) -> None:
    clock = FakeClock()
    store = open_test_store(tmp_path, clock)
    kept = CheckIn(
        numbness=8,
        feelings=(Feeling("sad", "sad", 2),),
        body=(BodyNote("throat", "tight"),),
        prompt_id="what-is-here",
        prompt_text="What is here?",
        text="I was writing this",
        tags=("night",),
        step="feelings",
    )
    store.drafts.save(kept.text, kept.to_state())
    clock.advance(hours=1)
    store.close()
    app = build_test_app(tmp_path, clock)
    async with running(app) as pilot:
        assert isinstance(app.screen, DraftOfferScreen)
        question = str(app.screen.query_one("Static:last-of-type", Static).content)
        assert "today at 09:30" in question
        await pilot.press("enter")
        await pilot.pause()
        screen = write_screen(app)
        assert screen.collect() == kept
        assert screen.step == "feelings"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.store.entries.get(1).text == "I was writing this"
        assert app.store.drafts.load() is None


async def test_start_fresh_asks_before_clearing(tmp_path: Path) -> None:
    store = open_test_store(tmp_path)
    store.drafts.save("keep me", CheckIn(numbness=3).to_state())
    store.close()
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await reach(pilot, ConfirmScreen, "f")
        await pilot.press("enter")  # the safe default: keep it
        await pilot.pause()
        assert app.store.drafts.load() is not None
        assert write_screen(app).collect().text == "keep me"
        write_screen(app).action_start_fresh()
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.store.drafts.load() is None
        assert write_screen(app).collect().is_empty


async def test_editing_an_entry_from_history(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        saved = await edit_new_entry(
            pilot,
            NewEntry(
                text="old words",
                numbness=2,
                feelings=(Feeling("calm", "peaceful", 3),),
                prompt_id="what-is-here",
                prompt_text="What is here?",
                tags=("home",),
            ),
        )
        screen = write_screen(app)
        assert app.screen is screen and screen.step == "write"
        assert app.query_one("#text", TextArea).text == "old words"
        assert text_of(app, "#prompt") == "What is here?"
        assert text_of(app, "#editing").startswith("Editing your entry written today at 09:30.")
        await pilot.press("!", "ctrl+s")  # typing goes on after the last word
        await pilot.pause()
        entry = app.store.entries.get(saved.id)
        assert entry.text == "old words!"
        assert entry.feelings == (Feeling("calm", "peaceful", 3),) and entry.tags == ("home",)
        assert app.store.entries.count() == 1
        assert screen.entry_id is None  # Write is ready for a new check-in
        assert isinstance(app.screen, HistoryScreen)  # back where the editing began
        assert "Your changes are saved." in toasts(app)


async def test_opening_an_entry_asks_to_save_the_checkin_in_progress(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        old = app.store.entries.add(NewEntry(text="older"))
        await pilot.press("ctrl+w")
        await type_text(pilot, "fresh")
        edit_entry(app, old.id)
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert write_screen(app).collect().text == "fresh"
        assert any("let it go (Ctrl+P, then Start fresh)" in message for message in toasts(app))
        edit_entry(app, old.id)
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.store.entries.count() == 2
        assert write_screen(app).entry_id == old.id
        assert app.query_one("#text", TextArea).text == "older"
        assert any("check-in is saved" in message for message in toasts(app))


async def test_trash_asks_first_and_can_be_undone_from_the_store(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        saved = await edit_new_entry(pilot, NewEntry(text="to let go"))
        await pilot.click("#trash")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.store.entries.get(saved.id).trashed_at is None
        await pilot.click("#trash")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.store.entries.get(saved.id).trashed_at is not None
        assert app.store.entries.count() == 0
        assert "trash" in text_of(app, "#ack")
        assert write_screen(app).entry_id is None


async def test_changes_to_an_entry_are_kept_as_a_draft_of_that_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WriteScreen, "AUTOSAVE_DELAY", 0.05)
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        saved = app.store.entries.add(NewEntry(text="abc"))
        edit_entry(app, saved.id)
        await pilot.pause(0.2)
        assert app.store.drafts.load() is None
        await pilot.press("end", "d")
        await pilot.pause(0.3)
        draft = app.store.drafts.load()
        assert draft is not None and draft.entry_id == saved.id and draft.text == "abcd"


async def test_mouse_moves_through_the_steps(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.click("#next")
        await pilot.pause()
        assert write_screen(app).step == "body"
        await pilot.click("StepLabel:last-of-type")
        await pilot.pause()
        assert write_screen(app).step == "write"
        await pilot.click("#back")
        await pilot.pause()
        assert write_screen(app).step == "feelings"


async def test_quitting_right_after_typing_keeps_the_last_words(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+w", "l", "a", "s", "t", "ctrl+q")
    with open_test_store(tmp_path) as store:
        draft = store.drafts.load()
        assert draft is not None and draft.text == "last"
