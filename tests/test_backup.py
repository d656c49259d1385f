"""Backups (daily, kept seven, private), restore, check, and damaged files left untouched."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal import cli
from journal.models import NewEntry
from journal.store import open_store
from journal.store.backup import (
    KEEP,
    BackupError,
    backups_of,
    check_health,
    daily_backup,
    make_backup,
)
from tests.support import run_cli

MORNING = datetime(2025, 11, 27, 8, 0, 0)  # before any backup made at the real time


def journal_with(path: Path, *texts: str) -> Path:
    with open_store(path) as store:
        for text in texts:
            store.entries.add(NewEntry(text=text))
    return path


def texts_in(path: Path) -> list[str]:
    with open_store(path, create=False) as store:
        return sorted(entry.text for entry in store.queries.entries())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return journal_with(tmp_path / "j.db", "one", "two")


def test_a_backup_is_a_private_copy_named_by_time(db: Path) -> None:
    made = make_backup(db, MORNING)
    assert made == db.parent / "backups" / "j-20251127-080000.db"
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert texts_in(made) == ["one", "two"]
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]


def test_the_seven_newest_are_kept_and_other_files_left_alone(db: Path) -> None:
    (db.parent / "backups").mkdir()
    unrelated = db.parent / "backups" / "j-my-own-copy.db"
    unrelated.write_text("mine")
    for hour in range(10):
        make_backup(db, MORNING + timedelta(hours=hour))
    kept = backups_of(db)
    assert len(kept) == KEEP
    assert kept[0].name == "j-20251127-170000.db" and kept[-1].name == "j-20251127-110000.db"
    assert unrelated.read_text() == "mine"


def test_a_daily_backup_happens_at_most_once_a_day(db: Path) -> None:
    assert daily_backup(db, MORNING) is not None
    assert daily_backup(db, MORNING + timedelta(hours=10)) is None
    assert daily_backup(db, MORNING + timedelta(days=1)) is not None
    assert len(backups_of(db)) == 2


def test_opening_the_app_makes_the_daily_backup_in_the_background(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class QuietApp:
        return_code = 0

        def run(self) -> None:
            """Stands in for the Textual app."""

    asked: dict[str, object] = {}

    def quiet_app(path: Path, **options: object) -> QuietApp:
        asked.update(options)
        return QuietApp()

    monkeypatch.setattr("journal.ui.app.make_app", quiet_app)
    assert cli.run_app(str(db)) == 0
    assert len(backups_of(db)) == 1
    assert asked == {"freeze_start_up": True}  # the app a person runs


def test_a_damaged_journal_is_not_backed_up_over_good_backups(db: Path) -> None:
    good = make_backup(db, MORNING)
    damage(db)
    with pytest.raises(BackupError):
        make_backup(db, MORNING + timedelta(days=1))
    assert backups_of(db) == [good]
    assert [p.name for p in good.parent.iterdir()] == [good.name]


def test_backup_command(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _err = run_cli(capsys, "--db", str(db), "backup")
    (made,) = backups_of(db)
    assert (
        code == 0 and out == f"Backed up your journal to {made}. The 7 newest backups are kept.\n"
    )


def test_restore_asks_and_keeps_the_journal_it_replaces(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = make_backup(db, MORNING)
    journal_with(db, "three")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda question: "n")
    code, out, _err = run_cli(capsys, "--db", str(db), "restore", str(old))
    assert code == 0 and out.endswith("Nothing was changed.\n")
    assert texts_in(db) == ["one", "three", "two"]
    questions: list[str] = []
    monkeypatch.setattr("builtins.input", lambda question: questions.append(question) or "y")
    code, out, _err = run_cli(capsys, "--db", str(db), "restore", str(old))
    assert code == 0 and "Restored." in out
    assert questions == ["Put the backup in place of your journal? [y/N] "]
    assert f"Your journal at {db} holds 3 entries" in out
    assert texts_in(db) == ["one", "two"]
    newest = backups_of(db)[0]
    assert newest != old and texts_in(newest) == ["one", "three", "two"]
    assert f"The journal it replaced is kept at {newest}." in out
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_restore_without_a_terminal_needs_yes(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = make_backup(db, MORNING)
    journal_with(db, "three")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _out, err = run_cli(capsys, "--db", str(db), "restore", str(old))
    assert code == 1 and "Add --yes" in err
    assert texts_in(db) == ["one", "three", "two"]
    assert run_cli(capsys, "--db", str(db), "restore", "--yes", str(old))[0] == 0
    assert texts_in(db) == ["one", "two"]


def test_restore_refuses_what_is_not_a_journal(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE entries (x)").connection.commit()
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    before = db.read_bytes()
    for file in (other, notes, tmp_path / "missing.db", db):
        code, _out, err = run_cli(capsys, "--db", str(db), "restore", "--yes", str(file))
        assert code == 1 and str(file) in err, err
    assert db.read_bytes() == before


def test_restore_over_a_damaged_journal_sets_it_aside(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    good = make_backup(db, MORNING)
    damage(db)
    damaged_bytes = db.read_bytes()
    assert run_cli(capsys, "--db", str(db), "restore", "--yes", str(good))[0] == 0
    assert texts_in(db) == ["one", "two"]
    (aside,) = db.parent.glob("j.db.unreadable-????????-??????")
    assert aside.read_bytes() == damaged_bytes


def test_check_reports_a_healthy_journal_and_its_backups(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    made = make_backup(db, MORNING)
    code, out, _err = run_cli(capsys, "--db", str(db), "check")
    assert code == 0
    assert f"Your journal at {db} is healthy: 2 entries, the newest written on " in out
    assert f"  {made}" in out
    assert check_health(db).ok


def damage(path: Path) -> None:
    """Scribble over everything after the first page, as a failing disk might."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:] = b"\xa5" * (len(data) - page)
    path.write_bytes(bytes(data))


def damaged_later(path: Path) -> None:
    """Damage only the pages at the end of a bigger journal, so it opens but fails to read."""
    with open_store(path) as store:
        for number in range(400):
            store.entries.add(NewEntry(text=f"entry {number} " + "words " * 40))
    data = bytearray(path.read_bytes())
    half = len(data) // 2
    data[half:] = b"\x00\xff" * ((len(data) - half) // 2)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["not sqlite", "after the first page", "later pages"])
@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["search", "entry"],
        ["add", "hello"],
        ["export", "--format", "markdown"],
        ["report"],
        ["check"],
        ["backup"],
    ],
)
def test_a_damaged_file_is_named_with_its_backups_and_left_byte_for_byte(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, how: str, argv: list[str]
) -> None:
    db = journal_with(tmp_path / "j.db", "one")
    good = make_backup(db, MORNING)
    if how == "not sqlite":
        db.write_bytes(b"Dear diary, this is a text file.\n" * 50)
    elif how == "after the first page":
        damage(db)
    else:
        damaged_later(db)
    before = db.read_bytes()
    code, out, err = run_cli(capsys, "--db", str(db), *argv)
    assert code == 1, (out, err)
    assert str(db) in err and "Traceback" not in err
    if argv[0] != "backup":
        assert str(good) in err
    assert db.read_bytes() == before


def test_the_app_refuses_a_damaged_file_and_leaves_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = journal_with(tmp_path / "j.db", "one")
    good = make_backup(db, MORNING)
    damage(db)
    before = db.read_bytes()
    assert cli.run_app(str(db)) == 1
    err = capsys.readouterr().err
    assert str(db) in err and str(good) in err
    assert db.read_bytes() == before
    assert backups_of(db) == [good]
