"""The Strategies area (a first version; the full behaviour comes with its own issue)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from journal.resources import style_file
from journal.ui.screens.area import AreaScreen


class StrategiesScreen(AreaScreen):
    """Ways to cope."""

    CSS_PATH = style_file("strategies.tcss")
    AREA_TITLE = "Strategies"

    def compose_body(self) -> ComposeResult:
        """A placeholder body."""
        yield Static("Ways to cope", id="strategies-body")
