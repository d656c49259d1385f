"""What an import file holds once read, and the error for a file that cannot be read."""

from __future__ import annotations

from dataclasses import dataclass

from journal.store.imported import ImportedAttempt, ImportedContact, ImportedEntry


class ImportFileError(ValueError):
    """A file that cannot be imported; the message says where in it the problem is."""


@dataclass(frozen=True)
class ImportBatch:
    """Everything read from one file, checked and ready to save."""

    source: str
    """Who wrote the file, in words: "Thaw" or "jrnl"."""
    entries: tuple[ImportedEntry, ...] = ()
    attempts: tuple[ImportedAttempt, ...] = ()
    contacts: tuple[ImportedContact, ...] = ()
