"""Records read from an import file (or made up for the demo), as the store saves them.

Kept apart from `journal.store.transfer` so that opening the journal does not pay
for creating these classes; only importing and the demo need them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from journal.models import NewEntry


@dataclass(frozen=True)
class ImportedEntry:
    """An entry read from a file: what to save, and when it was last changed."""

    entry: NewEntry
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ImportedAttempt:
    """A strategy attempt read from a file."""

    strategy_id: str
    started_at: datetime
    numbness_before: int | None = None
    numbness_after: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ImportedContact:
    """A support contact read from a file."""

    name: str
    reach: str = ""
    note: str = ""
