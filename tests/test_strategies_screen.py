"""The Strategies area: groups, the detail pane, what suits you now, and what helps you."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from journal.checkin import CheckIn
from journal.content.strategies import load_strategies, suited_strategies
from journal.effects import HELPS_INTRO, NOT_YET
from journal.models import BodyNote, Feeling, NewEntry
from journal.ui.screens.appointment import AppointmentScreen
from journal.ui.screens.contacts import ContactsScreen
from journal.ui.screens.exercise import ExerciseScreen
from journal.ui.screens.strategies import EMPTY_VIEWS, NO_CHECKIN
from journal.ui.widgets.strategy_detail import StrategyDetail
from tests.strategies_support import (
    answer_rating,
    begin_exercise,
    highlight,
    open_strategies,
    shown_ids,
)
from tests.support import FakeClock, build_test_app, running, top_screen


def caption(screen) -> str:  # noqa: ANN001
    return str(screen.query_one("#view-caption", Static).content)


def detail(screen) -> str:  # noqa: ANN001
    return str(screen.query_one(StrategyDetail).content)


async def test_every_strategy_is_listed_under_its_group(tmp_path: Path) -> None:
    library = load_strategies()
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        screen = await open_strategies(pilot)
        expected = [
            s.id for c in ("immediate", "long-term", "exercise") for s in library.by_category(c)
        ]
        assert shown_ids(screen) == expected
        first = library.get(expected[0])
        assert first.why in detail(screen)
        await highlight(pilot, "body-scan")
        body_scan = library.get("body-scan")
        text = detail(screen)
        assert body_scan.title in text and body_scan.why in text
        assert all(step in text for step in body_scan.steps)
        assert "You haven't tried this one here yet." in text


async def test_the_detail_shows_the_extra_lists(tmp_path: Path) -> None:
    library = load_strategies()
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        screen = await open_strategies(pilot)
        await highlight(pilot, "reach-out")
        assert library.reach_out.starters[0] in detail(screen)
        await highlight(pilot, "see-a-doctor")
        assert library.appointment.checklist[0] in detail(screen)


async def test_suits_you_now_follows_the_latest_check_in(tmp_path: Path) -> None:
    clock = FakeClock()
    app = build_test_app(tmp_path, clock)
    async with running(app) as pilot:
        screen = await open_strategies(pilot)
        await pilot.press("right")
        await pilot.pause()
        assert caption(screen) == NO_CHECKIN and shown_ids(screen) == []

        app.store.entries.add(NewEntry(text="older", numbness=1))
        clock.advance(hours=1)
        entry = app.store.entries.add(
            NewEntry(
                text="flat",
                numbness=8,
                feelings=(Feeling("uneasy", "scared"),),
                body_notes=(BodyNote("chest", "tight"),),
            )
        )
        await pilot.press("f2", "f3")
        await pilot.pause()
        context = CheckIn.from_entry(entry).prompt_context()
        expected = [s.id for s in suited_strategies(load_strategies(), context)]
        assert shown_ids(screen) == expected
        assert "box-breathing" in expected and "nourishing-food" in expected
        assert caption(screen).startswith("From your check-in today at 10:30")


async def try_it(pilot, strategy_id: str, before: str, after: str) -> None:  # noqa: ANN001
    await begin_exercise(pilot, strategy_id, before)
    await pilot.press("escape")
    await pilot.pause()
    await answer_rating(pilot, after)


async def test_what_helps_you_orders_by_the_persons_own_tries(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        screen = await open_strategies(pilot)
        await try_it(pilot, "box-breathing", "6", "5")
        await try_it(pilot, "five-senses", "8", "4")
        await pilot.press("left")
        await pilot.pause()
        assert screen.view == "helps"
        assert caption(screen) == NOT_YET and shown_ids(screen) == []

        await pilot.press("right")
        await try_it(pilot, "body-scan", "5", "6")
        await pilot.press("left")
        await pilot.pause()
        assert caption(screen) == HELPS_INTRO
        assert shown_ids(screen) == ["five-senses", "box-breathing", "body-scan"]
        await highlight(pilot, "box-breathing")
        assert "You've tried this once: numbness about 1 lower afterwards" in detail(screen)

    tries = {
        (a.strategy_id, a.numbness_before, a.numbness_after)
        for a in app.store.strategies.attempts()
    }
    assert tries == {("box-breathing", 6, 5), ("five-senses", 8, 4), ("body-scan", 5, 6)}


async def test_the_palette_can_try_a_strategy_or_open_a_page(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        screen = await open_strategies(pilot)
        commands = {c.title: c.callback for c in app.get_system_commands(screen)}
        commands["Strategies: what helps you"]()
        await pilot.pause()
        assert screen.view == "helps"
        commands["Make an appointment"]()
        await pilot.pause()
        assert isinstance(app.screen, AppointmentScreen)
        await pilot.press("escape")
        commands["Reach out"]()
        await pilot.pause()
        assert isinstance(app.screen, ContactsScreen)
        await pilot.press("escape")
        commands["Read: Talk with a doctor or psychiatrist"]()
        await pilot.pause()
        page = top_screen(pilot, ExerciseScreen)  # a page to read: no rating first
        assert page.strategy.id == "see-a-doctor"
        await pilot.press("enter")
        await pilot.pause()
        commands["Try: Box breathing"]()
        await pilot.pause()
        await answer_rating(pilot, "5")
        exercise = top_screen(pilot, ExerciseScreen)
        assert exercise.strategy.id == "box-breathing"
    assert "Try: Talk with a doctor or psychiatrist" not in commands


async def test_an_empty_view_says_where_to_go_and_offers_no_try(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        screen = await open_strategies(pilot)
        assert screen.check_action("read", ())  # the first is a page to read
        assert not screen.check_action("try", ())
        await pilot.press("right")
        await pilot.pause()
        assert detail(screen) == EMPTY_VIEWS["suits"] and "F2" in detail(screen)
        assert not screen.check_action("try", ()) and not screen.check_action("read", ())
        await pilot.press("right")
        await pilot.pause()
        assert detail(screen) == EMPTY_VIEWS["helps"]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
