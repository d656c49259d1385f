"""The programs being compared, behind one small interface.

A ``Side`` fills its own store from the shared generated entries, then hands
out the command lines to time. ``JrnlSide`` is the reference; the Thaw side
lives in ``bench/thaw_side.py``. Prepared data sits in
``bench/data/n{count}-s{seed}/{side}/`` and is rebuilt only when the
generator, the writer code or the parameters change (see ``stamp``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from bench import jrnl_data, jrnl_env
from bench.generate import GeneratedEntry

ENTRY_HEADER = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2} [AP]M)? ", re.MULTILINE)

BENCH_DIR = Path(__file__).resolve().parent
EntriesFn = Callable[[], Sequence[GeneratedEntry]]
"""Returns the shared entries; called only when a side must (re)build its data."""


class Side(Protocol):
    """One journal program under test."""

    name: str

    def prepare(self, entries: EntriesFn, workdir: Path) -> None:
        """Fill this side's journal in ``workdir`` (skip if already up to date)."""

    def env(self, workdir: Path) -> dict[str, str]:
        """The environment every timed command runs with."""

    def list_argv(self, workdir: Path, n: int) -> list[str]:
        """Show the newest ``n`` entries."""

    def search_argv(self, workdir: Path, word: str, limit: int | None = None) -> list[str]:
        """Full-text search for ``word``, optionally only the newest ``limit`` hits."""

    def count_results(self, stdout: str) -> int | None:
        """How many entries a command printed, or None if this side can't tell."""


def stamp(*files: Path, extra: str = "") -> str:
    """A fingerprint of source files plus parameters, to know when data is stale."""
    digest = hashlib.sha256(extra.encode())
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def is_fresh(workdir: Path, key: str) -> bool:
    """True when ``workdir`` was completed for ``key`` (see ``mark_fresh``)."""
    marker = workdir / ".stamp"
    return marker.exists() and marker.read_text() == key


def mark_fresh(workdir: Path, key: str) -> None:
    """Record that ``workdir`` is complete for ``key``; write it last."""
    (workdir / ".stamp").write_text(key)


class JrnlSide:
    """jrnl 4 from ``bench/.jrnl-venv`` on a plain-text journal.

    ``JrnlSide()`` uses a time format jrnl parses quickly (jrnl at its best);
    ``JrnlSide.as_installed()`` keeps jrnl's first-run default, as most people run it.
    """

    def __init__(self, name: str = "jrnl", timeformat: str = jrnl_data.TIMEFORMAT) -> None:
        self.name = name
        self.timeformat = timeformat

    @classmethod
    def as_installed(cls) -> JrnlSide:
        """jrnl with its default config's time format ("%F %r")."""
        return cls("jrnl-default", jrnl_data.DEFAULT_TIMEFORMAT)

    def prepare(self, entries: EntriesFn, workdir: Path) -> None:
        """Write ``journal.txt``, ``jrnl.yaml`` and ``export.json`` (jrnl's JSON)."""
        jrnl_env.ensure_jrnl()
        version = jrnl_env.jrnl_version()
        sources = (BENCH_DIR / "generate.py", BENCH_DIR / "vocab.py", BENCH_DIR / "jrnl_data.py")
        key = stamp(*sources, extra=f"{workdir} {version} {self.timeformat}")
        if is_fresh(workdir, key):
            return
        workdir.mkdir(parents=True, exist_ok=True)
        data = entries()
        jrnl_data.write_journal(data, workdir / "journal.txt", timeformat=self.timeformat)
        jrnl_data.write_config(
            workdir / "jrnl.yaml", workdir / "journal.txt", version, self.timeformat
        )
        jrnl_data.write_export_json(data, workdir / "export.json")
        mark_fresh(workdir, key)

    def env(self, workdir: Path) -> dict[str, str]:
        """Sandboxed, colourless, non-interactive."""
        return jrnl_env.sandbox_env()

    def list_argv(self, workdir: Path, n: int) -> list[str]:
        """``jrnl -n N``."""
        return jrnl_env.jrnl_argv(workdir / "jrnl.yaml", *jrnl_env.list_args(n))

    def search_argv(self, workdir: Path, word: str, limit: int | None = None) -> list[str]:
        """``jrnl -contains WORD [-n LIMIT]``."""
        return jrnl_env.jrnl_argv(workdir / "jrnl.yaml", *jrnl_env.search_args(word, limit))

    def count_results(self, stdout: str) -> int | None:
        """Entries printed: each starts a line with its ``YYYY-MM-DD HH:MM`` stamp
        (body lines start with ``| ``)."""
        return len(ENTRY_HEADER.findall(stdout))
