"""Pictures of each check-in step at 80x24, on a fixed clock with fixed prompt choices."""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from journal.checkin import CheckIn
from journal.models import BodyNote, Feeling
from tests.support import (
    SIZE,
    FakeClock,
    build_test_app,
    open_test_store,
    press_each,
    settle,
    write_screen,
)


def keys(*pressed: str) -> Callable[[Pilot], Awaitable[None]]:
    """Press keys on a Write screen whose prompts are chosen by a seeded random."""

    async def run(pilot: Pilot) -> None:
        write_screen(pilot.app).rng = random.Random(7)
        await press_each(pilot, *pressed)
        await settle(pilot)

    return run


def test_numbness_step(snap_compare, tmp_path: Path) -> None:
    app = build_test_app(tmp_path, FakeClock())
    assert snap_compare(app, terminal_size=SIZE, run_before=keys("6", "tab", "3"))


def test_body_step(snap_compare, tmp_path: Path) -> None:
    app = build_test_app(tmp_path, FakeClock())
    steps = ("ctrl+n", "down", "down", "down", "enter", "space", "down", "enter")
    assert snap_compare(app, terminal_size=SIZE, run_before=keys(*steps))


def test_feelings_step_narrowed(snap_compare, tmp_path: Path) -> None:
    app = build_test_app(tmp_path, FakeClock())
    steps = ("ctrl+n", "ctrl+n", "s", "a", "d", "enter", "f", "r", "u")
    assert snap_compare(app, terminal_size=SIZE, run_before=keys(*steps))


def test_write_step(snap_compare, tmp_path: Path) -> None:
    app = build_test_app(tmp_path, FakeClock())
    steps = ("7", "ctrl+n", "ctrl+n", "s", "a", "d", "enter", "ctrl+n", "H", "i", "ctrl+t", "w")
    assert snap_compare(app, terminal_size=SIZE, run_before=keys(*steps))


def test_cannot_name_it_yet(snap_compare, tmp_path: Path) -> None:
    app = build_test_app(tmp_path, FakeClock())
    steps = ("ctrl+n", "ctrl+n", "tab", "tab", "tab", "tab", "enter")
    assert snap_compare(app, terminal_size=SIZE, run_before=keys(*steps))


def test_saved_acknowledgement(snap_compare, tmp_path: Path) -> None:
    app = build_test_app(tmp_path, FakeClock())
    steps = ("4", "ctrl+n", "ctrl+n", "s", "a", "d", "enter", "ctrl+n", "O", "k", "ctrl+s")
    assert snap_compare(app, terminal_size=SIZE, run_before=keys(*steps))


def test_draft_offered_back(snap_compare, tmp_path: Path) -> None:
    clock = FakeClock()
    with open_test_store(tmp_path, clock) as store:
        draft = CheckIn(
            numbness=8,
            body=(BodyNote("chest", "heavy"),),
            feelings=(Feeling("sad", "sad", 4),),
            text="I had started writing",
            step="write",
            prompt_id="what-is-here",
            prompt_text="What is here with you right now, even if it is small or unclear?",
        )
        store.drafts.save(draft.text, draft.to_state())
    clock.advance(days=1)
    app = build_test_app(tmp_path, clock)
    assert snap_compare(app, terminal_size=SIZE, run_before=keys())


def test_welcome_on_a_new_journal(snap_compare, tmp_path: Path) -> None:
    app = build_test_app(tmp_path, FakeClock(), welcome=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=keys())
