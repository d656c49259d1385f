"""Guided writing prompts, and choosing one that fits what the person has shared so far.

Loaded from `prompts/prompts.toml`. A prompt fits when every condition in its `when`
list holds; among fitting prompts the most specific are preferred.
"""

from __future__ import annotations

import functools
import random
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from journal.content._fields import Table, read_toml, unique_list
from journal.content.body import Body, load_body
from journal.content.context import (
    FAMILY_PREFIX,
    REGION_PREFIX,
    PromptContext,
    all_hold,
    read_conditions,
)
from journal.content.vocabulary import Vocabulary, load_vocabulary
from journal.resources import prompts_file

PLACEHOLDERS: tuple[str, ...] = ("word", "family", "region")
"""Names a prompt's text may use in braces, such as {word}."""

FEW = 3
"""choose_prompt picks at random among this many of the most specific fitting prompts."""

TEXT_MAX = 240
"""Longest prompt text allowed, so it fits above the writing area."""

_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Prompt:
    """One writing prompt and the conditions that must all hold for it to fit."""

    id: str
    text: str
    when: tuple[str, ...] = ()

    @property
    def specificity(self) -> int:
        """How many real conditions the prompt has; more means a closer fit when it fits."""
        return sum(1 for c in self.when if c != "any")


@dataclass(frozen=True)
class RenderedPrompt:
    """A chosen prompt with its placeholders filled in, ready to show and to save."""

    id: str
    text: str


FALLBACK = RenderedPrompt(
    "fallback", "What is here with you right now, even if it is small or unclear?"
)
"""Returned only if no prompt fits at all, so the Write screen always has something to show."""


@dataclass(frozen=True)
class PromptLibrary:
    """All prompts, plus the vocabulary and body data used to fill in labels."""

    prompts: tuple[Prompt, ...]
    vocabulary: Vocabulary
    body: Body

    def get(self, prompt_id: str) -> Prompt | None:
        """Return the prompt with this id, or None."""
        return next((p for p in self.prompts if p.id == prompt_id), None)

    def fitting(self, context: PromptContext) -> tuple[Prompt, ...]:
        """Return every prompt whose conditions all hold for `context`, in file order."""
        return tuple(p for p in self.prompts if all_hold(p.when, context))


def choose_prompt(
    prompts: PromptLibrary | Iterable[Prompt],
    context: PromptContext,
    previous_id: str | None = None,
    rng: random.Random | None = None,
) -> RenderedPrompt:
    """Pick a fitting prompt (most specific first, never `previous_id` if another fits), filled in.

    Ties among the best few are broken with `rng`, so tests can pass a seeded Random.
    """
    library = prompts if isinstance(prompts, PromptLibrary) else None
    pool = prompts.prompts if isinstance(prompts, PromptLibrary) else tuple(prompts)
    fitting = [p for p in pool if all_hold(p.when, context)]
    if any(p.id != previous_id for p in fitting):
        fitting = [p for p in fitting if p.id != previous_id]
    if not fitting:
        return FALLBACK
    rng = rng or random.Random()
    rng.shuffle(fitting)
    fitting.sort(key=lambda p: p.specificity, reverse=True)  # stable: ties stay shuffled
    chosen = rng.choice(fitting[:FEW])
    return RenderedPrompt(chosen.id, render(chosen, context, library, rng))


def render(
    prompt: Prompt,
    context: PromptContext,
    library: PromptLibrary | None = None,
    rng: random.Random | None = None,
) -> str:
    """Fill {word}, {family} and {region} in a prompt's text from the context.

    A prompt about no family in particular takes any of the words named, chosen with
    `rng` (the first without one), so each word gets its turn over the check-ins.
    """
    families = [c.removeprefix(FAMILY_PREFIX) for c in prompt.when if c.startswith(FAMILY_PREFIX)]
    regions = [c.removeprefix(REGION_PREFIX) for c in prompt.when if c.startswith(REGION_PREFIX)]
    family_id = families[0] if families else (context.families[:1] or ("",))[0]
    region_id = regions[0] if regions else (context.regions[:1] or ("",))[0]
    word = next((w for f in families if (w := context.word_in(f))), None)
    if word is None and context.words:
        word = rng.choice(context.words) if rng else context.words[0]
    word = word or _family_label(family_id, library)
    values = {
        "word": word,
        "family": _family_label(family_id, library),
        "region": _region_label(region_id, library),
    }
    return prompt.text.format_map(values)


def _family_label(family_id: str, library: PromptLibrary | None) -> str:
    family = library.vocabulary.family(family_id) if library else None
    return (family.label if family else family_id).lower()


def _region_label(region_id: str, library: PromptLibrary | None) -> str:
    region = library.body.region(region_id) if library else None
    return (region.label if region else region_id.replace("_", " ")).lower()


@functools.cache
def load_prompts(
    path: Path | str | None = None,
    *,
    vocabulary_path: Path | str | None = None,
    body_path: Path | str | None = None,
) -> PromptLibrary:
    """Load and validate `prompts.toml` (or `path`) against the vocabulary and body data."""
    source = Path(path) if path is not None else prompts_file("prompts.toml")
    vocabulary = load_vocabulary(vocabulary_path)
    body = load_body(body_path)
    families = [f.id for f in vocabulary.families]
    regions = [r.id for r in body.regions]
    prompts = unique_list(
        source,
        read_toml(source),
        "prompts",
        lambda table: _prompt(table, families, regions),
        lambda prompt: prompt.id,
        "prompt id",
    )
    return PromptLibrary(prompts=prompts, vocabulary=vocabulary, body=body)


def _prompt(table: Table, families: list[str], regions: list[str]) -> Prompt:
    table = table.labelled("id")
    table.only(("id", "text"), ("when",))
    prompt_id = table.text("id")
    if not _SLUG.match(prompt_id):
        raise table.error(f"id {prompt_id!r} must be a slug like 'body-texture'")
    text = table.text("text")
    if len(text) > TEXT_MAX:
        raise table.error(f"text is longer than {TEXT_MAX} characters")
    when = read_conditions(table, "when", families, regions)
    _check_placeholders(table, text, when)
    return Prompt(prompt_id, text, when)


def _check_placeholders(table: Table, text: str, when: tuple[str, ...]) -> None:
    """Allow a placeholder only where the prompt's conditions guarantee a value for it."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as err:
        raise table.error(f"text has unbalanced braces ({err})") from err
    has_family = any(c.startswith(FAMILY_PREFIX) for c in when)
    has_region = any(c.startswith(REGION_PREFIX) for c in when)
    guaranteed = {
        "word": "word_named" in when or has_family,
        "family": has_family,
        "region": "body_noted" in when or has_region,
    }
    needs = {
        "word": "'word_named' or 'family:<id>'",
        "family": "'family:<id>'",
        "region": "'body_noted' or 'region:<id>'",
    }
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            raise table.error(f"unknown placeholder {{{name}}} (allowed: {allowed})")
        if not guaranteed[name]:
            raise table.error(f"placeholder {{{name}}} needs {needs[name]} in 'when'")
