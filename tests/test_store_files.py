"""The journal file itself: where it lives, who may read it, and files that are not ours."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlite_utils import Database

from journal.models import NewEntry
from journal.paths import default_db_path, resolve_db_path
from journal.store import (
    JournalError,
    JournalUnavailableError,
    NotAJournalError,
    open_store,
)
from tests.support import someone_elses_database

REPO_ROOT = Path(__file__).resolve().parent.parent


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def sidecars(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


@contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def real_journal(db_path: Path, clock) -> bytes:
    """A closed journal with enough entries to span many pages; returns its bytes."""
    with open_store(db_path, clock=clock.now) as store:
        for n in range(150):
            store.entries.add(NewEntry(text=f"entry {n} " + "words " * 40))
    assert not sidecars(db_path)
    return db_path.read_bytes()


# Privacy


def test_new_journal_in_missing_folders_is_private(tmp_path: Path, clock) -> None:
    path = tmp_path / "a" / "b" / "c" / "journal.db"

    with umask(0o000):  # even with a careless umask, nothing may be readable by others
        with open_store(path, clock=clock.now) as store:
            store.entries.add(NewEntry(text="private"))
            assert mode(path) == 0o600
            for sidecar in (Path(f"{path}-wal"), Path(f"{path}-shm")):
                assert sidecar.exists(), sidecar
                assert mode(sidecar) == 0o600, sidecar

    for folder in (tmp_path / "a", tmp_path / "a" / "b", path.parent):
        assert mode(folder) == 0o700, folder


def test_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)

    open_store(shared / "journal.db").close()

    assert mode(shared) == 0o755
    assert mode(shared / "journal.db") == 0o600


def test_thaws_own_data_folder_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "thaw"
    folder.mkdir()
    folder.chmod(0o755)

    open_store(folder / "journal.db").close()

    assert mode(folder) == 0o700


def test_an_existing_journal_file_is_made_private_again(db_path: Path) -> None:
    open_store(db_path).close()
    db_path.chmod(0o644)

    open_store(db_path).close()

    assert mode(db_path) == 0o600


# Where the journal lives


def test_db_flag_wins_over_environment(tmp_path: Path) -> None:
    chosen = resolve_db_path(str(tmp_path / "flag.db"), {"JOURNAL_DB": str(tmp_path / "env.db")})

    assert chosen == tmp_path / "flag.db"


def test_environment_variable_is_used_without_flag(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("JOURNAL_DB", str(tmp_path / "env.db"))

    assert resolve_db_path(None) == tmp_path / "env.db"
    assert resolve_db_path(None, {"JOURNAL_DB": str(tmp_path / "other.db")}) == (
        tmp_path / "other.db"
    )


def test_flag_and_environment_paths_are_expanded_and_absolute(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)

    assert resolve_db_path("~/j.db", {}) == tmp_path / "home" / "j.db"
    assert resolve_db_path("rel/j.db", {}) == tmp_path / "rel" / "j.db"
    assert resolve_db_path(None, {"JOURNAL_DB": "~/e.db"}) == tmp_path / "home" / "e.db"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are the Linux convention")
def test_default_is_in_the_xdg_data_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("JOURNAL_DB", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    assert resolve_db_path(None) == tmp_path / "data" / "thaw" / "journal.db"
    assert resolve_db_path("", {}) == tmp_path / "data" / "thaw" / "journal.db"
    assert not (tmp_path / "data").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are the Linux convention")
def test_default_falls_back_to_home_local_share(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("JOURNAL_DB", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))

    expected = tmp_path / "home" / ".local" / "share" / "thaw" / "journal.db"
    assert default_db_path() == expected
    assert resolve_db_path(None) == expected


def test_importing_the_store_creates_nothing(tmp_path: Path) -> None:
    home, data, work = tmp_path / "home", tmp_path / "data", tmp_path / "cwd"
    for folder in (home, data, work):
        folder.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "JOURNAL_DB" and not k.startswith("XDG_")}
    env |= {
        "HOME": str(home),
        "XDG_DATA_HOME": str(data),
        "PYTHONPATH": str(REPO_ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    code = (
        "import journal.paths, journal.store, journal.store.schema, journal.store.connection\n"
        "print(journal.paths.resolve_db_path())\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", code], cwd=work, env=env, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(data / "thaw" / "journal.db")
    assert [p for p in tmp_path.rglob("*") if p not in (home, data, work)] == []


# Files that are not (or no longer) a journal


@pytest.mark.parametrize(
    "content",
    [b"Dear diary,\nthis is plain text.\n", b"hi", b"\x00" * 4096, b"SQLite format 2\x00rest"],
    ids=["text", "tiny", "zeros", "almost-sqlite"],
)
def test_a_file_that_is_not_sqlite_is_refused_and_untouched(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    db_path.chmod(0o644)
    before = snapshot(db_path)

    with pytest.raises(NotAJournalError) as caught:
        open_store(db_path)

    assert snapshot(db_path) == before
    assert mode(db_path) == 0o644
    assert not sidecars(db_path)
    assert db_path.name in str(caught.value)


def _foreign_notes(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('not yours')")
    conn.commit()
    conn.close()


def _foreign_migrations(path: Path) -> None:
    """Another sqlite-utils program's database, with its own migration set."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations("someone-else")

    @migrations()
    def m001(db: Database) -> None:
        db["things"].insert({"name": "thing"})

    db = Database(path)
    migrations.apply(db)
    db.close()


@pytest.mark.parametrize("make", [_foreign_notes, someone_elses_database, _foreign_migrations])
def test_someone_elses_sqlite_database_is_refused_and_untouched(db_path: Path, make) -> None:
    make(db_path)
    before = snapshot(db_path)

    with pytest.raises(NotAJournalError) as caught:
        open_store(db_path)

    assert snapshot(db_path) == before
    assert not sidecars(db_path)
    assert db_path.name in str(caught.value)


def _overwrite_page_one_btree(data: bytes) -> bytes:
    """Scribble over page 1 after its 100-byte file header: the schema's b-tree."""
    return data[:100] + b"\xa5" * (4096 - 100) + data[4096:]


@pytest.mark.parametrize(
    "damage",
    [
        _overwrite_page_one_btree,
        lambda data: data[:4096],
        lambda data: data[: len(data) // 2],
        lambda data: data[:50],
        lambda data: data[:100],
    ],
    ids=["page-1-overwritten", "only-page-1", "half", "half-header", "header-only"],
)
def test_a_damaged_journal_is_refused_and_untouched(db_path: Path, real_journal, damage) -> None:
    db_path.write_bytes(damage(real_journal))
    before = snapshot(db_path)

    with pytest.raises(JournalError) as caught:
        open_store(db_path)

    assert isinstance(caught.value, NotAJournalError | JournalUnavailableError)
    assert db_path.name in str(caught.value)
    assert snapshot(db_path) == before
    assert not sidecars(db_path)


def test_a_damaged_journal_error_names_the_backups(db_path: Path, real_journal) -> None:
    backups = db_path.parent / "backups"
    backups.mkdir()
    older = backups / "journal-2024-03-01.db"
    newer = backups / "journal-2024-03-08.db"
    for backup in (older, newer):
        backup.write_bytes(real_journal)
    db_path.write_bytes(_overwrite_page_one_btree(real_journal))

    with pytest.raises(NotAJournalError) as caught:
        open_store(db_path)

    assert caught.value.backups == [newer, older]
    assert str(newer) in str(caught.value)


def test_an_empty_file_becomes_a_new_journal(db_path: Path) -> None:
    db_path.touch()

    with open_store(db_path) as store:
        assert store.entries.add(NewEntry(text="first")).text == "first"


def test_a_folder_in_place_of_the_file_is_refused(db_path: Path) -> None:
    db_path.mkdir()

    with pytest.raises(JournalUnavailableError):
        open_store(db_path)


def test_create_false_refuses_a_missing_journal_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "journal.db"

    with pytest.raises(JournalUnavailableError):
        open_store(path, create=False)

    assert not path.parent.exists()


# Read-only folders


@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make `folder` unwritable. Root ignores mode bits, so use the immutable flag there."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(0o700)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root (mode bits not enforced) and chattr is not available")
    made = subprocess.run([chattr, "+i", str(folder)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"running as root and cannot make a folder immutable: {made.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_a_new_journal_in_a_read_only_folder_is_unavailable(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()

    with read_only_folder(folder):
        with pytest.raises(JournalUnavailableError) as caught:
            open_store(folder / "journal.db")
        with pytest.raises(JournalUnavailableError):
            open_store(folder / "deeper" / "journal.db")

    assert "journal.db" in str(caught.value)
    assert list(folder.iterdir()) == []


def test_an_existing_journal_in_a_read_only_folder_is_unavailable(tmp_path: Path, clock) -> None:
    folder = tmp_path / "locked"
    path = folder / "journal.db"
    with open_store(path, clock=clock.now) as store:
        store.entries.add(NewEntry(text="kept"))
    before = snapshot(path)

    with read_only_folder(folder):
        with pytest.raises(JournalUnavailableError) as caught:
            open_store(path)

    assert path.name in str(caught.value)
    assert snapshot(path) == before


# Two writers on one file


def test_two_threads_with_their_own_store_can_both_write(db_path: Path, clock) -> None:
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            start.wait(timeout=10)
            with open_store(db_path, clock=clock.now) as store:
                for n in range(100):
                    store.entries.add(NewEntry(text=f"{name} {n}"))
        except BaseException as error:  # reported below, from the main thread
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("left", "right")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    with open_store(db_path, clock=clock.now) as store:
        assert store.entries.count() == 200
        keys = store.connection.query("SELECT count(DISTINCT sort_key) FROM entries")[0][0]
        assert keys == 200  # every entry has the same time, yet none collided
        assert store.connection.query("SELECT count(*) FROM entry_fts")[0][0] == 200
