"""The only code that speaks SQL. It never imports Textual.

The names below load on first use (PEP 562), so a quick command that needs one
small store module (such as `journal list`) does not pay for all of them.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing costs a few ms to import; this idiom needs no import
if TYPE_CHECKING:
    from journal.store.errors import JournalError, JournalUnavailableError, NotAJournalError
    from journal.store.journal_store import Store, open_store

_HOMES = {
    "JournalError": "journal.store.errors",
    "JournalUnavailableError": "journal.store.errors",
    "NotAJournalError": "journal.store.errors",
    "Store": "journal.store.journal_store",
    "open_store": "journal.store.journal_store",
}

__all__ = [
    "JournalError",
    "JournalUnavailableError",
    "NotAJournalError",
    "Store",
    "open_store",
]


def __getattr__(name: str) -> object:
    """Import the module that defines `name` the first time someone asks for it."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib  # here, not at the top: quick commands never need it

    return getattr(importlib.import_module(_HOMES[name]), name)
