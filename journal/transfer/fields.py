"""Reading typed values out of parsed JSON, naming the exact place of anything wrong."""

from __future__ import annotations

from datetime import datetime

from journal.lines import clip
from journal.timeutil import aware
from journal.transfer.batch import ImportFileError


def kind(value: object) -> str:
    """What a JSON value is, in words, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f'the text "{clip(value, 30)}"'
    if isinstance(value, list):
        return "a list"
    return "an object"


def objects(value: object, where: str) -> list[Fields]:
    """A JSON list of objects, each ready to read; `where` names the list."""
    if not isinstance(value, list):
        raise ImportFileError(f"{where} should be a list [...], but it is {kind(value)}")
    return [Fields(item, f"{where}, item {number}") for number, item in enumerate(value, 1)]


class Fields:
    """One JSON object, read key by key; every problem names the object and the key."""

    def __init__(self, value: object, where: str) -> None:
        if not isinstance(value, dict):
            raise ImportFileError(f"{where} should be an object {{...}}, but it is {kind(value)}")
        self.data = value
        self.where = where

    def error(self, key: str, wanted: str) -> ImportFileError:
        """The error for a key whose value is not what is wanted."""
        found = kind(self.data[key]) if key in self.data else "missing"
        return ImportFileError(f'{self.where}: "{key}" should be {wanted}, but it is {found}')

    def text(self, key: str, default: str | None = "", *, non_empty: bool = False) -> str:
        """Text; `default` when absent or null, or an error when `default` is None."""
        value = self.data.get(key)
        if value is None and default is not None:
            return default
        if not isinstance(value, str) or (non_empty and not value.strip()):
            raise self.error(key, "some text" if non_empty else "text")
        return value

    def optional_text(self, key: str) -> str | None:
        """Text, or None when absent or null."""
        return self.text(key) if self.data.get(key) is not None else None

    def number(self, key: str, low: int, high: int, default: int | None = None) -> int | None:
        """A whole number from `low` to `high`; `default` when absent or null."""
        value = self.data.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.error(key, f"a whole number from {low} to {high}")
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        """true or false; `default` when absent or null."""
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.error(key, "true or false")
        return value

    def optional_moment(self, key: str) -> datetime | None:
        """A date and time, or None when absent or null."""
        return self.moment(key) if self.data.get(key) is not None else None

    def moment(self, key: str) -> datetime:
        """An ISO 8601 date and time, such as 2026-11-27T09:30:00+01:00."""
        value = self.data.get(key)
        wanted = "a date and time like 2026-11-27T09:30:00+01:00"
        if not isinstance(value, str):
            raise self.error(key, wanted)
        try:
            return aware(datetime.fromisoformat(value))
        except (ValueError, OverflowError):
            raise self.error(key, wanted) from None

    def texts(self, key: str) -> list[str]:
        """A list of texts (empty when absent)."""
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.error(key, "a list of texts")
        return value

    def objects(self, key: str) -> list[Fields]:
        """A list of objects (empty when absent)."""
        return objects(self.data.get(key, []), f'{self.where}, "{key}"')
