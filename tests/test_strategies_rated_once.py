"""A try rated on one side only: its rating is kept, and shown wherever the try is shown."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.widgets import Static

from journal.models import NewEntry
from journal.transfer.report import appointment_report
from journal.ui.screens.entry import EntryScreen
from journal.ui.screens.rating import RatingScreen
from journal.ui.screens.strategies import StrategiesScreen
from tests.history_support import open_history
from tests.strategies_support import answer_rating, begin_exercise, open_strategies
from tests.support import FakeClock, build_test_app, reach, running


async def test_a_rating_given_only_afterwards_is_shown(tmp_path: Path) -> None:
    """Skip the rating before, finish 5-4-3-2-1 senses, rate 3 after: the day's entry and the
    appointment report both show the 3."""
    clock = FakeClock()
    app = build_test_app(tmp_path, clock)
    app.store.entries.add(NewEntry(text="A slow morning.", created_at=clock() - timedelta(hours=1)))
    async with running(app) as pilot:
        await open_strategies(pilot)
        exercise = await begin_exercise(pilot, "five-senses")  # Enter with no number: skipped
        for _ in exercise.strategy.steps:
            await pilot.press("enter")
        await reach(pilot, RatingScreen, "enter")
        await answer_rating(pilot, "3")
        assert isinstance(app.screen, StrategiesScreen)
        (attempt,) = app.store.strategies.attempts()
        assert (attempt.numbness_before, attempt.numbness_after) == (None, 3)

        await open_history(pilot)
        entry = await reach(pilot, EntryScreen, "enter", settled=True)
        shown = "\n".join(str(static.render()) for static in entry.query(Static))
        assert "5-4-3-2-1 senses   numbness 3 after" in shown

    report = appointment_report(app.store)
    assert "- 5-4-3-2-1 senses (1 try): numbness 3 afterwards (no rating before)" in report


async def test_a_rating_given_only_before_is_shown(tmp_path: Path) -> None:
    """Ended early with no rating after: the rating before still shows in the entry view."""
    clock = FakeClock()
    app = build_test_app(tmp_path, clock)
    app.store.entries.add(NewEntry(text="A slow morning.", created_at=clock() - timedelta(hours=1)))
    async with running(app) as pilot:
        await open_strategies(pilot)
        await begin_exercise(pilot, "five-senses", "6")
        await reach(pilot, RatingScreen, "escape")  # end now
        await reach(pilot, StrategiesScreen, "escape")  # skip the rating after
        await open_history(pilot)
        entry = await reach(pilot, EntryScreen, "enter", settled=True)
        shown = "\n".join(str(static.render()) for static in entry.query(Static))
        assert "5-4-3-2-1 senses   numbness 6 before" in shown
        assert "after" not in shown.split("5-4-3-2-1 senses")[1].splitlines()[0]
