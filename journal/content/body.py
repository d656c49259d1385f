"""Body regions and sensation words, for noticing feelings in the body when no word comes.

Loaded from `prompts/body.toml`; the Write screen's body map offers these choices.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from journal.content._fields import Table, check_unique, read_toml, table_list
from journal.resources import prompts_file

_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Region:
    """A part of the body a person can point to, such as the chest or the throat."""

    id: str
    label: str


@dataclass(frozen=True)
class Sensation:
    """A plain word for how a place in the body feels, with a short description."""

    word: str
    description: str


@dataclass(frozen=True)
class Body:
    """All regions and sensations, in file order."""

    regions: tuple[Region, ...]
    sensations: tuple[Sensation, ...]

    def region(self, region_id: str) -> Region | None:
        """Return the region with this id, or None when there is none."""
        return next((r for r in self.regions if r.id == region_id), None)

    def sensation(self, word: str) -> Sensation | None:
        """Return the sensation named `word` (any case), or None when there is none."""
        folded = word.strip().casefold()
        return next((s for s in self.sensations if s.word.casefold() == folded), None)


@functools.cache
def load_body(path: Path | str | None = None) -> Body:
    """Load and validate `body.toml` (or the file at `path`), once per path."""
    source = Path(path) if path is not None else prompts_file("body.toml")
    data = read_toml(source)
    region_tables = table_list(source, data, "regions")
    regions = tuple(_region(t) for t in region_tables)
    check_unique(((t, r.id) for t, r in zip(region_tables, regions, strict=True)), "region id")
    sensation_tables = table_list(source, data, "sensations")
    sensations = tuple(_sensation(t) for t in sensation_tables)
    check_unique(
        ((t, s.word) for t, s in zip(sensation_tables, sensations, strict=True)), "sensation"
    )
    return Body(regions=regions, sensations=sensations)


def _region(table: Table) -> Region:
    table = table.labelled("id")
    table.only(("id", "label"))
    region_id = table.text("id")
    if not _ID.match(region_id):
        raise table.error(f"region id {region_id!r} must be lower-case letters, digits or _")
    return Region(region_id, table.text("label"))


def _sensation(table: Table) -> Sensation:
    table = table.labelled("word")
    table.only(("word", "description"))
    return Sensation(table.text("word"), table.text("description"))
