"""Before and after a strategy: "how numb do you feel?", always skippable, with an optional note."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from journal.ui.screens.dialog import FormDialog
from journal.ui.widgets.scale import Scale
from journal.wording import NUMBNESS_HIGH, NUMBNESS_LOW

SCALE_HINT = "← → or a number to choose · Enter to go on · skipping is fine too"


@dataclass(frozen=True)
class Rating:
    """What the person gave: a number (or None when skipped) and a note."""

    value: int | None
    note: str = ""


class RatingScreen(FormDialog[Rating | None]):
    """Asks for a 0 to 10 numbness rating; dismisses with a Rating, or None to back out.

    `before=True` asks before a strategy and offers "Not now"; afterwards there is a
    note field and no way to back out, only to skip, so a finished try is never lost.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Not now"),
        Binding("escape", "skip", "Skip the rating"),
        Binding("enter,ctrl+s", "save", "Go on"),
    ]
    """Escape backs out before (or skips the rating after); Enter goes on; ! the crisis lines."""

    def __init__(self, question: str, *, confirm: str, before: bool) -> None:
        super().__init__()
        self._question = question
        self._confirm = confirm
        self._before = before

    def compose_dialog(self) -> ComposeResult:
        """The question, the scale, an optional note, and the buttons."""
        with Vertical(classes="dialog rating"):
            yield Static(self._question, classes="dialog-title", markup=False)
            yield Scale(NUMBNESS_LOW, NUMBNESS_HIGH, id="rating-scale")
            yield Static(SCALE_HINT, classes="rating-hint", markup=False)
            if not self._before:
                yield Input(
                    placeholder="Anything you noticed? (optional)", id="rating-note", max_length=500
                )
            with Horizontal(classes="dialog-buttons"):
                if self._before:
                    yield Button("Not now", id="cancel")
                yield Button("Skip the rating", id="skip")
                yield Button(self._confirm, id="save", variant="primary")

    def on_mount(self) -> None:
        """Start on the scale."""
        self.query_one(Scale).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Escape backs out before a try, and skips the rating after one."""
        if action == "cancel":
            return self._before
        if action == "skip":
            return not self._before
        return True

    def action_save(self) -> None:
        """Go on with the number chosen (None if none was) and the note."""
        self.dismiss(Rating(self.query_one(Scale).value, self._note()))

    def action_skip(self) -> None:
        """Go on without a number, keeping the note."""
        self.dismiss(Rating(None, self._note()))

    def _note(self) -> str:
        notes = self.query(Input)
        return notes.first().value.strip() if notes else ""
