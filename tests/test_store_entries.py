"""Saving, reading, editing, trashing and purging check-ins."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest

from journal.models import BodyNote, EntryFilter, Feeling, NewEntry
from journal.store import Store
from journal.store import entries as entries_module

NEW_YORK_WINTER = timezone(timedelta(hours=-5))


def search_ids(store: Store, text: str) -> list[int]:
    return [summary.id for summary in store.queries.page(EntryFilter(text=text), limit=1000)]


def fts_index(store: Store) -> dict[int, tuple[str, list[str]]]:
    """What the full-text index holds: rowid -> (text, feeling words)."""
    rows = store.connection.query("SELECT rowid, text, feelings FROM entry_fts")
    return {row[0]: (row[1], sorted(row[2].split())) for row in rows}


def expected_index(store: Store) -> dict[int, tuple[str, list[str]]]:
    """What the index should hold: one row per entry outside the trash, keyed by sort_key."""
    rows = store.connection.query("SELECT id, sort_key, text FROM entries WHERE trashed_at IS NULL")
    expected = {}
    for row in rows:
        words = " ".join(f.word for f in store.entries.get(row["id"]).feelings)
        expected[row["sort_key"]] = (row["text"], sorted(words.split()))
    return expected


def table_counts(store: Store) -> dict[str, int]:
    tables = ("entries", "feelings", "body_notes", "entry_tags", "entry_fts")
    return {t: store.connection.query(f"SELECT count(*) FROM {t}")[0][0] for t in tables}


def test_add_and_get_round_trip_every_field(store: Store) -> None:
    created = datetime(2024, 1, 9, 22, 15, 7, tzinfo=NEW_YORK_WINTER)
    new = NewEntry(
        text="First line\n\nSecond paragraph with ünïcode and 🙂",
        numbness=7,
        energy=2,
        pleasantness=3,
        prompt_id="body-scan",
        prompt_text="Where in your body do you notice anything?",
        could_not_name=True,
        feelings=(
            Feeling("Anxious", "fear", 5),
            Feeling("hollow", "sadness", 1, custom=True),
            Feeling("calm", "peace", 3),
        ),
        body_notes=(BodyNote("chest", "tight"), BodyNote("arms", "heavy"), BodyNote("jaw")),
        tags=("sleep",),
        created_at=created,
    )

    added = store.entries.add(new)
    got = store.entries.get(added.id)

    assert got == added
    assert got.text == new.text
    assert (got.numbness, got.energy, got.pleasantness) == (7, 2, 3)
    assert (got.prompt_id, got.prompt_text) == (new.prompt_id, new.prompt_text)
    assert got.could_not_name is True
    assert got.trashed_at is None
    # Order as named (not alphabetical), words lower-cased, intensity and custom kept.
    assert got.feelings == (
        Feeling("anxious", "fear", 5, False),
        Feeling("hollow", "sadness", 1, True),
        Feeling("calm", "peace", 3, False),
    )
    assert got.body_notes == new.body_notes
    assert got.tags == ("sleep",)
    assert got.created_at == created
    assert got.created_at.utcoffset() == timedelta(hours=-5)
    assert got.created_at.hour == 22  # the local wall time, not converted to UTC
    assert got.first_line == "First line"


def test_add_without_created_at_uses_the_store_clock(store: Store, clock) -> None:
    added = store.entries.add(NewEntry(text="now"))

    assert added.created_at == clock.now()
    assert added.updated_at == clock.now()
    assert added.created_at.utcoffset() == clock.now().utcoffset()


def test_an_entry_with_nothing_but_defaults_round_trips(store: Store, clock) -> None:
    got = store.entries.get(store.entries.add(NewEntry()).id)

    assert (got.text, got.numbness, got.energy, got.pleasantness) == ("", None, None, None)
    assert (got.feelings, got.body_notes, got.tags) == ((), (), ())
    assert got.could_not_name is False


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        (("@Work ",), ("work",)),
        (("#Sleep", "sleep", "SLEEP", " @sleep"), ("sleep",)),
        (("Family   Time",), ("family time",)),
        (("", "   ", "@"), ()),
        (("zoo", "Alpha", "@work", "work"), ("alpha", "work", "zoo")),
    ],
)
def test_tags_are_normalised_and_duplicates_collapsed(store: Store, given, stored) -> None:
    entry = store.entries.add(NewEntry(text="t", tags=given))

    assert store.entries.get(entry.id).tags == stored


def test_feeling_words_are_trimmed_and_lower_cased(store: Store) -> None:
    entry = store.entries.add(
        NewEntry(feelings=(Feeling("  Left   Out ", "sadness"), Feeling("   ", "x")))
    )

    assert store.entries.get(entry.id).feelings == (Feeling("left out", "sadness"),)


def test_text_with_a_lone_surrogate_is_saved_not_refused(store: Store) -> None:
    entry = store.entries.add(NewEntry(text="broken \ud800 paste"))

    assert store.entries.get(entry.id).text == "broken \ufffd paste"


def test_get_of_a_missing_entry_raises_key_error(store: Store) -> None:
    with pytest.raises(KeyError):
        store.entries.get(12345)


def test_update_replaces_children_and_keeps_search_in_step(store: Store, clock) -> None:
    entry = store.entries.add(
        NewEntry(
            text="walked by the river",
            numbness=8,
            feelings=(Feeling("anxious", "fear", 4), Feeling("tired", "low", 2)),
            body_notes=(BodyNote("chest", "tight"),),
            tags=("walk", "outside"),
        )
    )
    clock.advance(hours=2)

    updated = store.entries.update(
        entry.id,
        NewEntry(
            text="stayed in and painted",
            numbness=4,
            feelings=(Feeling("Calm", "peace", 3),),
            body_notes=(BodyNote("hands", "warm"), BodyNote("shoulders", "loose")),
            tags=("Art",),
        ),
    )

    assert updated.id == entry.id
    assert updated.created_at == entry.created_at
    assert updated.updated_at == clock.now()
    assert updated.text == "stayed in and painted"
    assert updated.numbness == 4
    assert updated.feelings == (Feeling("calm", "peace", 3),)
    assert updated.body_notes == (BodyNote("hands", "warm"), BodyNote("shoulders", "loose"))
    assert updated.tags == ("art",)
    assert table_counts(store)["feelings"] == 1
    assert table_counts(store)["body_notes"] == 2
    # Old text and old feelings are gone from the index; the new ones are found.
    for old in ("river", "walked", "anxious", "tired"):
        assert search_ids(store, old) == [], old
    for new in ("painted", "stayed", "calm"):
        assert search_ids(store, new) == [entry.id], new
    assert fts_index(store) == expected_index(store)


def test_update_that_removes_every_feeling_removes_them_from_search(store: Store) -> None:
    entry = store.entries.add(
        NewEntry(text="plain words", feelings=(Feeling("lonely"), Feeling("restless")))
    )

    store.entries.update(entry.id, NewEntry(text="plain words"))

    assert store.entries.get(entry.id).feelings == ()
    assert search_ids(store, "lonely") == []
    assert search_ids(store, "restless") == []
    assert search_ids(store, "plain") == [entry.id]
    assert fts_index(store) == expected_index(store)


def test_update_that_fails_leaves_the_entry_as_it_was(store: Store) -> None:
    entry = store.entries.add(
        NewEntry(text="original words", feelings=(Feeling("numb"),), tags=("keep",))
    )
    before_index = fts_index(store)

    with pytest.raises(sqlite3.IntegrityError):
        store.entries.update(
            entry.id, NewEntry(text="replacement", feelings=(Feeling("bad", intensity=9),))
        )

    assert store.entries.get(entry.id) == entry
    assert fts_index(store) == before_index
    assert search_ids(store, "original") == [entry.id]
    assert search_ids(store, "replacement") == []


def test_trash_hides_everywhere_except_the_trash_view(store: Store) -> None:
    keep = store.entries.add(NewEntry(text="kept lantern", feelings=(Feeling("hopeful"),)))
    gone = store.entries.add(NewEntry(text="trashed lantern", feelings=(Feeling("hopeless"),)))

    store.entries.trash(gone.id)

    assert store.entries.count() == 1
    assert store.queries.count() == 1
    assert [s.id for s in store.queries.page()] == [keep.id]
    assert search_ids(store, "lantern") == [keep.id]
    assert search_ids(store, "hopeless") == []
    trash = EntryFilter(trashed=True)
    assert [s.id for s in store.queries.page(trash)] == [gone.id]
    assert store.queries.count(trash) == 1
    assert store.entries.get(gone.id).trashed_at is not None
    assert fts_index(store) == expected_index(store)


def test_restore_brings_an_entry_back_with_its_feelings_searchable(store: Store, clock) -> None:
    entry = store.entries.add(NewEntry(text="quiet morning", feelings=(Feeling("content"),)))
    store.entries.trash(entry.id)
    clock.advance(days=3)

    store.entries.restore(entry.id)

    assert store.entries.get(entry.id).trashed_at is None
    assert store.entries.count() == 1
    assert store.queries.count(EntryFilter(trashed=True)) == 0
    assert search_ids(store, "quiet") == [entry.id]
    assert search_ids(store, "content") == [entry.id]
    assert fts_index(store) == expected_index(store)


def test_trashed_at_is_the_clock_time(store: Store, clock) -> None:
    entry = store.entries.add(NewEntry(text="x"))
    clock.advance(minutes=5)

    store.entries.trash(entry.id)

    assert store.entries.get(entry.id).trashed_at == clock.now()


def test_purge_trash_deletes_only_entries_trashed_over_30_days_ago(store: Store, clock) -> None:
    old = store.entries.add(NewEntry(text="old", feelings=(Feeling("sad"),), tags=("t",)))
    store.entries.trash(old.id)
    clock.advance(days=10)
    recent = store.entries.add(NewEntry(text="recent"))
    store.entries.trash(recent.id)
    live = store.entries.add(NewEntry(text="live"))

    clock.advance(days=20)  # old was trashed exactly 30 days ago: not yet
    assert store.entries.purge_trash() == 0

    clock.advance(seconds=1)
    assert store.entries.purge_trash() == 1

    with pytest.raises(KeyError):
        store.entries.get(old.id)
    assert store.entries.get(recent.id).trashed_at is not None
    assert store.entries.get(live.id).trashed_at is None
    counts = table_counts(store)
    assert (counts["entries"], counts["feelings"], counts["entry_tags"]) == (2, 0, 0)

    clock.advance(days=20)
    assert store.entries.purge_trash() == 1
    assert [s.id for s in store.queries.page()] == [live.id]
    assert store.queries.count(EntryFilter(trashed=True)) == 0


def test_entries_with_identical_times_are_both_kept_newest_saved_first(store: Store, clock) -> None:
    moment = datetime(2024, 2, 1, 8, 0, tzinfo=UTC)
    first = store.entries.add(NewEntry(text="first twin", created_at=moment))
    second = store.entries.add(NewEntry(text="second twin", created_at=moment))
    third = store.entries.add(NewEntry(text="third twin", created_at=moment))
    later = store.entries.add(NewEntry(text="later", created_at=moment + timedelta(seconds=1)))

    assert len({first.id, second.id, third.id}) == 3
    assert store.entries.get(second.id).created_at == moment
    order = [later.id, third.id, second.id, first.id]
    assert [s.id for s in store.queries.page()] == order
    assert search_ids(store, "twin") == order[1:]
    assert fts_index(store) == expected_index(store)


def test_a_failing_save_leaves_no_entry_behind(store: Store) -> None:
    bad = NewEntry(
        text="never saved",
        feelings=(Feeling("ok", intensity=3), Feeling("too much", intensity=9)),
    )

    with pytest.raises(sqlite3.IntegrityError):
        store.entries.add(bad)

    assert table_counts(store) == dict.fromkeys(table_counts(store), 0)
    assert search_ids(store, "never") == []


def test_a_save_interrupted_after_children_are_written_is_rolled_back(
    store: Store, monkeypatch
) -> None:
    def explode(tag: str) -> str:
        raise RuntimeError("disk pulled out")

    # Tags are written last, after the entry, its feelings and body notes.
    monkeypatch.setattr(entries_module, "normalise_tag", explode)

    with pytest.raises(RuntimeError):
        store.entries.add(
            NewEntry(
                text="half written",
                feelings=(Feeling("numb"),),
                body_notes=(BodyNote("chest"),),
                tags=("x",),
            )
        )

    assert table_counts(store) == dict.fromkeys(table_counts(store), 0)
    assert not store.connection.conn.in_transaction


def test_out_of_range_ratings_are_refused(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.entries.add(NewEntry(text="x", numbness=11))

    assert store.entries.count() == 0


def test_saving_a_checkin_forgets_its_draft_in_the_same_transaction(store: Store) -> None:
    store.drafts.save("Tired but here.", {"step": 3})
    broken = NewEntry(text="Tired but here.", numbness=11)  # fails the CHECK constraint
    with pytest.raises(sqlite3.IntegrityError):
        store.entries.add(broken, clear_draft=True)
    assert store.drafts.load() is not None  # the failed save kept the draft
    entry = store.entries.add(NewEntry(text="Tired but here.", numbness=4), clear_draft=True)
    assert store.drafts.load() is None
    store.drafts.save("Tired, and a bit more.", {"step": 4}, entry_id=entry.id)
    with pytest.raises(sqlite3.IntegrityError):
        store.entries.update(entry.id, broken, clear_draft=True)
    assert store.drafts.load() is not None and store.entries.get(entry.id).numbness == 4
    store.entries.update(entry.id, NewEntry(text="Tired, and a bit more."), clear_draft=True)
    assert store.drafts.load() is None
    store.drafts.save("Still writing.", {"step": 1})
    store.entries.add(NewEntry(text="Imported, not from the draft."))
    assert store.drafts.load() is not None
