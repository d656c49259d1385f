"""`journal --demo`: a few weeks of gentle sample check-ins in a throwaway, private journal."""

from __future__ import annotations

import io
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from textual.widgets import Static

from journal.cli import main
from journal.commands.demo import DEMO_NOTE, DEMO_TITLE
from journal.content import load_body, load_strategies, load_vocabulary
from journal.demo import DEMO_DAYS, fill_demo_journal
from journal.store import open_store
from journal.transfer.json_format import write_json
from journal.ui.widgets.entry_list import EntryList
from tests.support import FakeClock, running, settle, toasts

NOW = datetime(2026, 11, 27, 21, 30, tzinfo=timezone(timedelta(hours=1)))


def demo_export(path: Path) -> str:
    with open_store(path, clock=lambda: NOW) as store:
        fill_demo_journal(store)
        out = io.StringIO()
        write_json(store, out)
    return out.getvalue()


def test_the_demo_is_the_same_every_time(tmp_path: Path) -> None:
    assert demo_export(tmp_path / "a.db") == demo_export(tmp_path / "b.db")


def test_the_demo_covers_a_few_weeks_with_real_content(tmp_path: Path) -> None:
    with open_store(tmp_path / "demo.db", clock=lambda: NOW) as store:
        count = fill_demo_journal(store)
        entries = list(store.transfer.entries_oldest_first())
        attempts = store.strategies.attempts()
        people = store.contacts.all()
    assert 25 <= count == len(entries) <= 50
    assert (NOW - entries[0].created_at).days >= DEMO_DAYS - 3
    assert all(entry.created_at <= NOW for entry in entries)
    words = {w.word for w in load_vocabulary().words}
    assert all(f.word in words and not f.custom for e in entries for f in e.feelings)
    regions = {r.id for r in load_body().regions}
    assert all(n.region in regions for e in entries for n in e.body_notes)
    exercises = {s.id for s in load_strategies().by_category("exercise")}
    assert len(attempts) >= 8 and {a.strategy_id for a in attempts} <= exercises
    assert all(a.numbness_after <= a.numbness_before for a in attempts)  # type: ignore[operator]
    first_week = [e.numbness for e in entries[:7] if e.numbness is not None]
    last_week = [e.numbness for e in entries[-7:] if e.numbness is not None]
    assert sum(first_week) / len(first_week) > sum(last_week) / len(last_week)
    assert len({e.text for e in entries}) > count * 0.8  # varied, not one text repeated
    assert [p.name for p in people] == ["Sam", "Mum"]  # Reach out is not empty in the demo


def test_demo_runs_in_a_private_folder_that_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real.db"
    monkeypatch.setenv("JOURNAL_DB", str(real))
    seen: dict[str, object] = {}

    class LookingApp:
        """Stands in for the Textual app and looks at the journal it was given."""

        def __init__(
            self,
            path: Path,
            *,
            freeze_start_up: bool = False,
            opening_note: tuple[str, str] | None = None,
        ) -> None:
            self.store = open_store(path)
            self.path = path
            seen["freeze_start_up"] = freeze_start_up
            seen["note"] = opening_note

        def run(self) -> None:
            seen["title"] = getattr(self, "title", None)
            seen["folder_mode"] = stat.S_IMODE(self.path.parent.stat().st_mode)
            seen["file_mode"] = stat.S_IMODE(self.path.stat().st_mode)
            seen["entries"] = self.store.entries.count()
            seen["path"] = self.path

    monkeypatch.setattr("journal.ui.app.make_app", LookingApp)
    assert main(["--demo"]) == 0
    assert seen["folder_mode"] == 0o700 and seen["file_mode"] == 0o600
    assert isinstance(seen["entries"], int) and seen["entries"] > 20
    assert seen["freeze_start_up"] is True  # the demo is an app a person runs
    assert seen["title"] == DEMO_TITLE
    assert seen["note"] == ("Demo", DEMO_NOTE)
    assert "deleted when you quit" in DEMO_NOTE
    assert not Path(str(seen["path"])).parent.exists()
    assert not real.exists()
    assert "Your own journal was not touched." in capsys.readouterr().out


async def test_history_shows_the_demo_entries_at_once(tmp_path: Path) -> None:
    from journal.ui.app import make_app

    store = open_store(tmp_path / "demo.db", clock=FakeClock(NOW))
    count = fill_demo_journal(store)
    app = make_app(store=store, show_welcome=False)
    app.title = DEMO_TITLE
    async with running(app) as pilot:
        await pilot.press("f4")
        await settle(pilot)
        assert app.screen.query_one(EntryList).total == count
        assert str(app.screen.query_one(".app-name", Static).content) == DEMO_TITLE


async def test_the_demo_note_waits_until_the_welcome_is_closed(tmp_path: Path) -> None:
    from journal.ui.app import make_app
    from journal.ui.screens.welcome import WelcomeScreen

    app = make_app(tmp_path / "demo.db", opening_note=("Demo", DEMO_NOTE))
    async with running(app) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert toasts(app) == []  # it would cover the welcome's Begin button
        await pilot.press("escape")
        await pilot.pause()
        assert toasts(app) == [DEMO_NOTE]
