"""Small helpers that read TOML tables field by field and raise ContentError with context."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from journal.content.errors import ContentError

T = TypeVar("T")

_ID = re.compile(r"^[a-z][a-z0-9_]*$")


def read_toml(path: Path) -> dict[str, Any]:
    """Parse one TOML file, turning a missing file or bad syntax into a ContentError."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as err:
        raise ContentError(path, "file not found") from err
    except tomllib.TOMLDecodeError as err:
        raise ContentError(path, f"not valid TOML ({err})") from err


def table_list(path: Path, data: Mapping[str, Any], key: str, *, minimum: int = 1) -> list[Table]:
    """Return the `[[key]]` array of tables in `data`, each wrapped as a Table."""
    raw = data.get(key)
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise ContentError(path, f"expected one or more [[{key}]] tables")
    if len(raw) < minimum:
        raise ContentError(path, f"expected at least {minimum} [[{key}]] entries, found {len(raw)}")
    return [Table(path, f"{key}[{index}]", item) for index, item in enumerate(raw)]


def unique_list(
    path: Path,
    data: Mapping[str, Any],
    key: str,
    read: Callable[[Table], T],
    name: Callable[[T], str],
    what: str,
) -> tuple[T, ...]:
    """Read each `[[key]]` table with `read`, refusing two whose `name` repeats (any case)."""
    tables = table_list(path, data, key)
    items = tuple(read(table) for table in tables)
    check_unique(((table, name(item)) for table, item in zip(tables, items, strict=True)), what)
    return items


def sub_table(path: Path, data: Mapping[str, Any], key: str) -> Table:
    """Return the single `[key]` table in `data`, wrapped as a Table."""
    raw = data.get(key)
    if not isinstance(raw, dict):
        raise ContentError(path, f"expected a [{key}] table")
    return Table(path, f"[{key}]", raw)


@dataclass(frozen=True)
class Table:
    """One TOML table plus where it came from, with typed getters that explain failures."""

    path: Path
    where: str
    data: Mapping[str, Any]

    def error(self, message: str) -> ContentError:
        """Build a ContentError naming this file and this entry."""
        return ContentError(self.path, message, self.where)

    def named(self, label: str) -> Table:
        """Return the same table, described by `label` in error messages (e.g. its id)."""
        return Table(self.path, f"{self.where} {label!r}", self.data)

    def labelled(self, key: str) -> Table:
        """Return the table described by its `key` value (an id or word), when it has one."""
        value = self.data.get(key)
        return self.named(value.strip()) if isinstance(value, str) and value.strip() else self

    def only(self, required: Iterable[str], optional: Iterable[str] = ()) -> None:
        """Reject missing required fields and unknown fields (usually typos)."""
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key in required:
            if key not in self.data:
                raise self.error(f"missing field {key!r}")
        for key in self.data:
            if key not in allowed:
                raise self.error(f"unknown field {key!r} (allowed: {', '.join(sorted(allowed))})")

    def text(self, key: str, *, default: str | None = None, single_line: bool = True) -> str:
        """Return a non-empty string field, stripped; a default makes the field optional."""
        value = self.data.get(key, default)
        if value is None:
            raise self.error(f"missing field {key!r}")
        if not isinstance(value, str):
            raise self.error(f"field {key!r} must be a string")
        value = value.strip()
        if not value and default is None:
            raise self.error(f"field {key!r} is empty")
        if single_line and "\n" in value:
            raise self.error(f"field {key!r} must be one line")
        return value

    def identifier(self, key: str, what: str) -> str:
        """Return an id field: lower-case letters, digits or _, starting with a letter."""
        value = self.text(key)
        if not _ID.match(value):
            raise self.error(f"{what} {value!r} must be lower-case letters, digits or _")
        return value

    def texts(
        self, key: str, *, minimum: int = 0, default: list[str] | None = None
    ) -> tuple[str, ...]:
        """Return a list-of-strings field as a tuple of stripped, non-empty strings."""
        value = self.data.get(key, default)
        if value is None:
            raise self.error(f"missing field {key!r}")
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.error(f"field {key!r} must be a list of strings")
        items = tuple(item.strip() for item in value)
        if any(not item for item in items):
            raise self.error(f"field {key!r} holds an empty string")
        if len(items) < minimum:
            raise self.error(f"field {key!r} needs at least {minimum} item(s)")
        return items

    def integer(self, key: str, *, minimum: int = 0, default: int | None = None) -> int:
        """Return a whole-number field that is at least `minimum`."""
        value = self.data.get(key, default)
        if value is None:
            raise self.error(f"missing field {key!r}")
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(f"field {key!r} must be a whole number")
        if value < minimum:
            raise self.error(f"field {key!r} must be at least {minimum}")
        return value

    def date(self, key: str) -> dt.date:
        """Return a TOML date field (a plain date such as 2026-11-27, not a date-time)."""
        value = self.data.get(key)
        if value is None:
            raise self.error(f"missing field {key!r}")
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise self.error(f"field {key!r} must be a TOML date like 2026-11-27")
        return value

    def tables(self, key: str) -> list[Table]:
        """Return a list-of-tables field (inline or `[[...]]`), each wrapped as a Table."""
        value = self.data.get(key)
        if value is None:
            raise self.error(f"missing field {key!r}")
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise self.error(f"field {key!r} must be a list of tables")
        return [Table(self.path, f"{self.where}.{key}[{i}]", item) for i, item in enumerate(value)]

    def table(self, key: str) -> Table | None:
        """Return an optional sub-table, or None when it is absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise self.error(f"field {key!r} must be a table")
        return Table(self.path, f"{self.where}.{key}", value)


def check_unique(tables: Iterable[tuple[Table, str]], what: str) -> None:
    """Raise a ContentError at the second entry whose key repeats (compared case-insensitively)."""
    seen: dict[str, str] = {}
    for table, key in tables:
        folded = key.casefold()
        if folded in seen:
            raise table.error(f"duplicate {what} {key!r} (first seen at {seen[folded]})")
        seen[folded] = table.where
