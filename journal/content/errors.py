"""The one error the content loaders raise, so callers can catch bad data in one place."""

from __future__ import annotations

from pathlib import Path


class ContentError(Exception):
    """A data file in `prompts/` is missing, unreadable, or holds an invalid entry.

    The message always names the file and, when there is one, the entry at fault,
    so whoever edits the TOML can go straight to the line to fix.
    """

    def __init__(self, path: Path | str, message: str, where: str = "") -> None:
        self.path = Path(path)
        self.where = where
        self.detail = message
        location = f"{self.path.name}: {where}" if where else self.path.name
        super().__init__(f"{location}: {message}")
