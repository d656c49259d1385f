"""Lists read each entry's feelings and tags from its row: every way of writing keeps them true."""

from __future__ import annotations

from pathlib import Path

from journal.models import EntryFilter, Feeling, NewEntry
from journal.store import Store, open_store
from journal.store.imported import ImportedEntry


def assert_lists_match_the_entries(store: Store) -> None:
    """Every listed row shows the feelings and tags its entry holds, in the same order."""
    listed = store.queries.page(EntryFilter(), 0, 1000)
    assert listed
    for summary in listed:
        entry = store.entries.get(summary.id)
        assert summary.feelings == entry.feelings
        assert summary.tags == entry.tags


def test_lists_follow_adding_editing_and_clearing(tmp_path: Path) -> None:
    with open_store(tmp_path / "j.db") as store:
        first = store.entries.add(
            NewEntry(text="a", feelings=(Feeling("numb", "numb", 4),), tags=("work",))
        )
        second = store.entries.add(NewEntry(text="b"))
        assert_lists_match_the_entries(store)

        store.entries.update(
            first.id,
            NewEntry(
                text="a", feelings=(Feeling("calm"), Feeling("tired", "sad")), tags=("z", "a")
            ),
        )
        store.entries.update(
            second.id, NewEntry(text="b", feelings=(Feeling("lonely", "sad"),), tags=("home",))
        )
        assert_lists_match_the_entries(store)
        [edited] = store.queries.page(EntryFilter(text="lonely"))
        assert [f.word for f in edited.feelings] == ["lonely"]

        store.entries.update(first.id, NewEntry(text="a"))
        assert_lists_match_the_entries(store)
        [cleared] = [s for s in store.queries.page(EntryFilter()) if s.id == first.id]
        assert cleared.feelings == () and cleared.tags == ()


def test_imported_entries_are_listed_with_their_feelings_and_tags(tmp_path: Path) -> None:
    with open_store(tmp_path / "j.db") as store:
        store.transfer.add_all(
            [
                ImportedEntry(
                    NewEntry(
                        text=f"imported {n}",
                        feelings=(Feeling("hopeful", "happy"),),
                        tags=(f"t{n}",),
                    )
                )
                for n in range(3)
            ]
        )
        assert_lists_match_the_entries(store)
        assert {s.tags for s in store.queries.page(EntryFilter())} == {("t0",), ("t1",), ("t2",)}
