"""`journal import`: add entries from a Thaw JSON export or a jrnl JSON export."""

from __future__ import annotations

import argparse
from contextlib import nullcontext
from pathlib import Path

from journal.commands.output import CommandError, journal_path, open_journal, tell


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `import` to the command line."""
    parser = commands.add_parser(
        "import",
        parents=[common],
        help="add entries from a Thaw or jrnl JSON export",
        description="Add the entries in FILE: a Thaw export (journal export) or a jrnl export "
        "(jrnl --export json). Entries already in your journal are left out, so importing "
        "the same file twice adds nothing. A file with a mistake in it imports nothing.",
    )
    parser.add_argument("file", metavar="FILE", help="the JSON file to import")
    parser.add_argument(
        "--dry-run", action="store_true", help="only say what would be added; change nothing"
    )
    parser.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    """Read the whole file, check it, then add what is new in one go."""
    from journal.transfer.batch import ImportFileError
    from journal.transfer.importer import apply_import, plan_import, read_file

    source = Path(args.file).expanduser()
    try:
        batch = read_file(source)
    except ImportFileError as error:
        raise CommandError(f"{source} was not imported: {error}. Nothing was changed.") from None
    if args.dry_run:
        exists = journal_path(args).exists()
        with open_journal(args) if exists else nullcontext() as store:
            tell(plan_import(store, batch).describe(done=False))
        return 0
    backup = None
    with open_journal(args, create=True) as store:
        plan = plan_import(store, batch)
        if not plan.is_empty:
            from journal.store.backup import make_backup

            had_entries = store.entries.count() > 0
            backup = make_backup(journal_path(args))  # so even an unwanted import can be undone
            apply_import(store, plan)
    tell(plan.describe(done=True))
    if backup is not None and had_entries:
        tell(f"Your journal as it was before is kept at {backup}; `journal restore` puts it back.")
    return 0
