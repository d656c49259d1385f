"""Reading jrnl's JSON export (`jrnl --export json`) as Thaw entries.

jrnl splits each entry into a title (its first sentence) and a body; Thaw keeps
them as one text, title first, with the body on the next line as jrnl writes it.
Tags become Thaw tags without their @ or #, and a starred entry gets the tag
"starred". jrnl's times have no timezone: they are read as this computer's time.
"""

from __future__ import annotations

from datetime import datetime

from journal.models import NewEntry
from journal.store.imported import ImportedEntry
from journal.timeutil import aware
from journal.transfer.batch import ImportBatch
from journal.transfer.fields import Fields, objects

STARRED_TAG = "starred"


def is_jrnl_document(data: object) -> bool:
    """True when parsed JSON looks like jrnl's export: "tags" and "entries", or titled entries."""
    if not isinstance(data, dict) or "entries" not in data:
        return False
    entries = data["entries"]
    titled = isinstance(entries, list) and any(
        isinstance(e, dict) and "title" in e for e in entries
    )
    return "tags" in data or titled


def read_jrnl(data: object) -> ImportBatch:
    """Check a parsed jrnl export and turn each entry into one Thaw entry."""
    top = Fields(data, "the file")
    found = objects(top.data.get("entries"), '"entries"')
    for number, fields in enumerate(found, 1):
        fields.where = f"entry {number}"
    return ImportBatch(source="jrnl", entries=tuple(_entry(fields) for fields in found))


def _entry(fields: Fields) -> ImportedEntry:
    day, clock = fields.data.get("date"), fields.data.get("time", "09:00")
    try:
        if not isinstance(day, str) or not isinstance(clock, str):
            raise ValueError
        created = aware(datetime.fromisoformat(f"{day}T{clock}"))
    except (ValueError, OverflowError):
        raise fields.error("date", 'a date like "2025-10-03" with a "time" like "08:15"') from None
    fields.where += f" ({day} {clock})"
    title, body = fields.text("title").strip(), fields.text("body").strip()
    tags = [*fields.texts("tags")]
    if fields.flag("starred"):
        tags.append(STARRED_TAG)
    text = f"{title}\n{body}" if title and body else title or body
    return ImportedEntry(NewEntry(text=text, tags=tuple(tags), created_at=created))
