"""Thaw's own JSON format: everything in the journal, lossless, with a format version.

The same journal always exports to the same text (no export time is written), so
export, import into an empty journal and export again gives identical files.
Entries and strategy attempts are written oldest first, which also keeps the order
of entries saved within the same second.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import TextIO

from journal.models import BodyNote, Contact, Entry, Feeling, NewEntry, StrategyAttempt
from journal.store import Store
from journal.store.imported import ImportedAttempt, ImportedContact, ImportedEntry
from journal.terminal_text import json_safe
from journal.timeutil import to_iso
from journal.transfer.batch import ImportBatch, ImportFileError
from journal.transfer.fields import Fields, objects

FORMAT_NAME = "thaw-journal"
FORMAT_VERSION = 1
"""Raise when the meaning of a field changes; readers refuse versions newer than theirs."""

RATING = (0, 10)
INTENSITY = (1, 5)


def entry_record(entry: Entry) -> dict[str, object]:
    """One entry as a JSON object (the trash state and the database id are left out).

    `body_nothing` is written only when true, so entries without it read as they always have.
    """
    return {
        "created_at": to_iso(entry.created_at),
        "updated_at": to_iso(entry.updated_at),
        "text": entry.text,
        "numbness": entry.numbness,
        "energy": entry.energy,
        "pleasantness": entry.pleasantness,
        "could_not_name": entry.could_not_name,
        "prompt_id": entry.prompt_id,
        "prompt_text": entry.prompt_text,
        "feelings": [
            {"word": f.word, "family": f.family, "intensity": f.intensity, "custom": f.custom}
            for f in entry.feelings
        ],
        "body_notes": [{"region": n.region, "sensation": n.sensation} for n in entry.body_notes],
        **({"body_nothing": True} if entry.body_nothing else {}),
        "tags": list(entry.tags),
    }


def attempt_record(attempt: StrategyAttempt) -> dict[str, object]:
    """One strategy attempt as a JSON object."""
    return {
        "strategy_id": attempt.strategy_id,
        "started_at": to_iso(attempt.started_at),
        "numbness_before": attempt.numbness_before,
        "numbness_after": attempt.numbness_after,
        "note": attempt.note,
    }


def contact_record(contact: Contact) -> dict[str, object]:
    """One support contact as a JSON object."""
    return {"name": contact.name, "reach": contact.reach, "note": contact.note}


def _dumps(value: object, indent: str = "") -> str:
    """Indented JSON that keeps letters readable but escapes anything a terminal obeys."""
    text = json_safe(json.dumps(value, indent=2, ensure_ascii=False))
    return text.replace("\n", "\n" + indent)


def _write_list(out: TextIO, key: str, records: Iterable[dict[str, object]], last: bool) -> int:
    """Write `"key": [...]` one record at a time, so memory stays flat; return the count."""
    out.write(f'  "{key}": [')
    count = 0
    for count, record in enumerate(records, 1):
        out.write(("," if count > 1 else "") + "\n    " + _dumps(record, "    "))
    out.write(("\n  ]" if count else "]") + ("\n" if last else ",\n"))
    return count


def write_json(
    store: Store, out: TextIO, since: datetime | None = None, until: datetime | None = None
) -> int:
    """Write the journal (or the part between `since` and `until`); return how many entries."""
    entries = store.transfer.entries_oldest_first(since, until)
    out.write("{\n" + f'  "format": "{FORMAT_NAME}",\n  "format_version": {FORMAT_VERSION},\n')
    counted = _write_list(out, "entries", map(entry_record, entries), last=False)
    attempts = store.transfer.attempts_oldest_first(since, until)
    _write_list(out, "strategy_attempts", map(attempt_record, attempts), last=False)
    _write_list(out, "contacts", map(contact_record, store.contacts.all()), last=True)
    out.write("}\n")
    return counted


def is_thaw_document(data: object) -> bool:
    """True when parsed JSON says it is a Thaw export."""
    return isinstance(data, dict) and data.get("format") == FORMAT_NAME


def read_thaw(data: object) -> ImportBatch:
    """Check a parsed Thaw export and turn it into records to save."""
    top = Fields(data, "the file")
    version = top.number("format_version", 1, 10**6)
    if version is None:
        raise top.error("format_version", "a whole number")
    if version > FORMAT_VERSION:
        raise ImportFileError(
            f"it was written by a newer Thaw (format {version}; this one reads up to "
            f"{FORMAT_VERSION}). Please update Thaw, then import it again"
        )
    return ImportBatch(
        source="Thaw",
        entries=tuple(_entry(f) for f in _numbered(top, "entries", "entry")),
        attempts=tuple(_attempt(f) for f in _numbered(top, "strategy_attempts", "attempt")),
        contacts=tuple(_contact(f) for f in _numbered(top, "contacts", "contact")),
    )


def _numbered(top: Fields, key: str, name: str) -> list[Fields]:
    """The objects of a top-level list, each named like "entry 4"."""
    found = objects(top.data.get(key, []), f'"{key}"')
    for number, fields in enumerate(found, 1):
        fields.where = f"{name} {number}"
    return found


def _entry(fields: Fields) -> ImportedEntry:
    created = fields.moment("created_at")
    fields.where += f" ({fields.data['created_at']})"
    feelings = tuple(
        Feeling(
            word=f.text("word", None, non_empty=True),
            family=f.text("family"),
            intensity=f.number("intensity", *INTENSITY, default=3) or 3,
            custom=f.flag("custom"),
        )
        for f in fields.objects("feelings")
    )
    notes = tuple(
        BodyNote(region=n.text("region", None, non_empty=True), sensation=n.text("sensation"))
        for n in fields.objects("body_notes")
    )
    body_nothing = fields.flag("body_nothing")
    if body_nothing and notes:
        raise ImportFileError(
            f'{fields.where}: "body_nothing" is true but "body_notes" is not empty; '
            "an entry holds one or the other"
        )
    entry = NewEntry(
        text=fields.text("text"),
        numbness=fields.number("numbness", *RATING),
        energy=fields.number("energy", *RATING),
        pleasantness=fields.number("pleasantness", *RATING),
        prompt_id=fields.optional_text("prompt_id"),
        prompt_text=fields.optional_text("prompt_text"),
        could_not_name=fields.flag("could_not_name"),
        feelings=feelings,
        body_notes=notes,
        body_nothing=body_nothing,
        tags=tuple(fields.texts("tags")),
        created_at=created,
    )
    return ImportedEntry(entry, fields.optional_moment("updated_at"))


def _attempt(fields: Fields) -> ImportedAttempt:
    return ImportedAttempt(
        strategy_id=fields.text("strategy_id", None, non_empty=True),
        started_at=fields.moment("started_at"),
        numbness_before=fields.number("numbness_before", *RATING),
        numbness_after=fields.number("numbness_after", *RATING),
        note=fields.text("note"),
    )


def _contact(fields: Fields) -> ImportedContact:
    return ImportedContact(
        name=fields.text("name", None, non_empty=True),
        reach=fields.text("reach"),
        note=fields.text("note"),
    )
