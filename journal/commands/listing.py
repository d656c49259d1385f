"""`journal list` and `journal search`: entries printed for reading, for scripts and for pipes.

Each entry is one block: a line with its date, time, numbness, feelings and tags,
then its words indented by two spaces, then a blank line. Only header lines start
at the margin, so `grep '^[0-9]'` finds every entry. `--json` prints the entries
in the export format instead.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING

from journal.commands.output import add_date_options, date_window, open_journal, say
from journal.models import Entry, EntryFilter, EntrySummary, Feeling
from journal.snippet import text_snippet
from journal.store.fts import HIGHLIGHT_END, HIGHLIGHT_START
from journal.terminal_text import for_terminal

if TYPE_CHECKING:
    from journal.store import Store

DEFAULT_COUNT = 10
PAGE = 2000
BOLD, NORMAL = "\x1b[1m", "\x1b[22m"


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
            blocks = (
                _block(e.created_at, e.numbness, e.feelings, e.tags, e.text)
                for e in store.queries.iter_entries(wanted, limit=limit)
            )
        else:
            bold = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
            blocks = (_summary_block(s, bold) for s in _pages(store, wanted, limit))
        shown = _print_blocks(blocks)
        if shown == 0:
            say(f'Nothing found for "{wanted.text}".' if wanted.text else "No entries to show.")
        elif limit is not None and shown == limit and sys.stdout.isatty():
            total = store.queries.count(wanted)
            if total > shown:
                say(f"Showing the {shown} newest of {total:,}. Add --all to see every one.")
    return 0


def _pages(store: Store, wanted: EntryFilter, limit: int | None) -> Iterator[EntrySummary]:
    """Summaries a page at a time, so a long list starts printing at once."""
    offset = 0
    while limit is None or offset < limit:
        size = PAGE if limit is None else min(PAGE, limit - offset)
        page = store.queries.page(wanted, offset=offset, limit=size)
        yield from page
        if len(page) < size:
            return
        offset += size


def _print_blocks(blocks: Iterable[str]) -> int:
    shown = 0
    write = sys.stdout.write
    for block in blocks:
        write(block)
        shown += 1
    sys.stdout.flush()
    return shown


def _header(
    created_at: datetime, numbness: int | None, feelings: Iterable[Feeling], tags: Iterable[str]
) -> str:
    """The first line of an entry's block: when, numbness, feelings and tags."""
    parts = [str(created_at)[:16]]  # 2026-11-27 09:30
    if numbness is not None:
        parts.append(f"numbness {numbness}")
    words = [f"{f.word} ({f.family})" if f.family not in ("", f.word) else f.word for f in feelings]
    if words:
        parts.append(", ".join(words))
    hashtags = " ".join(f"#{tag}" for tag in tags)
    if hashtags:
        parts.append(hashtags)
    return for_terminal(" · ".join(parts))


def _block(
    created_at: datetime,
    numbness: int | None,
    feelings: Iterable[Feeling],
    tags: Iterable[str],
    text: str,
) -> str:
    """Header, then the text indented by two spaces, then a blank line."""
    lines = [_header(created_at, numbness, feelings, tags)]
    lines += ["  " + line if line.strip() else "" for line in for_terminal(text).splitlines()]
    return "\n".join(lines).rstrip() + "\n\n"


def _summary_block(summary: EntrySummary, bold: bool) -> str:
    """A block with the search snippet (matches in bold on a terminal) or the first line."""
    snippet = text_snippet(summary)
    text = snippet or summary.first_line
    block = _block(summary.created_at, summary.numbness, summary.feelings, summary.tags, text)
    if not snippet:
        return block
    return block.replace(HIGHLIGHT_START, BOLD if bold else "").replace(
        HIGHLIGHT_END, NORMAL if bold else ""
    )


def _print_json(entries: Iterable[Entry]) -> None:
    """The entries as a JSON list, in the same shape as the JSON export."""
    import json

    from journal.terminal_text import json_safe
    from journal.transfer.json_format import entry_record

    records = [entry_record(entry) for entry in entries]
    sys.stdout.write(json_safe(json.dumps(records, indent=2, ensure_ascii=False)) + "\n")
