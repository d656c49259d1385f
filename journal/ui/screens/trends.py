"""Trends: how numbness has moved, a month of check-ins, the feelings named most,
the range of feeling words used, and entries from this day in earlier years.

Words here describe; they never score, praise or warn. The numbers are gathered
in a thread on a second, read-only use of the journal file, so even a decade of
check-ins never freezes the screen.
"""

from __future__ import annotations

from datetime import date

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from journal.resources import style_file
from journal.sparkline import bar, resample, sparkline
from journal.store import open_store
from journal.store.failures import WRITE_FAILURES
from journal.store.trends import add_months, month_start
from journal.trend_models import FeelingCount, MonthWords, TrendOverview, WeekNumbness
from journal.ui.screens.area import AreaScreen
from journal.ui.screens.entry import EntryScreen
from journal.ui.text import literal
from journal.ui.widgets.entry_row import family_label
from journal.ui.widgets.heatmap import MonthCalendar, legend
from journal.wording import clock_time, counted, short_month, weekday_date

LABEL_WIDTH = 17
SPARK_WIDTH = 52
BAR_WIDTH = 24
MIN_BAR_WIDTH = 6
ON_THIS_DAY_WIDTH = 70
MARGINS = 8
"""Columns the sections cannot use: the padding around them and a scrollbar."""

VOCABULARY_NOTE = (
    "Naming a wider range of feelings can be part of getting to know them again. "
    "There is no right number, and quiet months count too."
)
ON_THIS_DAY = "On this day in earlier years"
UNREADABLE = (
    "Trends could not be gathered, because part of the journal file could not be read: "
    "it may be damaged. Nothing has been changed. `journal check` in a terminal says "
    "more, and lists your backups."
)
SPARK_NOTE = "Taller marks: more numb. Shorter: less numb. A gap: no rating that week."


def _spark_rows(label: str, weeks: tuple[WeekNumbness, ...], width: int) -> list[Content]:
    """A labelled sparkline and, under it, the dates at its two ends."""
    if not any(week.average is not None for week in weeks):
        return []
    room = max(MIN_BAR_WIDTH, min(SPARK_WIDTH, width - LABEL_WIDTH))
    values = resample([week.average for week in weeks], room)
    first, last = short_month(weeks[0].week), short_month(weeks[-1].week)
    if last == first:
        ends = first
    elif len(values) < len(first) + len(last) + 2:
        ends = f"{first} to {last}"
    else:
        ends = first + last.rjust(len(values) - len(first))
    return [
        Content(label.ljust(LABEL_WIDTH) + sparkline(values)),
        Content(" " * LABEL_WIDTH + ends),
    ]


def numbness_text(overview: TrendOverview, width: int = 80) -> Content:
    """Numbness week by week: the last year closely, and since the first entry.

    A journal younger than a year has one line, since both would be the same.
    """
    rows: list[Content] = []
    if len(overview.all_weeks) > len(overview.recent_weeks):
        rows += _spark_rows("Last 52 weeks", overview.recent_weeks, width)
    rows += _spark_rows("Since you began", overview.all_weeks, width)
    if not rows:
        return Content("No numbness ratings yet. They will show here week by week.")
    return Content("\n").join([*rows, Content(SPARK_NOTE)])


def feelings_heading(overview: TrendOverview) -> str:
    """Which span the feelings named most cover."""
    span = "since you began" if overview.top_feelings_all_time else "in the last 12 months"
    return f"Feelings you named most, {span}"


def _bar_width(width: int, used: int) -> int:
    """A bar's length: BAR_WIDTH, or less when the screen is narrow."""
    return max(MIN_BAR_WIDTH, min(BAR_WIDTH, width - used))


def feelings_text(top: tuple[FeelingCount, ...], width: int = 80) -> Content:
    """The feeling words named most, each with its family's label and a bar.

    The word comes first and its family after, as in the entry view.
    """
    if not top:
        return Content("No feelings named yet. The words you choose will gather here.")
    most = top[0].entries
    room = _bar_width(width, 2 * LABEL_WIDTH + len(" 999 entries"))
    rows = []
    for feeling in top:
        rows.append(
            Content.assemble(
                literal(feeling.word).truncate(LABEL_WIDTH - 1, ellipsis=True, pad=True),
                " ",
                family_label(feeling.family).truncate(LABEL_WIDTH - 1, ellipsis=True, pad=True),
                " ",
                bar(feeling.entries, most, room).ljust(room + 1),
                counted(feeling.entries, "entry", "entries"),
            )
        )
    return Content("\n").join(rows)


def vocabulary_text(months: tuple[MonthWords, ...], width: int = 80) -> Content:
    """Distinct feeling words per month, as bars with the number in words."""
    most = max((month.words for month in months), default=0)
    if not most:
        return Content("No feeling words named in the last 12 months.")
    room = _bar_width(width, LABEL_WIDTH + len(" no check-ins"))
    rows = []
    for month in months:
        if month.entries == 0:
            amount = "no check-ins"
        elif month.words == 0:
            amount = "none named"
        else:
            amount = counted(month.words, "word", "words")
        rows.append(
            short_month(month.month).ljust(LABEL_WIDTH)
            + bar(month.words, most, room).ljust(room + 1)
            + amount
        )
    return Content("\n".join([*rows, "", VOCABULARY_NOTE]))


class TrendsScreen(AreaScreen):
    """A gentle look at change over time."""

    CSS_PATH = style_file("trends.tcss")
    BINDINGS = [
        Binding("escape,q", "back", "Back", tooltip="Back to the list of entries"),
        Binding(
            "left",
            "month(-1)",
            "Month before",
            tooltip="The calendar's month before",
            priority=True,
        ),
        Binding(
            "right", "month(1)", "Month after", tooltip="The calendar's month after", priority=True
        ),
    ]
    """Back, and moving the calendar between months."""

    def __init__(self) -> None:
        super().__init__()
        self.overview: TrendOverview | None = None
        self.month: date | None = None

    def compose_body(self) -> ComposeResult:
        """The sections, filled in when the numbers arrive."""
        with VerticalScroll(id="trends"):
            yield Static("Gathering your trends…", id="trends-loading")
            yield Static("How numb, week by week", classes="trends-heading")
            yield Static(id="trends-numbness")
            yield Static("Check-ins by day", id="trends-calendar-heading", classes="trends-heading")
            yield MonthCalendar(self.store.connection.now().date(), id="trends-calendar")
            yield Static(legend(), id="trends-legend")
            yield Static(
                "Feelings you named most", id="trends-feelings-heading", classes="trends-heading"
            )
            yield Static(id="trends-feelings")
            yield Static("Words you used for feelings, by month", classes="trends-heading")
            yield Static(id="trends-vocabulary")
            yield Static(ON_THIS_DAY, id="trends-on-this-day-heading", classes="trends-heading")
            yield OptionList(id="trends-on-this-day")

    def on_mount(self) -> None:
        """Gather the numbers away from the screen's thread; until then, only say so."""
        self._show_sections(False)
        self.query_one("#trends").focus()
        self._gather()

    def _show_sections(self, shown: bool) -> None:
        """Show the sections, or only the line above them (an empty calendar would mislead)."""
        for child in self.query_one("#trends").children:
            child.display = shown != (child.id == "trends-loading")

    @work(thread=True, exclusive=True)
    def _gather(self) -> None:
        """Read the trends on a separate connection, then show them (or why they can't be)."""
        now = self.store.connection.now()
        path = self.store.path
        try:
            if path is None:
                overview = self.store.trends.overview(now)
            else:
                with open_store(path, clock=self.store.connection.clock, create=False) as reader:
                    overview = reader.trends.overview(now)
        except WRITE_FAILURES:  # a read meets the same troubles: database, disk or journal
            self.app.call_from_thread(self._unreadable)
            return
        self.app.call_from_thread(self.show, overview)

    def _unreadable(self) -> None:
        """Say calmly that the journal could not be read, instead of ending the app."""
        self.query_one("#trends-loading", Static).update(UNREADABLE)

    def show(self, overview: TrendOverview) -> None:
        """Fill every section."""
        self.overview = overview
        self.month = overview.today.replace(day=1)
        self._show_sections(True)
        self._draw()
        calendar = self.query_one(MonthCalendar)
        calendar.today = overview.today
        calendar.first_day = overview.first_day or overview.today
        calendar.show(self.month, overview.month_days)
        if self._month_in_reach(-1) is not None:
            self.query_one("#trends-calendar-heading", Static).update(
                "Check-ins by day   (← → other months)"
            )
        self.query_one("#trends-feelings-heading", Static).update(feelings_heading(overview))
        self._show_on_this_day(overview)
        self.refresh_bindings()

    def _draw(self) -> None:
        """Draw the sparklines and bars to fit the screen's width."""
        if self.overview is None:
            return
        width = self.size.width - MARGINS
        self.query_one("#trends-numbness", Static).update(numbness_text(self.overview, width))
        self.query_one("#trends-feelings", Static).update(
            feelings_text(self.overview.top_feelings, width)
        )
        self.query_one("#trends-vocabulary", Static).update(
            vocabulary_text(self.overview.words_by_month, width)
        )

    def on_resize(self) -> None:
        """Fit the drawings to the new width."""
        self._draw()

    def _show_on_this_day(self, overview: TrendOverview) -> None:
        options = self.query_one("#trends-on-this-day", OptionList)
        options.clear_options()
        if not overview.on_this_day:
            options.add_option(Option("Nothing from this date in earlier years.", disabled=True))
            return
        self.query_one("#trends-on-this-day-heading", Static).update(
            f"{ON_THIS_DAY}   (Tab, then Enter reads one)"
        )
        for year in overview.on_this_day:
            heading = f"{weekday_date(year.day)} · {counted(year.total, 'entry', 'entries')}"
            options.add_option(Option(heading, disabled=True))
            for summary in year.entries:
                prompt = Content.assemble(
                    f"  {clock_time(summary.created_at)}  ",
                    literal(summary.first_line or "(no writing)"),
                )
                options.add_option(
                    Option(prompt.truncate(ON_THIS_DAY_WIDTH, ellipsis=True), id=str(summary.id))
                )
        options.highlighted = 1  # the first entry, under the first year's heading

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open an entry from an earlier year."""
        if event.option.id is not None:
            self.app.push_screen(EntryScreen(int(event.option.id)))

    def _month_in_reach(self, step: int) -> date | None:
        """The month `step` away, if it lies between the first entry's month and this one."""
        if self.overview is None or self.month is None:
            return None
        month = add_months(self.month, step)
        first = self.overview.first_day or self.overview.today
        if not month_start(first) <= month <= month_start(self.overview.today):
            return None
        return month

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the months before and after only where the journal has them."""
        if action == "month":
            step = parameters[0] if parameters else 0
            return isinstance(step, int) and self._month_in_reach(step) is not None
        return True

    def action_month(self, step: int) -> None:
        """Show the calendar for the month before or after."""
        month = self._month_in_reach(step)
        if month is None:
            return
        self.month = month
        self.query_one(MonthCalendar).show(month, self.store.trends.daily_numbness(month))
        self.refresh_bindings()

    def action_back(self) -> None:
        """Back to History."""
        self.dismiss()
