"""Thaw's side of the comparison: its SQLite journal, filled in bulk, and its CLI."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bench import jrnl_env
from bench.generate import GeneratedEntry
from bench.sides import BENCH_DIR, ENTRY_HEADER, EntriesFn, is_fresh, mark_fresh, stamp

if TYPE_CHECKING:
    from journal.models import NewEntry


def to_new_entry(entry: GeneratedEntry) -> NewEntry:
    """Map a generated entry onto Thaw's ``NewEntry`` (all fields Thaw has)."""
    from journal.models import Feeling, NewEntry

    return NewEntry(
        text=entry.text,
        numbness=entry.numbness,
        feelings=tuple(Feeling(f.word, f.family, f.intensity) for f in entry.feelings),
        tags=entry.tags,
        created_at=entry.created_at,
    )


def fill_thaw_journal(entries: Sequence[GeneratedEntry], path: Path) -> None:
    """Create Thaw's journal at ``path`` holding ``entries``, in one transaction."""
    from journal.store import open_store
    from journal.store.imported import ImportedEntry

    with open_store(path) as store:
        store.transfer.add_all([ImportedEntry(to_new_entry(entry)) for entry in entries])


def journal_command() -> list[str]:
    """The ``journal`` console script next to this Python, else ``python -m journal``."""
    script = Path(sys.executable).parent / "journal"
    if script.exists():
        return [str(script)]
    found = shutil.which("journal")
    return [found] if found else [sys.executable, "-m", "journal"]


class ThawSide:
    """Thaw's ``journal`` command on its SQLite journal."""

    name = "thaw"

    def prepare(self, entries: EntriesFn, workdir: Path) -> None:
        """Fill the sandboxed journal once per data version."""
        sources = (BENCH_DIR / "generate.py", BENCH_DIR / "vocab.py", Path(__file__))
        key = stamp(*sources, extra=str(workdir))
        if is_fresh(workdir, key):
            return
        shutil.rmtree(workdir, ignore_errors=True)
        workdir.mkdir(parents=True)
        fill_thaw_journal(entries(), self.db_path(workdir))
        mark_fresh(workdir, key)

    def db_path(self, workdir: Path) -> Path:
        """The journal file the timed commands read."""
        return workdir / "journal.db"

    def env(self, workdir: Path) -> dict[str, str]:
        """Same sandbox as jrnl, with its own HOME and JOURNAL_DB under ``workdir``."""
        return {
            **jrnl_env.sandbox_env(home=workdir / "home"),
            "JOURNAL_DB": str(self.db_path(workdir)),
        }

    def list_argv(self, workdir: Path, n: int) -> list[str]:
        """``journal list -n N``."""
        return [*journal_command(), "list", "-n", str(n)]

    def search_argv(self, workdir: Path, word: str, limit: int | None = None) -> list[str]:
        """``journal search WORD [-n LIMIT]``."""
        extra = ["-n", str(limit)] if limit else []
        return [*journal_command(), "search", word, *extra]

    def count_results(self, stdout: str) -> int | None:
        """Entries printed: each starts with a ``YYYY-MM-DD HH:MM`` header at the margin."""
        return len(ENTRY_HEADER.findall(stdout))
