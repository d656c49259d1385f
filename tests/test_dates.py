"""Plain-word date phrases -> local half-open ranges (journal.dates)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from journal.dates import (
    DateRange,
    DateRangeError,
    parse_range,
    since_datetime,
    until_datetime,
)

ROOT = Path(__file__).resolve().parents[1]
PLUS_ONE = timezone(timedelta(hours=1))
LONDON = ZoneInfo("Europe/London")
# Friday 27 November 2026, 14:00, in a fixed zone and in a zone with daylight saving.
NOWS = {
    "utc+1": datetime(2026, 11, 27, 14, 0, tzinfo=PLUS_ONE),
    "london": datetime(2026, 11, 27, 14, 0, tzinfo=LONDON),
}
NOW = NOWS["utc+1"]


def midnight(day: date, now: datetime) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=now.tzinfo)


def assert_local_midnight(moment: datetime | None, day: date | None, now: datetime) -> None:
    if day is None:
        assert moment is None
        return
    assert moment is not None
    assert moment.tzinfo is now.tzinfo
    assert (moment.date(), moment.time()) == (day, datetime.min.time())
    assert moment.utcoffset() == midnight(day, now).utcoffset()


D = date
# phrase -> first day included, first day NOT included (None = open on that side)
CASES: list[tuple[str, date | None, date | None]] = [
    # year-first numbers
    ("2026-11-01", D(2026, 11, 1), D(2026, 11, 2)),
    ("2026/11/01", D(2026, 11, 1), D(2026, 11, 2)),
    ("2026-11", D(2026, 11, 1), D(2026, 12, 1)),
    ("2026-12", D(2026, 12, 1), D(2027, 1, 1)),
    ("2025", D(2025, 1, 1), D(2026, 1, 1)),
    ("2030", D(2030, 1, 1), D(2031, 1, 1)),
    # month names
    ("nov 2025", D(2025, 11, 1), D(2025, 12, 1)),
    ("November 2025", D(2025, 11, 1), D(2025, 12, 1)),
    ("sept 2026", D(2026, 9, 1), D(2026, 10, 1)),
    ("feb 2024", D(2024, 2, 1), D(2024, 3, 1)),
    ("nov", D(2026, 11, 1), D(2026, 12, 1)),
    ("dec", D(2025, 12, 1), D(2026, 1, 1)),
    ("1 nov 2025", D(2025, 11, 1), D(2025, 11, 2)),
    ("nov 1 2025", D(2025, 11, 1), D(2025, 11, 2)),
    ("Nov 1, 2025", D(2025, 11, 1), D(2025, 11, 2)),
    ("1st of November 2025", D(2025, 11, 1), D(2025, 11, 2)),
    ("27 nov", D(2026, 11, 27), D(2026, 11, 28)),
    ("28 nov", D(2025, 11, 28), D(2025, 11, 29)),
    ("29 feb", D(2024, 2, 29), D(2024, 3, 1)),
    # named periods
    ("today", D(2026, 11, 27), D(2026, 11, 28)),
    ("yesterday", D(2026, 11, 26), D(2026, 11, 27)),
    ("tomorrow", D(2026, 11, 28), D(2026, 11, 29)),
    ("this week", D(2026, 11, 23), D(2026, 11, 30)),
    ("last week", D(2026, 11, 16), D(2026, 11, 23)),
    ("this month", D(2026, 11, 1), D(2026, 12, 1)),
    ("last month", D(2026, 10, 1), D(2026, 11, 1)),
    ("this year", D(2026, 1, 1), D(2027, 1, 1)),
    ("last year", D(2025, 1, 1), D(2026, 1, 1)),
    # rolling periods ending with today
    ("last 30 days", D(2026, 10, 29), D(2026, 11, 28)),
    ("last 1 day", D(2026, 11, 27), D(2026, 11, 28)),
    ("past 2 weeks", D(2026, 11, 14), D(2026, 11, 28)),
    ("past week", D(2026, 11, 21), D(2026, 11, 28)),
    ("last three days", D(2026, 11, 25), D(2026, 11, 28)),
    ("last 3 months", D(2026, 8, 28), D(2026, 11, 28)),
    ("past 2 years", D(2024, 11, 28), D(2026, 11, 28)),
    # a single day some time ago
    ("3 days ago", D(2026, 11, 24), D(2026, 11, 25)),
    ("4 weeks ago", D(2026, 10, 30), D(2026, 10, 31)),
    ("2 months ago", D(2026, 9, 27), D(2026, 9, 28)),
    ("a year ago", D(2025, 11, 27), D(2025, 11, 28)),
    ("a week ago", D(2026, 11, 20), D(2026, 11, 21)),
    # weekdays: the most recent one, today included; "last" excludes today
    ("monday", D(2026, 11, 23), D(2026, 11, 24)),
    ("friday", D(2026, 11, 27), D(2026, 11, 28)),
    ("sat", D(2026, 11, 21), D(2026, 11, 22)),
    ("thurs", D(2026, 11, 26), D(2026, 11, 27)),
    ("last friday", D(2026, 11, 20), D(2026, 11, 21)),
    # open at the end ("until now")
    ("since monday", D(2026, 11, 23), None),
    ("since 2026-01-01", D(2026, 1, 1), None),
    ("since nov", D(2026, 11, 1), None),
    ("since 4 weeks ago", D(2026, 10, 30), None),
    ("from yesterday", D(2026, 11, 26), None),
    ("after yesterday", D(2026, 11, 27), None),
    ("2026-01-01..", D(2026, 1, 1), None),
    # open at the start
    ("until friday", None, D(2026, 11, 28)),
    ("till yesterday", None, D(2026, 11, 27)),
    ("before 2026-01-01", None, D(2026, 1, 1)),
    ("..2026-01-31", None, D(2026, 2, 1)),
    # ranges, both ends included
    ("2026-01-01..2026-03-31", D(2026, 1, 1), D(2026, 4, 1)),
    ("2026-01-01 .. 2026-03-31", D(2026, 1, 1), D(2026, 4, 1)),
    ("2026-01-01 to 2026-03-31", D(2026, 1, 1), D(2026, 4, 1)),
    ("from 2026-01-01 to 2026-03-31", D(2026, 1, 1), D(2026, 4, 1)),
    ("nov 2025..jan 2026", D(2025, 11, 1), D(2026, 2, 1)),
    ("2026-11-05..2026-11-05", D(2026, 11, 5), D(2026, 11, 6)),
    ("last month..yesterday", D(2026, 10, 1), D(2026, 11, 27)),
]


@pytest.mark.parametrize("zone", list(NOWS))
@pytest.mark.parametrize(("phrase", "first", "stop"), CASES)
def test_phrase_gives_local_midnights(
    phrase: str, first: date | None, stop: date | None, zone: str
) -> None:
    now = NOWS[zone]
    found = parse_range(phrase, now=now)
    assert_local_midnight(found.start, first, now)
    assert_local_midnight(found.end, stop, now)


@pytest.mark.parametrize(
    ("messy", "tidy"),
    [
        ("  LAST   30   Days ", "last 30 days"),
        ("NOVEMBER 2025", "nov 2025"),
        ("Since  MONDAY", "since monday"),
        ("2026-01-01   TO   2026-03-31", "2026-01-01..2026-03-31"),
        ("\tToday\n", "today"),
    ],
)
def test_case_and_spaces_do_not_matter(messy: str, tidy: str) -> None:
    assert parse_range(messy, now=NOW) == parse_range(tidy, now=NOW)
    assert parse_range(messy, now=NOW).describe() == parse_range(tidy, now=NOW).describe()


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("2026-11", "1 Nov 2026 to 30 Nov 2026"),
        ("last 30 days", "the last 30 days (29 Oct 2026 to 27 Nov 2026)"),
        ("since monday", "since Monday 23 Nov 2026"),
        ("2026-11-01", "Sunday 1 Nov 2026"),
        ("today", "today (Friday 27 Nov 2026)"),
        ("3 days ago", "3 days ago (Tuesday 24 Nov 2026)"),
        ("this week", "this week (23 Nov 2026 to 29 Nov 2026)"),
        ("past week", "the past week (21 Nov 2026 to 27 Nov 2026)"),
        ("until friday", "up to and including Friday 27 Nov 2026"),
        ("before 2026-01-01", "up to and including Wednesday 31 Dec 2025"),
        ("nov 2025..jan 2026", "1 Nov 2025 to 31 Jan 2026"),
    ],
)
def test_describe_says_what_was_understood(phrase: str, words: str) -> None:
    assert parse_range(phrase, now=NOW).describe() == words


def test_describe_open_on_both_sides_and_hand_built() -> None:
    assert DateRange(None, None).describe() == "all dates"
    start = datetime(2026, 3, 1, tzinfo=PLUS_ONE)
    assert DateRange(start, start + timedelta(days=2)).describe() == "1 Mar 2026 to 2 Mar 2026"


def test_label_takes_no_part_in_equality() -> None:
    assert parse_range("today", now=NOW) == parse_range("2026-11-27", now=NOW)
    assert parse_range("today", now=NOW).label == "today"
    assert parse_range("2026-11-27", now=NOW).label is None


def test_a_range_cannot_be_built_backwards() -> None:
    with pytest.raises(DateRangeError):
        DateRange(NOW, NOW - timedelta(seconds=1))


# Daylight saving in London ends on Sunday 25 Oct 2026 and begins on Sunday 29 Mar 2026.
BST, GMT = timedelta(hours=1), timedelta(0)
H, DAY = timedelta(hours=1), timedelta(days=1)


def utc_length(found: DateRange) -> timedelta:
    assert found.start is not None and found.end is not None
    return found.end.astimezone(UTC) - found.start.astimezone(UTC)


@pytest.mark.parametrize(
    ("phrase", "now_day", "first", "stop", "start_offset", "end_offset", "length"),
    [
        ("2026-10", D(2026, 11, 27), D(2026, 10, 1), D(2026, 11, 1), BST, GMT, 31 * DAY + H),
        ("2026-10-25", D(2026, 11, 27), D(2026, 10, 25), D(2026, 10, 26), BST, GMT, 25 * H),
        ("2026-03-29", D(2026, 11, 27), D(2026, 3, 29), D(2026, 3, 30), GMT, BST, 23 * H),
        (
            "2026-10-20..2026-10-31",
            D(2026, 11, 27),
            D(2026, 10, 20),
            D(2026, 11, 1),
            BST,
            GMT,
            12 * DAY + H,
        ),
        ("last 30 days", D(2026, 11, 5), D(2026, 10, 7), D(2026, 11, 6), BST, GMT, 30 * DAY + H),
        ("last week", D(2026, 10, 28), D(2026, 10, 19), D(2026, 10, 26), BST, GMT, 7 * DAY + H),
        ("this month", D(2026, 10, 2), D(2026, 10, 1), D(2026, 11, 1), BST, GMT, 31 * DAY + H),
    ],
)
def test_ranges_across_daylight_saving_keep_local_midnights(
    phrase: str,
    now_day: date,
    first: date,
    stop: date,
    start_offset: timedelta,
    end_offset: timedelta,
    length: timedelta,
) -> None:
    now = datetime(now_day.year, now_day.month, now_day.day, 14, tzinfo=LONDON)
    found = parse_range(phrase, now=now)
    assert_local_midnight(found.start, first, now)
    assert_local_midnight(found.end, stop, now)
    assert found.start is not None and found.end is not None
    assert (found.start.utcoffset(), found.end.utcoffset()) == (start_offset, end_offset)
    assert utc_length(found) == length


def test_today_is_the_day_in_the_zone_of_now() -> None:
    # 00:30 on Friday at UTC-05:00 is already 05:30 in UTC; "today" must still be Friday there.
    early = datetime(2026, 11, 27, 0, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert parse_range("today", now=early).start == datetime(2026, 11, 27, tzinfo=early.tzinfo)
    # 23:30 on Friday in London is Saturday in UTC+01:00, but London's today is Friday.
    late = datetime(2026, 11, 27, 23, 30, tzinfo=LONDON)
    assert parse_range("today", now=late).start == datetime(2026, 11, 27, tzinfo=LONDON)


def test_month_steps_keep_to_real_days() -> None:
    end_of_march = datetime(2026, 3, 31, 9, tzinfo=PLUS_ONE)
    assert parse_range("1 month ago", now=end_of_march).start == midnight(
        D(2026, 2, 28), end_of_march
    )
    assert parse_range("last month", now=end_of_march).start == midnight(
        D(2026, 2, 1), end_of_march
    )


def test_default_now_and_naive_now_mean_local_time() -> None:
    for found in (
        parse_range("2026-01-01"),
        parse_range("2026-01-01", now=datetime(2026, 11, 27, 14)),
    ):
        assert found.start is not None and found.start.tzinfo is not None
        assert found.start == datetime(2026, 1, 1).astimezone()
        assert found.end == datetime(2026, 1, 2).astimezone()


def test_default_now_follows_the_computers_daylight_saving() -> None:
    # A fixed offset taken from datetime.now() would get one end of this range an hour wrong.
    code = (
        "from journal.dates import parse_range; r = parse_range('2026-10'); "
        "print(r.start.isoformat(), r.end.isoformat())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "TZ": "Europe/London"},
    )
    assert done.stdout.split() == ["2026-10-01T00:00:00+01:00", "2026-11-01T00:00:00+00:00"]


def test_naive_now_decides_which_day_is_today() -> None:
    found = parse_range("today", now=datetime(2026, 11, 27, 14))
    assert found.start == datetime(2026, 11, 27).astimezone()


def test_since_and_until_helpers() -> None:
    assert since_datetime("since monday", NOW) == midnight(D(2026, 11, 23), NOW)
    assert since_datetime("nov 2025", now=NOW) == midnight(D(2025, 11, 1), NOW)
    assert until_datetime("friday", NOW) == midnight(D(2026, 11, 28), NOW)
    assert until_datetime("2026-01-01..2026-03-31", NOW) == midnight(D(2026, 4, 1), NOW)


@pytest.mark.parametrize(
    ("helper", "phrase", "fragment"),
    [
        (since_datetime, "until friday", "has no start"),
        (until_datetime, "since monday", "has no end"),
    ],
)
def test_helpers_refuse_a_missing_side(helper, phrase: str, fragment: str) -> None:
    with pytest.raises(DateRangeError) as caught:
        helper(phrase, NOW)
    assert f'"{phrase}"' in str(caught.value)
    assert fragment in str(caught.value)


REFUSALS: list[tuple[str, str]] = [
    ("blorp", 'Try "2026-11-01", "nov 2025", "last 30 days" or "since monday".'),
    ("Blorp Blorp", "I couldn't read"),
    ("next tuesday", "I couldn't read"),
    ("2026-13-45", "there is no month 13"),
    ("2026-02-30", "February 2026 has 28 days"),
    ("30 feb 2026", "February 2026 has 28 days"),
    ("31 nov", "November never has 31 days"),
    (
        "2026-03-31..2026-01-01",
        'comes before the start (31 Mar 2026). Did you mean "2026-01-01..2026-03-31"?',
    ),
    ("2026-03-31 to 2026-01-01", 'Did you mean "2026-01-01 to 2026-03-31"?'),
    ("01/02/2026", '"2026-02-01" (1 February) or "2026-01-02" (2 January)'),
    ("13/02/2026", 'Please write it like "2026-02-13" (13 February).'),
    ("1.2.26", "won't guess"),
    ("1/2", "won't guess"),
    ("last 0 days", "covers no days"),
    ("0000", "outside the years"),
    ("100000 years ago", "further than the calendar goes"),
    ("last 999999999 months", "further than the calendar goes"),
    ("since", "I couldn't read"),
    ("since until friday", 'I couldn\'t read "until friday" (in'),
    ("2026-01-01..blorp", 'I couldn\'t read "blorp" (in'),
    ("a..b..c", "as one range"),
    ("..", "I couldn't read"),
]


@pytest.mark.parametrize(("phrase", "fragment"), REFUSALS)
def test_refusals_are_kind_and_name_the_input(phrase: str, fragment: str) -> None:
    with pytest.raises(DateRangeError) as caught:
        parse_range(phrase, now=NOW)
    message = str(caught.value)
    assert f'"{phrase}' in message
    assert fragment in message
    assert "\n" not in message and "Traceback" not in message


@pytest.mark.parametrize("phrase", ["", "   ", "\t\n", ",,"])
def test_empty_input_is_refused(phrase: str) -> None:
    with pytest.raises(DateRangeError, match="Please give a date or a period"):
        parse_range(phrase, now=NOW)


def test_date_range_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_range("blorp", now=NOW)


def test_importing_stays_light_and_core() -> None:
    code = (
        "import sys, journal.dates; "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'dateutil')); "
        "print(heavy)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]"
