"""History's filters as a person sets them, turned into an EntryFilter and plain words.

The filter form keeps what was typed ("last 30 days", "lonely, tired"); this
module reads it, so the same rules serve the screen and its tests. Never imports
Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from journal.dates import parse_range
from journal.models import EntryFilter


def split_list(text: str) -> tuple[str, ...]:
    """'lonely, tired' -> ('lonely', 'tired'): commas separate, blanks are dropped."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


@dataclass(frozen=True)
class FilterChoices:
    """What a person set in the filter form, kept as typed so it can be offered back."""

    when: str = ""
    words: str = ""
    family: str = ""
    tags: str = ""
    numbness_min: int | None = None
    numbness_max: int | None = None
    strategy_days: bool = False

    @property
    def is_empty(self) -> bool:
        """True when nothing narrows the list."""
        return self == FilterChoices()


@dataclass(frozen=True)
class AppliedFilter:
    """The query for the store, and the filters in plain words for the summary line."""

    wanted: EntryFilter
    parts: tuple[str, ...]


def _numbness_words(low: int | None, high: int | None) -> str | None:
    if low is None and high is None:
        return None
    if low is None:
        return f"numbness {high} or less"
    if high is None:
        return f"numbness {low} or more"
    return f"numbness {low}" if low == high else f"numbness {low} to {high}"


def apply_choices(
    search: str,
    choices: FilterChoices,
    now: datetime,
    family_label: Callable[[str], str] = str.title,
) -> AppliedFilter:
    """Combine the search box and the filters; DateRangeError if the date can't be read."""
    since = until = None
    parts: list[str] = []
    if choices.when.strip():
        understood = parse_range(choices.when, now=now)
        since, until = understood.start, understood.end
        parts.append(understood.describe())
    low, high = choices.numbness_min, choices.numbness_max
    if low is not None and high is not None and low > high:
        low, high = high, low
    words = split_list(choices.words)
    tags = split_list(choices.tags)
    if words:
        parts.append("feeling " + " or ".join(words))
    if choices.family:
        parts.append(f"family {family_label(choices.family)}")
    if tags:
        parts.append("tag " + " or ".join(tags))
    if (numbness := _numbness_words(low, high)) is not None:
        parts.append(numbness)
    if choices.strategy_days:
        parts.append("days you tried a strategy")
    wanted = EntryFilter(
        text=search,
        since=since,
        until=until,
        words=words,
        families=(choices.family,) if choices.family else (),
        tags=tags,
        numbness_min=low,
        numbness_max=high,
        strategy_days=choices.strategy_days,
    )
    return AppliedFilter(wanted, tuple(parts))
