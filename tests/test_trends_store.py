"""The statistics behind Trends, from a small journal whose answers are worked out by hand."""

from __future__ import annotations

from datetime import date, datetime

from journal.models import Feeling, NewEntry
from journal.store import Store
from journal.store.trends import add_months, month_start, next_month, week_start
from tests.conftest import CLOCK_TZ


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=CLOCK_TZ)


def add(store: Store, day: date, numbness: int | None, *words: str, hour: int = 12) -> int:
    feelings = tuple(Feeling(word, "sad" if word != "calm" else "peaceful") for word in words)
    entry = NewEntry(
        text=f"On {day}", numbness=numbness, feelings=feelings, created_at=at(day, hour)
    )
    return store.entries.add(entry).id


def test_calendar_helpers() -> None:
    assert week_start(date(2024, 3, 10)) == date(2024, 3, 4)  # a Sunday -> its Monday
    assert month_start(date(2024, 2, 29)) == date(2024, 2, 1)
    assert next_month(date(2024, 12, 31)) == date(2025, 1, 1)
    assert add_months(date(2024, 3, 15), -3) == date(2023, 12, 1)
    assert add_months(date(2024, 1, 1), 14) == date(2025, 3, 1)


def test_weeks_are_averaged_by_rated_entry_and_gaps_are_kept(store: Store) -> None:
    add(store, date(2024, 2, 26), 8)  # Monday
    add(store, date(2024, 2, 26), 6, hour=20)
    add(store, date(2024, 3, 3), 1)  # Sunday, same week
    add(store, date(2024, 3, 3), None, hour=20)  # unrated: counted, not averaged
    add(store, date(2024, 3, 12), 4)  # two weeks later
    weeks = store.trends.weekly_numbness(date(2024, 2, 28), date(2024, 3, 14))
    assert [w.week for w in weeks] == [date(2024, 2, 26), date(2024, 3, 4), date(2024, 3, 11)]
    assert weeks[0].average == 5.0 and weeks[0].entries == 4
    assert weeks[1].average is None and weeks[1].entries == 0
    assert weeks[2].average == 4.0


def test_a_month_of_days(store: Store) -> None:
    add(store, date(2024, 2, 29), 3)
    add(store, date(2024, 3, 1), 2)
    add(store, date(2024, 3, 1), 6, hour=18)
    add(store, date(2024, 3, 31), None)
    days = store.trends.daily_numbness(date(2024, 3, 20))
    assert [(d.day.day, d.average, d.entries, d.rated) for d in days] == [
        (1, 4.0, 2, 2),
        (31, None, 1, 0),
    ]


def test_trashed_entries_never_count(store: Store) -> None:
    add(store, date(2024, 3, 1), 2, "lonely")
    gone = add(store, date(2024, 3, 2), 9, "lonely", "tired")
    store.entries.trash(gone)
    assert [d.day for d in store.trends.daily_numbness(date(2024, 3, 1))] == [date(2024, 3, 1)]
    assert [(f.word, f.entries) for f in store.trends.top_feelings()] == [("lonely", 1)]
    assert store.trends.first_day() == date(2024, 3, 1)


def test_feelings_named_most_count_entries_and_respect_since(store: Store) -> None:
    add(store, date(2024, 1, 5), 5, "tired", "lonely")
    add(store, date(2024, 3, 1), 5, "lonely")
    add(store, date(2024, 3, 2), 5, "lonely", "calm")
    add(store, date(2024, 3, 3), 5, "calm")
    top = store.trends.top_feelings()
    assert [(f.word, f.family, f.entries) for f in top] == [
        ("lonely", "sad", 3),
        ("calm", "peaceful", 2),
        ("tired", "sad", 1),
    ]
    recent = store.trends.top_feelings(limit=1, since=date(2024, 2, 1))
    assert [(f.word, f.entries) for f in recent] == [("calm", 2)]


def test_distinct_feeling_words_per_month(store: Store) -> None:
    add(store, date(2024, 1, 5), 5, "lonely", "tired")
    add(store, date(2024, 1, 6), 5, "lonely")
    add(store, date(2024, 3, 1), 5)
    months = store.trends.words_by_month(date(2024, 1, 20), date(2024, 3, 10))
    assert [(m.month, m.words, m.entries) for m in months] == [
        (date(2024, 1, 1), 2, 2),
        (date(2024, 2, 1), 0, 0),
        (date(2024, 3, 1), 0, 1),
    ]


def test_on_this_day_in_earlier_years(store: Store) -> None:
    for year in (2021, 2023):
        add(store, date(year, 3, 10), 5)
    add(store, date(2023, 3, 10), 5, hour=20)
    add(store, date(2023, 3, 11), 5)
    add(store, date(2024, 3, 10), 5)  # today: not an earlier year
    found = store.trends.on_this_day(datetime(2024, 3, 10, 9, tzinfo=CLOCK_TZ), per_year=1)
    assert [(y.day, y.total, len(y.entries)) for y in found] == [
        (date(2023, 3, 10), 2, 1),
        (date(2021, 3, 10), 1, 1),
    ]
    assert found[0].entries[0].created_at.hour == 20  # newest first


def test_on_the_29th_of_february_other_years_are_skipped(store: Store) -> None:
    add(store, date(2020, 2, 29), 5)
    add(store, date(2023, 2, 28), 5)
    found = store.trends.on_this_day(datetime(2024, 2, 29, 9, tzinfo=CLOCK_TZ))
    assert [y.day for y in found] == [date(2020, 2, 29)]


def test_overview_of_an_empty_journal(store: Store) -> None:
    overview = store.trends.overview(datetime(2024, 3, 10, 9, tzinfo=CLOCK_TZ))
    assert overview.first_day is None
    assert overview.all_weeks == () and overview.on_this_day == ()
    assert len(overview.recent_weeks) == 52
    assert all(w.average is None for w in overview.recent_weeks)
    assert len(overview.words_by_month) == 12
    assert overview.top_feelings == () and overview.top_feelings_all_time


def test_overview_falls_back_to_all_time_for_feelings(store: Store) -> None:
    add(store, date(2021, 1, 1), 5, "lonely")
    overview = store.trends.overview(datetime(2024, 3, 10, 9, tzinfo=CLOCK_TZ))
    assert overview.top_feelings_all_time
    assert [f.word for f in overview.top_feelings] == ["lonely"]
    assert overview.all_weeks[0].week == date(2020, 12, 28)
    assert overview.recent_weeks[-1].week == date(2024, 3, 4)


def test_the_last_year_of_a_young_journal_starts_where_it_began(store: Store) -> None:
    add(store, date(2024, 2, 14), 5, "lonely")  # a Wednesday, under four weeks ago
    overview = store.trends.overview(datetime(2024, 3, 10, 9, tzinfo=CLOCK_TZ))
    assert overview.recent_weeks[0].week == date(2024, 2, 12)
    assert overview.recent_weeks == overview.all_weeks
    assert [m.month for m in overview.words_by_month] == [date(2024, 2, 1), date(2024, 3, 1)]
    assert [f.word for f in overview.top_feelings] == ["lonely"]


def test_families_and_tags_in_use(store: Store) -> None:
    store.entries.add(NewEntry(feelings=(Feeling("x", "sad"), Feeling("y", "")), tags=("b", "a")))
    store.entries.add(NewEntry(tags=("b",)))
    assert store.trends.families_used() == ["sad"]
    assert store.trends.tags_used() == ["b", "a"]
