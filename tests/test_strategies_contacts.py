"""Reach out: keeping trusted people in the journal and copying a message starter."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Static

from journal.content.strategies import load_strategies
from journal.ui.keys import collect_keys
from journal.ui.screens.contact_form import NAME_NEEDED, ContactForm
from journal.ui.screens.contacts import COPIED_STARTER, ContactsScreen
from journal.ui.screens.strategies import StrategiesScreen
from tests.strategies_support import MARKUP, footer_seen, open_strategies
from tests.support import build_test_app, reach, running, toasts


async def open_contacts(pilot) -> ContactsScreen:  # noqa: ANN001
    await open_strategies(pilot)
    return await reach(pilot, ContactsScreen, "r")


def people_text(screen: ContactsScreen) -> str:
    people = screen.query_one("#people", OptionList)
    return "\n".join(str(people.get_option_at_index(i).prompt) for i in range(people.option_count))


async def test_add_change_and_remove_a_trusted_person(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        screen = await open_contacts(pilot)
        assert screen.query_one("#no-one", Static).display
        await reach(pilot, ContactForm, "a")
        await pilot.press("enter", "enter", "enter")
        assert str(app.screen.query_one("#form-hint", Static).content) == NAME_NEEDED
        await pilot.press(*MARKUP, "enter", *"07700 900123", "enter", *"[/]knows", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert MARKUP in people_text(screen) and "[/]knows" in people_text(screen)
        assert not screen.query_one("#no-one", Static).display

        await pilot.press("c")
        assert app.clipboard == "07700 900123"
        assert any(f"Copied how to reach {MARKUP}" in toast for toast in toasts(app))

        await pilot.press("e")
        await pilot.pause()
        title = app.screen.query_one(".dialog-title", Static).content
        assert str(title) == f"Change the details for {MARKUP}"
        await pilot.press("ctrl+a", "ctrl+k", *"Sam", "ctrl+s")
        await pilot.pause()
        (sam,) = app.store.contacts.all()
        assert (sam.name, sam.reach, sam.note) == ("Sam", "07700 900123", "[/]knows")

        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.store.contacts.all() == []
        assert screen.query_one("#no-one", Static).display


async def test_a_message_starter_is_copied(tmp_path: Path) -> None:
    starters = load_strategies().reach_out.starters
    app = build_test_app(tmp_path)
    app.store.contacts.add("Alex", "", "")
    async with running(app) as pilot:
        screen = await open_contacts(pilot)
        assert screen.query_one("#people", OptionList).has_focus
        await pilot.press("c")
        assert "There's no way to reach Alex saved yet. Press e to add one." in toasts(app)
        await pilot.press("tab", "down", "enter")
        assert app.clipboard == starters[1]
        assert f"{COPIED_STARTER}\n{starters[1]}" in toasts(app)  # still readable if not copied
        await reach(pilot, StrategiesScreen, "escape")
    assert [c.name for c in app.store.contacts.all()] == ["Alex"]


async def test_the_footer_tells_which_key_copies(tmp_path: Path) -> None:
    """Enter copies a starter, and the footer says so; every key shown fits at 80 columns.
    Enter copies how to reach a person too, c copies in either list, and help names both."""
    starters = load_strategies().reach_out.starters
    app = build_test_app(tmp_path)
    app.store.contacts.add("Alex", "alex@example.org", "")
    async with running(app) as pilot:
        screen = await open_contacts(pilot)
        await pilot.pause()
        assert [(k, d) for k, d, _ in footer_seen(screen)] == [
            ("a", "Add someone"),
            ("e", "Change"),
            ("d", "Remove"),
            ("esc", "Back"),
            ("^q", "Quit"),
            ("f1", "Help"),
            ("^p", "palette"),
        ]
        await pilot.press("enter")
        assert app.clipboard == "alex@example.org"
        await pilot.press("tab")
        await pilot.pause()
        assert [(k, d) for k, d, _ in footer_seen(screen)] == [
            ("⏎", "Copy"),
            ("a", "Add someone"),
            ("esc", "Back"),
            ("^q", "Quit"),
            ("f1", "Help"),
            ("^p", "palette"),
        ]
        await pilot.press("c")
        assert app.clipboard == starters[0]
        await pilot.press("down", "enter")
        assert app.clipboard == starters[1]
    help_lines = {(k.keys, k.description) for k in collect_keys([("Reach out", ContactsScreen)])}
    assert ("Enter / c", "Copy what is highlighted") in help_lines


async def test_leaving_the_form_keeps_nothing(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await open_contacts(pilot)
        await reach(pilot, ContactsScreen, "a", *"Someone", "escape")
    assert app.store.contacts.all() == []


async def test_in_a_short_terminal_the_starters_in_use_are_in_view(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app, (40, 12)) as pilot:
        screen = await open_contacts(pilot)
        await pilot.pause()
        starters = screen.query_one("#starters")
        assert starters.has_focus  # no one listed yet: the starters are in use
        assert starters.region.height >= 3 and starters.region.bottom <= 12
