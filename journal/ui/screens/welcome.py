"""The first-run welcome: what Thaw is for, what it is not, where crisis help is."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Button, Static

from journal.resources import style_file
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


class WelcomeText(VerticalScroll, can_focus=False):
    """The whole welcome, scrolling in a short terminal; Begin stays at its foot.

    Begin, which has the keyboard, sits inside it, so its scrolling keys (↑ ↓, PgUp PgDn,
    Home End, Textual's own) reach it from there.
    """

    BINDINGS = [Binding("down", "scroll_down", "Scroll", key_display="↑↓")]
    """↓ as Textual binds it, but shown along the bottom while the text does not fit."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the scrolling keys only when there is something to scroll to."""
        return self.show_vertical_scrollbar if action == "scroll_down" else True

    def watch_show_vertical_scrollbar(self) -> None:
        """The text has just started or stopped fitting: show or hide its keys."""
        self.screen.refresh_bindings()


class WelcomeScreen(Dialog[None]):
    """Shown once on first run, and again on request from help or the palette."""

    CSS_PATH = style_file("welcome.tcss")
    BINDINGS = [Binding("escape,enter", "dismiss", "Begin", show=True)]
    """Enter or Escape begins."""

    def compose_dialog(self) -> ComposeResult:
        """A short, warm text and one button, which stays in sight while the text scrolls."""
        with WelcomeText(id="welcome", classes="dialog"):
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
