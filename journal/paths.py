"""Where the journal lives, and keeping its files private.

Nothing here runs at import time: the path is resolved only when asked, so
tests and `--db` can point anywhere without touching the real journal.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

DB_FILENAME = "journal.db"
ENV_VAR = "JOURNAL_DB"
APP_DIR_NAME = "thaw"
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def default_db_path() -> Path:
    """The journal file in the platform's user data folder (e.g. ~/.local/share/thaw)."""
    from platformdirs import user_data_path

    return user_data_path(APP_DIR_NAME, appauthor=False) / DB_FILENAME


def resolve_db_path(cli_value: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """Choose the journal file: `--db` first, then $JOURNAL_DB, then the default."""
    env = os.environ if environ is None else environ
    chosen = cli_value or env.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser().absolute()
    return default_db_path()


def ensure_private_dir(folder: Path) -> None:
    """Create `folder` (and missing parents) readable by this user only.

    A folder that already exists is left as it is unless it is Thaw's own data
    folder, so pointing `--db` into /tmp never changes /tmp.
    """
    if folder.is_dir():
        if folder.name == APP_DIR_NAME:
            folder.chmod(PRIVATE_DIR)
        return
    old_umask = os.umask(0o077)
    try:
        folder.mkdir(parents=True, mode=PRIVATE_DIR, exist_ok=True)
    finally:
        os.umask(old_umask)
    folder.chmod(PRIVATE_DIR)


def make_private(path: Path) -> None:
    """Make an existing file readable and writable by this user only."""
    if path.exists():
        path.chmod(PRIVATE_FILE)


def create_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist yet."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE)
    os.close(fd)
    path.chmod(PRIVATE_FILE)


def open_private_for_writing(path: Path, binary: bool = False):  # noqa: ANN201
    """Open `path` for writing (truncating) so that it is created, or made, 0600."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE)
    os.fchmod(fd, PRIVATE_FILE)
    if binary:
        return os.fdopen(fd, "wb")
    return os.fdopen(fd, "w", encoding="utf-8", newline="")
