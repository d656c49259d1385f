"""The quick path for the commands people run most: `journal list` and `journal search`.

Most uses are plain (`journal list`, `journal list -n 5`, `journal search tired`),
and a plain read should take a blink, not the ~50 ms that loading argparse,
dataclasses and the whole store costs. This module recognises only those plain
forms and reads with `journal.store.reader`, printing with the same code as the
full command (journal.commands.blocks). Anything else (another option, --help,
a mistake, an unusual journal file or platform) returns None, and `journal.cli`
hands the command line to the full parser, which gives the same output or a
clear message. It imports only the standard library's os, sys and sqlite3.
"""

from __future__ import annotations

import os
import sys

DEFAULT_COUNT = 10
"""`journal list` with no count shows the ten newest entries (as journal.commands.listing)."""

TYPE_CHECKING = False  # the typing module costs a few ms; quick commands skip it
if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Mapping, Sequence


class QuickRequest:
    """A plain `list` or `search` command line, taken apart."""

    __slots__ = ("command", "db", "words", "number")

    def __init__(self, command: str, db: str | None, words: list[str], number: int | None) -> None:
        self.command = command
        self.db = db
        self.words = words
        self.number = number


def parse_plain(argv: Sequence[str]) -> QuickRequest | None:
    """`[--db PATH] list|search [WORD ...] [-n N | --number N] [--db PATH]`, else None.

    Every token starting with "-" other than those options sends the command to the
    full parser: it knows the rest (and -word searches need its warning).
    """
    command: str | None = None
    db: str | None = None
    words: list[str] = []
    number: int | None = None
    tokens = iter(argv)
    for token in tokens:
        if token in ("--db", "-n", "--number"):
            value = next(tokens, None)
            if value is None:
                return None
            if token == "--db":
                db = value
            elif value.isascii() and value.isdigit() and int(value) >= 1 and number is None:
                number = int(value)
            else:
                return None
        elif token.startswith("-"):
            return None
        elif command is None:
            if token not in ("list", "search"):
                return None
            command = token
        else:
            words.append(token)
    if command is None or (command == "list") == bool(words):
        return None
    return QuickRequest(command, db, words, number)


def default_db_path(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """The journal's default file by the XDG rule on Linux, or None where platformdirs must say.

    The same place as journal.paths.default_db_path (a test compares the two); only the
    plain cases are answered: absolute $XDG_DATA_HOME, else an absolute $HOME.
    """
    if platform != "linux":
        return None
    data_home = environ.get("XDG_DATA_HOME", "")
    if not data_home:
        home = environ.get("HOME", "")
        if not home.startswith("/"):
            return None
        data_home = os.path.join(home, ".local", "share")
    elif not data_home.startswith("/") or data_home != data_home.strip():
        return None
    return os.path.join(data_home, "thaw", "journal.db")


def run_quick(argv: Sequence[str]) -> int | None:
    """Answer a plain list or search and return its exit status; None to use the full parser."""
    request = parse_plain(argv)
    if request is None:
        return None
    chosen = request.db or os.environ.get("JOURNAL_DB") or default_db_path(os.environ)
    if not chosen:
        return None
    from journal.store.reader import open_for_reading

    path = os.path.abspath(os.path.expanduser(chosen))
    conn = open_for_reading(path)
    if conn is None:
        return None
    return _print(conn, path, request)


def _print(conn: sqlite3.Connection, path: str, request: QuickRequest) -> int:
    """Print the entries as `journal list` / `journal search` do; errors end in one line.

    Closes `conn`. A long search is printed by two processes (journal.search_halves).
    """
    import sqlite3

    from journal.commands.blocks import blocks_for, show
    from journal.store.plan import QueryPlan
    from journal.store.summaries import count
    from journal.terminal_text import could_not_finish, reader_went_away, say, stopped

    text = " ".join(request.words)
    plan = QueryPlan(text=text)
    limit = request.number or (DEFAULT_COUNT if request.command == "list" else None)
    shared = None
    try:
        pivot = None
        if limit is None:
            from journal.search_halves import halfway

            pivot = halfway(conn, plan)
        if pivot is None:
            show(blocks_for(conn, plan, limit), text, limit, lambda: count(conn, plan))
        else:
            from journal.search_halves import SharedSearch

            conn.close()  # a connection must not cross a fork: each process opens its own
            shared = SharedSearch(path, text, pivot)
            shared.print()
    except BrokenPipeError:
        reader_went_away()
    except KeyboardInterrupt:
        return stopped()
    except sqlite3.Error as error:  # a journal damaged past its first pages, say
        from journal.commands.output import database_problem
        from journal.paths import resolve_db_path

        say(f"journal: {database_problem(error, resolve_db_path(request.db))}")
        return 1
    except OSError as error:  # a full disk under the output, say
        return could_not_finish(error)
    finally:
        if shared is not None:
            shared.stop()
        conn.close()
    return 0
