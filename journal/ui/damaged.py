"""A journal found damaged while the app is open: a plain message and exit, never a traceback.

Opening checks the file's header and schema, but a damaged page further in shows only
when it is read. Textual would then print a traceback, with local values that may hold
a person's own words, and exit with status 1. Instead Thaw ends with the message the
command line gives (what happened, that the file was left as it was, which backups
could be restored) and status 1.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from journal.store.connection import backups_for
from journal.store.errors import NotAJournalError
from journal.store.failures import is_damage
from journal.terminal_text import for_terminal


def damage_message(path: Path | None, error: BaseException) -> Text:
    """What to print on leaving: the journal, what is wrong, and its backups."""
    if path is None:
        return Text(f"journal: Thaw could not read the journal ({error}).")
    problem = NotAJournalError(path, f"looks damaged ({error})", backups_for(path))
    return Text(for_terminal(f"journal: {problem}"))


class ExitWhenDamaged:
    """Mixin for the app: a damaged journal ends it with `damage_message` and status 1."""

    def _handle_exception(self, error: Exception) -> None:
        """Textual's hook for an unhandled error: damage gets a message, the rest a traceback."""
        if not is_damage(error):
            super()._handle_exception(error)  # type: ignore[misc]
            return
        path = self.store.path  # type: ignore[attr-defined]
        self.exit(return_code=1, message=damage_message(path, error))  # type: ignore[attr-defined]
