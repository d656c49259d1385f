"""The frame shared by the three areas: a header, the area's body, the footer."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

from journal.ui.widgets.area_bar import AreaBar

if TYPE_CHECKING:
    from journal.store import Store
    from journal.ui.app import JournalApp


class AreaScreen(Screen[None]):
    """Base of Write, Strategies and History: subclasses fill `compose_body`."""

    AREA_TITLE = ""
    AREA_TABS = [
        ("write", "Write", "F2"),
        ("strategies", "Strategies", "F3"),
        ("history", "History", "F4"),
    ]

    @property
    def journal_app(self) -> JournalApp:
        """The running Thaw app, typed."""
        return cast("JournalApp", self.app)

    @property
    def store(self) -> Store:
        """The open journal."""
        return self.journal_app.store

    def compose(self) -> ComposeResult:
        """Area bar, body, footer."""
        yield AreaBar(self.AREA_TABS, self.app.current_mode)
        yield from self.compose_body()
        yield Footer()

    def compose_body(self) -> ComposeResult:
        """The area's own widgets."""
        yield from ()
