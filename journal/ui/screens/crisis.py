"""Crisis lines, one key from anywhere (placeholder until the resources data lands)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


class CrisisScreen(ModalScreen[None]):
    """Where to find help right now."""

    BINDINGS = [Binding("escape", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        """The crisis lines."""
        with Vertical(classes="dialog"):
            yield Static("If you are in danger, call your local emergency number.")
