"""The help screen: every key in the app, gathered from the bindings themselves."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.widgets import Button, Static

from journal.ui.keys import collect_keys
from journal.ui.screens.dialog import Dialog

HELP_INTRO = (
    "Everything in Thaw works from the keyboard. Tab and Shift+Tab move between "
    "parts of a screen; Ctrl+P finds any action by name. ↑ ↓ PgUp PgDn scroll this list."
)


class HelpScreen(Dialog[None]):
    """Lists every key, area by area; Escape closes it."""

    BINDINGS = [
        Binding("escape,f1,q", "close", "Close help"),
        Binding("w", "welcome", "Show the welcome again"),
    ]
    FOOTER = False

    def __init__(
        self, sections: list[tuple[str, type[DOMNode]]], show_welcome: Callable[[], None]
    ) -> None:
        super().__init__()
        self._sections = sections
        self._show_welcome = show_welcome

    def compose_dialog(self) -> ComposeResult:
        """A scrolling list of keys under a short introduction."""
        with Vertical(id="help", classes="dialog"):
            yield Static("Keys", classes="dialog-title")
            yield Static(HELP_INTRO, id="help-intro")
            with VerticalScroll(id="help-keys"):
                section = None
                for line in collect_keys(self._sections):
                    if line.section != section:
                        section = line.section
                        yield Static(section, classes="help-section", markup=False)
                    with Horizontal(classes="help-row"):
                        yield Static(line.keys, classes="help-key", markup=False)
                        yield Static(line.description, classes="help-description", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Show the welcome again", id="welcome-again", compact=True)
                yield Button("Close", id="close", variant="primary", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Close, or show the welcome again."""
        event.stop()
        if event.button.id == "welcome-again":
            self.action_welcome()
        else:
            self.action_close()

    def action_close(self) -> None:
        """Close the help screen."""
        self.dismiss(None)

    def action_welcome(self) -> None:
        """Replace help with the first-run welcome."""
        self.dismiss(None)
        self._show_welcome()
