"""A journal open in the app keeps its locks, whatever else in the process opens it.

Closing any descriptor of a file drops every POSIX lock the process holds on it.
When Trends' second connection read the file's first bytes with open(), the app's
locks went with it; the next reader in another process then deleted the WAL, and
the app's later saves were lost (journal.store.probe).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journal.models import NewEntry
from journal.store import open_store
from journal.store.backup import check_health
from journal.store.errors import NotAJournalError

COUNT_FROM_ANOTHER_PROCESS = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1])\n"
    "print(conn.execute('SELECT count(*) FROM entries').fetchone()[0])\n"
    "conn.close()\n"
)


def count_elsewhere(path: Path) -> int:
    """How many entries another process finds (it opens and closes the journal, as
    `journal list` does while the app is open)."""
    done = subprocess.run(
        [sys.executable, "-c", COUNT_FROM_ANOTHER_PROCESS, str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


def test_saves_after_a_second_connection_reach_other_processes(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    with open_store(path) as app:
        app.entries.add(NewEntry(text="one"))
        with open_store(path, create=False) as trends:  # as the Trends screen reads
            trends.trends.overview(app.connection.now())
        assert count_elsewhere(path) == 1
        app.entries.add(NewEntry(text="two"))
        assert count_elsewhere(path) == 2
        assert Path(f"{path}-wal").exists()  # never folded away under the open app


APP_KILLED_AFTER_A_READ_ELSEWHERE = (
    "import os, subprocess, sys\n"
    "from pathlib import Path\n"
    "from journal.models import NewEntry\n"
    "from journal.store import open_store\n"
    "path = Path(sys.argv[1])\n"
    "app = open_store(path)\n"
    "app.entries.add(NewEntry(text='one'))\n"
    "open_store(path, create=False).close()\n"
    "subprocess.run([sys.executable, '-c', sys.argv[2], str(path)], check=True)\n"
    "app.entries.add(NewEntry(text='two'))\n"
    "os._exit(0)  # no clean close, as when the terminal is closed\n"
)


def test_saves_survive_a_killed_app_after_another_process_read(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    subprocess.run(
        [
            sys.executable,
            "-c",
            APP_KILLED_AFTER_A_READ_ELSEWHERE,
            str(path),
            COUNT_FROM_ANOTHER_PROCESS,
        ],
        check=True,
        capture_output=True,
    )
    with open_store(path) as again:
        assert again.entries.count() == 2


@pytest.mark.parametrize("content", [b"hello", b"SQLite format 2\x00" + b"\x00" * 200])
def test_a_file_that_is_not_a_database_is_still_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "journal.db"
    path.write_bytes(content)
    with pytest.raises(NotAJournalError):
        open_store(path)
    assert path.read_bytes() == content
    assert check_health(path).problems == ("it is not an SQLite database",)
