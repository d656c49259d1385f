"""Opening the app (`journal`, no command) on a file that is not a sound journal, or where
nothing can be written: one clear message, exit status 1, never a traceback, nothing changed.

The store's own refusals are tested in test_store_files.py and the commands' in
test_backup.py; this is the app itself, run in a pseudo-terminal as a person runs it.
A file damaged beyond its first page opens, and fails only when the app reads it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from journal.store import open_store
from journal.store.backup import make_backup
from tests.support import someone_elses_database
from tests.test_backup import MORNING, damage, damaged_later, journal_with
from tests.test_draft_crash import Terminal
from tests.test_store_files import read_only_folder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")


def run_app(db: Path) -> tuple[int, str]:
    """Run `journal --db DB` in a terminal until it ends; its exit status and what it showed."""
    terminal = Terminal(db)
    try:
        code = terminal.process.wait(timeout=30)
        terminal._reader.join(timeout=5)
        return code, terminal.screen_text()
    finally:
        terminal.close()


def squeezed(text: str) -> str:
    """`text` without whitespace, as the terminal's output is compared."""
    return "".join(text.split())


def plain_text(path: Path) -> None:
    path.write_bytes(b"Dear diary,\nthis is a text file, not a database.\n" * 40)


def damaged_first_pages(path: Path) -> None:
    journal_with(path, "one", "two")
    damage(path)


def damaged_late(path: Path) -> None:
    with open_store(path) as store:
        store.settings.set("welcome_seen", True)
    damaged_later(path)


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (plain_text, "is not a journal database"),
        (someone_elses_database, "is an SQLite database, but not a Thaw journal"),
        (damaged_first_pages, "looks damaged"),
        (damaged_late, "looks damaged"),
    ],
    ids=["text-file", "foreign-sqlite", "damaged-early", "damaged-late"],
)
def test_a_file_that_is_not_a_sound_journal(
    tmp_path: Path, make: Callable[[Path], None], says: str
) -> None:
    db = tmp_path / "journal.db"
    good = None
    if make in (damaged_first_pages, damaged_late):
        journal_with(db, "kept safe")
        good = make_backup(db, MORNING)
        db.unlink()
    make(db)
    before = db.read_bytes()

    code, shown = run_app(db)

    assert code == 1, shown[-600:]
    assert squeezed(f"{db} {says}") in shown, shown[-600:]
    assert "Traceback" not in shown and "locals" not in shown
    if good is not None:
        assert squeezed(str(good)) in shown  # the backup to restore is named
    assert db.read_bytes() == before


def test_a_folder_where_the_journal_should_be(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    db.mkdir()
    code, shown = run_app(db)
    assert code == 1
    assert squeezed(f"{db} is a folder, not a journal file.") in shown
    assert "Traceback" not in shown and list(db.iterdir()) == []


@pytest.mark.parametrize("exists", [False, True], ids=["new-journal", "existing-journal"])
def test_a_read_only_folder(tmp_path: Path, exists: bool) -> None:
    folder = tmp_path / "locked"
    db = folder / "journal.db"
    folder.mkdir()
    if exists:
        journal_with(db, "kept")
    before = sorted((p.name, p.read_bytes()) for p in folder.iterdir())

    with read_only_folder(folder):
        code, shown = run_app(db)

    says = f"could not read {db}" if exists else f"could not create a journal at {db}"
    assert code == 1, shown[-600:]
    assert squeezed(says) in shown and "Traceback" not in shown, shown[-600:]
    assert not exists or "read-only?" in shown  # says what may be wrong
    assert sorted((p.name, p.read_bytes()) for p in folder.iterdir()) == before
