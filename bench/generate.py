"""Deterministic synthetic entries for a numbness journal.

``generate_entries(count)`` yields ``count`` entries, oldest first, spread
evenly (with jitter) over about a decade that ends at ``end``. Every clock time
falls in waking hours (07:00-23:30) and is whole minutes, so it survives
jrnl's ``[YYYY-MM-DD HH:MM]`` timestamps exactly. Output depends only on
``count``, ``seed`` and ``end``: the same arguments give the same entries on
any machine (no ``hash()``, no set ordering, no wall clock).

Run ``python -m bench.generate 5`` to print a few samples.
"""

from __future__ import annotations

import math
import random
import string
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from bench.vocab import FEELINGS, NUMB_FAMILY, SLOTS, TEMPLATES, TOPIC_TAGS, TOPIC_WEIGHTS

DEFAULT_END = datetime(2025, 6, 1, 22, 0, tzinfo=UTC)
"""Fixed end of the journal when ``end`` is None, so data files are reproducible."""

SPAN_DAYS = 3652
"""About ten years, whatever the count."""

WAKE_START_MIN = 7 * 60
WAKE_MINUTES = 16 * 60 + 30  # 07:00 .. 23:30


class GeneratedFeeling(NamedTuple):
    """A named feeling: the word, its family on the feelings wheel, intensity 1-5."""

    word: str
    family: str
    intensity: int


@dataclass(frozen=True, slots=True)
class GeneratedEntry:
    """One synthetic check-in, independent of any journal's storage format."""

    created_at: datetime
    text: str
    numbness: int
    feelings: tuple[GeneratedFeeling, ...]
    tags: tuple[str, ...]


_FIELDS = string.Formatter()
_TOPICS = tuple(TOPIC_WEIGHTS)
_CUM_WEIGHTS = tuple(sum(TOPIC_WEIGHTS[t] for t in _TOPICS[: i + 1]) for i in range(len(_TOPICS)))
_TEMPLATE_SLOTS: dict[str, tuple[str, ...]] = {
    tpl: tuple(name for _lit, name, _spec, _conv in _FIELDS.parse(tpl) if name)
    for templates in TEMPLATES.values()
    for tpl in templates
}
_NUMB_FEELINGS = tuple(f for f in FEELINGS if f[1] == NUMB_FAMILY)
_OTHER_FEELINGS = tuple(f for f in FEELINGS if f[1] != NUMB_FAMILY)


def _timestamps(count: int, rng: random.Random, end: datetime) -> Iterator[datetime]:
    """Yield ``count`` increasing whole-minute times in waking hours, ending near ``end``."""
    first_day = (end - timedelta(days=SPAN_DAYS - 1)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    total = SPAN_DAYS * WAKE_MINUTES
    step = total / count
    last = -1
    for i in range(count):
        pos = int((i + 0.5 + rng.uniform(-0.35, 0.35)) * step)
        pos = max(pos, last + 1)  # strictly increasing even for huge counts
        last = pos
        day, minute = divmod(pos, WAKE_MINUTES)
        yield first_day + timedelta(days=day, minutes=WAKE_START_MIN + minute)


def _numbness(progress: float, day_of_year: int, drift: float, rng: random.Random) -> int:
    """A 0-10 score that thaws slowly over the decade, worse in winter, with noise."""
    base = 7.5 - 4.0 * progress + 1.2 * math.cos(2 * math.pi * day_of_year / 365.25)
    return max(0, min(10, round(base + drift + rng.gauss(0, 1.0))))


def _feelings(numbness: int, rng: random.Random) -> tuple[GeneratedFeeling, ...]:
    """0-3 feelings; numb ones dominate when the numbness score is high."""
    k = rng.choices((0, 1, 2, 3), weights=(2, 4, 3, 1))[0]
    chosen: list[GeneratedFeeling] = []
    seen: list[str] = []
    for _ in range(k):
        pool = _NUMB_FEELINGS if rng.random() < numbness / 12 else _OTHER_FEELINGS
        word, family = rng.choice(pool)
        if word not in seen:
            seen.append(word)
            chosen.append(GeneratedFeeling(word, family, rng.randint(1, 5)))
    return tuple(chosen)


def _sentence(topic: str, feelings: tuple[GeneratedFeeling, ...], rng: random.Random) -> str:
    """Fill one random template of ``topic``; ``{feeling}`` prefers the entry's own."""
    template = rng.choice(TEMPLATES[topic])
    values: dict[str, str] = {}
    for name in _TEMPLATE_SLOTS[template]:
        if name == "feeling" and feelings:
            values[name] = rng.choice(feelings).word
        else:
            values[name] = rng.choice(SLOTS[name])
    text = template.format_map(values) if values else template
    return text[0].upper() + text[1:]


def generate_entries(
    count: int, seed: int = 7, end: datetime | None = None
) -> Iterator[GeneratedEntry]:
    """Yield ``count`` realistic, reproducible entries, oldest first.

    ``end`` (timezone-aware; default ``DEFAULT_END``) is roughly the newest
    entry's time; the entries cover the ``SPAN_DAYS`` before it, evenly spaced
    with jitter, so 10,000 entries are ~3 a day and 100,000 are ~27 a day.
    """
    if count < 0:
        raise ValueError("count must be >= 0")
    end = end or DEFAULT_END
    if end.tzinfo is None:
        raise ValueError("end must be timezone-aware")
    rng = random.Random(seed)
    drift = 0.0
    for i, created_at in enumerate(_timestamps(count, rng, end)):
        drift = 0.995 * drift + rng.gauss(0, 0.08)  # slow mean-reverting wander
        numbness = _numbness(i / max(count, 1), created_at.timetuple().tm_yday, drift, rng)
        feelings = _feelings(numbness, rng)
        n_sentences = rng.choices((1, 2, 3, 4, 5, 6), weights=(3, 5, 6, 5, 3, 2))[0]
        topics = rng.choices(_TOPICS, cum_weights=_CUM_WEIGHTS, k=n_sentences)
        text = " ".join(_sentence(t, feelings, rng) for t in topics)
        tags: list[str] = []
        for topic in topics:
            if topic in TOPIC_TAGS and topic not in tags and len(tags) < 2 and rng.random() < 0.6:
                tags.append(topic)
        yield GeneratedEntry(created_at, text, numbness, feelings, tuple(tags))


def main(argv: list[str]) -> None:
    """Print a few sample entries: ``python -m bench.generate [COUNT]``."""
    count = int(argv[0]) if argv else 5
    for entry in generate_entries(count):
        print(entry)


if __name__ == "__main__":
    main(sys.argv[1:])
