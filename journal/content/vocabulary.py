"""The emotion vocabulary: feeling words in families, with plain definitions and near neighbours.

Loaded from `prompts/emotions.toml`. The Write screen's feeling picker narrows it as
the person types, and the detail panel shows a word's definition and how it differs
from the words nearby.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from journal.content._fields import Table, read_toml, unique_list
from journal.content.errors import ContentError
from journal.resources import prompts_file

QUADRANTS: tuple[str, ...] = ("high-unpleasant", "low-unpleasant", "high-pleasant", "low-pleasant")
"""Mood-meter quadrants: energy (high/low) and pleasantness, with no judgement of either."""

DEFINITION_MAX = 140
"""Longest definition allowed, so it stays one readable line."""

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Family:
    """A group of related feelings; the colour is always shown beside the text label."""

    id: str
    label: str
    colour: str
    description: str


@dataclass(frozen=True)
class Nearby:
    """A neighbouring word and what tells the two apart, to help a person choose."""

    word: str
    difference: str


@dataclass(frozen=True)
class EmotionWord:
    """One feeling word a person can pick, with a plain definition and its neighbours."""

    word: str
    family: str
    quadrant: str
    definition: str
    nearby: tuple[Nearby, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """All families and words, with the look-ups the feeling picker needs."""

    families: tuple[Family, ...]
    words: tuple[EmotionWord, ...]
    _by_word: Mapping[str, EmotionWord] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )
    _by_family: Mapping[str, Family] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_word", {w.word.casefold(): w for w in self.words})
        object.__setattr__(self, "_by_family", {f.id: f for f in self.families})

    def family(self, family_id: str) -> Family | None:
        """Return the family with this id, or None when there is none."""
        return self._by_family.get(family_id)

    def find(self, word: str) -> EmotionWord | None:
        """Return the vocabulary entry for `word` (any case, outer spaces ignored), or None."""
        return self._by_word.get(_fold(word))

    def by_family(self, family_id: str) -> tuple[EmotionWord, ...]:
        """Return the words of one family, in file order; empty for an unknown family."""
        return tuple(w for w in self.words if w.family == family_id)

    def by_quadrant(self, quadrant: str) -> tuple[EmotionWord, ...]:
        """Return the words in one mood-meter quadrant, in file order."""
        return tuple(w for w in self.words if w.quadrant == quadrant)

    def narrow(self, text: str) -> tuple[EmotionWord, ...]:
        """Return words matching typed `text`: the word itself, prefixes, then inside the word,
        then definitions. The word itself comes first so that typing "tired" and Enter picks
        "tired", never "tired of feeling nothing".

        Matching ignores case and extra spaces; empty text returns every word.
        """
        query = _fold(text)
        if not query:
            return self.words
        exact = [w for w in self.words if w.word.casefold() == query]
        prefix = [w for w in self.words if w.word.casefold().startswith(query)]
        inside = [w for w in self.words if query in w.word.casefold()]
        meaning = [w for w in self.words if query in w.definition.casefold()]
        return tuple(dict.fromkeys(exact + prefix + inside + meaning))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


@functools.cache
def load_vocabulary(path: Path | str | None = None) -> Vocabulary:
    """Load and validate `emotions.toml` (or the file at `path`), once per path."""
    source = Path(path) if path is not None else prompts_file("emotions.toml")
    data = read_toml(source)
    families = unique_list(source, data, "families", _family, lambda f: f.id, "family id")
    known = {f.id for f in families}
    words = unique_list(source, data, "words", lambda t: _word(t, known), lambda w: w.word, "word")
    for family in families:
        if not any(w.family == family.id for w in words):
            raise ContentError(source, f"family {family.id!r} has no words")
    return Vocabulary(families=families, words=words)


def _family(table: Table) -> Family:
    table = table.labelled("id")
    table.only(("id", "label", "colour", "description"))
    family_id = table.identifier("id", "family id")
    colour = table.text("colour")
    if not _COLOUR.match(colour):
        raise table.error(f"colour {colour!r} must be a hex colour like #5f86b8")
    return Family(family_id, table.text("label"), colour, table.text("description"))


def _word(table: Table, families: set[str]) -> EmotionWord:
    table = table.labelled("word")
    table.only(("word", "family", "quadrant", "definition", "nearby"))
    word = table.text("word")
    family = table.text("family")
    if family not in families:
        raise table.error(f"unknown family {family!r} (known: {', '.join(sorted(families))})")
    quadrant = table.text("quadrant")
    if quadrant not in QUADRANTS:
        raise table.error(f"unknown quadrant {quadrant!r} (use one of: {', '.join(QUADRANTS)})")
    definition = table.text("definition")
    if len(definition) > DEFINITION_MAX:
        raise table.error(f"definition is longer than {DEFINITION_MAX} characters")
    nearby = tuple(_nearby(t) for t in table.tables("nearby"))
    if not 1 <= len(nearby) <= 3:
        raise table.error(f"needs 1 to 3 nearby words, found {len(nearby)}")
    names = [n.word.casefold() for n in nearby]
    if word.casefold() in names:
        raise table.error("a word cannot be nearby to itself")
    if len(set(names)) != len(names):
        raise table.error("the same nearby word appears twice")
    return EmotionWord(word, family, quadrant, definition, nearby)


def _nearby(table: Table) -> Nearby:
    table.only(("word", "difference"))
    return Nearby(table.text("word"), table.text("difference"))
