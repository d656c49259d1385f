"""Crisis lines, one key from anywhere: who to call or text, and where each was checked.

If the resources file cannot be read, the screen still opens with a short fallback,
because this is the one screen that must never fail.

On a small terminal the numbers come first: the notice that Thaw is not a crisis
service moves below the lines, in the same scrolling list, so the first line's
number is on screen the moment the screen opens.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from journal.content.errors import ContentError
from journal.content.resources import CrisisLine, Resources, load_resources
from journal.resources import style_file
from journal.wording import short_date

FALLBACK_NOTICE = (
    "Thaw is a journal, not a crisis service. If you are in danger, call your local "
    "emergency number now. To find a helpline in your country, visit findahelpline.com."
)
"""Shown alone if the list of lines cannot be read."""

COMPACT_BELOW = (60, 20)
"""A terminal narrower or shorter than this (columns, rows) shows the numbers first."""


CRISIS_KEY = Binding("exclamation_mark", "app.crisis", "Crisis lines", show=False)
"""For Thaw's dialogs: `!` opens the crisis lines there too, as it does everywhere else.

A dialog stops the app's own keys, so each dialog binds it again (F9 is a priority key).
"""


def load_or_fallback() -> Resources:
    """The crisis lines, or just the fallback notice if they cannot be read."""
    try:
        return load_resources()
    except ContentError:
        return Resources(notice=FALLBACK_NOTICE, lines=())


def source_site(url: str) -> str:
    """The site a line was checked on, as a person would say it: "samaritans.org"."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def _line(line: CrisisLine) -> Content:
    """A line's name and how to reach it, then where and when that was checked."""
    checked = f"from {source_site(line.source)}, checked {short_date(line.checked)}"
    return Content.assemble(
        Content.styled(line.name, "bold"),
        f": {line.contact}\n",
        Content.styled(checked, "$foreground-muted"),
    )


class CrisisScreen(ModalScreen[None]):
    """Where to find help right now; Escape closes it."""

    CSS_PATH = style_file("crisis.tcss")
    BINDINGS = [Binding("escape,q", "close", "Close")]
    """Escape (or q) closes the crisis lines."""

    def compose(self) -> ComposeResult:
        """A title, the plain notice, and the lines in a scrolling list.

        The notice is there twice: above the list, and at its end for a small terminal
        (the style shows one of them).
        """
        resources = load_or_fallback()
        with Vertical(id="crisis", classes="dialog"):
            yield Static("If you need help now", classes="dialog-title")
            yield Static(resources.notice, id="crisis-notice", markup=False)
            with VerticalScroll(id="crisis-lines"):
                for country in resources.countries:
                    yield Static(country, classes="crisis-country", markup=False)
                    for line in resources.for_country(country):
                        yield Static(_line(line), classes="crisis-line")
                yield Static(resources.notice, id="crisis-notice-after", markup=False)
            yield Static("↑ ↓ to scroll · Esc to close", id="crisis-keys")
        yield Footer()

    def on_mount(self) -> None:
        """Focus the list so the arrows scroll it, laid out for the terminal's size."""
        self._fit(self.app.size.width, self.app.size.height)
        self.query_one("#crisis-lines").focus()

    def on_resize(self, event: events.Resize) -> None:
        """Numbers first whenever the terminal becomes small."""
        self._fit(event.size.width, event.size.height)

    def _fit(self, width: int, height: int) -> None:
        narrow, short = COMPACT_BELOW
        self.set_class(width < narrow or height < short, "-compact")

    def action_close(self) -> None:
        """Close the crisis lines."""
        self.dismiss(None)
