"""What every command shares: opening the journal, reading dates, writing output, errors.

Commands raise CommandError for anything a person can cause or fix; `run_command`
turns it (and the store's errors) into one clear line on stderr and exit code 1,
never a traceback. Everything printed from the journal goes through
`journal.terminal_text.for_terminal`, so escape sequences never reach the terminal.
Heavy modules are imported inside functions, so quick commands stay quick.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from journal.paths import resolve_db_path
from journal.terminal_text import (
    EXIT_ERROR,
    could_not_finish,
    for_terminal,
    reader_went_away,
    say,
    stopped,
)

if TYPE_CHECKING:
    from journal.store import Store

EXIT_OK = 0


class CommandError(Exception):
    """A problem a person can fix, said in plain words; the command exits with status 1."""


def tell(message: str) -> None:
    """A command's own report on stdout, made safe for the terminal (paths can hold anything)."""
    print(for_terminal(message))


def journal_path(args: argparse.Namespace) -> Path:
    """The journal file this command works on: --db, then $JOURNAL_DB, then the default."""
    return resolve_db_path(getattr(args, "db", None))


def open_journal(args: argparse.Namespace, *, create: bool = False) -> Store:
    """Open the journal; without `create`, a missing journal is a clear error."""
    from journal.store import open_store

    path = journal_path(args)
    if not create and not path.exists():
        raise CommandError(
            f"There is no journal at {path} yet. "
            'Run `journal` to start one, or `journal add "..."` to save a first entry.'
        )
    return open_store(path, create=create)


def date_window(since: str | None, until: str | None) -> tuple[datetime | None, datetime | None]:
    """--since and --until read as plain-word dates (the same phrases History accepts)."""
    if not since and not until:
        return None, None
    from journal.dates import DateRangeError, since_datetime, until_datetime

    try:
        start = since_datetime(since) if since else None
    except DateRangeError as error:
        raise CommandError(f"--since: {error}") from None
    try:
        end = until_datetime(until) if until else None
    except DateRangeError as error:
        raise CommandError(f"--until: {error}") from None
    if start is not None and end is not None and end <= start:
        raise CommandError("--until comes before --since, so no day is in between.")
    return start, end


def add_date_options(parser: argparse.ArgumentParser, since_default: str | None = None) -> None:
    """Add --since and --until to a command."""
    default = f' (default: "{since_default}")' if since_default else ""
    parser.add_argument(
        "--since",
        metavar="WHEN",
        default=since_default,
        help=f'from this day on, e.g. "2026-11-01", "last monday", "4 weeks ago"{default}',
    )
    parser.add_argument(
        "--until", metavar="WHEN", help='up to and including this day, e.g. "yesterday"'
    )


def add_output_option(parser: argparse.ArgumentParser) -> None:
    """Add -o/--output FILE to a command that prints by default."""
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE, readable only by you (default: print it)",
    )


class _TerminalSafe:
    """Standard output that passes every piece of text through the terminal sanitiser."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(for_terminal(text))


@contextmanager
def output(target: str | None, journal: Path | None = None) -> Iterator[TextIO]:
    """Where a command writes: standard output (made terminal-safe) or a private file.

    A file is written 0600 beside its final name and moved into place only once
    complete, so a failed export never leaves half a file or spoils an older one.
    """
    if target is None:
        yield _TerminalSafe(sys.stdout)  # type: ignore[misc]
        return
    from journal.paths import open_private_for_writing

    path = Path(target).expanduser().absolute()
    journal_files = (
        {Path(f"{journal}{end}").resolve() for end in ("", "-wal", "-shm")} if journal else set()
    )
    if path.resolve() in journal_files:
        raise CommandError(f"{path} is the journal itself; please choose another file name.")
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open_private_for_writing(partial) as handle:
            yield handle
        os.replace(partial, path)
    except OSError as error:
        raise CommandError(f"Could not write {path}: {error.strerror or error}.") from None
    finally:
        if partial.exists():
            partial.unlink()


def database_problem(error: sqlite3.Error, path: Path) -> str:
    """What to tell a person when SQLite fails while a command reads or writes `path`."""
    if isinstance(error, sqlite3.OperationalError):
        return f"Thaw could not use the journal at {path} ({error})."
    from journal.store import NotAJournalError
    from journal.store.connection import backups_for

    return str(NotAJournalError(path, f"looks damaged ({error})", backups_for(path)))


def run_command(run: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run one command; every error a person can cause becomes one clear message."""
    from journal.store import JournalError

    try:
        status = run(args)
        sys.stdout.flush()  # output that cannot be written fails here, not silently at exit
        return status
    except CommandError as error:
        say(f"journal: {error}")
    except JournalError as error:
        say(f"journal: {error}")
    except sqlite3.Error as error:
        say(f"journal: {database_problem(error, journal_path(args))}")
    except BrokenPipeError:
        reader_went_away()
        return EXIT_OK
    except KeyboardInterrupt:
        return stopped()
    except OSError as error:  # a full disk under the output, say
        return could_not_finish(error)
    return EXIT_ERROR
