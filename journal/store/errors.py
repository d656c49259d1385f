"""Errors the store raises, each carrying a message fit to show a person."""

from __future__ import annotations

from pathlib import Path


class JournalError(Exception):
    """A problem with the journal file that a person can act on."""


class NotAJournalError(JournalError):
    """The file exists but is not a Thaw journal (or is damaged): it is left untouched."""

    def __init__(self, path: Path, reason: str, backups: list[Path] | None = None) -> None:
        self.path = path
        self.reason = reason
        self.backups = backups or []
        lines = [f"{path} {reason}, so Thaw has left it exactly as it was."]
        if self.backups:
            lines.append("Backups you could restore with `journal restore FILE`:")
            lines.extend(f"  {backup}" for backup in self.backups)
        super().__init__("\n".join(lines))


class JournalUnavailableError(JournalError):
    """The journal cannot be opened or written here, for example a read-only folder."""
