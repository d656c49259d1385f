"""Numbers drawn as text (sparklines, bars) and dates in plain words, without a terminal."""

from __future__ import annotations

from datetime import date, datetime

from journal.sparkline import BARS, bar, level, resample, sparkline
from journal.wording import clock_time, counted, long_date, month_name, short_date, weekday_date


def test_levels_cover_the_scale_evenly() -> None:
    assert level(0) == 0
    assert level(10) == len(BARS) - 1
    assert level(5) == 4
    assert level(-3) == 0 and level(14) == len(BARS) - 1
    assert level(3, low=3, high=3) == 0


def test_sparkline_marks_gaps() -> None:
    assert sparkline([0, 10, None, 5]) == "▁█ ▅"
    assert sparkline([None], gap="·") == "·"
    assert sparkline([]) == ""


def test_resample_averages_slots_and_keeps_empty_ones() -> None:
    assert resample([1, 2, 3], 5) == [1, 2, 3]
    assert resample([1, 3, None, None, 5, 7], 3) == [2, None, 6]
    assert resample([1.0] * 520, 52) == [1.0] * 52
    assert resample([1, 2], 0) == []


def test_bars_in_eighths() -> None:
    assert bar(10, 10, 4) == "████"
    assert bar(5, 10, 4) == "██"
    assert bar(1, 10, 4) == "▍"  # 3.2 eighths rounds to 3
    assert bar(0.01, 10, 4) == "▏"  # anything above zero shows
    assert bar(0, 10, 4) == "" and bar(3, 0, 4) == ""


def test_words_for_dates_are_english_whatever_the_locale() -> None:
    day = date(2026, 11, 27)
    assert short_date(day) == "27 Nov 2026"
    assert weekday_date(day) == "Fri 27 Nov 2026"
    assert long_date(day) == "Friday 27 November 2026"
    assert month_name(day) == "November 2026"
    assert clock_time(datetime(2026, 11, 27, 7, 5)) == "07:05"
    assert counted(1, "entry", "entries") == "1 entry"
    assert counted(12345, "entry", "entries") == "12,345 entries"
