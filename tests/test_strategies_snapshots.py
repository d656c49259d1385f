"""Pictures of the Strategies area at 80x24: the list, and the breathing guide mid-breath."""

from __future__ import annotations

from pathlib import Path

from tests.strategies_support import begin_exercise, highlight, open_strategies
from tests.support import FakeClock, build_test_app, settle


def test_strategies_list_snapshot(snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    async def show_list(pilot) -> None:  # noqa: ANN001
        await open_strategies(pilot)
        await highlight(pilot, "reach-out")
        await settle(pilot)

    app = build_test_app(tmp_path)
    assert snap_compare(app, terminal_size=(80, 24), run_before=show_list)


def test_breathing_exercise_snapshot(snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    clock = FakeClock()

    async def breathe(pilot) -> None:  # noqa: ANN001
        await open_strategies(pilot)
        exercise = await begin_exercise(pilot, "box-breathing", "6")
        clock.advance(seconds=18.5)  # second breath, 2.5 s into breathing in
        exercise.tick()
        await settle(pilot)

    app = build_test_app(tmp_path, clock)
    assert snap_compare(app, terminal_size=(80, 24), run_before=breathe)
