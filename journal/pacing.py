"""Time for guided exercises: a pausable stopwatch, the breathing pace and step timing.

Pure logic with no Textual: the exercise screen reads a clock on each tick and asks
these objects where the person is, so tests move a fake clock instead of sleeping.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from journal.content.strategies import Pacing
from journal.timeutil import Clock

PHASE_WORDS: dict[str, str] = {
    "inhale": "Breathe in",
    "hold": "Hold",
    "exhale": "Breathe out",
    "rest": "Rest",
}
"""What the breathing guide says during each part of a breath."""


class Stopwatch:
    """Seconds elapsed on a clock, not counting the time spent paused."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._started: datetime = clock()
        self._paused_at: datetime | None = None
        self._paused_seconds = 0.0

    @property
    def paused(self) -> bool:
        """True while the stopwatch is held still."""
        return self._paused_at is not None

    def elapsed(self) -> float:
        """Seconds since the start or the last restart, leaving out pauses."""
        until = self._paused_at or self._clock()
        return max(0.0, (until - self._started).total_seconds() - self._paused_seconds)

    def pause(self) -> None:
        """Hold the time still (nothing happens if already paused)."""
        if self._paused_at is None:
            self._paused_at = self._clock()

    def resume(self) -> None:
        """Let the time run again (nothing happens if not paused)."""
        if self._paused_at is not None:
            self._paused_seconds += (self._clock() - self._paused_at).total_seconds()
            self._paused_at = None

    def restart(self) -> None:
        """Count from zero again, keeping a pause if there is one."""
        self._started = self._paused_at or self._clock()
        self._paused_seconds = 0.0


@dataclass(frozen=True)
class Beat:
    """Where a person is in the breathing exercise at one moment."""

    phase: str
    """One of "inhale", "hold", "exhale", "rest"; "done" once every round is over."""
    seconds_left: int
    """Whole seconds left in this phase, counting down to 1 (0 when done)."""
    progress: float
    """How far through this phase, from 0.0 to 1.0."""
    round: int
    """Which breath this is, from 1 to `rounds`."""
    rounds: int

    @property
    def finished(self) -> bool:
        """True once the last breath is over."""
        return self.phase == "done"

    @property
    def words(self) -> str:
        """What the guide says now, such as "Breathe in"."""
        return PHASE_WORDS.get(self.phase, "")

    @property
    def fullness(self) -> float:
        """How full the lungs are, 0.0 to 1.0: what the breathing bar draws."""
        if self.phase == "inhale":
            return self.progress
        if self.phase == "exhale":
            return 1.0 - self.progress
        return 1.0 if self.phase == "hold" else 0.0


def beat_at(pacing: Pacing, elapsed: float) -> Beat:
    """The breathing beat `elapsed` seconds into an exercise with this pacing."""
    if elapsed >= pacing.total_seconds:
        return Beat("done", 0, 1.0, pacing.rounds, pacing.rounds)
    elapsed = max(0.0, elapsed)
    number, into = divmod(elapsed, pacing.cycle_seconds)
    phases = (
        ("inhale", pacing.inhale),
        ("hold", pacing.hold),
        ("exhale", pacing.exhale),
        ("rest", pacing.hold_after),
    )
    for phase, length in phases:
        if into < length:
            left = max(1, math.ceil(length - into))
            return Beat(phase, left, into / length, int(number) + 1, pacing.rounds)
        into -= length
    raise AssertionError("a breath's phases add up to its cycle")


def step_seconds(minutes: int, steps: int) -> int:
    """A gentle suggested time for each step: the strategy's minutes shared out, at least 10 s."""
    return max(10, round(minutes * 60 / max(1, steps)))


@dataclass(frozen=True)
class StepState:
    """Where a person is in a step-by-step exercise."""

    index: int
    """The step shown, from 0."""
    count: int
    elapsed: float
    """Seconds spent on this step so far, not counting pauses."""
    suggested: int
    """About how long this step might take, in seconds."""

    @property
    def progress(self) -> float:
        """How much of the suggested time has gone, 0.0 to 1.0."""
        return min(1.0, self.elapsed / self.suggested) if self.suggested else 1.0

    @property
    def time_up(self) -> bool:
        """True once the suggested time for this step has passed."""
        return self.elapsed >= self.suggested

    @property
    def last(self) -> bool:
        """True on the final step."""
        return self.index >= self.count - 1


class StepWalker:
    """Walks through steps at the person's own pace, timing each step on a stopwatch."""

    def __init__(self, count: int, suggested: int, stopwatch: Stopwatch) -> None:
        if count < 1:
            raise ValueError("an exercise needs at least one step")
        self._count = count
        self._suggested = suggested
        self._watch = stopwatch
        self._index = 0

    def state(self) -> StepState:
        """The step shown now and the time spent on it."""
        return StepState(self._index, self._count, self._watch.elapsed(), self._suggested)

    def next(self) -> bool:
        """Move to the next step; False (and no move) when this is the last one."""
        if self._index >= self._count - 1:
            return False
        self._index += 1
        self._watch.restart()
        return True

    def back(self) -> bool:
        """Go back one step; False (and no move) on the first one."""
        if self._index == 0:
            return False
        self._index -= 1
        self._watch.restart()
        return True
