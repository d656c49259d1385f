"""Backups made in the same second each keep their own name: none ever replaces another.

The clock is the `now` the store's callers pass, so every test here runs in one
fixed second without sleeping.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal.models import NewEntry
from journal.store import open_store
from journal.store.backup import KEEP, backups_of, daily_backup, make_backup, restore_backup
from journal.store.connection import backups_for
from tests.test_backup import damage, journal_with, texts_in

SECOND = datetime(2025, 11, 27, 8, 0, 0)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return journal_with(tmp_path / "j.db", "one")


def add(path: Path, text: str) -> None:
    with open_store(path) as store:
        store.entries.add(NewEntry(text=text))


def test_backups_in_the_same_second_are_numbered_and_each_kept(db: Path) -> None:
    first = make_backup(db, SECOND)
    add(db, "two")
    second = make_backup(db, SECOND)
    add(db, "three")
    third = make_backup(db, SECOND)
    assert [first.name, second.name, third.name] == [
        "j-20251127-080000.db",
        "j-20251127-080000-2.db",
        "j-20251127-080000-3.db",
    ]
    assert texts_in(first) == ["one"]
    assert texts_in(second) == ["one", "two"]
    assert texts_in(third) == ["one", "three", "two"]
    assert backups_of(db) == [third, second, first]
    assert backups_for(db) == [third, second, first]  # as error messages list them
    assert sorted(p.name for p in first.parent.iterdir()) == sorted(
        p.name for p in (first, second, third)
    )  # no partial copy left behind


def test_the_seven_newest_are_kept_in_order_within_a_second(db: Path) -> None:
    made = [make_backup(db, SECOND) for _ in range(12)]
    assert backups_of(db) == made[::-1][:KEEP]  # -12 down to -6: -10 is newer than -9
    later = make_backup(db, SECOND + timedelta(seconds=1))
    assert backups_of(db) == [later, *made[::-1][: KEEP - 1]]
    assert daily_backup(db, SECOND + timedelta(hours=1)) is None  # today's is there


def test_a_backup_before_restoring_never_replaces_the_backup_being_restored(db: Path) -> None:
    chosen = make_backup(db, SECOND)  # the daily backup, say
    add(db, "written since")
    kept = restore_backup(chosen, db, now=SECOND)  # in the very same second
    assert kept is not None and kept != chosen
    assert texts_in(db) == ["one"]
    assert texts_in(chosen) == ["one"]
    assert texts_in(kept) == ["one", "written since"]


def test_damaged_journals_set_aside_in_the_same_second_are_both_kept(db: Path) -> None:
    good = make_backup(db, SECOND)
    damage(db)
    first_damage = db.read_bytes()
    first = restore_backup(good, db, now=SECOND)
    damage(db)
    second = restore_backup(good, db, now=SECOND)
    assert first is not None and second is not None and first != second
    assert first.read_bytes() == first_damage
    assert second.name == first.name + "-2"
    assert texts_in(db) == ["one"]


def test_without_hard_links_a_taken_name_is_still_never_replaced(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: object, target: object) -> None:
        raise PermissionError("this disk has no hard links")

    monkeypatch.setattr(os, "link", no_links)
    first = make_backup(db, SECOND)
    add(db, "two")
    second = make_backup(db, SECOND)
    assert first != second
    assert texts_in(first) == ["one"] and texts_in(second) == ["one", "two"]
