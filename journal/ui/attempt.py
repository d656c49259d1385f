"""One try of a strategy: rate numbness before, run it, rate after, keep the attempt."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from textual.app import App

from journal.content.strategies import Strategy
from journal.models import StrategyAttempt
from journal.store import Store
from journal.ui.screens.exercise import ExerciseScreen
from journal.ui.screens.rating import Rating, RatingScreen

BEFORE_QUESTION = "Before you start: how numb do you feel right now?"
AFTER_QUESTION = "And now, how numb do you feel?"


class AttemptFlow:
    """Chains the before rating, the exercise and the after rating, then records the try."""

    def __init__(
        self,
        app: App[object],
        store: Store,
        strategy: Strategy,
        on_recorded: Callable[[StrategyAttempt], None],
    ) -> None:
        self._app = app
        self._store = store
        self._strategy = strategy
        self._on_recorded = on_recorded
        self._before: int | None = None
        self._started: datetime | None = None

    def start(self) -> None:
        """Ask how numb the person feels before; they may skip it or back out."""
        question = RatingScreen(BEFORE_QUESTION, confirm="Start", before=True)
        self._app.push_screen(question, self._run)

    def _run(self, rating: Rating | None) -> None:
        if rating is None:
            return
        self._before = rating.value
        self._started = self._store.connection.now()
        self._app.push_screen(ExerciseScreen(self._strategy), self._ask_after)

    def _ask_after(self, _result: None) -> None:
        question = RatingScreen(AFTER_QUESTION, confirm="Save", before=False)
        self._app.push_screen(question, self._record)

    def _record(self, rating: Rating | None) -> None:
        after = rating or Rating(None)
        attempt = self._store.strategies.record(
            self._strategy.id,
            numbness_before=self._before,
            numbness_after=after.value,
            note=after.note,
            started_at=self._started,
        )
        self._on_recorded(attempt)
