"""A real `journal` process, killed with SIGKILL mid-sentence, keeps what was typed a second before.

The app runs in a pseudo-terminal as a person would use it. Nothing here relies on exit
hooks: SIGKILL gives the process no chance to run any.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from journal.store import open_store

ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]|\x1b\][^\x07]*\x07")
CTRL_W, CTRL_S, CTRL_Q, ENTER = "\x17", "\x13", "\x11", "\r"


class Terminal:
    """`journal --db PATH` in an 80x24 pseudo-terminal, with everything it prints kept."""

    def __init__(self, db: Path) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
        env.pop("TEXTUAL", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "journal", "--db", str(db)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self.master = master
        self._chunks: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            self._chunks.append(data.decode("utf-8", "replace"))

    def screen_text(self) -> str:
        """Everything printed so far, without escape sequences or spaces."""
        return re.sub(r"\s+", "", ANSI.sub("", "".join(self._chunks)))

    def wait_for(self, words: str, timeout: float = 20.0) -> None:
        """Wait until `words` (spaces ignored) has been drawn."""
        wanted = re.sub(r"\s+", "", words)
        deadline = time.monotonic() + timeout
        while wanted not in self.screen_text():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"never saw {words!r}; output: {self.screen_text()[-800:]}")
            time.sleep(0.05)

    def type(self, text: str) -> None:
        """Send keys one at a time, as typing does."""
        for character in text:
            os.write(self.master, character.encode())
            time.sleep(0.02)

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        self._reader.join(timeout=2)
        os.close(self.master)


@pytest.fixture
def journal_file(tmp_path: Path) -> Path:
    """A journal whose welcome has been seen, so the app opens straight on Write."""
    db = tmp_path / "journal.db"
    with open_store(db) as store:
        store.settings.set("welcome_seen", True)
    return db


def draft_text(db: Path) -> str | None:
    with open_store(db) as store:
        draft = store.drafts.load()
        return draft.text if draft else None


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_a_killed_app_keeps_the_draft_and_offers_it_back(journal_file: Path) -> None:
    first = Terminal(journal_file)
    try:
        first.wait_for("How numb or disconnected")
        first.type(CTRL_W)
        first.type("kept words")
        time.sleep(1.5)
        first.type(" and lost")
        os.killpg(first.process.pid, signal.SIGKILL)
        assert first.process.wait(timeout=10) == -signal.SIGKILL
    finally:
        first.close()

    kept = draft_text(journal_file)
    assert kept is not None and kept.startswith("kept words")

    second = Terminal(journal_file)
    try:
        second.wait_for("Pick up where I left off")
        second.type(ENTER)
        second.wait_for(kept)
        second.type(CTRL_S)
        second.wait_for("Saved. Today you put some of it into words.")
        second.type(CTRL_Q)
        assert second.process.wait(timeout=15) == 0
    finally:
        second.close()

    with open_store(journal_file) as store:
        assert store.drafts.load() is None
        assert store.entries.get(1).text == kept
