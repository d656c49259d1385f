"""Run the reference jrnl 4 from its own venv, sandboxed and non-interactive.

What makes jrnl 4 safe and quiet to script (checked against jrnl 4.6's source):

* ``--config-file PATH`` picks the config; the journal path is inside it.
  There is no ``JRNL_CONFIG`` variable. Without ``--config-file`` jrnl reads
  ``$XDG_CONFIG_HOME/jrnl/jrnl.yaml`` (or ``~/.jrnl_config``) and, if neither
  exists, asks first-run questions on stdin.
* Even with ``--config-file`` jrnl creates ``$XDG_DATA_HOME/jrnl/`` on every
  run (its default-config code calls pyxdg's ``save_data_path``), so HOME and
  the XDG variables point into a sandbox under ``bench/data/``.
* The config must hold every default key and ``version`` equal to jrnl's own,
  or jrnl rewrites it and prints "Configuration updated" on each run.
* ``encrypt: false`` (no password or keyring), ``editor: ""`` and stdin from
  /dev/null (reading never opens an editor), ``colors: none`` plus
  ``NO_COLOR=1`` (no ANSI codes in entries or in rich's messages on stderr).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
JRNL_VENV = BENCH_DIR / ".jrnl-venv"
JRNL_BIN = JRNL_VENV / "bin" / "jrnl"
DATA_DIR = BENCH_DIR / "data"
SANDBOX_HOME = DATA_DIR / "home"


def ensure_jrnl() -> Path:
    """Create the jrnl venv with ``setup_jrnl.sh`` if needed; return the ``jrnl`` path."""
    if not JRNL_BIN.exists():
        subprocess.run(["bash", str(BENCH_DIR / "setup_jrnl.sh")], check=True)
    return JRNL_BIN


def sandbox_env(home: Path = SANDBOX_HOME) -> dict[str, str]:
    """A minimal environment that keeps jrnl (or any CLI) out of the real home."""
    home.mkdir(parents=True, exist_ok=True)
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
        "NO_COLOR": "1",
        "TERM": "dumb",
        "COLUMNS": "80",
        "EDITOR": "",
        "VISUAL": "",
    }


def jrnl_version() -> str:
    """jrnl's ``__version__`` (e.g. ``"4.6"``), as its config's ``version`` key needs."""
    out = subprocess.run(
        [str(ensure_jrnl()), "--version"],
        env=sandbox_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    first = out.split()
    return first[1].removeprefix("v") if len(first) > 1 else ""


def jrnl_argv(config: Path, *args: str) -> list[str]:
    """The command line for ``jrnl --config-file CONFIG ARGS...``."""
    return [str(JRNL_BIN), "--config-file", str(config), *args]


def list_args(n: int) -> tuple[str, ...]:
    """jrnl's "show the last n entries": ``-n N``."""
    return ("-n", str(n))


def search_args(word: str, limit: int | None = None) -> tuple[str, ...]:
    """jrnl's full-text search: ``-contains WORD`` (case-insensitive substring
    of title or body, tags included); ``-n`` keeps only the newest ``limit``."""
    extra = ("-n", str(limit)) if limit else ()
    return ("-contains", word, *extra)
