"""A CSV export with one row per entry, for spreadsheets.

Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
carriage return) get a leading apostrophe, the usual guard, so opening the file
never runs anything that was written in an entry.
"""

from __future__ import annotations

import csv
from datetime import datetime
from typing import TextIO

from journal.checkin import BODY_NOTHING
from journal.models import Entry
from journal.store import Store

COLUMNS = (
    "created_at",
    "date",
    "time",
    "numbness",
    "energy",
    "pleasantness",
    "feelings",
    "could_not_name",
    "body",
    "tags",
    "prompt",
    "text",
    "updated_at",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _body(entry: Entry) -> str:
    """The body cell: each place and how it felt there, or the "nothing right now" answer."""
    if entry.body_nothing:
        return BODY_NOTHING
    return _cell("; ".join(f"{n.region}:{n.sensation}".rstrip(":") for n in entry.body_notes))


def entry_row(entry: Entry) -> list[object]:
    """One entry as the cells of one row, in the order of COLUMNS."""
    created = entry.created_at
    return [
        created.isoformat(timespec="seconds"),
        created.date().isoformat(),
        created.strftime("%H:%M"),
        entry.numbness,
        entry.energy,
        entry.pleasantness,
        _cell("; ".join(f"{f.word}:{f.intensity}" for f in entry.feelings)),
        "yes" if entry.could_not_name else "",
        _body(entry),
        _cell("; ".join(entry.tags)),
        _cell(entry.prompt_text or ""),
        _cell(entry.text),
        entry.updated_at.isoformat(timespec="seconds"),
    ]


def write_csv(
    store: Store, out: TextIO, since: datetime | None = None, until: datetime | None = None
) -> int:
    """Write a header and one row per entry, oldest first; return how many entries."""
    writer = csv.writer(out)  # "\r\n" ends rows, so a lone "\r" in a cell gets quoted
    writer.writerow(COLUMNS)
    count = 0
    for entry in store.transfer.entries_oldest_first(since, until):
        writer.writerow(entry_row(entry))
        count += 1
    return count
