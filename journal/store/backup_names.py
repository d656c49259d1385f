"""How backups are named, listed newest first, and given a name no other file has.

A backup is `backups/<stem>-<YYYYmmdd-HHMMSS>.db`; a second backup made in the same
second (the daily one, then one before a restore or an import) gets `-2`, then `-3`,
and so on. A new backup never replaces a file that is already there.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

FOLDER = "backups"
STAMP = "%Y%m%d-%H%M%S"
_NAMED = re.compile(r"(\d{8}-\d{6})(?:-(\d+))?\.db")


def backup_folder(path: Path) -> Path:
    """Where the backups of the journal at `path` are kept."""
    return path.parent / FOLDER


def numbered(name: str, number: int) -> str:
    """`name` for the first of its kind, `name-2` for the second, and so on."""
    return name if number == 1 else f"{name}-{number}"


def backup_name(path: Path, moment: datetime, number: int = 1) -> Path:
    """The name of the `number`th backup of `path` made in the second of `moment`."""
    return backup_folder(path) / f"{numbered(f'{path.stem}-{moment.strftime(STAMP)}', number)}.db"


def next_number(path: Path, moment: datetime) -> int:
    """1 for the first backup in a second, else one past the newest of that second.

    Never a lower number, even once older backups of that second were let go, so the
    numbers keep the order the backups were made in.
    """
    stamp = moment.strftime(STAMP)
    made = [_order(backup) for backup in backups_of(path)]
    return max((number for when, number, _name in made if when == stamp), default=0) + 1


def _order(backup: Path) -> tuple[str, int, str]:
    """Sorts by time, then by number within a second (so `-10` comes after `-9`)."""
    match = _NAMED.search(backup.name)
    if match is None:
        return ("", 0, backup.name)
    return (match[1], int(match[2] or 1), backup.name)


def newest_first(files: list[Path]) -> list[Path]:
    """Backups in the order they were made, newest first."""
    return sorted(files, key=_order, reverse=True)


def backups_of(path: Path) -> list[Path]:
    """This journal's backups, newest first (only files named exactly as Thaw names them)."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    prefix = re.escape(path.stem) + "-"
    named = [p for p in folder.iterdir() if re.fullmatch(prefix + _NAMED.pattern, p.name)]
    return newest_first(named)


def backup_time(backup: Path) -> datetime | None:
    """The local time a backup was made, read from its name."""
    match = _NAMED.search(backup.name)
    return datetime.strptime(match[1], STAMP) if match else None


def move_to_free_name(source: Path, name_for: Callable[[int], Path], first: int = 1) -> Path:
    """Move `source` to the first free name of name_for(first), name_for(first + 1)...

    Returns where it went. A hard link claims the name atomically, so even another
    process backing up in the same second cannot be overwritten. Where the disk has no
    hard links (FAT, some network drives) a name is taken only after checking that it
    is free.
    """
    number = first
    while True:
        target = name_for(number)
        number += 1
        try:
            os.link(source, target)
        except FileExistsError:
            continue
        except OSError:
            if target.exists():
                continue
            os.replace(source, target)
            return target
        source.unlink()
        return target
