"""Sums over the journal for the Trends view: weekly numbness, a month's days,
feelings named most, feeling words per month, and "on this day".

Every query is an SQL aggregate, so memory stays flat however large the journal
grows; on a decade of entries the whole set takes a few hundred milliseconds, so
the UI gathers it off the main thread. Trashed entries never count.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from journal.models import EntryFilter
from journal.store.base import Connection
from journal.store.queries import EntryQueries
from journal.trend_models import (
    DayNumbness,
    FeelingCount,
    MonthWords,
    TrendOverview,
    WeekNumbness,
    YearAgo,
)

RECENT_WEEKS = 52
RECENT_MONTHS = 12


def week_start(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def month_start(day: date) -> date:
    """The first day of the month holding `day`."""
    return day.replace(day=1)


def add_months(month: date, count: int) -> date:
    """The first day of the month `count` months after (or before) the one holding `month`."""
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def next_month(month: date) -> date:
    """The first day of the month after the one holding `month`."""
    return add_months(month, 1)


def _months(first: date, last: date) -> Iterator[date]:
    """The first day of every month from `first`'s to `last`'s."""
    month = month_start(first)
    while month <= last:
        yield month
        month = next_month(month)


class TrendQueries:
    """Read-only statistics of the journal, for Trends and the filter suggestions."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection
        self._entries = EntryQueries(connection)

    def first_day(self) -> date | None:
        """The day of the oldest entry outside the trash, or None for an empty journal."""
        rows = self._c.query(
            "SELECT day FROM entries WHERE trashed_at IS NULL ORDER BY sort_key LIMIT 1"
        )
        return date.fromisoformat(rows[0][0]) if rows else None

    def _days(self, first: date, stop: date) -> list[DayNumbness]:
        """Days in [first, stop) with check-ins, oldest first."""
        rows = self._c.query(
            "SELECT day, avg(numbness), count(*), count(numbness) FROM entries "
            "WHERE trashed_at IS NULL AND day >= ? AND day < ? GROUP BY day ORDER BY day",
            (first.isoformat(), stop.isoformat()),
        )
        return [DayNumbness(date.fromisoformat(row[0]), *row[1:]) for row in rows]

    def daily_numbness(self, month: date) -> list[DayNumbness]:
        """The days of one month that have check-ins, with their average numbness."""
        first = month_start(month)
        return self._days(first, next_month(first))

    def weekly_numbness(self, since: date, until: date) -> list[WeekNumbness]:
        """Every week from the one holding `since` to the one holding `until`, gaps included.

        A week's average weighs every rated entry equally, like one long day.
        """
        first, last = week_start(since), week_start(until)
        sums: dict[date, tuple[float, int, int]] = {}
        for day in self._days(first, last + timedelta(days=7)):
            summed, rated, entries = sums.get(week_start(day.day), (0.0, 0, 0))
            sums[week_start(day.day)] = (
                summed + (day.average or 0.0) * day.rated,
                rated + day.rated,
                entries + day.entries,
            )
        weeks = []
        week = first
        while week <= last:
            summed, rated, entries = sums.get(week, (0.0, 0, 0))
            weeks.append(WeekNumbness(week, summed / rated if rated else None, entries))
            week += timedelta(days=7)
        return weeks

    def top_feelings(self, limit: int = 8, since: date | None = None) -> list[FeelingCount]:
        """The feeling words named in the most entries, most first (ties alphabetical)."""
        rows = self._c.query(
            "SELECT f.word, f.family, count(DISTINCT f.entry_id) AS n "
            "FROM entries e JOIN feelings f ON f.entry_id = e.id "
            "WHERE e.trashed_at IS NULL AND e.day >= ? "
            "GROUP BY f.word, f.family ORDER BY n DESC, f.word LIMIT ?",
            ((since or date.min).isoformat(), limit),
        )
        return [FeelingCount(row[0], row[1], row[2]) for row in rows]

    def words_by_month(self, since: date, until: date) -> list[MonthWords]:
        """Every month from `since`'s to `until`'s: distinct feeling words used, and check-ins."""
        span = (month_start(since).isoformat(), next_month(until).isoformat())
        words = self._c.query(
            "SELECT substr(e.day, 1, 7), count(DISTINCT f.word) "
            "FROM entries e JOIN feelings f ON f.entry_id = e.id "
            "WHERE e.trashed_at IS NULL AND e.day >= ? AND e.day < ? GROUP BY 1",
            span,
        )
        entries = self._c.query(
            "SELECT substr(day, 1, 7), count(*) FROM entries "
            "WHERE trashed_at IS NULL AND day >= ? AND day < ? GROUP BY 1",
            span,
        )
        word_counts = {row[0]: row[1] for row in words}
        entry_counts = {row[0]: row[1] for row in entries}
        return [
            MonthWords(
                month,
                word_counts.get(month.isoformat()[:7], 0),
                entry_counts.get(month.isoformat()[:7], 0),
            )
            for month in _months(since, until)
        ]

    def on_this_day(self, now: datetime, per_year: int = 3) -> list[YearAgo]:
        """Entries from today's date in earlier years, newest year first.

        Days are taken in `now`'s timezone; 29 February is skipped in other years.
        """
        first = self.first_day()
        found: list[YearAgo] = []
        if first is None:
            return found
        today = now.date()
        for year in range(today.year - 1, first.year - 1, -1):
            try:
                day = today.replace(year=year)
            except ValueError:
                continue
            start = datetime.combine(day, time(), tzinfo=now.tzinfo)
            wanted = EntryFilter(since=start, until=start + timedelta(days=1))
            total = self._entries.count(wanted)
            if total:
                entries = tuple(self._entries.page(wanted, 0, per_year))
                found.append(YearAgo(day, entries, total))
        return found

    def overview(self, now: datetime) -> TrendOverview:
        """Everything Trends shows, as of `now`: the last year closely, and all time.

        The last year starts no earlier than the first entry, so a new journal is not
        drawn as a year of empty weeks and months.
        """
        today = now.date()
        first = self.first_day()
        year_ago = today - timedelta(weeks=RECENT_WEEKS - 1)
        months_ago = add_months(today, 1 - RECENT_MONTHS)
        if first is not None:
            year_ago = max(year_ago, min(first, today))
            months_ago = max(months_ago, month_start(min(first, today)))
        top = self.top_feelings(since=months_ago)
        all_time = not top
        if all_time:
            top = self.top_feelings()
        return TrendOverview(
            today=today,
            first_day=first,
            recent_weeks=tuple(self.weekly_numbness(year_ago, today)),
            all_weeks=tuple(self.weekly_numbness(first, today)) if first else (),
            month_days=tuple(self.daily_numbness(today)),
            top_feelings=tuple(top),
            top_feelings_all_time=all_time,
            words_by_month=tuple(self.words_by_month(months_ago, today)),
            on_this_day=tuple(self.on_this_day(now)),
        )

    def families_used(self) -> list[str]:
        """Every feeling family named in the journal, alphabetically."""
        rows = self._c.query("SELECT DISTINCT family FROM feelings WHERE family != '' ORDER BY 1")
        return [row[0] for row in rows]

    def tags_used(self, limit: int = 30) -> list[str]:
        """The tags used most, most first, for suggestions."""
        rows = self._c.query(
            "SELECT tag FROM entry_tags GROUP BY tag ORDER BY count(*) DESC, tag LIMIT ?", (limit,)
        )
        return [row[0] for row in rows]
