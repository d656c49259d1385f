"""Helpers for the Strategies tests: reach the area, highlight a strategy, answer a rating."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Footer, OptionList

from journal.ui.screens.exercise import ExerciseScreen
from journal.ui.screens.rating import RatingScreen
from journal.ui.screens.strategies import StrategiesScreen
from tests.support import reach, top_screen

MARKUP = "[/] [@click=app.quit]x[/] [b]"
"""Text that would crash or act if it were ever read as markup."""


async def open_strategies(pilot: Pilot) -> StrategiesScreen:
    """Press F3 and wait for the Strategies area."""
    return await reach(pilot, StrategiesScreen, "f3", settled=True)


def shown_ids(screen: StrategiesScreen) -> list[str]:
    """The strategy ids listed in the current view, top to bottom (group headings left out)."""
    listing = screen.query_one(OptionList)
    options = [listing.get_option_at_index(i) for i in range(listing.option_count)]
    return [o.id for o in options if o.id and not o.disabled]


async def highlight(pilot: Pilot, strategy_id: str) -> None:
    """Press Down until `strategy_id` is highlighted, as a person would."""
    screen = top_screen(pilot, StrategiesScreen)
    for _ in range(len(shown_ids(screen)) + 4):
        if screen.selected is not None and screen.selected.id == strategy_id:
            return
        await pilot.press("down")
    raise AssertionError(f"{strategy_id} is not in the list")


async def answer_rating(pilot: Pilot, *keys: str) -> None:
    """Type into the open rating dialog, then press Enter to go on."""
    await pilot.press(*keys, "enter")
    await pilot.pause()


async def begin_exercise(pilot: Pilot, strategy_id: str, *before: str) -> ExerciseScreen:
    """From the list, start `strategy_id` and answer the rating before it with `before`."""
    await highlight(pilot, strategy_id)
    await reach(pilot, RatingScreen, "enter")
    await answer_rating(pilot, *before)
    return top_screen(pilot, ExerciseScreen)


def footer_seen(screen: Screen) -> list[tuple[str, str, bool]]:
    """The keys along the bottom as a person sees them at this size, left to right:
    (key, what it says, whether it works now). A key pushed past the edge, or under the
    palette key docked at the right, is not seen."""
    keys = sorted(screen.query_one(Footer).query("FooterKey"), key=lambda key: key.region.x)
    palette = [key for key in keys if key.has_class("-command-palette")]
    edge = palette[0].region.x if palette else screen.size.width
    return [
        (key.key_display, key.description, not key.has_class("-disabled"))  # type: ignore[attr-defined]
        for key in keys
        if key.region.width and (key in palette or key.region.right <= edge)
    ]
