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
from journal.store.trends import add_months
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
ON_THIS_DAY_WIDTH = 70

VOCABULARY_NOTE = (
    "Naming a wider range of feelings can be part of getting to know them again. "
    "There is no right number, and quiet months count too."
)
SPARK_NOTE = "Taller marks: more numb. Shorter: less numb. A gap: no rating that week."


def _spark_rows(label: str, weeks: tuple[WeekNumbness, ...]) -> list[Content]:
    """A labelled sparkline and, under it, the dates at its two ends."""
    if not weeks:
        return []
    values = resample([week.average for week in weeks], SPARK_WIDTH)
    first, last = short_month(weeks[0].week), short_month(weeks[-1].week)
    ends = first + last.rjust(max(len(values) - len(first), len(last) + 1))
    return [
        Content(label.ljust(LABEL_WIDTH) + sparkline(values)),
        Content(" " * LABEL_WIDTH + ends),
    ]


def _rated(weeks: tuple[WeekNumbness, ...]) -> bool:
    return any(week.average is not None for week in weeks)


def numbness_text(overview: TrendOverview) -> Content:
    """Numbness week by week: the last year closely, and since the first entry."""
    rows: list[Content] = []
    if _rated(overview.recent_weeks):
        rows += _spark_rows("Last 52 weeks", overview.recent_weeks)
    if len(overview.all_weeks) > len(overview.recent_weeks) and _rated(overview.all_weeks):
        rows += _spark_rows("Since you began", overview.all_weeks)
    if not rows:
        return Content("No numbness ratings yet. They will show here week by week.")
    return Content("\n").join([*rows, Content(SPARK_NOTE)])


def feelings_heading(overview: TrendOverview) -> str:
    """Which span the feelings named most cover."""
    span = "since you began" if overview.top_feelings_all_time else "in the last 12 months"
    return f"Feelings you named most, {span}"


def feelings_text(top: tuple[FeelingCount, ...]) -> Content:
    """The feeling words named most, each with its family's label and a bar."""
    if not top:
        return Content("No feelings named yet. The words you choose will gather here.")
    most = top[0].entries
    rows = []
    for feeling in top:
        rows.append(
            Content.assemble(
                family_label(feeling.family).truncate(LABEL_WIDTH - 1, ellipsis=True, pad=True),
                " ",
                literal(feeling.word).truncate(LABEL_WIDTH - 1, ellipsis=True, pad=True),
                " ",
                bar(feeling.entries, most, BAR_WIDTH).ljust(BAR_WIDTH + 1),
                counted(feeling.entries, "entry", "entries"),
            )
        )
    return Content("\n").join(rows)


def vocabulary_text(months: tuple[MonthWords, ...]) -> Content:
    """Distinct feeling words per month, as bars with the number in words."""
    most = max((month.words for month in months), default=0)
    if not most:
        return Content("No feeling words named in the last 12 months.")
    rows = []
    for month in months:
        if month.entries == 0:
            amount = "no check-ins"
        else:
            amount = counted(month.words, "word", "words")
        rows.append(
            short_month(month.month).ljust(LABEL_WIDTH)
            + bar(month.words, most, BAR_WIDTH).ljust(BAR_WIDTH + 1)
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
            yield Static("Check-ins by day   (← → other months)", classes="trends-heading")
            yield MonthCalendar(self.store.connection.now().date(), id="trends-calendar")
            yield Static(legend(), id="trends-legend")
            yield Static(
                "Feelings you named most", id="trends-feelings-heading", classes="trends-heading"
            )
            yield Static(id="trends-feelings")
            yield Static("Words you used for feelings, by month", classes="trends-heading")
            yield Static(id="trends-vocabulary")
            yield Static("On this day in earlier years", classes="trends-heading")
            yield OptionList(id="trends-on-this-day")

    def on_mount(self) -> None:
        """Gather the numbers away from the screen's thread."""
        self.query_one("#trends").focus()
        self._gather()

    @work(thread=True, exclusive=True)
    def _gather(self) -> None:
        """Read the trends on a separate connection, then show them."""
        now = self.store.connection.now()
        path = self.store.path
        if path is None:
            overview = self.store.trends.overview(now)
        else:
            with open_store(path, clock=self.store.connection.clock, create=False) as reader:
                overview = reader.trends.overview(now)
        self.app.call_from_thread(self.show, overview)

    def show(self, overview: TrendOverview) -> None:
        """Fill every section."""
        self.overview = overview
        self.month = overview.today.replace(day=1)
        self.query_one("#trends-loading").display = False
        self.query_one("#trends-numbness", Static).update(numbness_text(overview))
        calendar = self.query_one(MonthCalendar)
        calendar.today = overview.today
        calendar.show(self.month, overview.month_days)
        self.query_one("#trends-feelings-heading", Static).update(feelings_heading(overview))
        self.query_one("#trends-feelings", Static).update(feelings_text(overview.top_feelings))
        self.query_one("#trends-vocabulary", Static).update(
            vocabulary_text(overview.words_by_month)
        )
        self._show_on_this_day(overview)

    def _show_on_this_day(self, overview: TrendOverview) -> None:
        options = self.query_one("#trends-on-this-day", OptionList)
        options.clear_options()
        if not overview.on_this_day:
            options.add_option(Option("Nothing from this date in earlier years.", disabled=True))
            return
        for year in overview.on_this_day:
            heading = f"{weekday_date(year.day)} · {counted(year.total, 'check-in', 'check-ins')}"
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

    def action_month(self, step: int) -> None:
        """Show the calendar for the month before or after."""
        if self.month is None:
            return
        self.month = add_months(self.month, step)
        self.query_one(MonthCalendar).show(self.month, self.store.trends.daily_numbness(self.month))

    def action_back(self) -> None:
        """Back to History."""
        self.dismiss()
