"""Typed, frozen records that the store hands to the UI and the command line.

Nothing here talks to SQLite or to Textual: these are plain values, safe to
pass between threads and easy to compare in tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from journal.lines import first_line


@dataclass(frozen=True)
class Feeling:
    """A feeling a person named in one entry, with how strongly they felt it."""

    word: str
    family: str = ""
    intensity: int = 3
    custom: bool = False


@dataclass(frozen=True)
class BodyNote:
    """Something noticed in the body: a region and what it felt like there."""

    region: str
    sensation: str = ""


@dataclass(frozen=True)
class NewEntry:
    """Everything a check-in holds before it is saved.

    `created_at` defaults to now when saved; imports and tests pass their own.
    """

    text: str = ""
    numbness: int | None = None
    energy: int | None = None
    pleasantness: int | None = None
    prompt_id: str | None = None
    prompt_text: str | None = None
    could_not_name: bool = False
    feelings: tuple[Feeling, ...] = ()
    body_notes: tuple[BodyNote, ...] = ()
    body_nothing: bool = False
    """The person answered the body check with "nothing right now" (then there are no notes)."""
    tags: tuple[str, ...] = ()
    created_at: datetime | None = None


@dataclass(frozen=True)
class Entry:
    """A saved check-in, as read back from the journal."""

    id: int
    created_at: datetime
    updated_at: datetime
    text: str
    numbness: int | None
    energy: int | None
    pleasantness: int | None
    prompt_id: str | None
    prompt_text: str | None
    could_not_name: bool
    trashed_at: datetime | None
    feelings: tuple[Feeling, ...] = ()
    body_notes: tuple[BodyNote, ...] = ()
    body_nothing: bool = False
    """The person answered the body check with "nothing right now" (then there are no notes)."""
    tags: tuple[str, ...] = ()

    @property
    def first_line(self) -> str:
        """The first non-empty line of the text, for lists and titles."""
        return first_line(self.text)


@dataclass(frozen=True)
class EntrySummary:
    """One row of the History list: just enough to draw it."""

    id: int
    created_at: datetime
    numbness: int | None
    feelings: tuple[Feeling, ...]
    tags: tuple[str, ...]
    first_line: str
    snippet: str | None = None
    """The words around the search's first match in the text, marked; None if not searching
    or if only the feeling words matched."""
    words_found: frozenset[str] = frozenset()
    """The feeling words the search found."""


@dataclass(frozen=True)
class EntryFilter:
    """What the History list and the command line ask for: search plus filters.

    Every field is optional; an empty filter means every entry not in the trash.
    `since` is inclusive and `until` exclusive.
    """

    text: str = ""
    since: datetime | None = None
    until: datetime | None = None
    words: tuple[str, ...] = ()
    families: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    numbness_min: int | None = None
    numbness_max: int | None = None
    strategy_days: bool = False
    trashed: bool = False


@dataclass(frozen=True)
class StrategyAttempt:
    """One time a person tried a strategy, with how numb they felt before and after."""

    id: int
    strategy_id: str
    started_at: datetime
    numbness_before: int | None
    numbness_after: int | None
    note: str = ""


@dataclass(frozen=True)
class StrategyEffect:
    """How a strategy has gone for this person so far: their own evidence."""

    strategy_id: str
    tries: int
    rated: int
    average_change: float | None
    """Average of (after - before) over rated tries; negative means less numb after."""


@dataclass(frozen=True)
class Contact:
    """A trusted person in the support system, kept in the journal."""

    id: int
    name: str
    reach: str = ""
    note: str = ""


@dataclass(frozen=True)
class Draft:
    """The unsaved check-in in progress, autosaved so nothing typed is lost."""

    text: str = ""
    state: dict[str, object] = field(default_factory=dict, hash=False, compare=True)
    updated_at: datetime | None = None
    entry_id: int | None = None
    """The entry being edited, or None for a new check-in."""

    @property
    def is_empty(self) -> bool:
        """True when there is nothing worth offering back."""
        return not self.text.strip() and not self.state
