"""`journal backup`, `journal restore` and `journal check`: keeping the journal safe."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journal.commands.output import CommandError, journal_path, say, tell

if TYPE_CHECKING:
    from journal.store.backup import Health


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `backup`, `restore` and `check` to the command line."""
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="make a backup of your journal now",
        description="Copy your journal into the backups folder beside it. The app also makes "
        "one each day it is opened; the 7 newest are kept.",
    )
    backup.set_defaults(run=run_backup)
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="put a backup in place of your journal",
        description="Replace your journal with a backup, after asking. The journal being "
        "replaced is kept as a backup first, so nothing is lost.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.add_argument("--yes", action="store_true", help="restore without asking (for scripts)")
    restore.set_defaults(run=run_restore)
    check = commands.add_parser(
        "check",
        parents=[common],
        help="check that your journal file is healthy",
        description="Run SQLite's integrity check on your journal and list its backups. "
        "The file is only read, never changed.",
    )
    check.set_defaults(run=run_check)


def _backups_lines(path: Path) -> list[str]:
    from journal.store.backup import backups_of

    found = backups_of(path)
    if not found:
        return ["There are no backups yet."]
    return ["Backups (newest first), for `journal restore FILE`:"] + [f"  {b}" for b in found]


def _holds(health: Health) -> str:
    """What a journal holds, in words: "12 entries, the newest written on 27 Nov 2026"."""
    from journal.timeutil import from_iso
    from journal.wording import counted, short_date

    held = counted(health.entries, "entry", "entries")
    if health.newest is None:
        return held
    return f"{held}, the newest written on {short_date(from_iso(health.newest).date())}"


def _existing(path: Path) -> Path:
    if not path.exists():
        raise CommandError(f"There is no journal at {path}.")
    return path


def run_backup(args: argparse.Namespace) -> int:
    """Make a backup now."""
    from journal.store.backup import KEEP, make_backup

    path = _existing(journal_path(args))
    made = make_backup(path)
    tell(f"Backed up your journal to {made}. The {KEEP} newest backups are kept.")
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Check the journal's health and list its backups."""
    from journal.store.backup import check_health

    path = _existing(journal_path(args))
    health = check_health(path)
    if health.ok:
        tell(f"Your journal at {path} is healthy: {_holds(health)}.")
        tell("\n".join(_backups_lines(path)))
        return 0
    say(f"journal: {path} has a problem: " + "; ".join(health.problems[:5]) + ".")
    say("It has been left exactly as it was.")
    say("\n".join(_backups_lines(path)))
    return 1


def _confirm(question: str) -> bool:
    """Ask on the terminal; only y or yes means yes."""
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def run_restore(args: argparse.Namespace) -> int:
    """Check the backup, ask, then restore it, keeping the journal it replaces."""
    from journal.store.backup import check_health, restore_backup
    from journal.store.read_only import refuse_if_read_only

    path = journal_path(args)
    refuse_if_read_only(path)  # before any question it could not act on
    backup = Path(args.file).expanduser().absolute()
    if not backup.is_file():
        raise CommandError(f"There is no backup file at {backup}.")
    if path.exists() and backup.samefile(path):
        raise CommandError(f"{backup} is the journal itself, not a backup of it.")
    health = check_health(backup)
    if not health.ok:
        raise CommandError(f"{backup} cannot be restored: {health.problems[0]}.")
    tell(f"The backup {backup} holds {_holds(health)}.")
    current = check_health(path) if path.exists() else None
    if current is not None and current.ok:
        tell(f"Your journal at {path} holds {_holds(current)}.")
        tell("It will be kept as a backup first, so nothing is lost.")
    elif current is not None:
        tell(f"Your journal at {path} cannot be read; it will be kept aside, not deleted.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandError(
                "restore asks before replacing your journal, but there is no terminal to ask "
                "on. Add --yes to restore without asking."
            )
        if not _confirm("Put the backup in place of your journal?"):
            tell("Nothing was changed.")
            return 0
    kept = restore_backup(backup, path)
    tell(f"Restored. Your journal at {path} now holds {_holds(health)}.")
    if kept is not None:
        tell(f"The journal it replaced is kept at {kept}.")
    return 0
