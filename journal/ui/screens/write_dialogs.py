"""The gentle question asked when Thaw finds an unsaved check-in from last time."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from journal.ui.screens.dialog import Dialog


class DraftOfferScreen(Dialog[bool]):
    """Offers the unsaved check-in back; True picks it up, False starts fresh.

    Picking up is the default (Enter, Escape, P): nothing is lost by accident.
    Starting fresh is asked about again before anything is cleared.
    """

    BINDINGS = [
        Binding("escape,p", "answer(True)", "Pick up where I left off"),
        Binding("f", "answer(False)", "Start fresh"),
    ]
    """Escape or P keeps the check-in; F chooses to start fresh (which asks once more)."""

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose_dialog(self) -> ComposeResult:
        """The question and two buttons, "Pick up where I left off" first and focused."""
        with Vertical(classes="dialog", id="draft-offer"):
            yield Static("Welcome back", classes="dialog-title")
            yield Static(self._question, markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Start fresh", id="fresh")
                yield Button("Pick up where I left off", id="resume", variant="primary")

    def on_mount(self) -> None:
        """Start on "Pick up", so Enter keeps everything."""
        self.query_one("#resume", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Answer with the button pressed."""
        event.stop()
        self.dismiss(event.button.id == "resume")

    def action_answer(self, resume: bool) -> None:
        """Answer by key."""
        self.dismiss(resume)
