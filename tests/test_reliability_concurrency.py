"""Two writers at once: every save lands, the file stays sound, and "locked" is never shown.

Real processes share one journal file, as when the app is open and `journal add` runs
in another terminal. SQLite lets one write at a time; Thaw waits its turn (busy timeout
and retries), so nobody ever sees "database is locked".
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from journal.models import NewEntry
from journal.store import open_store
from tests.support import build_test_app, running
from tests.test_reliability_crash import REPO_ROOT, assert_journal_sound

PER_PROCESS = 500
CLI_ADDS = 12
TIMEOUT = 120.0


def add_many(db: str, label: str, count: int, go: str) -> None:
    """A child process: wait for the start signal, then save `count` entries one by one."""
    while not Path(go).exists():
        time.sleep(0.001)
    with open_store(Path(db)) as store:
        for n in range(count):
            store.entries.add(NewEntry(text=f"{label} {n}", tags=(label,)))


def test_two_processes_each_saving_500_end_with_1000(tmp_path: Path) -> None:
    db, go = tmp_path / "journal.db", tmp_path / "go"  # a new journal: both create it at once
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from tests.test_reliability_concurrency import add_many; "
                f"add_many({str(db)!r}, {label!r}, {PER_PROCESS}, {str(go)!r})",
            ],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for label in ("left", "right")
    ]
    go.touch()
    for child in children:
        out, err = child.communicate(timeout=TIMEOUT)
        assert child.returncode == 0, err
        assert "locked" not in (out + err).lower()

    assert_journal_sound(db).close()
    with open_store(db) as store:
        assert store.entries.count() == 2 * PER_PROCESS
        for label in ("left", "right"):
            texts = {e.text for e in store.queries.entries() if e.tags == (label,)}
            assert texts == {f"{label} {n}" for n in range(PER_PROCESS)}


def _add_loop(db: Path, label: str, failures: list[str]) -> None:
    """Run `journal add` CLI_ADDS times, one process after another, noting any trouble."""
    env = {k: v for k, v in os.environ.items() if k != "JOURNAL_DB"}
    for n in range(CLI_ADDS):
        done = subprocess.run(
            [sys.executable, "-m", "journal", "--db", str(db), "add", f"{label} {n}"],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
        if done.returncode != 0 or "locked" in (done.stdout + done.stderr).lower():
            failures.append(f"{label} {n}: {done.returncode} {done.stderr.strip()}")


def test_two_journal_add_loops_never_say_locked(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    failures: list[str] = []
    loops = [threading.Thread(target=_add_loop, args=(db, side, failures)) for side in "ab"]
    for loop in loops:
        loop.start()
    for loop in loops:
        loop.join(timeout=TIMEOUT)

    assert failures == []
    assert_journal_sound(db).close()
    with open_store(db) as store:
        assert {e.text for e in store.queries.entries()} == {
            f"{side} {n}" for side in "ab" for n in range(CLI_ADDS)
        }


def test_opening_a_new_journal_waits_while_another_process_writes_it(tmp_path: Path) -> None:
    """Switching a brand-new file to WAL gets "locked" at once, with no busy wait, while another
    connection is writing it: opening must wait its turn, not fail."""
    db = tmp_path / "journal.db"
    db.touch()
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, other.execute, args=("COMMIT",))
    release.start()
    try:
        with open_store(db) as store:
            store.entries.add(NewEntry(text="still saved"))
    finally:
        release.join()
        other.close()
    with open_store(db) as store:
        assert [e.text for e in store.queries.entries()] == ["still saved"]


async def test_a_save_in_the_app_waits_for_another_writer_without_a_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = build_test_app(tmp_path)
    said: list[str] = []
    notify = app.notify
    monkeypatch.setattr(
        app, "notify", lambda message, **kw: said.append(message) or notify(message, **kw)
    )
    other = sqlite3.connect(tmp_path / "journal.db", isolation_level=None, check_same_thread=False)
    async with running(app) as pilot:
        await pilot.press("ctrl+w", *"waited")
        other.execute("BEGIN IMMEDIATE")  # another process is in the middle of a save
        release = threading.Timer(0.5, other.execute, args=("COMMIT",))
        release.start()
        await pilot.press("ctrl+s")
        await pilot.pause()
        release.join()
        assert said == []
        assert [e.text for e in app.store.queries.entries()] == ["waited"]
    other.close()
