"""What a check-in knows so far, and the condition words prompts and strategies are matched on.

Conditions are plain strings in the TOML files (`when` for prompts, `suits` for
strategies). This module is the single place that says what each one means.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from journal.content._fields import Table

CONDITIONS: dict[str, str] = {
    "any": "always fits",
    "first_checkin": "this is the person's first check-in",
    "numbness_high": "numbness was rated 7 to 10",
    "numbness_mid": "numbness was rated 4 to 6",
    "numbness_low": "numbness was rated 0 to 3",
    "no_word": 'the person chose "I can\'t name it yet"',
    "word_named": "at least one feeling word was named",
    "several_feelings": "three or more feeling words were named",
    "body_nothing": 'the person said "nothing right now" for the body',
    "body_noted": "at least one body region was noted",
    "body_unnoted": 'no body region was noted, and "nothing right now" was not said either',
    "quick": "the person skipped straight to writing",
}
"""Every plain condition and what it means; `family:<id>` and `region:<id>` come on top."""

FAMILY_PREFIX = "family:"
REGION_PREFIX = "region:"


class NamedFeeling(Protocol):
    """Anything with a word and a family, such as `journal.models.Feeling`."""

    word: str
    family: str


@dataclass(frozen=True)
class PromptContext:
    """What the person has shared in this check-in, used to choose prompts and strategies.

    `families[i]` is the family of `words[i]` ("" for a custom word); any further
    entries are families chosen without a word. `from_feelings` builds this for you.
    """

    numbness: int | None = None
    words: tuple[str, ...] = ()
    families: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    no_word: bool = False
    body_nothing: bool = False
    first_checkin: bool = False
    quick: bool = False

    @classmethod
    def from_feelings(
        cls,
        feelings: Iterable[NamedFeeling] = (),
        *,
        numbness: int | None = None,
        regions: Iterable[str] = (),
        no_word: bool = False,
        body_nothing: bool = False,
        first_checkin: bool = False,
        quick: bool = False,
    ) -> PromptContext:
        """Build a context from the feelings picked (objects with `word` and `family`)."""
        picked = tuple(feelings)
        return cls(
            numbness=numbness,
            words=tuple(f.word for f in picked),
            families=tuple(f.family for f in picked),
            regions=tuple(dict.fromkeys(regions)),
            no_word=no_word,
            body_nothing=body_nothing,
            first_checkin=first_checkin,
            quick=quick,
        )

    def word_in(self, family_id: str) -> str | None:
        """Return the first named word that belongs to `family_id`, or None."""
        pairs = zip(self.words, self.families, strict=False)
        return next((word for word, family in pairs if family == family_id), None)


def holds(condition: str, context: PromptContext) -> bool:
    """Say whether one condition is true for this context."""
    if condition.startswith(FAMILY_PREFIX):
        return condition.removeprefix(FAMILY_PREFIX) in context.families
    if condition.startswith(REGION_PREFIX):
        return condition.removeprefix(REGION_PREFIX) in context.regions
    level = context.numbness
    checks = {
        "any": True,
        "first_checkin": context.first_checkin,
        "numbness_high": level is not None and 7 <= level <= 10,
        "numbness_mid": level is not None and 4 <= level <= 6,
        "numbness_low": level is not None and 0 <= level <= 3,
        "no_word": context.no_word,
        "word_named": bool(context.words),
        "several_feelings": len(context.words) >= 3,
        "body_nothing": context.body_nothing,
        "body_noted": bool(context.regions),
        "body_unnoted": not context.regions and not context.body_nothing,
        "quick": context.quick,
    }
    return checks.get(condition, False)


def all_hold(conditions: Iterable[str], context: PromptContext) -> bool:
    """Say whether every condition holds (an empty list always holds)."""
    return all(holds(c, context) for c in conditions)


def matched(conditions: Iterable[str], context: PromptContext) -> int:
    """Count the conditions that hold, not counting "any" (it says nothing specific)."""
    return sum(1 for c in conditions if c != "any" and holds(c, context))


def read_conditions(
    table: Table, key: str, families: Iterable[str], regions: Iterable[str]
) -> tuple[str, ...]:
    """Read a list of conditions from `table[key]`, rejecting unknown words, families, regions."""
    conditions = table.texts(key, default=[])
    family_ids, region_ids = set(families), set(regions)
    for condition in conditions:
        if condition.startswith(FAMILY_PREFIX):
            if condition.removeprefix(FAMILY_PREFIX) not in family_ids:
                known = ", ".join(sorted(family_ids))
                raise table.error(f"{condition!r} names an unknown family (known: {known})")
        elif condition.startswith(REGION_PREFIX):
            if condition.removeprefix(REGION_PREFIX) not in region_ids:
                known = ", ".join(sorted(region_ids))
                raise table.error(f"{condition!r} names an unknown region (known: {known})")
        elif condition not in CONDITIONS:
            known = ", ".join([*CONDITIONS, "family:<id>", "region:<id>"])
            raise table.error(f"unknown condition {condition!r} (known: {known})")
    if len(set(conditions)) != len(conditions):
        raise table.error(f"a condition appears twice in {key!r}")
    if "any" in conditions and len(conditions) > 1:
        raise table.error(f"'any' cannot be combined with other conditions in {key!r}")
    return conditions
