"""Killed while saving: after SIGKILL at a random moment the journal is sound and every save whole.

A child process saves, edits, trashes and restores check-ins through the store as fast as
it can, and is killed with SIGKILL (no exit hooks run) at a random moment, round after
round on the same file. Each entry's text says how many feelings, body notes and tags it
was saved with, so a half-written save would show. The real app is also killed just
after Ctrl+S in a pseudo-terminal: the words must be in an entry or in the draft.
(Kill-while-typing is in test_draft_crash.py.)
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal.models import BodyNote, EntryFilter, Feeling, NewEntry
from journal.store import open_store
from journal.store.backup import check_health

REPO_ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 12
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL and a pty")
_SHAPE = re.compile(r"^(\S+) feelings (\d+) notes (\d+) tags (\d+)$")


def checkin(token: str, n: int) -> NewEntry:
    """A check-in whose text counts its own feelings, body notes and tags."""
    feelings = tuple(
        Feeling(f"{token}f{j}", intensity=1 + j % 5, custom=True) for j in range(n % 9)
    )
    notes = tuple(BodyNote("chest", f"{token}s{j}") for j in range(n % 4))
    tags = tuple(f"{token}t{j}" for j in range(n % 5))
    text = f"{token} feelings {len(feelings)} notes {len(notes)} tags {len(tags)}"
    return NewEntry(text=text, numbness=n % 11, feelings=feelings, body_notes=notes, tags=tags)


def save_forever(db: str, label: str) -> None:
    """The child: save, edit, trash, restore and keep a draft, until it is killed."""
    with open_store(Path(db)) as store:
        n = 0
        while True:
            n += 1
            token = f"{label}n{n}"
            saved = store.entries.add(checkin(token, n))
            if n == 1:  # every round keeps at least one save, however slowly it started
                print("ready", flush=True)
            if n % 3 == 0:
                store.entries.update(saved.id, checkin(f"{token}e", n + 1))
            if n % 4 == 0:
                store.entries.trash(saved.id)
            if n % 8 == 0:
                store.entries.restore(saved.id)
            store.drafts.save(f"draft {token}", {"version": 1, "step": "write"})


def start_child(db: Path, label: str) -> subprocess.Popen[str]:
    """Run `save_forever` in a new Python process and wait until it has saved once."""
    code = (
        "from tests.test_reliability_crash import save_forever; "
        f"save_forever({str(db)!r}, {label!r})"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line == "ready\n", child.stderr.read() if child.stderr else line
    return child


def assert_journal_sound(db: Path) -> sqlite3.Connection:
    """The file passes SQLite's checks and the search index agrees with the entries.

    Returns a plain connection for further checks (closed by the caller).
    """
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO entry_fts (entry_fts) VALUES ('integrity-check')")
    live = conn.execute("SELECT count(*) FROM entries WHERE trashed_at IS NULL").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM entry_fts").fetchone()[0] == live
    unindexed = conn.execute(
        "SELECT count(*) FROM entries e WHERE trashed_at IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM entry_fts f WHERE f.rowid = e.sort_key AND f.text = e.text)"
    ).fetchone()[0]
    assert unindexed == 0
    assert check_health(db).ok
    return conn


def assert_saves_whole(db: Path) -> dict[str, list[int]]:
    """Every entry holds exactly the feelings, notes and tags its text counts, and search
    finds it by its own word and by its first feeling. Returns the saved numbers per label."""
    saved: dict[str, list[int]] = {}
    with open_store(db) as store:
        for trashed in (False, True):
            for entry in store.queries.iter_entries(EntryFilter(trashed=trashed)):
                shape = _SHAPE.match(entry.text)
                assert shape, entry.text
                token, feelings, notes, tags = shape[1], *map(int, shape.groups()[1:])
                counts = (len(entry.feelings), len(entry.body_notes), len(entry.tags))
                assert counts == (feelings, notes, tags), entry.text
                found = store.queries.count(EntryFilter(text=f'"{token}"', trashed=trashed))
                assert found == (0 if trashed else 1), token
                if entry.feelings and not trashed:
                    word = entry.feelings[0].word
                    assert store.queries.count(EntryFilter(text=f'"{word}"')) == 1, word
                label, _, number = token.removesuffix("e").partition("n")
                saved.setdefault(label, []).append(int(number))
        draft = store.drafts.load()
        assert draft is None or draft.text.startswith("draft ")
    return saved


@POSIX_ONLY
def test_killed_while_saving_keeps_every_save_whole(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    rng = random.Random(7)
    for round_number in range(ROUNDS):
        child = start_child(db, f"r{round_number}")
        time.sleep(rng.uniform(0.05, 0.35))  # a real process: it runs on its own time
        child.kill()
        assert child.wait(timeout=10) == -signal.SIGKILL
        child.communicate(timeout=10)
        assert_journal_sound(db).close()

    saved = assert_saves_whole(db)
    assert sorted(saved) == sorted(f"r{n}" for n in range(ROUNDS))
    for label, numbers in saved.items():
        # Saves happen one after another, so what survived is every save up to the last.
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), label


# The real app, killed just after Ctrl+S


def wait_for_draft(db: Path, words: str, timeout: float = 10.0) -> None:
    """Poll the journal until the app's autosave holds `words`."""
    deadline = time.monotonic() + timeout
    while True:
        with open_store(db) as store:
            draft = store.drafts.load()
        if draft is not None and draft.text == words:
            return
        assert time.monotonic() < deadline, f"the draft never held {words!r}"
        time.sleep(0.05)


@POSIX_ONLY
def test_the_app_killed_just_after_saving_loses_nothing(tmp_path: Path) -> None:
    from tests.test_draft_crash import CTRL_S, CTRL_W, Terminal

    db = tmp_path / "journal.db"
    with open_store(db) as store:
        store.settings.set("welcome_seen", True)
    words = "a quiet evening"
    terminal = Terminal(db)
    try:
        terminal.wait_for("How numb or disconnected")
        terminal.type(CTRL_W + words)
        terminal.wait_for(words)
        wait_for_draft(db, words)
        os.write(terminal.master, CTRL_S.encode())
        time.sleep(random.Random(3).uniform(0.0, 0.05))  # somewhere in the save
        os.killpg(terminal.process.pid, signal.SIGKILL)
        assert terminal.process.wait(timeout=10) == -signal.SIGKILL
    finally:
        terminal.close()

    assert_journal_sound(db).close()
    with open_store(db) as store:
        texts = [entry.text for entry in store.queries.entries()]
        draft = store.drafts.load()
    assert texts in ([], [words])
    assert words in texts or (draft is not None and draft.text == words)
