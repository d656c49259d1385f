"""The hook where Thaw's own journal gets filled and run. Not finished yet.

To switch it on, once the store and the CLI exist:

1. Implement ``fill_thaw_journal``: write the entries into a fresh journal at
   the place ``journal`` will read when run with ``ThawSide.env`` (HOME and
   XDG_* point into ``workdir/home``, so platformdirs resolves there), e.g. by
   saving ``to_new_entry(e)`` for each entry through the store in bulk.
2. Check ``list_argv`` / ``search_argv`` match the real CLI.
3. Set ``READY = True``.

Until then ``python -m bench.run`` shows Thaw's columns as "n/a".
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bench import jrnl_env
from bench.generate import GeneratedEntry
from bench.sides import BENCH_DIR, EntriesFn, is_fresh, mark_fresh, stamp

if TYPE_CHECKING:
    from journal.models import NewEntry

READY = False
"""Flip to True once ``fill_thaw_journal`` and the CLI commands work."""


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


def fill_thaw_journal(entries: Sequence[GeneratedEntry], env: dict[str, str]) -> None:
    """Create Thaw's journal (as found under ``env``'s HOME/XDG dirs) holding ``entries``."""
    raise NotImplementedError("Thaw's store has no bulk-fill hook for the bench yet")


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
        if not READY:
            raise NotImplementedError("bench/thaw_side.py: READY is False")
        sources = (BENCH_DIR / "generate.py", BENCH_DIR / "vocab.py", Path(__file__))
        key = stamp(*sources, extra=str(workdir))
        if is_fresh(workdir, key):
            return
        shutil.rmtree(workdir, ignore_errors=True)
        workdir.mkdir(parents=True)
        fill_thaw_journal(entries(), self.env(workdir))
        mark_fresh(workdir, key)

    def env(self, workdir: Path) -> dict[str, str]:
        """Same sandbox as jrnl, but with its own HOME under ``workdir``."""
        return jrnl_env.sandbox_env(home=workdir / "home")

    def list_argv(self, workdir: Path, n: int) -> list[str]:
        """``journal list -n N``."""
        return [*journal_command(), "list", "-n", str(n)]

    def search_argv(self, workdir: Path, word: str, limit: int | None = None) -> list[str]:
        """``journal search WORD [-n LIMIT]``."""
        extra = ["-n", str(limit)] if limit else []
        return [*journal_command(), "search", word, *extra]

    def count_results(self, stdout: str) -> int | None:
        """Not known until the CLI's output format is settled."""
        return None
