"""The only code that speaks SQL. It never imports Textual."""

from journal.store.errors import JournalError, JournalUnavailableError, NotAJournalError
from journal.store.journal_store import Store, open_store

__all__ = ["JournalError", "JournalUnavailableError", "NotAJournalError", "Store", "open_store"]
