"""The `journal` command: opens the app, or runs a quick command without it.

Nothing here, nor in any command except opening the app, imports Textual. The
plain reading commands (`journal list`, `journal search WORD`) are answered by
`journal.quick` without loading argparse or the models; every other form goes
through the full parser in `journal.commands.parser`.
"""

from __future__ import annotations

TYPE_CHECKING = False  # the typing module costs a few ms; quick commands skip it
if TYPE_CHECKING:
    import threading
    from collections.abc import Sequence
    from pathlib import Path
    from typing import NoReturn


def run_app(db_value: str | None, *, demo: bool = False) -> int:
    """Open the Textual app on the chosen journal (or on a throwaway demo journal)."""
    if demo:
        from journal.commands.demo import run_demo

        return run_demo()
    from journal.commands.output import EXIT_ERROR
    from journal.paths import resolve_db_path
    from journal.store import JournalError
    from journal.terminal_text import say
    from journal.ui.app import make_app

    path = resolve_db_path(db_value)
    try:
        app = make_app(path, freeze_start_up=True)
    except JournalError as error:
        say(f"journal: {error}")
        return EXIT_ERROR
    backup = _start_daily_backup(path)
    app.run()
    backup.join(timeout=10)
    return app.return_code or 0


def _start_daily_backup(path: Path) -> threading.Thread:
    """Back up the journal (at most once a day) in the background, so the app opens at once."""
    import threading

    from journal.store.backup import daily_backup

    def work() -> None:
        try:
            daily_backup(path)
        except Exception:  # noqa: BLE001 - a failed backup must never disturb the app
            return

    thread = threading.Thread(target=work, name="daily-backup", daemon=True)
    thread.start()
    return thread


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `journal` command line `argv` (the process's own when None); its exit status."""
    import sys

    from journal.quick import run_quick

    arguments = sys.argv[1:] if argv is None else list(argv)
    answered = run_quick(arguments)
    return _run_full(arguments) if answered is None else answered


def command() -> NoReturn:
    """The `journal` program itself: its console script and `python -m journal`.

    A quick read command (journal.quick) holds nothing that needs tidying once it has
    printed, yet Python's orderly shutdown would add 3 to 6 ms to each: so after one,
    what was printed is flushed and the process ends at once. Every other command
    ends the usual way.
    """
    import os
    import sys

    from journal.quick import run_quick

    arguments = sys.argv[1:]
    answered = run_quick(arguments)
    if answered is None:
        raise SystemExit(_run_full(arguments))
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:  # a reader gone at the last moment: nothing can reach it
            pass
        except OSError as error:
            from journal.terminal_text import could_not_finish

            answered = could_not_finish(error)
    os._exit(answered)


def _run_full(arguments: list[str]) -> int:
    """Every command line the quick path leaves: parsed in full, then run."""
    from journal.commands.output import run_command
    from journal.commands.parser import (
        SEARCH_MINUS,
        USAGE_ERROR,
        build_parser,
        minus_word_unmarked,
    )
    from journal.terminal_text import say

    if minus_word_unmarked(arguments):
        say(f"journal search: {SEARCH_MINUS}.")
        return USAGE_ERROR
    args = build_parser(arguments).parse_args(arguments)
    if args.command is None:
        return run_app(args.db, demo=args.demo)
    if args.demo:
        say("journal: --demo opens the app; it cannot be used with a command.")
        return USAGE_ERROR
    return run_command(args.run, args)
