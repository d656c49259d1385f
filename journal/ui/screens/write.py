"""The Write area (a first version; the full behaviour comes with its own issue)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from journal.resources import style_file
from journal.ui.screens.area import AreaScreen


class WriteScreen(AreaScreen):
    """Write a check-in."""

    CSS_PATH = style_file("write.tcss")
    AREA_TITLE = "Write"

    def compose_body(self) -> ComposeResult:
        """A placeholder body."""
        yield Static("Write a check-in", id="write-body")
