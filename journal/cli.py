"""The `journal` command: opens the app, or runs a quick command without it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from journal import __version__
from journal.paths import resolve_db_path


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for `journal` and its sub-commands."""
    parser = argparse.ArgumentParser(
        prog="journal",
        description="Thaw: a gentle journal for learning to name feelings again.",
    )
    parser.add_argument("--version", action="version", version=f"journal {__version__}")
    parser.add_argument("--db", metavar="PATH", help="the journal file (default: $JOURNAL_DB)")
    return parser


def run_app(db_value: str | None) -> int:
    """Open the Textual app on the chosen journal."""
    from journal.store import JournalError
    from journal.ui.app import make_app

    path = resolve_db_path(db_value)
    try:
        app = make_app(path)
    except JournalError as error:
        print(f"journal: {error}", file=sys.stderr)
        return 1
    app.run()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `journal` command."""
    args = build_parser().parse_args(argv)
    return run_app(args.db)
