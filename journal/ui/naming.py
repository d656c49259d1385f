"""Names and colours for ids stored in entries: feeling families, body regions, strategies.

Read from the content files when they load; when one is missing or broken the
journal still shows, with the stored id as a plain label and a calm stand-in
colour, because a person's own history must never fail to open.
"""

from __future__ import annotations

import functools
import zlib
from dataclasses import dataclass

from journal.content.errors import ContentError

_STAND_IN_COLOURS = ("#8FA9C4", "#A3B98F", "#C9A77F", "#B59BC4", "#8FBFB5", "#C4928F")
"""Muted colours for families the vocabulary does not know, chosen by a stable hash."""


@dataclass(frozen=True)
class FamilyLook:
    """How a feeling family is shown: always a text label, and a colour beside it."""

    label: str
    colour: str


@functools.cache
def _vocabulary():  # noqa: ANN202 - None or a Vocabulary
    from journal.content.vocabulary import load_vocabulary

    try:
        return load_vocabulary()
    except (ContentError, OSError):
        return None


@functools.cache
def family_look(family_id: str) -> FamilyLook:
    """The label and colour of a family; a stand-in for one the vocabulary lacks."""
    vocabulary = _vocabulary()
    family = vocabulary.family(family_id) if vocabulary else None
    if family is not None:
        return FamilyLook(family.label, family.colour)
    index = zlib.crc32(family_id.encode()) % len(_STAND_IN_COLOURS)
    return FamilyLook(family_id.replace("_", " ").capitalize(), _STAND_IN_COLOURS[index])


def family_ids() -> tuple[str, ...]:
    """The families of the vocabulary, in its order (empty when it cannot load)."""
    vocabulary = _vocabulary()
    return tuple(f.id for f in vocabulary.families) if vocabulary else ()


@functools.cache
def region_label(region_id: str) -> str:
    """A body region's label, such as "Chest", or the stored text itself."""
    from journal.content.body import load_body

    try:
        region = load_body().region(region_id)
    except (ContentError, OSError):
        region = None
    return region.label if region else region_id.replace("_", " ").capitalize()


@functools.cache
def strategy_title(strategy_id: str) -> str:
    """A strategy's title, such as "Box breathing", or its id made readable."""
    from journal.content.strategies import load_strategies

    try:
        strategy = load_strategies().get(strategy_id)
    except (ContentError, OSError):
        strategy = None
    return strategy.title if strategy else strategy_id.replace("_", " ").capitalize()
