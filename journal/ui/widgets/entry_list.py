"""A newest-first list of entries that stays instant at any journal size.

It is a line-API widget (a ScrollView with `render_line`): it builds no widget per
entry and draws only the lines on screen. Rows come a page at a time from two
callables it is given (how many, and one page), and only a few pages are kept,
so memory stays flat whether the journal holds ten entries or a hundred thousand.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from journal.models import EntrySummary
from journal.ui.widgets.entry_row import ROW_HEIGHT, RowStyles, message_line, row_line

PAGE_SIZE = 100
"""Entries fetched at once."""

KEPT_PAGES = 8
"""Pages kept in memory; older ones are dropped and fetched again if needed."""


@dataclass(frozen=True)
class EntrySource:
    """Where the rows come from: how many there are, and `limit` of them from `offset`."""

    count: Callable[[], int]
    page: Callable[[int, int], Sequence[EntrySummary]]


class EntryList(ScrollView, can_focus=True):
    """Scrollable entries with a cursor; Enter or a click opens the one under it."""

    DEFAULT_CSS = """
    EntryList {
        height: 1fr;
        overflow-x: hidden;
        background: $surface;
    }
    EntryList > .entry-list--cursor {
        background: $primary 20%;
    }
    EntryList:focus > .entry-list--cursor {
        background: $primary 35%;
    }
    EntryList > .entry-list--date {
        text-style: bold;
    }
    EntryList > .entry-list--muted {
        color: $foreground 80%;
    }
    EntryList > .entry-list--match {
        text-style: bold underline;
        color: $accent;
    }
    EntryList > .entry-list--tag {
        color: $secondary;
    }
    """
    """Only the look of a reusable widget lives here; screens style its size and place."""

    COMPONENT_CLASSES = {
        "entry-list--cursor",
        "entry-list--date",
        "entry-list--muted",
        "entry-list--match",
        "entry-list--tag",
    }

    BINDINGS = [
        Binding("up", "move(-1)", "Previous entry", show=False),
        Binding("down", "move(1)", "Next entry", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "jump(0)", "Newest", show=False),
        Binding("end", "jump(-1)", "Oldest", show=False),
        Binding("enter", "open", "Open", show=False),
    ]
    """Moving through the list and opening an entry, all from the keyboard."""

    class Selected(Message):
        """An entry was chosen (Enter or a click)."""

        def __init__(self, entry_list: EntryList, entry_id: int) -> None:
            super().__init__()
            self.entry_list = entry_list
            self.entry_id = entry_id

        @property
        def control(self) -> EntryList:
            """The list the entry was chosen in."""
            return self.entry_list

    class Moved(Message):
        """The cursor moved, or the list was loaded: for a "12 of 1,234" line."""

        def __init__(self, entry_list: EntryList, index: int, total: int) -> None:
            super().__init__()
            self.entry_list = entry_list
            self.index = index
            self.total = total

        @property
        def control(self) -> EntryList:
            """The list whose cursor moved."""
            return self.entry_list

    def __init__(
        self,
        empty_text: str = "Nothing here yet.",
        *,
        name: str | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own name
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.empty_text = empty_text
        self.cursor = 0
        self.total = 0
        self.loaded = False
        self._source: EntrySource | None = None
        self._pending: EntrySource | None = None
        self._pages: OrderedDict[int, Sequence[EntrySummary]] = OrderedDict()
        self._styles_now: RowStyles | None = None
        self.fetches = 0
        """Pages fetched so far: lets tests and the benchmark see that paging works."""

    # Loading

    def load(self, source: EntrySource, *, keep_cursor: bool = False) -> None:
        """Show the entries from `source` now: the count, and the page under the cursor.

        Both are single indexed queries (about 10 ms for a common word in 100,000
        entries), so the first paint of a screen can already hold its rows.
        """
        self._pending = None  # an older source waiting to load must not replace this one
        total = source.count()
        cursor = max(min(self.cursor, total - 1), 0) if keep_cursor else 0
        first = self._page_number(cursor)
        page = source.page(first * PAGE_SIZE, PAGE_SIZE) if total else []
        self.fetches += 1
        self._source = source
        self._pages = OrderedDict([(first, page)])
        if not self.loaded or bool(total) != bool(self.total):
            self.refresh_bindings()  # keys that need an entry under the cursor come or go
        self.total = total
        self.loaded = True
        self.virtual_size = Size(self.scrollable_content_region.width, total * ROW_HEIGHT)
        if not keep_cursor:
            self.scroll_to(y=0, animate=False, immediate=True)
        self._set_cursor(cursor, scroll=keep_cursor)
        self.refresh()

    def load_soon(self, source: EntrySource) -> None:
        """Load `source` once pending messages are handled; a newer source replaces an older one.

        The load runs on the widget's own message loop, so an error reading the journal
        reaches the app as itself (and a damaged file gets its plain message).
        """
        if self._pending is None:
            self.call_later(self._load_pending)
        self._pending = source

    def _load_pending(self) -> None:
        source, self._pending = self._pending, None
        if source is not None:
            self.load(source)

    def reload(self) -> None:
        """Read the same source again (after an edit or a delete), keeping the place."""
        if self._source is not None and self._pending is None:  # else a fresh load is coming
            self.load(self._source, keep_cursor=True)

    def _page_number(self, index: int) -> int:
        return index // PAGE_SIZE

    def summary(self, index: int) -> EntrySummary | None:
        """The entry at `index` (0 is the newest), fetching its page if needed."""
        if self._source is None or not 0 <= index < self.total:
            return None
        number = self._page_number(index)
        page = self._pages.get(number)
        if page is None:
            page = self._source.page(number * PAGE_SIZE, PAGE_SIZE)
            self.fetches += 1
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = index - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    @property
    def highlighted(self) -> EntrySummary | None:
        """The entry under the cursor, if there is one."""
        return self.summary(self.cursor)

    @property
    def kept_entries(self) -> int:
        """How many summaries are held in memory right now."""
        return sum(len(page) for page in self._pages.values())

    # Drawing

    def _row_styles(self) -> RowStyles:
        return RowStyles(
            date=self.get_visual_style("entry-list--date", partial=True),
            muted=self.get_visual_style("entry-list--muted", partial=True),
            match=self.get_visual_style("entry-list--match", partial=True),
            tag=self.get_visual_style("entry-list--tag", partial=True),
        )

    def render_lines(self, crop: Region) -> list[Strip]:
        """Read the styles once per paint rather than once per line."""
        self._styles_now = self._row_styles()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        """One line of the list: part of an entry's row, or the empty message."""
        styles = self._styles_now or self._row_styles()
        width = self.scrollable_content_region.width
        base = self.visual_style
        line = round(self.scroll_offset.y) + y
        if self.loaded and self.total == 0:
            lines = self.empty_text.splitlines()
            if 1 <= y <= len(lines):
                text = message_line(lines[y - 1], width)
                return Strip(text.render_segments(base + styles.muted), width)
            return Strip.blank(width, base.rich_style)
        index, part = divmod(line, ROW_HEIGHT)
        summary = self.summary(index)
        if summary is None:
            return Strip.blank(width, base.rich_style)
        cursor = index == self.cursor
        style = base + self.get_visual_style("entry-list--cursor", partial=True) if cursor else base
        if cursor:  # quiet text on the cursor's tint is too faint in some themes (solarized-light)
            styles = replace(styles, muted=Style())
        content = row_line(summary, part, width, styles, cursor)
        return Strip(content.render_segments(style), width)

    def on_resize(self, event: events.Resize) -> None:
        """Keep the virtual width in step with the widget."""
        self.virtual_size = Size(self.scrollable_content_region.width, self.total * ROW_HEIGHT)

    # Moving

    def _set_cursor(self, index: int, *, scroll: bool = True) -> None:
        """Move the cursor, redraw the two rows involved, and keep it in view."""
        old = self.cursor
        self.cursor = max(0, min(index, self.total - 1))
        self.refresh_lines(old * ROW_HEIGHT, ROW_HEIGHT)
        self.refresh_lines(self.cursor * ROW_HEIGHT, ROW_HEIGHT)
        if scroll and self.total:
            region = Region(0, self.cursor * ROW_HEIGHT, 1, ROW_HEIGHT)
            self.scroll_to_region(region, animate=False, force=True, immediate=True)
        self.post_message(self.Moved(self, self.cursor, self.total))

    @property
    def rows_on_screen(self) -> int:
        """How many entries fit in the visible area."""
        return max(1, self.scrollable_content_region.height // ROW_HEIGHT)

    def action_move(self, step: int) -> None:
        """Move the cursor by `step` entries."""
        self._set_cursor(self.cursor + step)

    def action_page(self, direction: int) -> None:
        """Move the cursor by a screenful."""
        self._set_cursor(self.cursor + direction * self.rows_on_screen)

    def action_jump(self, index: int) -> None:
        """Jump to the newest (0) or the oldest (-1) entry."""
        self._set_cursor(self.total - 1 if index < 0 else index)

    def action_open(self) -> None:
        """Open the entry under the cursor."""
        summary = self.highlighted
        if summary is not None:
            self.post_message(self.Selected(self, summary.id))

    def on_click(self, event: events.Click) -> None:
        """A click on a row moves the cursor there and opens that entry."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = (round(self.scroll_offset.y) + offset.y) // ROW_HEIGHT
        if 0 <= index < self.total:
            self._set_cursor(index, scroll=False)
            self.action_open()
