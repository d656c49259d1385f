"""Nothing Thaw writes can be read by other people on the computer, whatever the umask.

The journal, its -wal and -shm files, backups, exports, the report, the appointment
summary and the external editor's temporary file are all checked with the usual
umask 0o022 (files 0644, folders 0755 unless a program says otherwise).
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import stat
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from textual import events

from journal.cli import main
from journal.models import NewEntry
from journal.store import open_store
from journal.store.backup import backups_of, daily_backup
from journal.ui.editor import edit_text
from tests.support import build_test_app, press_each, running

EVERYDAY_UMASK = 0o022


@pytest.fixture(autouse=True)
def everyday_umask() -> Iterator[None]:
    """Run each test with umask 0o022, and put the old one back."""
    old = os.umask(EVERYDAY_UMASK)
    try:
        yield
    finally:
        os.umask(old)


def others_can_read(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 != 0


def readable_by_others(folder: Path) -> list[str]:
    """Everything under `folder` (and the folder) that group or others may use."""
    paths = [folder, *folder.rglob("*")]
    return [f"{p} {oct(stat.S_IMODE(p.stat().st_mode))}" for p in paths if others_can_read(p)]


def test_the_journal_its_sidecars_backups_and_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", None)
    data = tmp_path / "data" / "thaw"  # Thaw makes this folder, so it must be private
    db = data / "journal.db"
    assert main(["--db", str(db), "add", "first words"]) == 0
    with open_store(db) as store:  # while open: the -wal and -shm files exist
        store.entries.add(NewEntry(text="second"))
        assert Path(f"{db}-wal").exists() and Path(f"{db}-shm").exists()
        assert readable_by_others(data) == []
        assert main(["--db", str(db), "list"]) == 0  # a second reader meanwhile
        assert readable_by_others(data) == []

    exports = tmp_path / "exports"  # the person's own folder: its mode is theirs
    exports.mkdir()
    old_export = exports / "journal.md"
    old_export.write_text("an older export, readable by all", encoding="utf-8")
    assert others_can_read(old_export)
    for argv in (
        ["export", "-o", str(exports / "journal.json")],
        ["export", "--format", "markdown", "-o", str(old_export)],
        ["export", "--format", "csv", "-o", str(exports / "journal.csv")],
        ["report", "-o", str(exports / "report.md")],
        ["backup"],
        ["import", str(exports / "journal.json")],  # nothing new: no backup needed
    ):
        assert main(["--db", str(db), *argv]) == 0, argv
    assert daily_backup(db, datetime(2030, 1, 1, 9, 0)) is not None  # as the app does daily
    newest = backups_of(db)[0]
    assert main(["--db", str(db), "restore", "--yes", str(newest)]) == 0
    capsys.readouterr()

    assert {p.name for p in exports.iterdir()} == {
        "journal.json",
        "journal.md",
        "journal.csv",
        "report.md",
    }
    assert [p for p in exports.iterdir() if others_can_read(p)] == []
    assert len(backups_of(db)) >= 2  # the daily one, and the one made by hand
    assert readable_by_others(data) == []


def test_an_import_that_adds_makes_a_private_backup(tmp_path: Path) -> None:
    db = tmp_path / "thaw" / "journal.db"
    source = tmp_path / "other.db"
    with open_store(source) as store:
        store.entries.add(NewEntry(text="from elsewhere"))
    exported = tmp_path / "other.json"
    assert main(["--db", str(source), "export", "-o", str(exported)]) == 0
    assert main(["--db", str(db), "add", "mine"]) == 0
    assert main(["--db", str(db), "import", str(exported)]) == 0
    assert backups_of(db)
    assert readable_by_others(db.parent) == []


async def test_the_appointment_summary_even_over_an_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    old = tmp_path / "summary.md"
    old.write_text("old notes", encoding="utf-8")
    assert others_can_read(old)
    app = build_test_app(tmp_path)
    app.store.entries.add(NewEntry(text="felt far away", numbness=7))
    async with running(app) as pilot:
        await press_each(pilot, "f3", "m")
        for name in ("new-summary.md", "summary.md"):
            await pilot.press("s")
            await pilot.pause()
            await pilot.press("ctrl+a", "ctrl+k")
            app.post_message(events.Paste(name))
            await pilot.press("enter")
            await pilot.pause()
            if name == "summary.md":
                await pilot.press("y")  # "There is already a file ... Replace it?"
                await pilot.pause()
    for name in ("new-summary.md", "summary.md"):
        summary = tmp_path / name
        assert summary.read_text(encoding="utf-8").startswith("# My check-ins"), name
        assert not others_can_read(summary), name


RECORDING_EDITOR = (
    "import json, os, stat, sys; p = sys.argv[1]; "
    "m = lambda q: stat.S_IMODE(os.stat(q).st_mode); "
    "open(os.environ['THAW_EDITOR_RECORD'], 'w').write(json.dumps([m(p), m(os.path.dirname(p))]))"
)


def test_the_editors_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record = tmp_path / "modes.json"
    monkeypatch.setenv("THAW_EDITOR_RECORD", str(record))
    monkeypatch.delenv("VISUAL", raising=False)
    editor = f"{shlex.quote(sys.executable)} -c {shlex.quote(RECORDING_EDITOR)}"
    monkeypatch.setenv("EDITOR", editor)

    assert edit_text("private words", contextlib.nullcontext) == "private words"

    file_mode, folder_mode = json.loads(record.read_text(encoding="utf-8"))
    assert file_mode & 0o077 == 0 and folder_mode & 0o077 == 0
