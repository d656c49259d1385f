"""Dates, times and counts in plain English words, the same whatever the system locale.

History, the entry view and Trends all speak about time the same way through
these helpers. This module must never import Textual.
"""

from __future__ import annotations

from datetime import date, datetime

from journal.dates import MONTHS, WEEKDAYS

NUMBNESS_LOW = "fully feeling"
"""What 0 on the numbness scale means, said the same in the app, the report and the CLI."""
NUMBNESS_HIGH = "completely numb"
"""What 10 on the numbness scale means."""
NUMBNESS_SCALE = f"0 ({NUMBNESS_LOW}) to 10 ({NUMBNESS_HIGH})"
"""The whole scale in words, for text that explains it."""


def short_date(day: date) -> str:
    """27 Nov 2026."""
    return f"{day.day} {MONTHS[day.month - 1][:3].title()} {day.year}"


def weekday_date(day: date) -> str:
    """Fri 27 Nov 2026: a list row's date."""
    return f"{WEEKDAYS[day.weekday()][:3].title()} {short_date(day)}"


def long_date(day: date) -> str:
    """Friday 27 November 2026: the title of one entry."""
    return f"{WEEKDAYS[day.weekday()].title()} {day.day} {MONTHS[day.month - 1].title()} {day.year}"


def month_name(month: date) -> str:
    """November 2026."""
    return f"{MONTHS[month.month - 1].title()} {month.year}"


def short_month(month: date) -> str:
    """Nov 2026."""
    return f"{MONTHS[month.month - 1][:3].title()} {month.year}"


def clock_time(moment: datetime) -> str:
    """09:30, the 24-hour clock that reads the same everywhere."""
    return f"{moment.hour:02}:{moment.minute:02}"


def counted(number: int, one: str, many: str) -> str:
    """'1 entry', '1,234 entries'."""
    return f"{number:,} {one if number == 1 else many}"
