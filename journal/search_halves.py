"""Printing a long search with two processes: the newer half here, the older half alongside.

`journal search WORD` prints every entry it finds. With thousands, nearly all the time
goes to reading rows, cutting snippets and laying out blocks: Python work, on one core.
Where processes can be forked (Linux, macOS), a long search is shared: a child process
prepares the older half of the matches while this one prints the newer half, and the
child's text follows. The output is the same, byte for byte, as printing alone.

The child sends its text already encoded for standard output, a batch at a time, into
a pipe asked to hold all of it (Linux allows up to 1 MB); whatever the pipe cannot take
yet, the child keeps until its half is made, so it never waits for this process while
both work. This one then copies the bytes out unchanged. Sharing needs UTF-8 output,
where a NUL byte can only be the end mark (elsewhere one process prints).

SQLite connections must not cross a fork, so the journal is closed before it and each
process opens its own. The child's text counts only when it arrives whole: anything
unusual (an error, a signal, a child reaped by someone else) makes this process print
the older half itself. Ctrl+C stops both, quietly. Imports only the standard library
and the quick path's own modules, like journal.quick (not even contextlib, whose
import alone takes half a millisecond).
"""

from __future__ import annotations

import codecs
import os
import signal
import sqlite3
import sys

from journal.commands.blocks import blocks_for, write_blocks
from journal.store.plan import QueryPlan
from journal.store.reader import open_for_reading

TYPE_CHECKING = False  # the typing module costs a few ms; quick commands skip it
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import TextIO

SHARE_FROM = 2_000
"""Matches from which a search is shared: below it, starting a second process costs more
than it saves (at 2,000 matches each half takes about 10 ms)."""
_PIPE_BYTES = 1 << 20
"""What the pipe is asked to hold: the most Linux gives without privileges, the older
half's text of about 7,000 matches."""
_WHOLE = b"\x00"
"""Ends the child's text, so a cut-off text is never printed. Printed journal text never
holds a NUL: `for_terminal` shows it as U+FFFD."""
_CTRL_C = {signal.SIGINT}


def halfway(conn: sqlite3.Connection, plan: QueryPlan) -> int | None:
    """The sort key where the older half of a long search begins; None for a short one.

    Counts the index's matches, which are the search's own when nothing else filters it.
    """
    if not plan.match or not hasattr(os, "fork") or not _utf8(sys.stdout):
        return None
    find = "SELECT {} FROM entry_fts WHERE entry_fts MATCH ?"
    total = conn.execute(find.format("count(*)"), (plan.match,)).fetchone()[0]
    if total < SHARE_FROM:
        return None
    middle = find.format("rowid") + " ORDER BY rowid DESC LIMIT 1 OFFSET ?"
    found = conn.execute(middle, (plan.match, total // 2)).fetchone()
    return found[0] if found else None  # None: entries were removed in between


def _utf8(stream: TextIO) -> bool:
    """Whether `stream` writes UTF-8 (which nearly every terminal and pipe does)."""
    try:
        return codecs.lookup(stream.encoding).name == "utf-8"
    except (AttributeError, TypeError, LookupError):
        return False


def _blocks(path: str, text: str, *, at_least: int | None, below: int | None) -> Iterator[str]:
    """The blocks of the search's matches with sort keys in [at_least, below), newest first."""
    conn = open_for_reading(path)
    if conn is None:  # moved or replaced in the blink since it was read
        raise sqlite3.OperationalError("unable to open database file")
    plan = QueryPlan(text=text)
    plan.keep_keys(at_least=at_least, below=below)
    try:
        yield from blocks_for(conn, plan, None)
    finally:
        conn.close()


class SharedSearch:
    """A long search printed newest first by two processes: see the module's docstring.

    `stop()` must follow `print()`, in a `finally`, to stop and reap the child however
    printing ended.
    """

    def __init__(self, path: str, text: str, pivot: int) -> None:
        self._path, self._text, self._pivot = path, text, pivot
        self._pid = -1
        self._reading = -1

    def print(self) -> None:
        """Print every match: the newer half made here, then the older half's text."""
        write = sys.stdout.write
        try:
            self._start()
        except OSError:  # no process can be started: make every block here
            write_blocks(self._made(at_least=None, below=None), write)
        else:
            write_blocks(self._made(at_least=self._pivot, below=None), write)
            sys.stdout.flush()  # the newer half shows while the child finishes, and comes first
            older = self._older()
            if older is None:
                write_blocks(self._made(at_least=None, below=self._pivot), write)
            else:
                _copy_out(older)
        sys.stdout.flush()

    def _made(self, *, at_least: int | None, below: int | None) -> Iterator[str]:
        """The blocks of this search's matches with sort keys in [at_least, below)."""
        return _blocks(self._path, self._text, at_least=at_least, below=below)

    def _start(self) -> None:
        """Fork the child. Ctrl+C waits during the fork, so each side handles it as it should."""
        self._reading, writing = os.pipe()
        try:  # Linux only; elsewhere the child may wait for this process to read
            import fcntl

            fcntl.fcntl(writing, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
        except (AttributeError, OSError):
            pass
        signal.pthread_sigmask(signal.SIG_BLOCK, _CTRL_C)
        try:
            self._pid = os.fork()
            if self._pid == 0:
                try:
                    self._prepare(writing)
                finally:
                    os._exit(1)  # the child never runs the parent's code after this point
        finally:  # only this process gets here
            os.close(writing)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _CTRL_C)

    def _prepare(self, writing: int) -> None:
        """In the child: send the older half's text, encoded as this process would print it,
        then the end mark."""
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C ends the child at once
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _CTRL_C)
        os.close(self._reading)
        sender = _PipeSender(writing, sys.stdout.errors or "strict")
        write_blocks(self._made(at_least=None, below=self._pivot), sender.send)
        sender.finish()
        os._exit(0)

    def _older(self) -> bytes | None:
        """The older half's text as the child sent it, or None when it did not come whole."""
        chunks = []
        while chunk := os.read(self._reading, _PIPE_BYTES):
            chunks.append(chunk)
        self._finish()
        text = b"".join(chunks)
        return text[: -len(_WHOLE)] if text.endswith(_WHOLE) else None

    def _finish(self) -> None:
        """Close the pipe and reap the child, each once."""
        if self._reading >= 0:
            os.close(self._reading)
            self._reading = -1
        if self._pid > 0:
            try:
                os.waitpid(self._pid, 0)
            except ChildProcessError:  # reaped already: SIGCHLD set to be ignored
                pass
            self._pid = -1

    def stop(self) -> None:
        """Stop and reap the child if it is still there: after Ctrl+C or a closed pipe."""
        if self._pid > 0:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:  # it ended and was reaped a moment ago
                pass
        self._finish()


class _PipeSender:
    """The child's side of the pipe: sends text as it is made, without ever waiting.

    Where the pipe is full (it holds 64 KB where it cannot be enlarged, as on macOS, and
    1 MB at most on Linux), the rest is kept in memory, so the child goes on making
    blocks alongside this process instead of waiting for it to start reading.
    """

    def __init__(self, fd: int, errors: str) -> None:
        self._fd, self._errors = fd, errors
        self._kept: list[bytes] = []
        os.set_blocking(fd, False)

    def send(self, text: str) -> None:
        """Send `text`, encoded as standard output would, as far as the pipe takes it now."""
        data = memoryview(text.encode("utf-8", self._errors))
        while data and not self._kept:
            try:
                data = data[os.write(self._fd, data) :]
            except BlockingIOError:
                break
        if data:
            self._kept.append(bytes(data))

    def finish(self) -> None:
        """Send what was kept, waiting for the reader now, then the end mark."""
        os.set_blocking(self._fd, True)
        for data in [*self._kept, _WHOLE]:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]


def _copy_out(data: bytes) -> None:
    """Write `data` to standard output as it is, after the text already written there."""
    sys.stdout.flush()
    out = sys.stdout.buffer
    view = memoryview(data)
    while view:  # unbuffered output (python -u) may take a part at a time
        view = view[out.write(view) or 0 :]
