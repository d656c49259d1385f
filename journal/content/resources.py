"""Crisis lines and the plain notice that Thaw is not a crisis service.

Loaded from `prompts/resources.toml`; the crisis screen (the `!` key) shows them.
Each line records the public page it was checked against and when.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

from journal.content._fields import Table, read_toml, table_list
from journal.content.errors import ContentError
from journal.resources import prompts_file


@dataclass(frozen=True)
class CrisisLine:
    """One way to reach help in a country, and where and when its details were checked."""

    country: str
    name: str
    contact: str
    source: str
    checked: dt.date


@dataclass(frozen=True)
class Resources:
    """The notice shown above the lines, and the lines themselves in file order."""

    notice: str
    lines: tuple[CrisisLine, ...]

    @property
    def countries(self) -> tuple[str, ...]:
        """Countries in the order they first appear, for grouping on screen."""
        return tuple(dict.fromkeys(line.country for line in self.lines))

    def for_country(self, country: str) -> tuple[CrisisLine, ...]:
        """Return the lines listed for one country (any case)."""
        folded = country.strip().casefold()
        return tuple(line for line in self.lines if line.country.casefold() == folded)


@functools.cache
def load_resources(path: Path | str | None = None) -> Resources:
    """Load and validate `resources.toml` (or the file at `path`), once per path."""
    source = Path(path) if path is not None else prompts_file("resources.toml")
    data = read_toml(source)
    notice = data.get("notice")
    if not isinstance(notice, str) or not notice.strip():
        raise ContentError(source, "missing a non-empty 'notice' string")
    lines = tuple(_line(t) for t in table_list(source, data, "lines"))
    seen: set[tuple[str, str]] = set()
    for line in lines:
        key = (line.country.casefold(), line.name.casefold())
        if key in seen:
            raise ContentError(source, f"{line.name!r} is listed twice for {line.country}")
        seen.add(key)
    return Resources(notice=" ".join(notice.split()), lines=lines)


def _line(table: Table) -> CrisisLine:
    table = table.labelled("name")
    table.only(("country", "name", "contact", "source", "checked"))
    name = table.text("name")
    source = table.text("source")
    if not source.startswith("https://"):
        raise table.error(f"source {source!r} must be an https:// web address")
    return CrisisLine(
        country=table.text("country"),
        name=name,
        contact=table.text("contact"),
        source=source,
        checked=table.date("checked"),
    )
