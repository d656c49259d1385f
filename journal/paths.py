"""Where the journal lives, and keeping its files private.

Nothing here runs at import time: the path is resolved only when asked, so
tests and `--db` can point anywhere without touching the real journal.

Keeping a file private only ever takes permissions away (from the group and
others): a file a person made read-only stays read-only.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

DB_FILENAME = "journal.db"
ENV_VAR = "JOURNAL_DB"
APP_DIR_NAME = "thaw"
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
OTHERS = 0o077
"""The group's and everyone else's permission bits: the only ones Thaw ever removes."""


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
            make_private(folder)
        return
    old_umask = os.umask(0o077)
    try:
        folder.mkdir(parents=True, mode=PRIVATE_DIR, exist_ok=True)
    finally:
        os.umask(old_umask)
    folder.chmod(PRIVATE_DIR)


def _narrowed(mode: int) -> int:
    return stat.S_IMODE(mode) & ~OTHERS


def make_private(path: Path) -> None:
    """Take the group's and others' permissions off an existing file or folder.

    The owner's own permissions are never added to: read-only stays read-only.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    if stat.S_IMODE(mode) != _narrowed(mode):
        path.chmod(_narrowed(mode))


def create_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist yet (else only make it private)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    except FileExistsError:
        make_private(path)
        return
    os.close(fd)
    path.chmod(PRIVATE_FILE)  # whatever the umask


def open_private_for_writing(path: Path, binary: bool = False):  # noqa: ANN201
    """Open `path` for writing (truncating): created 0600, or an old file made private."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE)
    os.fchmod(fd, _narrowed(os.fstat(fd).st_mode))
    if binary:
        return os.fdopen(fd, "wb")
    return os.fdopen(fd, "w", encoding="utf-8", newline="")
