"""A month of check-ins as a calendar, each day marked by its average numbness.

The mark's height carries the meaning (▁ less numb … █ more numb) and its colour
repeats it, so nothing rests on colour alone. Days without a check-in show a dot;
days still to come, or before the journal began, show nothing.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date

from textual.content import Content
from textual.style import Style
from textual.widget import Widget

from journal.dates import WEEKDAYS
from journal.sparkline import BARS, level
from journal.trend_models import DayNumbness
from journal.wording import month_name

NO_CHECK_IN = "·"
NOT_RATED = "•"
CELL = 6
WEEKDAY_HEADER = "".join(name[:3].title().rjust(CELL - 1) + " " for name in WEEKDAYS)


def legend() -> Content:
    """What the marks mean, in words."""
    return Content(
        f"{BARS[0]} less numb … {BARS[-1]} more numb   "
        f"{NOT_RATED} not rated   {NO_CHECK_IN} no check-in"
    )


class MonthCalendar(Widget):
    """One month, Monday first; today's date is underlined."""

    DEFAULT_CSS = """
    MonthCalendar {
        height: auto;
        width: auto;
    }
    MonthCalendar > .month-calendar--low { color: $accent; }
    MonthCalendar > .month-calendar--high { color: $primary; }
    MonthCalendar > .month-calendar--muted { color: $foreground 80%; }
    MonthCalendar > .month-calendar--title { text-style: bold; }
    """
    """The ends of the colour scale: warmer for less numb, cooler for more."""

    COMPONENT_CLASSES = {
        "month-calendar--low",
        "month-calendar--high",
        "month-calendar--muted",
        "month-calendar--title",
    }

    def __init__(
        self,
        month: date,
        days: Sequence[DayNumbness] = (),
        today: date | None = None,
        *,
        id: str | None = None,  # noqa: A002 - Textual's own name
    ) -> None:
        super().__init__(id=id)
        self.month = month.replace(day=1)
        self.days = {day.day: day for day in days}
        self.today = today
        self.first_day: date | None = None
        """The journal's first day: days before it are left blank, like days to come."""

    def show(self, month: date, days: Sequence[DayNumbness]) -> None:
        """Show another month."""
        self.month = month.replace(day=1)
        self.days = {day.day: day for day in days}
        self.refresh(layout=True)

    def _mark(self, day: date) -> tuple[str, Style]:
        """The day's mark, and its colour between the two ends of the scale."""
        if (self.today is not None and day > self.today) or (
            self.first_day is not None and day < self.first_day
        ):
            return " ", Style()  # a day to come, or before the journal began, is not missed
        found = self.days.get(day)
        if found is None:
            return NO_CHECK_IN, self.get_visual_style("month-calendar--muted", partial=True)
        if found.average is None:
            return NOT_RATED, Style()
        low = self.get_visual_style("month-calendar--low", partial=True).foreground
        high = self.get_visual_style("month-calendar--high", partial=True).foreground
        if low is None or high is None:
            return BARS[level(found.average)], Style()
        return BARS[level(found.average)], Style(foreground=low.blend(high, found.average / 10))

    def render(self) -> Content:
        """The title, the weekday names, and a row per week."""
        muted = self.get_visual_style("month-calendar--muted", partial=True)
        title = self.get_visual_style("month-calendar--title", partial=True)
        lines = [
            Content.styled(month_name(self.month), title),
            Content.styled(WEEKDAY_HEADER, muted),
        ]
        for week in calendar.Calendar().monthdatescalendar(self.month.year, self.month.month):
            cells: list[Content] = []
            for day in week:
                if day.month != self.month.month:
                    cells.append(Content(" " * CELL))
                    continue
                mark, style = self._mark(day)
                number = Content(f"{day.day:>3}")
                if day == self.today:
                    number = number.stylize("bold underline")
                cells.append(Content.assemble(number, " ", (mark, style), " "))
            lines.append(Content("").join(cells))
        return Content("\n").join(lines)
