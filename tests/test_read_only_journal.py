"""A journal its owner made read-only stays read-only: reading works, saving says why not.

The owner's write bit decides, so these tests give the same answers when run as root
(who could write the file anyway) as for anyone else.
"""

from __future__ import annotations

import io
import json
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from journal import cli
from journal.models import NewEntry
from journal.paths import create_private_file, ensure_private_dir, make_private
from journal.store import open_store
from journal.store.backup import make_backup
from tests.support import run_cli

READ_ONLY = 0o400


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A journal with one entry, closed (no -wal left), then made read-only by its owner."""
    path = tmp_path / "j.db"
    with open_store(path) as store:
        store.entries.add(NewEntry(text="kept as it was"))
    path.chmod(READ_ONLY)
    return path


def assert_refused(code: int, err: str, db: Path) -> None:
    """One plain line that says read-only, and how to make it writable."""
    assert code == 1
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert f"Your journal at {db} is read-only" in err and f"chmod u+w {db}" in err
    assert "Traceback" not in err and "attempt to write" not in err


def test_keeping_files_private_only_ever_takes_permissions_away(tmp_path: Path) -> None:
    cases = {0o400: 0o400, 0o444: 0o400, 0o644: 0o600, 0o604: 0o600, 0o600: 0o600}
    for before, after in cases.items():
        path = tmp_path / f"file-{before:o}"
        path.write_text("x")
        path.chmod(before)
        make_private(path)
        assert mode(path) == after, oct(before)
        path.chmod(before)
        create_private_file(path)  # already there: made private, never widened
        assert mode(path) == after, oct(before)
    own = tmp_path / "thaw"
    own.mkdir(mode=0o755)
    own.chmod(0o555)
    ensure_private_dir(own)
    assert mode(own) == 0o500


def test_reading_commands_work_and_leave_the_file_as_it_was(
    db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = db.read_bytes()
    exported = tmp_path / "out.json"
    for argv in (
        ["list", "--all"],
        ["search", "kept"],
        ["export", "-o", str(exported)],
        ["report", "-o", str(tmp_path / "report.md")],
        ["check"],
        ["backup"],
    ):
        code, out, err = run_cli(capsys, "--db", str(db), *argv)
        assert code == 0, (argv, err)
        assert mode(db) == READ_ONLY, argv
    assert db.read_bytes() == before
    assert [e["text"] for e in json.loads(exported.read_text())["entries"]] == ["kept as it was"]


def test_add_says_so_before_reading_any_words(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = io.StringIO("words typed into a journal that cannot keep them")
    monkeypatch.setattr(sys, "stdin", typed)
    before = db.read_bytes()
    code, _out, err = run_cli(capsys, "--db", str(db), "add")
    assert_refused(code, err, db)
    assert typed.tell() == 0  # never asked for, so never lost
    assert db.read_bytes() == before and mode(db) == READ_ONLY


def test_import_and_restore_say_so_and_change_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    exported = tmp_path / "out.json"
    assert run_cli(capsys, "--db", str(db), "export", "-o", str(exported))[0] == 0
    other = tmp_path / "other.db"
    with open_store(other) as store:
        store.entries.add(NewEntry(text="from elsewhere"))
    backup = make_backup(other)
    before = db.read_bytes()
    for argv in (["import", str(exported)], ["restore", "--yes", str(backup)]):
        code, _out, err = run_cli(capsys, "--db", str(db), *argv)
        assert_refused(code, err, db)
    assert db.read_bytes() == before and mode(db) == READ_ONLY


def test_restore_says_so_before_asking_anything(
    db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def asked(question: str) -> bool:
        raise AssertionError(f"asked {question!r} about a journal that cannot change")

    monkeypatch.setattr("journal.commands.backup_cmd._confirm", asked)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    other = tmp_path / "other.db"
    with open_store(other) as store:
        store.entries.add(NewEntry(text="from elsewhere"))
    code, out, err = run_cli(capsys, "--db", str(db), "restore", str(make_backup(other)))
    assert_refused(code, err, db)
    assert "holds" not in out + err  # nothing about the backup before the refusal


def test_the_app_says_so_instead_of_opening(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def opened(self: object) -> None:
        raise AssertionError("the app opened on a read-only journal")

    monkeypatch.setattr("journal.ui.app.JournalApp.run", opened)
    before = db.read_bytes()
    assert cli.run_app(str(db)) == 1
    assert_refused(1, capsys.readouterr().err, db)
    assert db.read_bytes() == before and mode(db) == READ_ONLY


def test_a_read_only_journal_opened_to_read_can_never_be_written(db: Path) -> None:
    before = db.read_bytes()
    with open_store(db, create=False) as store:
        assert [e.text for e in store.queries.entries()] == ["kept as it was"]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.entries.add(NewEntry(text="not kept"))
    assert db.read_bytes() == before and mode(db) == READ_ONLY
