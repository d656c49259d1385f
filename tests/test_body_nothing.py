"""The body check's "Nothing right now" answer is kept with the saved entry, everywhere."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from textual.widgets import Static

from journal.checkin import CheckIn
from journal.models import BodyNote, NewEntry
from journal.store import Store, open_store
from journal.transfer.csv_format import COLUMNS, write_csv
from journal.transfer.markdown import write_markdown
from journal.transfer.report import appointment_report
from journal.ui.screens.entry import EntryScreen
from tests.history_support import open_history
from tests.support import build_test_app, reach, run_cli, running, text_of, write_screen

TZ = timezone(timedelta(hours=1))
START = datetime(2026, 11, 20, 9, 30, tzinfo=TZ)
NOTHING_SAID = "You checked in and noticed nothing right now. That is an answer too."


@pytest.fixture
def store(tmp_path: Path):  # noqa: ANN201
    with open_store(tmp_path / "j.db", clock=lambda: START + timedelta(days=7)) as opened:
        yield opened


def add_both_kinds(store: Store) -> None:
    """An entry answered "nothing right now" and one with a body note, a day apart."""
    store.entries.add(NewEntry(text="flat", numbness=8, body_nothing=True, created_at=START))
    store.entries.add(
        NewEntry(
            text="tight",
            body_notes=(BodyNote("chest", "tight"),),
            created_at=START + timedelta(days=1),
        )
    )


# The store


def test_the_store_keeps_the_answer_and_an_edit_can_change_it(store: Store) -> None:
    saved = store.entries.add(NewEntry(text="flat", body_nothing=True))
    assert store.entries.get(saved.id).body_nothing
    assert [e.body_nothing for e in store.queries.entries()] == [True]

    store.entries.update(saved.id, NewEntry(text="flat", body_notes=(BodyNote("chest"),)))
    changed = store.entries.get(saved.id)
    assert not changed.body_nothing and changed.body_notes == (BodyNote("chest"),)

    store.entries.update(saved.id, NewEntry(text="flat", body_nothing=True))
    assert store.entries.get(saved.id).body_nothing


def test_nothing_right_now_and_body_notes_are_never_stored_together(store: Store) -> None:
    both = NewEntry(body_nothing=True, body_notes=(BodyNote("chest", "tight"),))
    saved = store.entries.add(both)
    assert saved.body_nothing and saved.body_notes == ()
    assert store.entries.update(saved.id, both).body_notes == ()


# The check-in


def test_a_checkin_saves_the_answer_and_an_edit_opens_with_it(store: Store) -> None:
    set_aside = (BodyNote("chest", "tight"),)
    checkin = CheckIn(numbness=7, body=set_aside, body_nothing=True)
    new = checkin.to_new_entry()
    assert new.body_nothing and new.body_notes == ()

    reopened = CheckIn.from_entry(store.entries.add(new))
    assert reopened.body_nothing and reopened.body == ()
    assert CheckIn.from_state(reopened.to_state()).body_nothing
    assert reopened.to_new_entry().body_nothing


def test_a_checkin_with_body_notes_is_not_nothing(store: Store) -> None:
    notes = (BodyNote("chest", "tight"),)
    new = CheckIn(body=notes).to_new_entry()
    assert not new.body_nothing and new.body_notes == notes
    assert not CheckIn.from_entry(store.entries.add(new)).body_nothing


# Exports and imports


def export_json(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    code, out, err = run_cli(capsys, "--db", str(db), "export", "--format", "json")
    assert code == 0, err
    return out


def test_json_writes_the_answer_only_when_given_and_round_trips(
    capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path
) -> None:
    add_both_kinds(store)
    first = export_json(capsys, store.connection.path)
    nothing, noted = json.loads(first)["entries"]
    assert nothing["body_nothing"] is True and nothing["body_notes"] == []
    assert "body_nothing" not in noted

    file = tmp_path / "export.json"
    file.write_text(first, encoding="utf-8")
    copy = tmp_path / "copy.db"
    assert run_cli(capsys, "--db", str(copy), "import", str(file))[0] == 0
    assert export_json(capsys, copy) == first
    with open_store(copy) as imported:
        assert [e.body_nothing for e in imported.queries.entries()] == [False, True]


def test_an_export_without_the_field_imports_as_not_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    file = tmp_path / "old.json"
    entry = {"created_at": START.isoformat(), "text": "from an older Thaw"}
    file.write_text(json.dumps({"format": "thaw-journal", "format_version": 1, "entries": [entry]}))
    db = tmp_path / "j.db"
    assert run_cli(capsys, "--db", str(db), "import", str(file))[0] == 0
    with open_store(db) as store:
        assert [e.body_nothing for e in store.queries.entries()] == [False]


def test_importing_the_answer_again_adds_nothing(
    capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path
) -> None:
    """An entry's identity is its second and its text, as before: the same entry exported
    before this answer was kept (no field) is still found already here."""
    add_both_kinds(store)
    document = json.loads(export_json(capsys, store.connection.path))
    for entry in document["entries"]:
        entry.pop("body_nothing", None)
    file = tmp_path / "older.json"
    file.write_text(json.dumps(document), encoding="utf-8")
    code, out, _err = run_cli(capsys, "--db", str(store.connection.path), "import", str(file))
    assert code == 0 and out.startswith("Nothing new")
    assert store.entries.count() == 2


def test_markdown_and_csv_say_nothing_right_now(store: Store) -> None:
    add_both_kinds(store)
    markdown = io.StringIO()
    write_markdown(store, markdown)
    assert "- Body: nothing right now\n" in markdown.getvalue()
    assert "- Body: chest, tight\n" in markdown.getvalue()

    table = io.StringIO()
    write_csv(store, table)
    rows = list(csv.DictReader(io.StringIO(table.getvalue()), fieldnames=COLUMNS))[1:]
    assert [row["body"] for row in rows] == ["nothing right now", "chest:tight"]


def test_the_report_counts_check_ins_that_noticed_nothing(store: Store) -> None:
    add_both_kinds(store)
    store.entries.add(NewEntry(body_nothing=True, created_at=START + timedelta(days=2)))
    report = appointment_report(store)
    body = report.split("## What I noticed in my body\n\n")[1].split("\n\n")[0]
    assert body == "- Chest: tight (1)\n- Nothing noticed: 2 check-ins"


def test_the_report_body_section_can_hold_only_nothing_noticed(store: Store) -> None:
    store.entries.add(NewEntry(body_nothing=True, created_at=START))
    assert "## What I noticed in my body\n\n- Nothing noticed: 1 check-in\n" in (
        appointment_report(store)
    )


# The app


async def test_answering_nothing_right_now_in_write_is_saved_and_shown(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("6", "ctrl+n")  # numbness, then on to the body
        await pilot.pause()
        await pilot.press("tab", "tab", "space", "ctrl+s")  # tick "Nothing right now", save
        await pilot.pause()
        entry = app.store.entries.get(1)
        assert entry.numbness == 6 and entry.body_nothing and entry.body_notes == ()
        assert text_of(app, "#ack").startswith("Saved. Today you checked in with your body.")

        await open_history(pilot)
        view = await reach(pilot, EntryScreen, "enter", settled=True)
        shown = [str(static.render()) for static in view.query(Static)]
        assert shown[shown.index("In your body") + 1] == NOTHING_SAID

        await pilot.press("e")  # edit it in Write: the answer comes back, and stays saved
        await pilot.pause()
        assert write_screen(app).collect().body_nothing
        await pilot.press("x", "ctrl+s")
        await pilot.pause()
        edited = app.store.entries.get(1)
        assert edited.body_nothing and edited.text == "x"


async def test_an_entry_with_body_notes_does_not_say_nothing(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    app.store.entries.add(NewEntry(text="tight", body_notes=(BodyNote("chest", "tight"),)))
    async with running(app) as pilot:
        await open_history(pilot)
        view = await reach(pilot, EntryScreen, "enter", settled=True)
        shown = [str(static.render()) for static in view.query(Static)]
        assert "Chest: tight" in shown and NOTHING_SAID not in shown
