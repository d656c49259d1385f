"""The full command line, built with argparse for every form the quick path does not serve.

Each command lives in its own module under `journal.commands`. To start fast,
only the module of the command being run is imported and given to argparse
(all of them for `journal --help` or a mistyped command).
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
from collections.abc import Sequence
from typing import NoReturn

from journal import __version__
from journal.terminal_text import say

COMMANDS = {
    "add": "add",
    "list": "listing",
    "search": "listing",
    "export": "export_cmd",
    "import": "import_cmd",
    "report": "report_cmd",
    "backup": "backup_cmd",
    "restore": "backup_cmd",
    "check": "backup_cmd",
}
"""Each command's module in `journal.commands`, which adds it with `register(commands, common)`."""

USAGE_ERROR = 2


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, sized without importing shutil (which costs a few ms)."""

    def __init__(self, prog: str) -> None:
        try:
            columns = int(os.environ.get("COLUMNS", "")) or os.get_terminal_size().columns
        except (ValueError, OSError):
            columns = 80
        super().__init__(prog, width=max(columns, 40) - 2)


SEARCH_MINUS = (
    "a word starting with - leaves out entries with that word; put -- before the words, "
    "as in: journal search -- cold -walk"
)


_MINUS_WORD = re.compile(r"-[^\W\d_].*")
_NUMBER_OPTION = re.compile(r"-n\d*")


def _plain_mistake(message: str) -> str:
    """argparse's message, said plainly where it would puzzle: a mistyped command, or a
    search without a word."""
    if message == "the following arguments are required: WORD":
        return "give a word to look for, as in: journal search tired"
    unknown = re.match(r"argument COMMAND: invalid choice: '(.*?)'", message)
    if not unknown:
        return message
    import difflib

    close = difflib.get_close_matches(unknown[1], COMMANDS, n=1)
    if close:
        return f'"{unknown[1]}" is not a command; did you mean "{close[0]}"?'
    return f'"{unknown[1]}" is not a command; the commands are {", ".join(COMMANDS)}.'


def minus_word_unmarked(argv: Sequence[str]) -> bool:
    """True when `journal search` is given a -word without the -- that keeps it a word."""
    if _command_in(argv) != "search" or "--" in argv:
        return False
    return any(
        _MINUS_WORD.fullmatch(token) and token != "-h" and not _NUMBER_OPTION.fullmatch(token)
        for token in argv
    )


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake on the command line is one line with a pointer to --help."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        """Print one line and exit with status 2, as command-line tools do."""
        say(f"{self.prog}: {_plain_mistake(message)} (see `{self.prog} --help`)")
        self.exit(USAGE_ERROR)


def _command_in(argv: Sequence[str]) -> str | None:
    """The sub-command named on the command line, if it is one of ours."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token == "--db":
            skip = True
        elif not token.startswith("-"):
            return token if token in COMMANDS else None
    return None


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The argument parser for `journal`, with the sub-command named in `argv` (or all)."""
    common = _Parser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help="the journal file to use"
    )
    parser = _Parser(
        prog="journal",
        description="Thaw: a gentle journal for learning to name feelings again. "
        "With no command, it opens the app.",
        epilog="Your journal stays on this computer. `journal COMMAND --help` tells more.",
    )
    parser.add_argument("--version", action="version", version=f"journal {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="the journal file (default: $JOURNAL_DB, or your data folder)"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="explore the app on a throwaway journal of sample check-ins "
        "(your own journal is not touched)",
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", title="commands", parser_class=_Parser
    )
    named = _command_in(argv)
    modules = [COMMANDS[named]] if named else list(dict.fromkeys(COMMANDS.values()))
    for module in modules:
        importlib.import_module(f"journal.commands.{module}").register(commands, common)
    return parser
