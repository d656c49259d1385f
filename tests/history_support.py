"""Helpers for the History tests: a generated journal whose contents are known by rule."""

from __future__ import annotations

from datetime import datetime, timedelta

from textual.pilot import Pilot

from journal.models import BodyNote, Feeling, NewEntry
from journal.store import Store
from journal.ui.screens.history import HistoryScreen
from journal.ui.widgets.entry_list import EntryList
from tests.support import FakeClock, reach, settle, top_screen

MARKUP = "[/] [@click=app.quit]quit[/] [b]bold"
"""Text that would crash or act if it were ever read as markup."""

HOURS_APART = 8


def entry_number(i: int, newest: datetime) -> NewEntry:
    """Entry `i` of a generated journal (0 is the oldest); every field follows a simple rule.

    Every 7th entry mentions "anxious"; every 50th walked "by the river"; every 3rd
    names "lonely" (sad), every 5th "anxious" (scared); every 4th is tagged work;
    numbness is i % 11.
    """
    text = f"Entry number {i}."
    if i % 7 == 0:
        text += " Felt anxious about work."
    if i % 50 == 0:
        text += " Walked by the river after dark."
    feelings = []
    if i % 3 == 0:
        feelings.append(Feeling("lonely", "sad", 3))
    if i % 5 == 0:
        feelings.append(Feeling("anxious", "scared", 2))
    return NewEntry(
        text=text,
        numbness=i % 11,
        feelings=tuple(feelings),
        tags=("work",) if i % 4 == 0 else (),
        created_at=newest - timedelta(hours=HOURS_APART * i),
    )


def fill_journal(store: Store, count: int, clock: FakeClock) -> datetime:
    """Write `count` generated entries, newest one hour before the clock; return its time."""
    newest = clock() - timedelta(hours=1)
    entries = [entry_number(count - 1 - n, newest) for n in range(count)]
    store.connection.transact(lambda: [store.entries.insert(e) for e in entries])
    return newest


def rule_count(count: int, keep) -> int:  # noqa: ANN001 - a predicate on the entry number
    """How many of entries 0..count-1 satisfy `keep` (the expected answer of a query)."""
    return sum(1 for i in range(count) if keep(i))


def a_full_entry(moment: datetime) -> NewEntry:
    """An entry with every part filled in, some of it markup-like."""
    return NewEntry(
        text=f"Morning walk.\nSecond line {MARKUP}",
        numbness=6,
        energy=3,
        pleasantness=4,
        prompt_text="What did your body notice today?",
        feelings=(Feeling("lonely", "sad", 4), Feeling(MARKUP, "", 2, True)),
        body_notes=(BodyNote("chest", "tight"),),
        tags=("walk", MARKUP),
        created_at=moment,
    )


async def open_history(pilot: Pilot) -> HistoryScreen:
    """Press F4 and wait for History."""
    return await reach(pilot, HistoryScreen, "f4", settled=True)


def entry_list(pilot: Pilot) -> EntryList:
    """The list on the current screen."""
    return pilot.app.screen.query_one(EntryList)


async def search(pilot: Pilot, text: str) -> EntryList:
    """Put `text` in History's search box and press Enter (typing itself is tested once)."""
    await pilot.press("slash")
    top_screen(pilot, HistoryScreen).search.value = text
    await pilot.press("enter")
    await settle(pilot)
    return entry_list(pilot)
