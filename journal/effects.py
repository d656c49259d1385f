"""What helps this person: their own before-and-after ratings, put in order and in words.

Pure functions over `StrategyEffect` rows. The wording never ranks anything as best
or worst; it reports what the person's own tries showed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from journal.models import StrategyEffect

MIN_ATTEMPTS = 3
"""Tries needed, across all strategies, before an ordering is shown at all."""

HELPS_INTRO = "By your own ratings before and after, what eased the numbness most is first."
NOT_YET = (
    "After a few tries with a rating before and after, this shows which "
    "strategies seemed to ease the numbness for you."
)


def what_helps(
    effects: Iterable[StrategyEffect], minimum_attempts: int = MIN_ATTEMPTS
) -> list[StrategyEffect]:
    """Rated strategies, the biggest average drop in numbness first; empty until enough tries.

    Only strategies with at least one try rated before and after take part. Ties go to
    the strategy with more rated tries, then by id, so the order never flickers.
    """
    found = list(effects)
    if sum(effect.tries for effect in found) < minimum_attempts:
        return []
    rated = [e for e in found if e.rated and e.average_change is not None]
    return sorted(rated, key=lambda e: (e.average_change, -e.rated, e.strategy_id))


def _times(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def describe_change(average_change: float | None, rated: int) -> str:
    """The change in plain words: "numbness about 2 lower afterwards, on average".

    It names the person's own ratings on the 0-10 scale, never "points", which read
    like a score, and says it in whole numbers: an average of a handful of tries is
    rough, and "about 1.3" would claim more than it knows. A half rounds up.

    `rated` is how many tries were rated before and after; "on average" is said only
    when there was more than one. The appointment report uses this wording too.
    """
    if average_change is None:
        return "no before-and-after rating yet"
    size = math.floor(abs(average_change) + 0.5)
    averaged = ", on average" if rated > 1 else ""
    if size == 0:
        return f"about the same afterwards{averaged}"
    direction = "lower" if average_change < 0 else "higher"
    return f"numbness about {size} {direction} afterwards{averaged}"


def describe_effect(effect: StrategyEffect | None) -> str:
    """One line on how a strategy has gone: how often tried, and the average change."""
    if effect is None or effect.tries == 0:
        return "You haven't tried this one here yet."
    tried = f"You've tried this {_times(effect.tries)}"
    if not effect.rated:
        return f"{tried}; no try has a rating both before and after yet."
    return f"{tried}: {describe_change(effect.average_change, effect.rated)}."
