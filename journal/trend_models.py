"""Frozen records of what the Trends view shows: sums over the journal, never scores.

Plain values, made by `journal.store.trends` and drawn by the UI or the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from journal.models import EntrySummary


@dataclass(frozen=True)
class WeekNumbness:
    """One week (starting Monday): the average numbness rated, or None if none was rated."""

    week: date
    average: float | None
    entries: int


@dataclass(frozen=True)
class DayNumbness:
    """One day with check-ins: how many, how many rated numbness, and the average rating."""

    day: date
    average: float | None
    entries: int
    rated: int


@dataclass(frozen=True)
class FeelingCount:
    """A feeling word and how many entries named it."""

    word: str
    family: str
    entries: int


@dataclass(frozen=True)
class MonthWords:
    """One month: how many different feeling words were used, across how many check-ins."""

    month: date
    words: int
    entries: int


@dataclass(frozen=True)
class YearAgo:
    """Entries written on today's date in an earlier year, newest first, and how many in all."""

    day: date
    entries: tuple[EntrySummary, ...]
    total: int


@dataclass(frozen=True)
class TrendOverview:
    """Everything the Trends view shows, gathered in one go."""

    today: date
    first_day: date | None
    recent_weeks: tuple[WeekNumbness, ...]
    all_weeks: tuple[WeekNumbness, ...]
    month_days: tuple[DayNumbness, ...]
    top_feelings: tuple[FeelingCount, ...]
    top_feelings_all_time: bool
    """True when nothing was named in the last 12 months, so the top list covers all time."""
    words_by_month: tuple[MonthWords, ...]
    on_this_day: tuple[YearAgo, ...]
