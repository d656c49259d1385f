"""The Write area: the guided check-in (numbness, body, feelings, a prompt and writing).

Every step can be skipped or returned to. What is on screen is autosaved as the draft
within a second of the last change, so a crash or a closed terminal loses nothing;
Ctrl+S saves the whole check-in as one entry. History opens a saved entry here for
editing with `edit_entry(app, entry_id)` (or `WriteScreen.load_entry(entry_id)`).
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from functools import cached_property

from textual import on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Input, Static, TextArea

from journal.checkin import STEP_LABELS, STEPS, CheckIn, acknowledgement, when_phrase
from journal.content.body import load_body
from journal.content.context import PromptContext
from journal.content.vocabulary import load_vocabulary
from journal.models import Entry
from journal.prompt_choice import PromptChoice
from journal.resources import style_file
from journal.store.failures import WRITE_FAILURES
from journal.ui.editor import edit_in_place
from journal.ui.screens import write_words as words
from journal.ui.screens.area import AreaScreen
from journal.ui.screens.confirm import ConfirmScreen
from journal.ui.screens.write_dialogs import DraftOfferScreen
from journal.ui.screens.write_draft import DraftKeeper
from journal.ui.screens.write_palette import write_commands
from journal.ui.screens.write_steps import CheckInSteps
from journal.ui.widgets.body_picker import BodyPicker
from journal.ui.widgets.feeling_picker import FeelingPicker
from journal.ui.widgets.scale import Scale
from journal.ui.widgets.step_bar import StepBar


class WriteScreen(AreaScreen):
    """The check-in: four skippable steps, autosaved, saved with Ctrl+S."""

    CSS_PATH = style_file("write.tcss")
    AREA_TITLE = "Write"
    AUTOSAVE_DELAY = 0.8
    """Seconds after the last change before the draft is written (well within one second)."""

    BINDINGS = [
        Binding("ctrl+n", "next_step", "Next step", tooltip="Go on; any step can be skipped"),
        Binding("ctrl+b", "previous_step", "Back a step", tooltip="Go back a step"),
        Binding("ctrl+s", "save", "Save check-in", tooltip="Save the whole check-in"),
        Binding(
            "ctrl+w", "just_write", "Just write: straight to the page", priority=True, show=False
        ),
        Binding("ctrl+r", "another_prompt", "Another prompt", show=False),
        Binding("ctrl+e", "own_editor", "Write in your own editor", priority=True, show=False),
        Binding("ctrl+t", "focus_tags", "Add tags", show=False),
        Binding("ctrl+g", "regroup", "Group words by family or by energy", show=False),
        Binding("escape", "start_fresh", "Stop editing an entry (asks if changed)", show=False),
    ]
    """Step keys work inside the text box too; Ctrl+W and Ctrl+E win over its own uses.
    Escape only means something while a saved entry is open for editing."""

    def __init__(self) -> None:
        super().__init__()
        self.rng = random.Random()
        self.step = STEPS[0]
        self.entry_id: int | None = None
        self._loaded: CheckIn | None = None
        self._quick = False
        self._prompt = PromptChoice()
        self._latest = CheckIn()

    # -- building ---------------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        """The step indicator, the four steps, and a row of buttons for mouse users."""
        yield StepBar(STEP_LABELS, id="steps")
        yield CheckInSteps(load_vocabulary(), load_body(), id="step-switcher")
        with Horizontal(id="nav"):
            yield Button("← Back", id="back", compact=True)
            yield Static("", id="nav-gap")
            yield Button("Move to trash", id="trash", compact=True)
            yield Button("Skip →", id="next", compact=True)
            yield Button("Save", id="save", compact=True, variant="primary")

    def on_mount(self) -> None:
        """Start at the first step; then offer back an unsaved check-in from last time."""
        self._go(STEPS[0])
        self.call_later(self._offer_draft)

    def _offer_draft(self) -> None:
        draft = self.store.drafts.load()
        if draft is None:
            return
        entry = self._entry(draft.entry_id) if draft.entry_id else None
        checkin = CheckIn.from_state(draft.state, draft.text)
        self._show(checkin, entry.id if entry else None, from_draft=True)
        # Editing: say which entry (by when it was written), not when the draft was kept.
        moment = entry.created_at if entry else draft.updated_at
        when = when_phrase(moment, self.store.connection.now()) if moment else "recently"
        question = (words.DRAFT_EDIT if entry else words.DRAFT_NEW).format(when=when)
        self.app.push_screen(DraftOfferScreen(question), self._draft_answer)

    def _draft_answer(self, resume: bool | None) -> None:
        if resume is False:
            self.action_start_fresh()

    # -- what is on screen -----------------------------------------------------------------

    def collect(self) -> CheckIn:
        """The check-in as it stands on screen."""
        return self._steps.read(prompt=self._prompt.current, quick=self._quick, step=self.step)

    @cached_property
    def _keeper(self) -> DraftKeeper:
        return DraftKeeper(self, self.store, self.AUTOSAVE_DELAY)

    @cached_property
    def _steps(self) -> CheckInSteps:
        return self.query_one(CheckInSteps)

    def _entry(self, entry_id: int) -> Entry | None:
        try:
            return self.store.entries.get(entry_id)
        except KeyError:
            return None

    def _show(self, checkin: CheckIn, entry_id: int | None, *, from_draft: bool = False) -> None:
        """Put a check-in on screen: restored from the draft, opened for editing, or blank.

        Anything but a restored draft replaces the draft, which is then cleared.
        """
        self.entry_id = entry_id
        entry = self._entry(entry_id) if entry_id else None
        self._loaded = CheckIn.from_entry(entry) if entry else None
        self._quick = checkin.quick
        self._steps.fill(checkin)
        self._prompt.restore(checkin, self._context_for(checkin))
        self._show_prompt(checkin)
        self._steps.show_editing(
            when_phrase(entry.created_at, self.store.connection.now()) if entry else None
        )
        self._keeper.reset(checkin, entry_id, keep_draft=from_draft)
        self._go(checkin.step)

    def _context_for(self, checkin: CheckIn) -> PromptContext:
        first = self.entry_id is None and self.store.entries.count() == 0
        return checkin.prompt_context(first_checkin=first)

    def _has_unsaved(self, checkin: CheckIn) -> bool:
        if self.entry_id is not None and self._loaded is not None:
            return checkin.content != self._loaded.content
        return not checkin.is_empty

    # -- steps -----------------------------------------------------------------------------

    def _go(self, step: str) -> None:
        """Show one step, put the keyboard there, and update the buttons and keys."""
        self.step = step
        self._steps.current = step
        self.query_one(StepBar).current = step
        if step == "write":
            self._ensure_prompt()
        # At once, not later: keys typed straight after Ctrl+W must land in the text.
        self.set_focus(self._steps.focus_target(step))
        self.refresh_bindings()
        self._changed()

    def _update_nav(self, checkin: CheckIn) -> None:
        index = STEPS.index(self.step)
        self.query_one("#back", Button).display = index > 0
        next_button = self.query_one("#next", Button)
        next_button.display = index < len(STEPS) - 1
        next_button.label = "Next →" if self._steps.answered(checkin, self.step) else "Skip →"
        self.query_one("#trash", Button).display = self.entry_id is not None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer each key only where it means something (others fall through to the text box)."""
        index = STEPS.index(self.step)
        if action == "next_step":
            return index < len(STEPS) - 1
        if action == "previous_step":
            return index > 0
        if action == "just_write":
            return self.step != "write"
        if action in ("another_prompt", "own_editor", "focus_tags"):
            return self.step == "write"
        if action == "regroup":
            return self.step == "feelings"
        if action in ("trash_entry", "start_fresh"):
            return self.entry_id is not None
        return True

    def action_next_step(self) -> None:
        """Go on to the next step (nothing has to be answered)."""
        index = STEPS.index(self.step)
        if index < len(STEPS) - 1:
            self._go(STEPS[index + 1])

    def action_previous_step(self) -> None:
        """Go back a step; everything chosen stays."""
        index = STEPS.index(self.step)
        if index > 0:
            self._go(STEPS[index - 1])

    def action_just_write(self) -> None:
        """The quick path: straight to the writing, with everything else optional."""
        if self.collect().is_empty:
            self._quick = True
        self._go("write")

    def action_regroup(self) -> None:
        """Browse the words by family, or by energy and pleasantness."""
        self.query_one(FeelingPicker).action_regroup()

    def action_focus_tags(self) -> None:
        """Put the keyboard in the tags box."""
        self.query_one("#tags", Input).focus()

    @on(StepBar.Selected)
    def _step_clicked(self, event: StepBar.Selected) -> None:
        self._go(event.step)

    @on(Button.Pressed, "#nav Button")
    def _nav_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        actions = {
            "back": self.action_previous_step,
            "next": self.action_next_step,
            "save": self.action_save,
            "trash": self.action_trash_entry,
        }
        actions[event.button.id or ""]()

    @on(FeelingPicker.CannotName)
    def _cannot_name(self) -> None:
        """No word yet: go on to prompts about the body and the senses instead."""
        self._go("write")

    # -- prompts ---------------------------------------------------------------------------

    def _ensure_prompt(self, *, another: bool = False) -> None:
        """Offer a prompt fitting what was just chosen, unless the person is already writing."""
        checkin = self.collect()
        context = self._context_for(checkin)
        editing = self.entry_id is not None
        self._prompt.refresh(checkin, context, self.rng, editing=editing, another=another)
        self._show_prompt(checkin)

    def _show_prompt(self, checkin: CheckIn) -> None:
        """Put the prompt on screen, saying whether it was written for "I can't name it yet"."""
        for_no_word = self._prompt.written_for_no_word()
        self._steps.show_prompt(self._prompt.current, checkin, chosen_for_no_word=for_no_word)

    def action_another_prompt(self) -> None:
        """A different prompt (never the same one twice in a row)."""
        self._ensure_prompt(another=True)
        self._changed()

    # -- changes and the draft ---------------------------------------------------------------

    @on(Scale.Changed)
    @on(BodyPicker.Changed)
    @on(FeelingPicker.Changed)
    @on(TextArea.Changed)
    @on(Input.Changed, "#tags")
    def _on_change(self) -> None:
        self._changed()

    def _changed(self) -> None:
        """Something changed: hide the last acknowledgement and autosave shortly."""
        checkin = self.collect()
        if checkin.content != self._latest.content:
            self.query_one("#ack", Static).display = False
        self._latest = checkin
        self._update_nav(checkin)
        self._keeper.schedule(checkin, self.entry_id, self._has_unsaved(checkin))

    def save_draft(self) -> None:
        """Write the check-in on screen as the draft now, without waiting for the pause."""
        self._changed()
        self._keeper.write_now()

    def on_unmount(self) -> None:
        """Write the very last keystrokes too when Thaw closes (the draft never depends on this)."""
        checkin = self.collect()
        self._keeper.remember(checkin, self.entry_id, self._has_unsaved(checkin))
        self._keeper.write_now()

    # -- saving, editing, trash --------------------------------------------------------------

    def action_save(self) -> None:
        """Save the whole check-in as one entry (or save the changes to the one being edited).

        Editing began in History, so saving the changes goes back there, where the entry
        (its view, if that was open) shows them and a toast says they are saved.
        """
        editing = self.entry_id is not None
        said = self._save()
        if said and editing:
            self.app.switch_mode("history")
            self.app.notify(said, markup=False)

    def _save(self) -> str | None:
        """Save, then start a new check-in; a short acknowledgement is returned (None if
        nothing was saved) and, for a new entry, shown above the new check-in. Changes to
        an entry are acknowledged in History, where saving them leads."""
        checkin = self.collect()
        if checkin.is_empty:
            self.notify(words.NOTHING_TO_SAVE, markup=False)
            return None
        entry_id = self.entry_id if self.entry_id and self._entry(self.entry_id) else None
        try:
            if entry_id is not None:
                self.store.entries.update(entry_id, checkin.to_new_entry(), clear_draft=True)
            else:
                self.store.entries.add(checkin.to_new_entry(), clear_draft=True)
        except WRITE_FAILURES:
            self.notify(words.SAVE_FAILED, severity="error", markup=False)
            return None
        label = self._steps.region_label
        message = acknowledgement(checkin, edited=entry_id is not None, region_label=label)
        self._start_over("" if entry_id is not None else f"{message} {words.FIND_IT}")
        return message

    def _start_over(self, message: str = "") -> None:
        """A blank check-in at the first step, with a quiet line about what just happened."""
        self._show(CheckIn(), None)
        ack = self.query_one("#ack", Static)
        ack.update(message)
        ack.display = bool(message)

    def on_screen_suspend(self) -> None:
        """Leaving Write (not a dialog over it): the last acknowledgement has been read.

        Coming back later starts without it, so it is never taken for news about the
        check-in then on screen.
        """
        if self not in self.app.screen_stack:
            self.query_one("#ack", Static).display = False

    def action_start_fresh(self) -> None:
        """Clear the check-in on screen, after asking (editing: the saved entry stays as it was)."""
        editing = self.entry_id is not None
        message = words.LEFT_AS_IT_WAS if editing else ""
        if not self._has_unsaved(self.collect()):
            self._start_over(message)
            return
        question = (
            ConfirmScreen(words.CLEAR_EDIT, yes="Let them go", no="Keep editing")
            if editing
            else ConfirmScreen(words.CLEAR_NEW, yes="Clear it", no="Keep it")
        )

        def answer(clear: bool | None) -> None:
            if clear:
                self._start_over(message)

        self.app.push_screen(question, answer)

    def load_entry(self, entry_id: int) -> None:
        """Open a saved entry here for editing; History calls this after switching to Write.

        If an unsaved check-in is on screen, the person is asked to save it first.
        """
        if entry_id == self.entry_id:
            self._go("write")
            return
        if self._entry(entry_id) is None:
            self.notify(words.NOT_FOUND, markup=False)
            return
        if not self._has_unsaved(self.collect()):
            self._open(entry_id)
            return

        def answer(save_first: bool | None) -> None:
            if save_first and self._save():
                self._open(entry_id)
                self.notify(words.SAVED_THEN_OPENED, markup=False)
            elif not save_first:
                self.notify(words.STILL_HERE, markup=False)

        self.app.push_screen(
            ConfirmScreen(words.SAVE_FIRST, yes="Save it, then open", no="Not now"),
            answer,
        )

    def _open(self, entry_id: int) -> None:
        if (entry := self._entry(entry_id)) is not None:
            self._show(CheckIn.from_entry(entry), entry_id)

    def action_trash_entry(self) -> None:
        """Move the entry being edited to the trash, after asking; it can come back for 30 days."""
        entry_id = self.entry_id
        if entry_id is None:
            return

        def answer(move: bool | None) -> None:
            if not move:
                return
            self.store.entries.trash(entry_id)
            self._start_over(words.TRASHED)

        self.app.push_screen(
            ConfirmScreen(words.TRASH_QUESTION, yes="Move to trash", no="Keep it"),
            answer,
        )

    def action_own_editor(self) -> None:
        """Write in $VISUAL or $EDITOR; the text comes back here when the editor closes."""
        if edit_in_place(self.query_one("#text", TextArea)):
            self.save_draft()

    def palette_commands(self) -> Iterable[SystemCommand]:
        """Check-in actions for the command palette."""
        return write_commands(self)


def edit_entry(app: App[object], entry_id: int) -> None:
    """Switch to Write and open a saved entry there for editing (what History calls)."""
    app.switch_mode("write")
    screen = app.screen_stack[0]
    if isinstance(screen, WriteScreen):
        screen.load_entry(entry_id)
