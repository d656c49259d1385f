"""The History area (a first version; the full behaviour comes with its own issue)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from journal.resources import style_file
from journal.ui.screens.area import AreaScreen


class HistoryScreen(AreaScreen):
    """Your entries."""

    CSS_PATH = style_file("history.tcss")
    AREA_TITLE = "History"

    def compose_body(self) -> ComposeResult:
        """A placeholder body."""
        yield Static("Your entries", id="history-body")
