"""`journal export`: the journal as JSON (everything), Markdown (to read) or CSV (one row each)."""

from __future__ import annotations

import argparse

from journal.commands.output import (
    add_date_options,
    add_output_option,
    date_window,
    journal_path,
    open_journal,
    tell,
)
from journal.commands.output import output as open_output

FORMATS = ("json", "markdown", "csv")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `export` to the command line."""
    parser = commands.add_parser(
        "export",
        parents=[common],
        help="write your journal as JSON, Markdown or CSV",
        description="Write your entries out. JSON holds everything and can be imported again; "
        "Markdown is for reading; CSV has one row per entry for spreadsheets. "
        "Entries in the trash are left out.",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="json", help="the kind of file (default: json)"
    )
    add_date_options(parser)
    add_output_option(parser)
    parser.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    """Write the export, then say where it went."""
    since, until = date_window(args.since, args.until)
    if args.format == "json":
        from journal.transfer.json_format import write_json as write
    elif args.format == "markdown":
        from journal.transfer.markdown import write_markdown as write
    else:
        from journal.transfer.csv_format import write_csv as write
    with open_journal(args) as store, open_output(args.output, journal_path(args)) as out:
        written = write(store, out, since, until)
    if args.output:
        tell(f"Exported {written:,} {'entry' if written == 1 else 'entries'} to {args.output}.")
    return 0
