"""Trying a strategy from start to end: rating before, the guided exercise, rating after.

Time is the journal's fake clock: the test moves it and calls `tick()`; nothing sleeps.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, ProgressBar, Static

from journal.content.strategies import load_strategies
from journal.ui.screens.exercise import FINISHED, STEP_TIME_UP, ExerciseScreen
from journal.ui.screens.rating import RatingScreen
from journal.ui.screens.strategies import StrategiesScreen
from journal.ui.widgets.breathing import BreathingGuide
from tests.strategies_support import (
    MARKUP,
    answer_rating,
    begin_exercise,
    footer_seen,
    highlight,
    open_strategies,
)
from tests.support import FakeClock, build_test_app, reach, running


def shown_keys(screen: StrategiesScreen) -> list[tuple[str, str]]:
    """The working keys along the bottom, as (key, what it says)."""
    return [(key, words) for key, words, works in footer_seen(screen) if works]


async def test_box_breathing_from_start_to_end(tmp_path: Path) -> None:
    clock = FakeClock()
    started = clock.moment
    app = build_test_app(tmp_path, clock)
    pacing = load_strategies().get("box-breathing").pacing
    async with running(app) as pilot:
        await open_strategies(pilot)
        screen = await begin_exercise(pilot, "box-breathing", "7")
        guide = screen.query_one(BreathingGuide)
        assert (guide.beat.phase, guide.beat.seconds_left, guide.beat.round) == ("inhale", 4, 1)

        clock.advance(seconds=5)
        screen.tick()
        assert (guide.beat.phase, guide.beat.seconds_left) == ("hold", 3)

        await pilot.press("space")
        clock.advance(minutes=10)
        screen.tick()
        assert guide.paused and (guide.beat.phase, guide.beat.seconds_left) == ("hold", 3)
        await pilot.press("space")
        clock.advance(seconds=pacing.total_seconds - 5)
        screen.tick()
        await pilot.pause()
        assert guide.beat.finished and screen.finished
        assert str(screen.query_one("#exercise-status", Static).content) == FINISHED

        rating = await reach(pilot, RatingScreen, "enter")
        assert rating.query_one(Input).placeholder.startswith("Anything you noticed")
        await reach(pilot, StrategiesScreen, "3", "tab", *"calmer", "enter")

    attempt = app.store.strategies.attempts()[0]
    assert attempt.strategy_id == "box-breathing"
    assert (attempt.numbness_before, attempt.numbness_after, attempt.note) == (7, 3, "calmer")
    assert attempt.started_at == started


async def test_steps_go_at_the_persons_pace(tmp_path: Path) -> None:
    clock = FakeClock()
    app = build_test_app(tmp_path, clock)
    steps = load_strategies().get("five-senses").steps
    async with running(app) as pilot:
        await open_strategies(pilot)
        # no number: the rating is skipped, the try goes on
        screen = await begin_exercise(pilot, "five-senses")

        def shown(widget_id: str) -> str:
            return str(screen.query_one(widget_id, Static).content)

        assert shown("#step-count") == f"Step 1 of {len(steps)}"
        assert shown("#step-text") == steps[0]
        clock.advance(minutes=5)
        screen.tick()
        assert shown("#exercise-status") == STEP_TIME_UP
        await pilot.press("enter", "enter")
        assert shown("#step-text") == steps[2]
        await pilot.press("backspace")
        assert shown("#step-text") == steps[1]
        await pilot.press("space")
        assert shown("#exercise-status") == "Paused. Press Space to go on."
        await pilot.press("space")
        for _ in steps[1:]:
            await pilot.press("enter")
        assert screen.finished and shown("#exercise-status") == FINISHED
        bar = screen.query_one(ProgressBar)
        assert bar.progress == bar.total  # the end shows as the end, however quick the step
        await pilot.press("enter")
        await pilot.pause()
        await answer_rating(pilot, "2")

    attempt = app.store.strategies.attempts()[0]
    assert (attempt.strategy_id, attempt.numbness_before, attempt.numbness_after) == (
        "five-senses",
        None,
        2,
    )


async def test_ending_early_still_keeps_the_try(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await open_strategies(pilot)
        await begin_exercise(pilot, "paced-breathing", "6")
        await reach(pilot, RatingScreen, "escape")
        await reach(pilot, StrategiesScreen, "tab", *MARKUP, "escape")

    attempt = app.store.strategies.attempts()[0]
    assert (attempt.numbness_before, attempt.numbness_after, attempt.note) == (6, None, MARKUP)


async def test_not_now_before_starting_keeps_nothing(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await open_strategies(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await reach(pilot, StrategiesScreen, "5", "escape")
    assert app.store.strategies.attempts() == []


async def test_a_page_to_read_opens_and_closes_without_ratings(tmp_path: Path) -> None:
    """What a page suggests is done away from the screen: nothing to rate, nothing saved."""
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        strategies = await open_strategies(pilot)
        await highlight(pilot, "sleep")
        assert ("⏎", "Read") in shown_keys(strategies)
        screen = await reach(pilot, ExerciseScreen, "enter")
        assert screen.finished
        page = str(screen.query_one("#page-text", Static).content)
        assert page.startswith("1. Go to bed")
        await reach(pilot, StrategiesScreen, "enter")
        await highlight(pilot, "box-breathing")
        assert ("⏎", "Try this") in shown_keys(strategies)
    assert app.store.strategies.attempts() == []


async def test_the_exercise_waits_while_the_crisis_lines_are_open(tmp_path: Path) -> None:
    clock = FakeClock()
    app = build_test_app(tmp_path, clock)
    async with running(app) as pilot:
        await open_strategies(pilot)
        screen = await begin_exercise(pilot, "box-breathing")
        await pilot.press("f9")
        await pilot.pause()
        clock.advance(minutes=5)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.paused
        screen.tick()
        assert screen.query_one(BreathingGuide).beat.seconds_left == 4
        await pilot.press("space")
        clock.advance(seconds=1)
        screen.tick()
        assert screen.query_one(BreathingGuide).beat.seconds_left == 3


def footer_keys(screen: ExerciseScreen) -> dict[str, str]:
    """The exercise's own keys the footer offers now, as key -> description."""
    return {
        key: active.binding.description
        for key, active in screen.active_bindings.items()
        if active.node is screen and active.enabled and active.binding.show
    }


async def test_the_footer_offers_only_what_fits_each_moment(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    steps = load_strategies().get("five-senses").steps
    async with running(app) as pilot:
        await open_strategies(pilot)
        screen = await begin_exercise(pilot, "five-senses")
        assert footer_keys(screen) == {"space": "Pause", "enter": "Next", "escape": "End now"}
        await pilot.press("enter")
        assert footer_keys(screen)["backspace"] == "Back a step"
        for _ in steps[2:]:
            await pilot.press("enter")
        assert footer_keys(screen)["enter"] == "Done"
        await pilot.press("enter")
        assert screen.finished
        assert footer_keys(screen) == {"enter": "Finish", "escape": "Finish"}
        await reach(pilot, RatingScreen, "escape")


async def test_the_footer_shows_the_way_back_a_step_from_the_first_step(tmp_path: Path) -> None:
    """Backspace is in the footer from step 1, dimmed until there is a step to go back to,
    and every key still fits at 80 columns."""
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await open_strategies(pilot)
        screen = await begin_exercise(pilot, "five-senses")
        await pilot.pause()
        first = footer_seen(screen)
        assert ("⌫", "Back a step", False) in first
        await pilot.press("backspace")
        assert str(screen.query_one("#step-count", Static).content) == "Step 1 of 5"
        await pilot.press("enter")
        await pilot.pause()
        second = footer_seen(screen)
        assert ("⌫", "Back a step", True) in second
        assert [d for _, d, _ in second] == [
            "Pause", "Next", "End now", "Back a step", "Quit", "Help", "palette"
        ]  # fmt: skip
        await pilot.press("backspace")
        assert str(screen.query_one("#step-count", Static).content) == "Step 1 of 5"
        await reach(pilot, RatingScreen, "escape")


async def test_a_page_that_points_to_a_checklist_shows_it(tmp_path: Path) -> None:
    library = load_strategies()
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await open_strategies(pilot)
        await highlight(pilot, "see-a-doctor")
        screen = await reach(pilot, ExerciseScreen, "enter")
        page = str(screen.query_one("#page-text", Static).content)
    assert "Bring the checklist below" in page
    assert "What to bring" in page
    assert all(item in page for item in library.appointment.checklist)


def test_a_step_time_is_room_to_take_in_round_words() -> None:
    from journal.ui.screens.exercise import step_time_words

    assert step_time_words(36) == "Take about 35 seconds for this step, or as long as you like."
    assert step_time_words(2) == "Take about 5 seconds for this step, or as long as you like."
    assert step_time_words(150) == "Take about 2 minutes for this step, or as long as you like."


async def test_a_narrow_footer_keeps_the_way_out_of_an_exercise(tmp_path: Path) -> None:
    """Esc, the only way to end early, comes before Backspace, so it is the last to be cut."""
    app = build_test_app(tmp_path)
    async with running(app, (50, 24)) as pilot:
        await open_strategies(pilot)
        screen = await begin_exercise(pilot, "five-senses")
        await pilot.pause()
        assert ("esc", "End now", True) in footer_seen(screen)
