"""The dialog bases: every button does what it says, and each dialog keeps its keys in view."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.screen import Screen
from textual.widgets import Footer

from journal.ui.help_sections import help_sections
from journal.ui.screens.appointment import SaveSummaryDialog, SummaryRequest
from journal.ui.screens.confirm import ConfirmScreen
from journal.ui.screens.contact_form import ContactDetails, ContactForm
from journal.ui.screens.help import HelpScreen
from journal.ui.screens.rating import Rating, RatingScreen
from journal.ui.screens.welcome import WelcomeScreen
from journal.ui.screens.write_dialogs import DraftOfferScreen
from tests.support import build_test_app, running


def _before() -> RatingScreen:
    return RatingScreen("How numb do you feel?", confirm="Start", before=True)


def _after() -> RatingScreen:
    return RatingScreen("And now?", confirm="Save", before=False)


BUTTONS: list[tuple[Callable[[], Screen[object]], tuple[str, ...], str, object]] = [
    (_before, ("3",), "#save", Rating(3)),
    (_before, ("3",), "#skip", Rating(None)),  # the skip key is off before a try; the button works
    (_before, ("3",), "#cancel", None),
    (_after, ("4", "tab", *"calmer"), "#skip", Rating(None, "calmer")),
    (ContactForm, tuple("Sam"), "#save", ContactDetails("Sam", "", "")),
    (ContactForm, tuple("Sam"), "#cancel", None),
    (
        lambda: SaveSummaryDialog("/tmp/summary.md"),
        (),
        "#save",
        SummaryRequest(Path("/tmp/summary.md"), 28),
    ),
    (lambda: SaveSummaryDialog("/tmp/summary.md"), (), "#cancel", None),
]


async def test_each_button_of_a_form_runs_the_action_it_names(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        for make, keys, button, expected in BUTTONS:
            answers: list[object] = []
            app.push_screen(make(), answers.append)
            await pilot.pause()
            await pilot.press(*keys)
            await pilot.click(button)
            await pilot.pause()
            assert answers == [expected], (make, button)


async def test_enter_in_the_path_saves_and_escape_leaves_the_form(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        for key, expected in (("enter", SummaryRequest(Path("/tmp/s.md"), 28)), ("escape", None)):
            answers: list[object] = []
            app.push_screen(SaveSummaryDialog("/tmp/s.md"), answers.append)
            await pilot.pause()
            await pilot.press(key)
            await pilot.pause()
            assert answers == [expected]


async def test_the_keys_are_shown_below_every_dialog_but_help(
    tmp_path: Path,
) -> None:
    app = build_test_app(tmp_path)
    dialogs: list[tuple[Screen[object], bool]] = [
        (ConfirmScreen("Move this entry to the trash?"), True),
        (_before(), True),
        (ContactForm(), True),
        (SaveSummaryDialog("/tmp/summary.md"), True),
        (WelcomeScreen(), True),  # else the keys of the screen beneath show, and do nothing
        (HelpScreen(help_sections(type(app)), lambda: None), False),
        (DraftOfferScreen("You started a check-in at 9:00."), True),
    ]
    async with running(app) as pilot:
        for dialog, footer in dialogs:
            app.push_screen(dialog)
            await pilot.pause()
            assert bool(dialog.query(Footer)) is footer, type(dialog).__name__
            app.pop_screen()
            await pilot.pause()


async def test_a_questions_keys_say_what_its_buttons_say(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        question = ConfirmScreen("Move this entry to the trash?", yes="Move to trash", no="Keep it")
        app.push_screen(question)
        await pilot.pause()
        shown = {key.description for key in question.query("FooterKey")}  # type: ignore[attr-defined]

        assert {"Move to trash", "Keep it"} <= shown
        assert not {"Yes", "No"} & shown
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is not question
