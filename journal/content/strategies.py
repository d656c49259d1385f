"""Strategies for living with numbness, the breathing pace for guided exercises,
message starters for reaching out, and a checklist for a medical appointment.

Loaded from `prompts/strategies.toml`. Unlike prompts, a strategy suits a check-in
when ANY of its `suits` conditions holds; more matches rank it higher.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from journal.content._fields import Table, read_toml, sub_table, unique_list
from journal.content.body import load_body
from journal.content.context import PromptContext, holds, matched, read_conditions
from journal.content.vocabulary import load_vocabulary
from journal.resources import prompts_file

CATEGORIES: tuple[str, ...] = ("immediate", "long-term", "exercise")
"""Immediate steps, long-term habits, and exercises the app can guide right now."""

RUNNERS: tuple[str, ...] = ("breathing", "steps", "info")
"""How the app runs a strategy: a paced breathing guide, one step at a time, or a page to read."""

SHOWS: tuple[str, ...] = ("", "reach_out", "appointment")
"""Extra lists a strategy may show: the message starters or the appointment checklist."""

_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Pacing:
    """Seconds for each part of one breath, and how many rounds, for the breathing guide."""

    inhale: int
    hold: int
    exhale: int
    hold_after: int
    rounds: int

    @property
    def cycle_seconds(self) -> int:
        """Length of one full breath in seconds."""
        return self.inhale + self.hold + self.exhale + self.hold_after

    @property
    def total_seconds(self) -> int:
        """Length of the whole exercise in seconds."""
        return self.cycle_seconds * self.rounds


@dataclass(frozen=True)
class Strategy:
    """Something a person can try, with why it may help and the steps to do it."""

    id: str
    title: str
    category: str
    why: str
    steps: tuple[str, ...]
    minutes: int
    suits: tuple[str, ...]
    runner: str
    pacing: Pacing | None = None
    shows: str = ""


@dataclass(frozen=True)
class ReachOut:
    """Short messages a person could send to someone they trust, to make reaching out easier."""

    starters: tuple[str, ...]


@dataclass(frozen=True)
class Appointment:
    """What to bring to a doctor's appointment about numbness."""

    checklist: tuple[str, ...]


@dataclass(frozen=True)
class StrategyLibrary:
    """All strategies with the reach-out starters and the appointment checklist."""

    strategies: tuple[Strategy, ...]
    reach_out: ReachOut
    appointment: Appointment

    def get(self, strategy_id: str) -> Strategy | None:
        """Return the strategy with this id, or None."""
        return next((s for s in self.strategies if s.id == strategy_id), None)

    def by_category(self, category: str) -> tuple[Strategy, ...]:
        """Return the strategies in one category, in file order."""
        return tuple(s for s in self.strategies if s.category == category)


def suits(strategy: Strategy, context: PromptContext) -> bool:
    """Say whether a strategy suits this check-in: no conditions, "any", or one that holds."""
    return not strategy.suits or any(holds(c, context) for c in strategy.suits)


def suited_strategies(
    strategies: StrategyLibrary | Iterable[Strategy], context: PromptContext
) -> tuple[Strategy, ...]:
    """Return the strategies that suit `context`, best suited first, file order among equals."""
    pool = strategies.strategies if isinstance(strategies, StrategyLibrary) else tuple(strategies)
    fitting = [s for s in pool if suits(s, context)]
    return tuple(sorted(fitting, key=lambda s: -matched(s.suits, context)))


@functools.cache
def load_strategies(path: Path | str | None = None) -> StrategyLibrary:
    """Load and validate `strategies.toml` (or the file at `path`), once per path."""
    source = Path(path) if path is not None else prompts_file("strategies.toml")
    data = read_toml(source)
    families = [f.id for f in load_vocabulary().families]
    regions = [r.id for r in load_body().regions]
    strategies = unique_list(
        source,
        data,
        "strategies",
        lambda table: _strategy(table, families, regions),
        lambda strategy: strategy.id,
        "strategy id",
    )
    reach = sub_table(source, data, "reach_out")
    reach.only(("starters",))
    appointment = sub_table(source, data, "appointment")
    appointment.only(("checklist",))
    return StrategyLibrary(
        strategies=strategies,
        reach_out=ReachOut(reach.texts("starters", minimum=1)),
        appointment=Appointment(appointment.texts("checklist", minimum=1)),
    )


def _strategy(table: Table, families: list[str], regions: list[str]) -> Strategy:
    fields = ("id", "title", "category", "why", "steps", "minutes", "suits", "runner")
    table = table.labelled("id")
    table.only(fields, ("pacing", "shows"))
    strategy_id = table.text("id")
    if not _SLUG.match(strategy_id):
        raise table.error(f"id {strategy_id!r} must be a slug like 'box-breathing'")
    category = table.text("category")
    if category not in CATEGORIES:
        raise table.error(f"unknown category {category!r} (use one of: {', '.join(CATEGORIES)})")
    runner = table.text("runner")
    if runner not in RUNNERS:
        raise table.error(f"unknown runner {runner!r} (use one of: {', '.join(RUNNERS)})")
    shows = table.text("shows", default="")
    if shows not in SHOWS:
        raise table.error(f"unknown 'shows' value {shows!r} (use reach_out or appointment)")
    pacing_table = table.table("pacing")
    if (runner == "breathing") != (pacing_table is not None):
        raise table.error("runner 'breathing' needs a [strategies.pacing] table; others may not")
    return Strategy(
        id=strategy_id,
        title=table.text("title"),
        category=category,
        why=table.text("why"),
        steps=table.texts("steps", minimum=1),
        minutes=table.integer("minutes", minimum=1),
        suits=read_conditions(table, "suits", families, regions),
        runner=runner,
        pacing=_pacing(pacing_table) if pacing_table else None,
        shows=shows,
    )


def _pacing(table: Table) -> Pacing:
    table.only(("inhale", "hold", "exhale", "hold_after", "rounds"))
    return Pacing(
        inhale=table.integer("inhale", minimum=1),
        hold=table.integer("hold", minimum=0),
        exhale=table.integer("exhale", minimum=1),
        hold_after=table.integer("hold_after", minimum=0),
        rounds=table.integer("rounds", minimum=1),
    )
