"""Every screen at 40x12, 80x24 and 250x80: it draws without an error, and at 80x24 the
way to each of its main actions is on screen (a key in the footer, a button, or a hint).

One walk through the whole app, by keys, as a person would; at each stop the terminal is
resized to the three sizes and the screen drawn at each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from textual.pilot import Pilot
from textual.screen import Screen

from journal.models import Feeling, NewEntry
from journal.ui.screens.appointment import AppointmentScreen, SaveSummaryDialog
from journal.ui.screens.confirm import ConfirmScreen
from journal.ui.screens.contact_form import ContactForm
from journal.ui.screens.contacts import ContactsScreen
from journal.ui.screens.crisis import CrisisScreen
from journal.ui.screens.entry import EntryScreen
from journal.ui.screens.exercise import ExerciseScreen
from journal.ui.screens.filters import FilterScreen
from journal.ui.screens.help import HelpScreen
from journal.ui.screens.history import HistoryScreen
from journal.ui.screens.rating import RatingScreen
from journal.ui.screens.strategies import StrategiesScreen
from journal.ui.screens.trash import TrashScreen
from journal.ui.screens.trends import TrendsScreen
from journal.ui.screens.welcome import WelcomeScreen
from journal.ui.screens.write import WriteScreen
from journal.ui.screens.write_dialogs import DraftOfferScreen
from tests.support import FakeClock, build_test_app, open_test_store, running, settle

SMALL, MAIN, LARGE = (40, 12), (80, 24), (250, 80)
"""Every screen is drawn at all three; at MAIN, the way to each main action must show."""

LAYOUT = re.compile(r"[\s\u2500-\u259f]+")


@dataclass(frozen=True)
class Stop:
    """Keys that lead to a screen, the screen, and the words that offer its main actions."""

    keys: tuple[str, ...]
    screen: type[Screen[object]]
    actions: tuple[str, ...]
    step: str | None = None
    """For Write: the check-in step that must be showing."""


WALK = (
    Stop((), DraftOfferScreen, ("Pick up where I left off", "Start fresh")),
    Stop(("escape",), WriteScreen, ("Next step", "Save check-in"), step="numbness"),
    Stop(("ctrl+n",), WriteScreen, ("Next step", "Back a step", "Save check-in"), step="body"),
    Stop(("ctrl+n",), WriteScreen, ("Next step", "Back a step", "I can't name it yet"), "feelings"),
    Stop(("ctrl+n",), WriteScreen, ("Back a step", "Save check-in", "Tags"), step="write"),
    Stop(("f1",), HelpScreen, ("Close",)),
    Stop(("escape", "f9"), CrisisScreen, ("Esc to close",)),
    Stop(("escape", "f3", "end"), StrategiesScreen, ("Try this", "Reach out", "Appointment")),
    Stop(("enter",), RatingScreen, ("Start", "Skip the rating")),
    Stop(("enter",), ExerciseScreen, ("End now", "Pause")),
    Stop(("escape",), RatingScreen, ("Save", "Skip the rating")),
    Stop(("escape", "r"), ContactsScreen, ("Add someone", "Back")),
    Stop(("a",), ContactForm, ("Save", "Cancel")),
    Stop(("escape", "escape", "m"), AppointmentScreen, ("Save a summary", "Back")),
    Stop(("s",), SaveSummaryDialog, ("Save", "Cancel")),
    Stop(("escape", "escape", "f4"), HistoryScreen, ("Search", "Enter opens", "Filter", "Trash")),
    Stop(("enter",), EntryScreen, ("Edit", "Delete", "Back")),
    Stop(("delete",), ConfirmScreen, ("Move to trash", "Keep it")),
    Stop(("y", "f"), FilterScreen, ("Show entries", "Cancel")),  # the entry moved to the trash
    Stop(("escape", "t"), TrendsScreen, ("Back",)),
    Stop(("escape", "b"), TrashScreen, ("Restore", "Back")),
    Stop(("escape", "ctrl+p", *"welcome", "enter"), WelcomeScreen, ("Begin",)),
)


def visible_words(pilot: Pilot) -> str:
    """What the screen shows, drawn now, without whitespace or frames."""
    strips = pilot.app.screen._compositor.render_strips()
    return LAYOUT.sub("", "".join(strip.text for strip in strips))


def journal_to_walk(tmp_path: Path) -> FakeClock:
    """Two entries, a draft to be offered back, and the welcome already seen."""
    clock = FakeClock()
    store = open_test_store(tmp_path, clock)
    for days in (1, 2):
        store.entries.add(
            NewEntry(
                text=f"A walk by the river, day {days}.",
                numbness=5,
                feelings=(Feeling("tired", "sad", 3),),
                tags=("walk",),
                created_at=clock() - timedelta(days=days),
            )
        )
    store.drafts.save("half a thought", {"version": 1, "step": "numbness"})
    store.settings.set("welcome_seen", True)
    store.close()
    return clock


async def test_every_screen_at_three_sizes(tmp_path: Path) -> None:
    app = build_test_app(tmp_path, journal_to_walk(tmp_path))
    size = MAIN
    async with running(app, size) as pilot:
        await settle(pilot)
        for stop in WALK:
            await pilot.press(*stop.keys)
            await app.workers.wait_for_complete()
            where = f"{stop.screen.__name__} after {stop.keys}"
            # Arrive at the size the last stop ended at, then the other two (the walk goes on
            # at any size: keys do not depend on it).
            order = [size, *(other for other in (SMALL, LARGE, MAIN) if other != size)]
            for size in order:  # the last size is where the next stop starts
                if size != app.size:
                    await pilot.resize_terminal(*size)
                assert isinstance(app.screen, stop.screen), (where, size, app.screen)
                if stop.step is not None:
                    assert app.screen.step == stop.step, where  # type: ignore[attr-defined]
                shown = visible_words(pilot)
                if size == MAIN:
                    missing = [w for w in stop.actions if LAYOUT.sub("", w) not in shown]
                    assert not missing, (where, missing)
