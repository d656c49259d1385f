"""The app shell: areas by key and palette, help, welcome once, theme remembered, quit."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.models import EntryFilter
from journal.ui.app import JournalApp, make_app
from journal.ui.screens.help import HelpScreen
from journal.ui.screens.history import HistoryScreen
from journal.ui.screens.strategies import StrategiesScreen
from journal.ui.screens.welcome import WelcomeScreen
from journal.ui.screens.write import WriteScreen
from tests.support import build_test_app, open_test_store, reach, running


async def test_each_area_has_its_own_key(tmp_path: Path) -> None:
    async with running(build_test_app(tmp_path)) as pilot:
        assert isinstance(pilot.app.screen, WriteScreen)
        await reach(pilot, StrategiesScreen, "f3")
        await reach(pilot, HistoryScreen, "f4")
        await reach(pilot, WriteScreen, "f2")


async def test_palette_reaches_an_area(tmp_path: Path) -> None:
    async with running(build_test_app(tmp_path)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"go to history")
        await pilot.pause(0.3)
        await reach(pilot, HistoryScreen, "enter")


async def test_palette_offers_thaws_own_commands(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app):
        titles = [command.title for command in app.get_system_commands(app.screen)]
        for expected in ("Go to Write", "Go to Strategies", "Go to History", "Crisis lines"):
            assert expected in titles
        assert "Theme" in titles and "Quit" in titles
        # A screenshot would save someone's writing where others could read it.
        assert not {"Screenshot", "Keys", "Maximize"} & set(titles)


async def test_help_lists_every_app_key(tmp_path: Path) -> None:
    async with running(build_test_app(tmp_path)) as pilot:
        help_screen = await reach(pilot, HelpScreen, "f1")
        text = " ".join(str(w.render()) for w in help_screen.query(".help-key, .help-description"))
        for words in ("F1", "F2", "F3", "F4", "F9", "Ctrl+Q", "Crisis lines", "History"):
            assert words in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, HelpScreen)


async def test_question_mark_opens_help_only_outside_text_fields(tmp_path: Path) -> None:
    async with running(build_test_app(tmp_path)) as pilot:
        pilot.app.screen.set_focus(None)
        await reach(pilot, HelpScreen, "question_mark")


async def test_welcome_is_shown_once(tmp_path: Path) -> None:
    store = open_test_store(tmp_path)
    app = make_app(store=store)
    async with running(app) as pilot:
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, WelcomeScreen)
    again = make_app(store=store)
    async with running(again):
        assert not isinstance(again.screen, WelcomeScreen)


async def test_welcome_is_reachable_from_help(tmp_path: Path) -> None:
    async with running(build_test_app(tmp_path)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        await reach(pilot, WelcomeScreen, "w")


async def test_theme_is_remembered(tmp_path: Path) -> None:
    store = open_test_store(tmp_path)
    app = JournalApp(store, show_welcome=False)
    async with running(app) as pilot:
        assert app.theme == "thaw"
        app.theme = "nord"
        await pilot.pause()
    assert store.settings.get("theme") == "nord"
    again = JournalApp(store, show_welcome=False)
    async with running(again):
        assert again.theme == "nord"


async def test_unknown_saved_theme_falls_back_to_calm_default(tmp_path: Path) -> None:
    store = open_test_store(tmp_path)
    store.settings.set("theme", "no-such-theme")
    app = JournalApp(store, show_welcome=False)
    async with running(app):
        assert app.theme == "thaw"


async def test_ctrl_q_quits(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_every_area_renders_at_small_and_large_sizes(tmp_path: Path) -> None:
    for size in ((80, 24), (200, 60)):
        app = build_test_app(tmp_path)
        async with running(app, size) as pilot:
            for key in ("f2", "f3", "f4", "f1"):
                await pilot.press(key)
                await pilot.pause()
                assert app.screen.size.width == size[0]


async def test_opening_the_app_empties_trash_older_than_thirty_days(tmp_path: Path) -> None:
    from journal.models import NewEntry
    from tests.support import FakeClock

    clock = FakeClock()
    store = open_test_store(tmp_path, clock)
    old = store.entries.add(NewEntry(text="trashed long ago"))
    recent = store.entries.add(NewEntry(text="trashed lately"))
    store.entries.trash(old.id)
    clock.advance(days=20)
    store.entries.trash(recent.id)
    clock.advance(days=11)
    async with running(JournalApp(store, show_welcome=False)):
        pass
    remaining = [e.id for e in store.queries.entries(EntryFilter(trashed=True))]
    assert remaining == [recent.id]


async def test_help_lists_keys_of_every_part(tmp_path: Path) -> None:
    async with running(build_test_app(tmp_path)) as pilot:
        help_screen = await reach(pilot, HelpScreen, "f1")
        sections = {str(w.render()) for w in help_screen.query(".help-section")}
        for expected in ("Write: feelings", "Strategies: an exercise", "History: trends"):
            assert expected in sections


async def test_help_says_how_to_choose_in_each_write_list(tmp_path: Path) -> None:
    async with running(build_test_app(tmp_path)) as pilot:
        help_screen = await reach(pilot, HelpScreen, "f1")
        rows: set[tuple[str, str]] = set()
        section = ""
        for child in help_screen.query_one("#help-keys").children:
            if child.has_class("help-section"):
                section = str(child.render())
            else:
                rows.add((section, str(child.query_one(".help-key").render())))
        for section in ("Write: body", "Write: feelings"):
            assert (section, "Enter") in rows, section
        assert ("Write", "Esc") in rows


def test_opening_the_app_without_a_draft_writes_nothing(tmp_path: Path) -> None:
    """Start-up only reads: no write transaction, so sqlite-utils (slow to load) stays unloaded."""
    import subprocess
    import sys

    journal = tmp_path / "journal.db"
    with open_test_store(tmp_path):
        pass
    script = (
        "import asyncio, sys\n"
        "from pathlib import Path\n"
        "from journal.ui.app import make_app\n"
        "async def main():\n"
        "    app = make_app(Path(sys.argv[1]), show_welcome=False)\n"
        "    async with app.run_test(size=(80, 24)) as pilot:\n"
        "        await pilot.pause()\n"
        "asyncio.run(main())\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(journal)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "False"


async def test_only_the_app_a_person_runs_freezes_start_up_objects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    frozen: list[str] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append("frozen"))
    for freeze in (False, True):
        app = make_app(tmp_path / f"{freeze}.db", show_welcome=False, freeze_start_up=freeze)
        async with running(app):
            assert frozen == (["frozen"] if freeze else [])


def test_help_gives_one_line_to_a_key_that_does_things_by_turns() -> None:
    from journal.ui.help_sections import help_sections
    from journal.ui.keys import collect_keys

    exercise = [
        (line.keys, line.description)
        for line in collect_keys(help_sections(JournalApp))
        if line.section == "Strategies: an exercise"
    ]
    assert ("Space", "Pause / Go on") in exercise
    assert [keys for keys, _ in exercise].count("Space") == 1


async def test_the_crisis_key_stays_in_the_top_bar_of_a_narrow_terminal(tmp_path: Path) -> None:
    from journal.ui.widgets.area_bar import CrisisTab

    async with running(build_test_app(tmp_path), (40, 12)) as pilot:
        crisis = pilot.app.screen.query_one(CrisisTab)
        assert crisis.region.width == len("F9 Crisis lines") + 2  # whole, not cut off
        assert crisis.region.right <= 40


@pytest.mark.parametrize("width", [40, 44, 52, 53, 55, 56, 63, 64, 80])
async def test_every_area_key_stays_in_the_top_bar_at_any_width(tmp_path: Path, width: int) -> None:
    from journal.ui.widgets.area_bar import AreaTab, CrisisTab

    async with running(build_test_app(tmp_path), (width, 24)) as pilot:
        await pilot.pause()
        tabs = list(pilot.app.screen.query(AreaTab))
        crisis = pilot.app.screen.query_one(CrisisTab)
        shown = [str(tab.content) for tab in tabs]

        assert [text.split()[0] for text in shown] == ["F2", "F3", "F4"]
        assert all(tab.region.right <= crisis.region.x for tab in tabs)  # none under F9
        assert crisis.region.right <= width
        assert "F2 Write" in shown  # the open area always keeps its name
        if width >= 53:
            assert shown == ["F2 Write", "F3 Strategies", "F4 History"]


async def test_a_longer_name_gives_way_before_it_cuts_a_tab(tmp_path: Path) -> None:
    from journal.ui.widgets.area_bar import AreaTab, CrisisTab

    app = build_test_app(tmp_path)
    app.title = "Thaw · demo"
    async with running(app, (66, 24)) as pilot:
        await pilot.pause()
        crisis = pilot.app.screen.query_one(CrisisTab)
        tabs = list(pilot.app.screen.query(AreaTab))
        assert [str(tab.content) for tab in tabs][-1] == "F4 History"
        assert tabs[-1].region.right <= crisis.region.x
