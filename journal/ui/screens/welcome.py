"""The first-run welcome: what Thaw is for, what it is not, where crisis help is."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Static

from journal.ui.screens.dialog import Dialog

WELCOME_TITLE = "Welcome to Thaw"
WELCOME_TEXT = (
    "When feelings go quiet, flat or far away, it can help to practise noticing "
    "and naming them again, a little at a time. Thaw offers a short check-in, "
    "ways to cope, and a private history that stays on this computer.\n\n"
    "Thaw is not a substitute for care from a doctor, therapist or psychiatrist, "
    "and it is not a crisis service. If you are in danger or thinking about "
    "harming yourself, press F9 at any time to see crisis lines.\n\n"
    "Everything works from the keyboard; F1 lists every key."
)


class WelcomeScreen(Dialog[None]):
    """Shown once on first run, and again on request from help or the palette."""

    CSS_PATH = []
    BINDINGS = [Binding("escape,enter", "dismiss", "Begin", show=True)]

    def compose_dialog(self) -> ComposeResult:
        """A short, warm text and one button."""
        with Vertical(id="welcome", classes="dialog"):
            yield Static(WELCOME_TITLE, classes="dialog-title")
            yield Static(WELCOME_TEXT, id="welcome-text")
            yield Button("Begin", id="begin", variant="primary", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Close the welcome."""
        event.stop()
        self.dismiss(None)

    async def action_dismiss(self, result: None = None) -> None:
        """Close the welcome (Escape or Enter)."""
        self.dismiss(None)
