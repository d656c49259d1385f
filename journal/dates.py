"""Plain-word date phrases ("last 30 days", "since monday", "nov 2025") read as local ranges.

Every range is half-open, [start, end), and made of timezone-aware local midnights, so
it always covers whole days, even across a daylight-saving change.

Numeric dates are read year first only ("2026-11-01", "2026/11/01"). Forms such as
"01/02/2026" are refused with a suggestion instead of guessed: they mean different days
in different countries, and a wrong guess would quietly show the wrong entries.

dateutil is imported inside the one function that needs it, so that importing this
module stays cheap for the command line. This module must never import Textual.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

MONTHS = tuple(
    "january february march april may june july august september october november december".split()
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH_WORDS = {name: i + 1 for i, name in enumerate(MONTHS)}
_MONTH_WORDS |= {name[:3]: n for name, n in _MONTH_WORDS.items()} | {"sept": 9}
_WEEKDAY_WORDS = {name: i for i, name in enumerate(WEEKDAYS)}
_WEEKDAY_WORDS |= {name[:3]: n for name, n in _WEEKDAY_WORDS.items()}
_WEEKDAY_WORDS |= {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
_NUMBER_WORDS = {"a": 1, "an": 1} | {
    word: n for n, word in enumerate("one two three four five six seven eight nine ten".split(), 1)
}

_HINT = 'Try "2026-11-01", "nov 2025", "last 30 days" or "since monday".'
_LAST_YEAR = 9998  # the end of year 9999 would fall outside what datetime can hold


class DateRangeError(ValueError):
    """A date phrase that could not be understood; the message speaks to whoever typed it."""


@dataclass(frozen=True)
class DateRange:
    """A half-open span [start, end) of local time; None on a side means it is open there.

    `label` names a relative phrase ("the last 30 days") for `describe`; it takes no part
    in equality, so two ranges covering the same time compare equal.
    """

    start: datetime | None
    end: datetime | None
    label: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise DateRangeError("This range ends before it starts.")

    def describe(self) -> str:
        """Say in plain words which days were understood, so people can check us."""
        if self.end is None:
            return "all dates" if self.start is None else f"since {_long_day(self.start.date())}"
        last = (self.end - timedelta(microseconds=1)).date()
        if self.start is None:
            return f"up to and including {_long_day(last)}"
        first = self.start.date()
        span = _long_day(first) if first >= last else f"{_short_day(first)} to {_short_day(last)}"
        return f"{self.label} ({span})" if self.label else span


class _Span:
    """Whole days [first, stop), and a name for relative phrases such as "yesterday".

    A plain class rather than a NamedTuple, so that importing this module skips `typing`.
    """

    __slots__ = ("first", "stop", "label")

    def __init__(self, first: date, stop: date, label: str | None = None) -> None:
        self.first, self.stop, self.label = first, stop, label


def parse_range(phrase: str, *, now: datetime | None = None) -> DateRange:
    """Read a plain-word date phrase, so people can filter their journal without a syntax.

    Days are taken in the timezone of `now` (a naive `now`, or the default, means the
    computer's local time, with its daylight-saving rules).
    """
    text = " ".join(phrase.replace(",", " ").split())
    if not text:
        raise DateRangeError(
            'Please give a date or a period, for example "today", "nov 2025", '
            '"last 30 days" or "since monday".'
        )
    today, midnight = _clock(now)
    try:
        first, stop, label = _read(text, today)
        return DateRange(
            None if first is None else midnight(first),
            None if stop is None else midnight(stop),
            label,
        )
    except DateRangeError:
        raise
    except (OverflowError, ValueError) as exc:
        raise DateRangeError(
            f'"{text}" reaches further than the calendar goes. Try a smaller number.'
        ) from exc


def since_datetime(phrase: str, now: datetime | None = None) -> datetime:
    """The first moment a phrase covers, for the command line's --since."""
    start = parse_range(phrase, now=now).start
    if start is None:
        raise DateRangeError(
            f'"{phrase.strip()}" has no start, so it can\'t say where to begin. '
            'Try a day or a period, like "2026-11-01" or "monday".'
        )
    return start


def until_datetime(phrase: str, now: datetime | None = None) -> datetime:
    """The moment just after a phrase ends (its last day included), for --until."""
    end = parse_range(phrase, now=now).end
    if end is None:
        raise DateRangeError(
            f'"{phrase.strip()}" has no end, so it can\'t say where to stop. '
            'Try a day or a period, like "2026-11-30" or "friday".'
        )
    return end


def _clock(now: datetime | None) -> tuple[date, Callable[[date], datetime]]:
    """Today's date where the person is, and a way to get the local midnight of any day."""
    if now is not None and now.tzinfo is not None:
        zone = now.tzinfo
        return now.date(), lambda day: datetime.combine(day, time(), tzinfo=zone)
    local_now = now if now is not None else datetime.now()
    return local_now.date(), lambda day: datetime.combine(day, time()).astimezone()


def _read(text: str, today: date) -> tuple[date | None, date | None, str | None]:
    """Split a phrase into a range "a..b", an open end "since a", or a single period."""
    parts = re.split(r"\s*(\.\.)\s*|\s+(to)\s+", text, flags=re.IGNORECASE)
    if len(parts) > 1:
        if len(parts) != 4:
            raise DateRangeError(f'I couldn\'t read "{text}" as one range. {_HINT}')
        left, dots, word, right = parts
        left = re.sub(r"^from\s+", "", left, flags=re.IGNORECASE)
        first = _span(left, text, today).first if left else None
        stop = _span(right, text, today).stop if right else None
        if first is None and stop is None:
            raise DateRangeError(f'I couldn\'t read "{text}" as a date. {_HINT}')
        if first is not None and stop is not None and stop <= first:
            swapped = f"{right}..{left}" if dots else f"{right} {word} {left}"
            raise DateRangeError(
                f'In "{text}" the end ({_short_day(stop - timedelta(days=1))}) comes before '
                f'the start ({_short_day(first)}). Did you mean "{swapped}"?'
            )
        return first, stop, None
    word, _, rest = text.partition(" ")
    word = word.lower()
    if rest and word in ("since", "from", "after"):
        span = _span(rest, text, today)
        return (span.stop if word == "after" else span.first), None, None
    if rest and word in ("until", "till", "before"):
        span = _span(rest, text, today)
        return None, (span.first if word == "before" else span.stop), None
    span = _span(text, text, today)
    return span.first, span.stop, span.label


def _span(piece: str, whole: str, today: date) -> _Span:
    """Read one period ("nov 2025", "yesterday", "3 days ago") as whole days."""
    for pattern, reader in _READERS:
        match = re.fullmatch(pattern, piece, flags=re.IGNORECASE)
        if match:
            return reader(match, today, whole)
    where = "" if piece == whole else f' (in "{whole}")'
    raise DateRangeError(f'I couldn\'t read "{piece}"{where} as a date. {_HINT}')


_Reader = Callable[[re.Match[str], date, str], _Span]


def _named_day(m: re.Match[str], today: date, whole: str) -> _Span:
    """Today, yesterday or tomorrow."""
    name = m[0].lower()
    day = today + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[name])
    return _Span(day, day + timedelta(days=1), name)


def _calendar_period(m: re.Match[str], today: date, whole: str) -> _Span:
    """This or last calendar week (from Monday), month or year."""
    back = 1 if m[1].lower() == "last" else 0
    unit = m[2].lower()
    if unit == "week":
        first = today - timedelta(days=today.weekday() + 7 * back)
        return _Span(first, first + timedelta(days=7), m[0].lower())
    if unit == "month":
        first = _add_months(today.replace(day=1), -back)
        return _Span(first, _add_months(first, 1), m[0].lower())
    first = date(today.year - back, 1, 1)
    return _Span(first, date(first.year + 1, 1, 1), m[0].lower())


def _rolling(m: re.Match[str], today: date, whole: str) -> _Span:
    """The last N days, weeks, months or years, ending with today."""
    count = _count(m[1] or "1")
    if count == 0:
        raise DateRangeError(
            f'"{whole}" covers no days at all. Try a number from 1 up, like "last 7 days".'
        )
    stop = today + timedelta(days=1)
    return _Span(_step_back(stop, count, m[2]), stop, f"the {m[0].lower()}")


def _ago(m: re.Match[str], today: date, whole: str) -> _Span:
    """The single day N days, weeks, months or years before today."""
    day = _step_back(today, _count(m[1]), m[2])
    return _Span(day, day + timedelta(days=1), m[0].lower())


def _weekday(m: re.Match[str], today: date, whole: str) -> _Span:
    """The most recent such weekday, today included; with "last", today excluded."""
    target = _WEEKDAY_WORDS[m[2].lower()]
    back = (today.weekday() - target) % 7
    if m[1] and back == 0:
        back = 7
    day = today - timedelta(days=back)
    return _Span(day, day + timedelta(days=1))


def _iso(m: re.Match[str], today: date, whole: str) -> _Span:
    """A year-first numeric day, month or year: 2026-11-01, 2026/11/01, 2026-11, 2026."""
    first = _make_date(int(m[1]), int(m[2] or 1), int(m[3] or 1), whole)
    if m[3]:
        return _Span(first, first + timedelta(days=1))
    return _Span(first, _add_months(first, 1 if m[2] else 12))


def _month(m: re.Match[str], today: date, whole: str) -> _Span:
    """A named month, with a year or else the most recent one that has begun."""
    month = _MONTH_WORDS[m[1].lower()]
    if m[2]:
        year = int(m[2])
    else:
        year = today.year if month <= today.month else today.year - 1
    first = _make_date(year, month, 1, whole)
    return _Span(first, _add_months(first, 1))


def _day_month(m: re.Match[str], today: date, whole: str) -> _Span:
    """A day and a named month in either order, with a year or else the latest one past."""
    day_text, month_text = (m[1], m[2]) if m[1][0].isdigit() else (m[2], m[1])
    day, month = int(re.sub(r"\D", "", day_text)), _MONTH_WORDS[month_text.lower()]
    if m[3]:
        found = _make_date(int(m[3]), month, day, whole)
    else:
        if not 1 <= day <= _days_in(2000, month):  # 2000 had a 29 February
            raise DateRangeError(
                f'"{whole}" isn\'t a real date: {MONTHS[month - 1].title()} never has {day} days.'
            )
        years = range(today.year, today.year - 9, -1)  # 29 February comes within 8 years
        found = next(
            date(y, month, day)
            for y in years
            if day <= _days_in(y, month) and date(y, month, day) <= today
        )
    return _Span(found, found + timedelta(days=1))


def _ambiguous(m: re.Match[str], today: date, whole: str) -> _Span:
    """Refuse day/month numbers such as 01/02/2026, suggesting the year-first form."""
    a, b, year = int(m[1]), int(m[2]), m[3] or ""
    readings = [
        f'"{year}-{month:02}-{day:02}" ({day} {MONTHS[month - 1].title()})'
        for day, month in dict.fromkeys([(a, b), (b, a)])
        if len(year) == 4 and 1 <= month <= 12 and 1 <= day <= _days_in(int(year), month)
    ]
    raise DateRangeError(
        f'Dates like "{whole}" mean different days in different countries, so I only read '
        f"numbers with the year first. Please write it like {' or '.join(readings)}."
        if readings
        else f'"{whole}" could mean different days in different countries, so I won\'t '
        'guess. Please write the year first, like "2026-11-01".'
    )


_N = "(\\d{1,9}|" + "|".join(_NUMBER_WORDS) + ")"
_UNIT = "(day|week|month|year)s?"
_MONTH = "(" + "|".join(_MONTH_WORDS) + ")"
_DAY = r"(\d{1,2}(?:st|nd|rd|th)?)"
_READERS: tuple[tuple[str, _Reader], ...] = (
    ("today|yesterday|tomorrow", _named_day),
    ("(this|last) (week|month|year)", _calendar_period),
    (f"(?:last|past) {_N} {_UNIT}", _rolling),
    (f"past() {_UNIT}", _rolling),
    (f"{_N} {_UNIT} ago", _ago),
    ("(last )?(" + "|".join(_WEEKDAY_WORDS) + ")", _weekday),
    (r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?", _iso),
    (f"{_MONTH}(?: (\\d{{4}}))?", _month),
    (f"{_DAY}(?: of)? {_MONTH}(?: (\\d{{4}}))?", _day_month),
    (f"{_MONTH} {_DAY}(?: (\\d{{4}}))?", _day_month),
    (r"(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?", _ambiguous),
)


def _make_date(year: int, month: int, day: int, whole: str) -> date:
    """A real calendar day, or a kind message saying which part doesn't exist."""
    if not 1 <= year <= _LAST_YEAR:
        raise DateRangeError(f'"{whole}" is outside the years I can handle (1 to {_LAST_YEAR}).')
    if not 1 <= month <= 12:
        raise DateRangeError(
            f'"{whole}" isn\'t a real date: there is no month {month}. Months go from 1 to 12.'
        )
    if not 1 <= day <= _days_in(year, month):
        raise DateRangeError(
            f'"{whole}" isn\'t a real date: {MONTHS[month - 1].title()} {year} has '
            f"{_days_in(year, month)} days."
        )
    return date(year, month, day)


def _days_in(year: int, month: int) -> int:
    """How many days a month has."""
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day


def _add_months(day: date, months: int) -> date:
    """Move by whole months, keeping the day where possible (31 Mar - 1 month = 28/29 Feb)."""
    from dateutil.relativedelta import relativedelta

    return day + relativedelta(months=months)


def _step_back(day: date, count: int, unit: str) -> date:
    """The day `count` days, weeks, months or years before `day`."""
    unit = unit.lower()
    if unit in ("day", "week"):
        return day - timedelta(days=count * (7 if unit == "week" else 1))
    return _add_months(day, -count * (12 if unit == "year" else 1))


def _count(word: str) -> int:
    """A count written as digits or as a small number word."""
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def _short_day(day: date) -> str:
    """1 Nov 2026, in English whatever the system locale."""
    return f"{day.day} {MONTHS[day.month - 1][:3].title()} {day.year}"


def _long_day(day: date) -> str:
    """Monday 23 Nov 2026, in English whatever the system locale."""
    return f"{WEEKDAYS[day.weekday()].title()} {_short_day(day)}"
