"""Times as the journal stores them: ISO text with offset, plus a sortable key.

Every entry keeps the local time it was written, with its UTC offset, and a
`sort_key` in microseconds since the epoch, which orders entries and doubles as
their full-text rowid so newest-first search needs no sorting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_now() -> datetime:
    """The current local time, timezone-aware."""
    return datetime.now().astimezone()


def aware(moment: datetime) -> datetime:
    """Treat a naive time as local time; leave an aware time as it is."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def to_iso(moment: datetime) -> str:
    """ISO 8601 text with the UTC offset, to the second."""
    return aware(moment).isoformat(timespec="seconds")


def from_iso(text: str) -> datetime:
    """Read back a time written by `to_iso` (or any ISO 8601 time)."""
    return aware(datetime.fromisoformat(text))


def sort_key(moment: datetime) -> int:
    """Microseconds since the epoch: orders moments across timezones."""
    delta = aware(moment).astimezone(UTC) - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def local_day(moment: datetime) -> str:
    """The calendar day (YYYY-MM-DD) in the moment's own timezone."""
    return aware(moment).date().isoformat()
