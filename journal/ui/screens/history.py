"""History: every entry, newest first, with search, filters, and the way to Trends and Trash.

The list is an EntryList (line API, paged from SQLite), so it opens at once and
scrolls smoothly through a decade of check-ins. Typing in the search box waits
for a short pause before asking the store, so typing never stutters.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import Input, Static

from journal.history_filter import AppliedFilter, FilterChoices, apply_choices
from journal.models import EntryFilter
from journal.resources import style_file
from journal.ui.naming import family_look
from journal.ui.screens.area import AreaScreen
from journal.ui.screens.entry import EntryScreen, ask_to_trash, edit_in_write
from journal.ui.screens.filters import FilterScreen
from journal.ui.screens.trends import TrendsScreen
from journal.ui.widgets.entry_list import EntryList, EntrySource
from journal.wording import counted

if TYPE_CHECKING:
    from journal.store.queries import EntryQueries

SEARCH_PAUSE = 0.2
"""Seconds of quiet after typing before the search runs."""

EMPTY_JOURNAL = "Nothing here yet. Check-ins you save in Write (F2) will appear here."
NO_MATCHES = "Nothing matches. Fewer words or filters may help; c clears them all."
SEARCH_SHOWN = "Showing matches for your search, newest first."
WHILE_TYPING = "   (Esc, then c to clear)"
"""The keys hint while the cursor is in the search box, where f and c are letters to type."""
SEARCH_REACH = "Search looks in your writing and feeling words; to find a tag, press f."
"""Said under NO_MATCHES after a search, since people expect tags to be found too."""


def source_for(queries: EntryQueries, wanted: EntryFilter) -> EntrySource:
    """The list's rows for one filter, read from the store a page at a time."""
    return EntrySource(
        count=lambda: queries.count(wanted),
        page=lambda offset, limit: queries.page(wanted, offset, limit),
    )


class EntryListScreen(AreaScreen):
    """A screen around an EntryList that shows the journal as it is whenever it comes back.

    Entries may be written, edited, deleted or restored while the screen is out of
    sight; the list reloads on return, keeping its place (not on the first showing,
    which `on_mount` loads).
    """

    _stale = False

    @property
    def entry_list(self) -> EntryList:
        """The screen's list of entries."""
        raise NotImplementedError

    def on_screen_suspend(self) -> None:
        """Out of sight: the journal may change meanwhile."""
        self._stale = True

    def on_screen_resume(self) -> None:
        """Back in sight: show the journal as it is now, keeping the place in the list."""
        if self._stale:
            self._stale = False
            self.entry_list.reload()


class HistoryScreen(EntryListScreen):
    """Look back over your entries: search them, narrow them, open one."""

    CSS_PATH = style_file("history.tcss")
    AUTO_FOCUS = "#history-list"
    """The list, not the search box: a key pressed as History opens must not become a search."""
    BINDINGS = [
        Binding("slash", "focus_search", "Search", tooltip="Search your entries", show=False),
        Binding("f", "filters", "Filter", tooltip="Dates, feelings, tags, numbness"),
        Binding(
            "c", "clear", "Show all", tooltip="Clear the search and filters", show=False
        ),  # the line above the list offers it, and the footer would overflow at 80 columns
        Binding("t", "trends", "Trends", tooltip="How things have changed"),
        Binding("b", "trash", "Trash", tooltip="Deleted entries, kept for 30 days"),
        Binding("e", "edit", "Edit", tooltip="Edit the highlighted entry in Write"),
        Binding("delete", "delete", "Delete", tooltip="Move the highlighted entry to the trash"),
    ]
    """History's keys; letters act on the list, so typing a search never triggers them."""

    def __init__(self) -> None:
        super().__init__()
        self.choices = FilterChoices()
        self.applied: AppliedFilter | None = None
        self._search_timer: Timer | None = None

    def compose_body(self) -> ComposeResult:
        """The search box, the filters in words, the list, and where the cursor is."""
        yield Input(
            placeholder='Search: words, the start of a word, or "a phrase"',
            id="history-search",
        )
        yield Static(id="history-filters", markup=False)
        yield EntryList(EMPTY_JOURNAL, id="history-list")
        yield Static(id="history-status", markup=False)

    @property
    def entry_list(self) -> EntryList:
        """The list of entries."""
        return self.query_one("#history-list", EntryList)

    @property
    def search(self) -> Input:
        """The search box."""
        return self.query_one("#history-search", Input)

    def on_mount(self) -> None:
        """Show every entry, with the cursor in the list."""
        self.apply(now=True)
        self.entry_list.focus()

    # Searching and filtering

    def apply(self, now: bool = False) -> None:
        """Run the search and filters (from a worker unless `now`), and say what is shown."""
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None
        self.applied = apply_choices(
            self.search.value,
            self.choices,
            self.store.connection.now(),
            lambda family: family_look(family).label,
        )
        searching = bool(self.search.value.strip())
        if searching:
            self.entry_list.empty_text = f"{NO_MATCHES}\n{SEARCH_REACH}"
        else:
            self.entry_list.empty_text = EMPTY_JOURNAL if self.choices.is_empty else NO_MATCHES
        source = source_for(self.store.queries, self.applied.wanted)
        if now:
            self.entry_list.load(source)
        else:
            self.entry_list.load_soon(source)
        self._show_filters()
        self.refresh_bindings()

    def _show_filters(self) -> None:
        """Say in words what the list holds, and the keys that change it from here."""
        parts = self.applied.parts if self.applied else ()
        typing = self.focused is self.search
        line = self.query_one("#history-filters", Static)
        if parts:
            keys = WHILE_TYPING if typing else "   (f to change, c to clear)"
            line.update("Showing " + " · ".join(parts) + keys)
        elif self.search.value.strip():
            line.update(SEARCH_SHOWN + (WHILE_TYPING if typing else "   (f to filter, c to clear)"))
        else:
            line.update("Showing every entry, newest first.   (f to filter)")

    def on_descendant_focus(self) -> None:
        """The keys hint follows the cursor into and out of the search box."""
        self._show_filters()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Search after a short pause in typing."""
        event.stop()
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_PAUSE, self.apply)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the search box: search now and move to the results."""
        event.stop()
        self.apply()
        self.entry_list.focus()

    def on_key(self, event: events.Key) -> None:
        """Down or Escape in the search box moves to the results."""
        if self.focused is self.search and event.key in ("down", "escape"):
            event.stop()
            self.entry_list.focus()

    def action_focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search.focus()

    def action_filters(self) -> None:
        """Open the filters; apply them when the person chooses Show."""

        def chosen(choices: FilterChoices | None) -> None:
            if choices is not None:
                self.choices = choices
                self.apply()

        screen = FilterScreen(
            self.choices, self.store.trends.families_used(), self.store.connection.now()
        )
        self.app.push_screen(screen, chosen)

    def action_clear(self) -> None:
        """Clear the search and every filter."""
        self.choices = FilterChoices()
        with self.search.prevent(Input.Changed):
            self.search.value = ""
        self.apply()

    # The list

    def on_entry_list_moved(self, event: EntryList.Moved) -> None:
        """Say where the cursor is, and how many entries there are."""
        status = self.query_one("#history-status", Static)
        if event.total:
            status.update(
                f"{event.index + 1:,} of {counted(event.total, 'entry', 'entries')}"
                "   Enter opens the highlighted one"
            )
        else:
            status.update("")

    def on_entry_list_selected(self, event: EntryList.Selected) -> None:
        """Open the chosen entry."""
        self.app.push_screen(EntryScreen(event.entry_id))

    async def action_edit(self) -> None:
        """Edit the highlighted entry in Write."""
        summary = self.entry_list.highlighted
        if summary is not None:
            await edit_in_write(self.app, summary.id)

    def action_delete(self) -> None:
        """Ask, then move the highlighted entry to the trash."""
        summary = self.entry_list.highlighted
        if summary is not None:
            ask_to_trash(
                self, summary.id, summary.created_at, summary.first_line, self.entry_list.reload
            )

    def action_trends(self) -> None:
        """Open Trends."""
        self.app.push_screen(TrendsScreen())

    def action_trash(self) -> None:
        """Open the trash."""
        from journal.ui.screens.trash import TrashScreen  # trash.py imports this module

        self.app.push_screen(TrashScreen())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Edit and delete need an entry under the cursor; Clear, something to clear."""
        if action in ("edit", "delete"):
            return self.is_mounted and self.entry_list.highlighted is not None
        if action == "clear":
            return not self.choices.is_empty or bool(self.is_mounted and self.search.value)
        return True

    def palette_commands(self) -> Iterable[SystemCommand]:
        """History's actions, by name, in the command palette."""
        yield SystemCommand("History: search", "Search your entries", self.action_focus_search)
        yield SystemCommand(
            "History: filters", "Narrow by dates, feelings, tags, numbness", self.action_filters
        )
        yield SystemCommand("History: clear filters", "Show every entry", self.action_clear)
        yield SystemCommand("History: trends", "How things have changed", self.action_trends)
        yield SystemCommand("History: trash", "Deleted entries, kept 30 days", self.action_trash)
