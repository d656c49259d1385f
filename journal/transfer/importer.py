"""Importing a file: read it whole, check it, leave out what is already here, save at once.

An entry is already in the journal when one there was written in the same second
with the same text (trashed entries count too). The same holds for strategy
attempts (same second, strategy, ratings and note) and contacts (same name, way to
reach and note). Copies are counted, so a file holding two identical entries adds
both the first time and nothing the second: importing the same file twice, or a
journal's export back into itself, adds nothing.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from journal.store import Store
from journal.store.imported import ImportedAttempt, ImportedContact, ImportedEntry
from journal.store.text import storable
from journal.store.transfer import MICROSECONDS
from journal.timeutil import sort_key
from journal.transfer.batch import ImportBatch, ImportFileError
from journal.transfer.jrnl import is_jrnl_document, read_jrnl
from journal.transfer.json_format import is_thaw_document, read_thaw
from journal.wording import counted

T = TypeVar("T")

IMPORTABLE = (
    "Thaw imports its own export (journal export --format json) "
    "and jrnl's (jrnl --export json > FILE)"
)
"""Said when a file is not JSON at all, such as a jrnl journal before its export."""


@dataclass(frozen=True)
class ImportPlan:
    """What an import would add, and how much of the file is already in the journal."""

    source: str
    entries: tuple[ImportedEntry, ...]
    attempts: tuple[ImportedAttempt, ...]
    contacts: tuple[ImportedContact, ...]
    skipped_entries: int

    @property
    def is_empty(self) -> bool:
        """True when there is nothing new to add."""
        return not (self.entries or self.attempts or self.contacts)

    def describe(self, done: bool) -> str:
        """One plain sentence: what was (or would be) added and what was left out."""
        parts = [
            counted(len(self.entries), "entry", "entries"),
            counted(len(self.attempts), "strategy attempt", "strategy attempts"),
            counted(len(self.contacts), "contact", "contacts"),
        ]
        added = _and([part for part in parts if not part.startswith("0 ")])
        verb = "Added" if done else "Would add"
        sentence = f"{verb} {added} from this {self.source} file."
        if self.is_empty:
            sentence = f"Nothing new: everything in this {self.source} file is already here."
        elif self.skipped_entries:
            already = counted(self.skipped_entries, "entry was", "entries were")
            sentence += f" {already} already in your journal, so left out."
        return sentence


def _and(parts: list[str]) -> str:
    """Join parts as people write lists: "a, b and c"."""
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)


def read_file(path: Path) -> ImportBatch:
    """Read and check an import file whole; ImportFileError says what is wrong and where."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ImportFileError("there is no such file") from None
    except IsADirectoryError:
        raise ImportFileError("it is a folder, not a file") from None
    except UnicodeDecodeError:
        raise ImportFileError("it is not a text file (it is not UTF-8)") from None
    except OSError as error:
        raise ImportFileError(f"it could not be read ({error.strerror or error})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            f"it is not valid JSON: line {error.lineno}, column {error.colno}: {error.msg}. "
            f"{IMPORTABLE}"
        ) from None
    except RecursionError:
        raise ImportFileError("it is not valid JSON: it is nested too deeply") from None
    if is_thaw_document(data):
        return read_thaw(data)
    if is_jrnl_document(data):
        return read_jrnl(data)
    raise ImportFileError(
        "it is neither a Thaw export (journal export --format json) "
        "nor a jrnl export (jrnl --export json)"
    )


def _entry_key(item: ImportedEntry) -> tuple[int, str]:
    moment = item.entry.created_at
    assert moment is not None, "imported entries always carry their time"
    return sort_key(moment) // MICROSECONDS, storable(item.entry.text)


def _attempt_key(item: ImportedAttempt) -> tuple[int, str, int | None, int | None, str]:
    second = sort_key(item.started_at) // MICROSECONDS
    return second, item.strategy_id, item.numbness_before, item.numbness_after, storable(item.note)


def _contact_key(item: ImportedContact) -> tuple[str, str, str]:
    return storable(item.name), storable(item.reach), storable(item.note)


def _new_only(
    items: Iterable[T], key: Callable[[T], Hashable], present: Iterable[Hashable]
) -> tuple[T, ...]:
    """The items not already present, counting copies."""
    have = Counter(present)
    fresh: list[T] = []
    for item in items:
        found = key(item)
        if have[found]:
            have[found] -= 1
        else:
            fresh.append(item)
    return tuple(fresh)


def plan_import(store: Store | None, batch: ImportBatch) -> ImportPlan:
    """Work out what importing `batch` would add to the journal (None: a journal not yet
    made, so everything is new), without changing anything."""
    have = store.transfer if store is not None else None
    entries = _new_only(batch.entries, _entry_key, have.entry_fingerprints() if have else ())
    attempts = _new_only(batch.attempts, _attempt_key, have.attempt_fingerprints() if have else ())
    contacts = _new_only(batch.contacts, _contact_key, have.contact_fingerprints() if have else ())
    return ImportPlan(
        source=batch.source,
        entries=entries,
        attempts=attempts,
        contacts=contacts,
        skipped_entries=len(batch.entries) - len(entries),
    )


def apply_import(store: Store, plan: ImportPlan) -> None:
    """Save everything the plan adds, in one transaction."""
    store.transfer.add_all(plan.entries, plan.attempts, plan.contacts)
