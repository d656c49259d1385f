"""The breathing pace, the pausable stopwatch and the step walker, on a fake clock."""

from __future__ import annotations

import pytest

from journal.content.strategies import Pacing
from journal.pacing import StepWalker, Stopwatch, beat_at, step_seconds
from tests.support import FakeClock

BOX = Pacing(inhale=4, hold=4, exhale=4, hold_after=4, rounds=2)
LONG_OUT = Pacing(inhale=4, hold=0, exhale=6, hold_after=0, rounds=3)


@pytest.mark.parametrize(
    ("elapsed", "phase", "left", "round_"),
    [
        (0, "inhale", 4, 1),
        (0.25, "inhale", 4, 1),
        (3.5, "inhale", 1, 1),
        (4, "hold", 4, 1),
        (8, "exhale", 4, 1),
        (11.9, "exhale", 1, 1),
        (12, "rest", 4, 1),
        (16, "inhale", 4, 2),
        (31, "rest", 1, 2),
    ],
)
def test_box_breathing_moves_through_each_phase(elapsed, phase, left, round_):
    beat = beat_at(BOX, elapsed)
    assert (beat.phase, beat.seconds_left, beat.round, beat.rounds) == (phase, left, round_, 2)
    assert not beat.finished


def test_phases_of_no_length_are_skipped():
    phases = [beat_at(LONG_OUT, second).phase for second in range(10)]
    assert phases == ["inhale"] * 4 + ["exhale"] * 6
    assert beat_at(LONG_OUT, 10).round == 2


def test_the_bar_fills_on_the_way_in_and_empties_on_the_way_out():
    assert beat_at(BOX, 0).fullness == 0.0
    assert beat_at(BOX, 2).fullness == 0.5
    assert beat_at(BOX, 6).fullness == 1.0
    assert beat_at(BOX, 11).fullness == 0.25
    assert beat_at(BOX, 13).fullness == 0.0


def test_the_exercise_ends_after_the_last_round():
    assert not beat_at(BOX, BOX.total_seconds - 0.01).finished
    done = beat_at(BOX, BOX.total_seconds)
    assert done.finished and done.seconds_left == 0 and done.round == 2
    assert done.words == ""
    assert beat_at(BOX, 0).words == "Breathe in"


def test_stopwatch_leaves_out_paused_time():
    clock = FakeClock()
    watch = Stopwatch(clock)
    clock.advance(seconds=5)
    watch.pause()
    assert watch.paused
    clock.advance(seconds=60)
    assert watch.elapsed() == 5
    watch.resume()
    clock.advance(seconds=2)
    assert watch.elapsed() == 7 and not watch.paused


def test_stopwatch_restart_counts_from_zero_even_while_paused():
    clock = FakeClock()
    watch = Stopwatch(clock)
    clock.advance(seconds=9)
    watch.pause()
    watch.restart()
    clock.advance(seconds=30)
    assert watch.elapsed() == 0
    watch.resume()
    clock.advance(seconds=3)
    assert watch.elapsed() == 3


def test_step_walker_times_each_step_and_stops_at_the_ends():
    clock = FakeClock()
    walker = StepWalker(3, 20, Stopwatch(clock))
    assert not walker.back()
    clock.advance(seconds=25)
    state = walker.state()
    assert (state.index, state.time_up, state.progress, state.last) == (0, True, 1.0, False)
    assert walker.next()
    assert walker.state().elapsed == 0
    clock.advance(seconds=5)
    assert walker.state().progress == 0.25
    assert walker.next() and walker.state().last
    assert not walker.next()
    assert walker.state().index == 2
    assert walker.back() and walker.state().index == 1


def test_step_walker_needs_a_step():
    with pytest.raises(ValueError):
        StepWalker(0, 10, Stopwatch(FakeClock()))


def test_suggested_step_time_shares_out_the_minutes():
    assert step_seconds(5, 5) == 60
    assert step_seconds(3, 5) == 36
    assert step_seconds(1, 12) == 10
