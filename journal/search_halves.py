"""Printing a long search with two processes: the newer half here, the older half alongside.

`journal search WORD` prints every entry it finds. With thousands, nearly all the time
goes to reading rows, cutting snippets and laying out blocks: Python work, on one core.
Where processes can be forked (Linux, macOS), a long search is shared: a child process
prepares the older half of the matches while this one prints the newer half, and the
child's text follows. The output is the same, byte for byte, as printing alone.

SQLite connections must not cross a fork, so the journal is closed before it and each
process opens its own. Anything unusual in the child (an error, a signal) makes this
process print the older half itself; Ctrl+C stops both. Imports only the standard
library and the quick path's own modules, like journal.quick.
"""

from __future__ import annotations

import os
import sqlite3

from journal.commands.blocks import summary_blocks
from journal.store.plan import QueryPlan
from journal.store.reader import open_for_reading
from journal.store.summaries import iter_summary_rows

TYPE_CHECKING = False  # the typing module costs a few ms; quick commands skip it
if TYPE_CHECKING:
    from collections.abc import Iterator

SHARE_FROM = 2_000
"""Matches from which a search is shared: below it, starting a second process costs more
than it saves (at 2,000 matches each half takes about 10 ms)."""
_ENCODING = ("utf-8", "surrogatepass")
"""How the child's text crosses the pipe: exactly, whatever the terminal's encoding."""


def halfway(conn: sqlite3.Connection, plan: QueryPlan) -> int | None:
    """The sort key where the older half of a long search begins; None for a short one.

    Counts the index's matches, which are the search's own when nothing else filters it.
    """
    if not plan.match or not hasattr(os, "fork"):
        return None
    find = "SELECT {} FROM entry_fts WHERE entry_fts MATCH ?"
    total = conn.execute(find.format("count(*)"), (plan.match,)).fetchone()[0]
    if total < SHARE_FROM:
        return None
    middle = find.format("rowid") + " ORDER BY rowid DESC LIMIT 1 OFFSET ?"
    return conn.execute(middle, (plan.match, total // 2)).fetchone()[0]


def _blocks(path: str, text: str, *, at_least: int | None, below: int | None) -> Iterator[str]:
    """The blocks of the search's matches with sort keys in [at_least, below), newest first."""
    conn = open_for_reading(path)
    if conn is None:  # moved or replaced in the blink since it was read
        raise sqlite3.OperationalError("unable to open database file")
    plan = QueryPlan(text=text)
    plan.keep_keys(at_least=at_least, below=below)
    try:
        yield from summary_blocks(iter_summary_rows(conn, plan, None))
    finally:
        conn.close()


class OlderHalf:
    """The older half of a search, prepared by a forked child while the newer half prints."""

    def __init__(self, path: str, text: str, pivot: int) -> None:
        """Start the child; OSError when no process can be started (the caller prints alone)."""
        self._path, self._text, self._pivot = path, text, pivot
        self._reading, writing = os.pipe()
        try:
            self._pid = os.fork()
        except OSError:
            os.close(self._reading)
            os.close(writing)
            raise
        if self._pid == 0:  # the child: never returns
            os.close(self._reading)
            self._prepare(writing)
        os.close(writing)

    def _prepare(self, writing: int) -> None:
        """In the child: write the older half's text to the pipe whole, then end at once.

        os._exit skips the parent's clean-up code, which is not the child's to run.
        """
        status = 1
        try:
            import signal

            signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C ends the child quietly
            blocks = _blocks(self._path, self._text, at_least=None, below=self._pivot)
            data = memoryview("".join(blocks).encode(*_ENCODING))
            while data:
                data = data[os.write(writing, data) :]
            status = 0
        finally:
            os._exit(status)

    def blocks(self) -> Iterator[str]:
        """The older half's text once the child is done, or its blocks made here if it failed."""
        chunks = []
        while chunk := os.read(self._reading, 1 << 20):
            chunks.append(chunk)
        if self._finish() == 0:
            yield b"".join(chunks).decode(*_ENCODING)
        else:
            yield from _blocks(self._path, self._text, at_least=None, below=self._pivot)

    def _finish(self) -> int | None:
        """Close the pipe and reap the child; its exit status (None if reaped before)."""
        if self._reading >= 0:
            os.close(self._reading)
            self._reading = -1
        if self._pid <= 0:
            return None
        _, status = os.waitpid(self._pid, 0)
        self._pid = -1
        return os.waitstatus_to_exitcode(status)

    def stop(self) -> None:
        """Stop and reap the child if it is still there: after Ctrl+C or a closed pipe."""
        if self._pid > 0:
            import signal

            os.kill(self._pid, signal.SIGKILL)
        self._finish()


def shared_blocks(path: str, text: str, pivot: int) -> tuple[Iterator[str], OlderHalf | None]:
    """Every match's block, the newer half made here and the older half by a child.

    The caller must have closed its own connection, and must `stop()` the half when done.
    Where no process can be started, every block is made here (and the half is None).
    """
    try:
        older = OlderHalf(path, text, pivot)
    except OSError:
        return _blocks(path, text, at_least=None, below=None), None

    def newest_first() -> Iterator[str]:
        yield from _blocks(path, text, at_least=pivot, below=None)
        yield from older.blocks()

    return newest_first(), older
