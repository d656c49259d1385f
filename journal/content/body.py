"""Body regions and sensation words, for noticing feelings in the body when no word comes.

Loaded from `prompts/body.toml`; the Write screen's body map offers these choices.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from journal.content._fields import Table, read_toml, unique_list
from journal.resources import prompts_file


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
    regions = unique_list(source, data, "regions", _region, lambda r: r.id, "region id")
    sensations = unique_list(source, data, "sensations", _sensation, lambda s: s.word, "sensation")
    return Body(regions=regions, sensations=sensations)


def _region(table: Table) -> Region:
    table = table.labelled("id")
    table.only(("id", "label"))
    return Region(table.identifier("id", "region id"), table.text("label"))


def _sensation(table: Table) -> Sensation:
    table = table.labelled("word")
    table.only(("word", "description"))
    return Sensation(table.text("word"), table.text("description"))
