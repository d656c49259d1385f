"""`journal report`: a Markdown summary to bring to a doctor or therapist."""

from __future__ import annotations

import argparse
from datetime import timedelta

from journal.commands.output import (
    add_date_options,
    add_output_option,
    date_window,
    journal_path,
    open_journal,
    tell,
)
from journal.commands.output import output as open_output

DEFAULT_SINCE = "4 weeks ago"


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `report` to the command line."""
    parser = commands.add_parser(
        "report",
        parents=[common],
        help="a summary to bring to a doctor or therapist",
        description="Write a short Markdown summary of your check-ins: numbness by week, the "
        "feelings you named most, your body, strategies tried, entries about medication or "
        "sleep, and days without a check-in. It reports what you wrote; it does not diagnose.",
    )
    add_date_options(parser, since_default=DEFAULT_SINCE)
    add_output_option(parser)
    parser.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> int:
    """Write the report to the screen or to a file."""
    from journal.transfer.report import appointment_report

    since, until = date_window(args.since, args.until)
    last = until - timedelta(microseconds=1) if until else None  # the report's "now" is inclusive
    with open_journal(args) as store:
        text = appointment_report(store, since=since, now=last)
    with open_output(args.output, journal_path(args)) as out:
        out.write(text)
    if args.output:
        tell(f"Saved the report to {args.output}.")
    return 0
