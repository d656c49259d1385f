"""`journal list` and `journal search`: entries printed for reading, for scripts and for pipes.

Each entry is one block (see journal.commands.blocks); `--json` prints the entries
in the export format instead. The plain forms (`journal list -n 5`,
`journal search WORD`) are answered by journal.quick before argparse loads;
this module serves every other form and the help.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from functools import partial

from journal.commands.blocks import block, listed_blocks, minute, show
from journal.commands.output import add_date_options, date_window, open_journal
from journal.models import Entry, EntryFilter
from journal.quick import DEFAULT_COUNT


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"needs a whole number from 1 up, not {text!r}")
    return int(text)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `list` and `search` to the command line."""
    listing = commands.add_parser(
        "list",
        parents=[common],
        help="show your newest entries",
        description="Show entries, newest first: the 10 newest, or all between --since and "
        "--until.",
    )
    _options(listing, "how many to show (default: 10, or all in the --since/--until range)")
    listing.set_defaults(run=run_list)
    search = commands.add_parser(
        "search",
        parents=[common],
        help="find entries by their words or feelings",
        description="Find entries, newest first. Words match their beginnings (anx finds "
        'anxious); "quoted words" match exactly; -word leaves out entries with that word '
        "(then put -- before the words: journal search -- cold -walk).",
    )
    search.add_argument("query", nargs="+", metavar="WORD", help="what to look for")
    _options(search, "show only the newest N matches")
    search.set_defaults(run=run_search)


def _options(parser: argparse.ArgumentParser, count_help: str) -> None:
    parser.add_argument("-n", "--number", type=positive, metavar="N", help=count_help)
    parser.add_argument("--all", action="store_true", help="show every matching entry")
    add_date_options(parser)
    parser.add_argument(
        "--full", action="store_true", help="print each entry's whole text, not a short part"
    )
    parser.add_argument(
        "--json", action="store_true", help="print the entries as JSON, for scripts"
    )


def run_list(args: argparse.Namespace) -> int:
    """Print the newest entries."""
    since, until = date_window(args.since, args.until)
    ranged = since is not None or until is not None
    limit = None if args.all else args.number or (None if ranged else DEFAULT_COUNT)
    return _show(args, EntryFilter(since=since, until=until), limit)


def run_search(args: argparse.Namespace) -> int:
    """Print the entries that match the search words."""
    since, until = date_window(args.since, args.until)
    wanted = EntryFilter(text=" ".join(args.query), since=since, until=until)
    return _show(args, wanted, None if args.all else args.number)


def _show(args: argparse.Namespace, wanted: EntryFilter, limit: int | None) -> int:
    """Print the entries matching `wanted` in the chosen format, then a hint if useful."""
    with open_journal(args) as store:
        if args.json:
            _print_json(store.queries.iter_entries(wanted, limit=limit))
            return 0
        if args.full:
            entries = store.queries.iter_entries(wanted, limit=limit)
            printed = (
                block(
                    minute(e.created_at.isoformat()),
                    e.numbness,
                    [(f.word, f.family) for f in e.feelings],
                    e.tags,
                    e.text,
                )
                for e in entries
            )
        else:
            printed = listed_blocks(partial(store.queries.listed_rows, wanted, limit))
        show(printed, wanted.text, limit, lambda: store.queries.count(wanted))
    return 0


def _print_json(entries: Iterable[Entry]) -> None:
    """The entries as a JSON list, in the same shape as the JSON export."""
    import json

    from journal.terminal_text import json_safe
    from journal.transfer.json_format import entry_record

    records = [entry_record(entry) for entry in entries]
    sys.stdout.write(json_safe(json.dumps(records, indent=2, ensure_ascii=False)) + "\n")
