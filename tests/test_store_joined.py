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


def test_a_writer_that_knows_nothing_of_the_lists_keeps_them_true(tmp_path: Path) -> None:
    """Plain SQL on the feelings and tags tables, as an older Thaw on the same file would write."""
    with open_store(tmp_path / "j.db") as store:
        first = store.entries.add(NewEntry(text="a", feelings=(Feeling("calm"),), tags=("x",)))
        second = store.entries.add(NewEntry(text="b"))
        conn = store.connection.conn
        with conn:
            conn.execute(
                "INSERT INTO feelings (entry_id, position, word) VALUES (?, 1, 'numb')", (first.id,)
            )
            conn.execute("INSERT INTO entry_tags (entry_id, tag) VALUES (?, 'y')", (second.id,))
            conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (first.id,))
        assert_lists_match_the_entries(store)

        with conn:  # a feeling moved to the other entry leaves one list and joins the other
            conn.execute("UPDATE feelings SET entry_id = ? WHERE word = 'calm'", (second.id,))
        assert_lists_match_the_entries(store)
        listed = {s.id: [f.word for f in s.feelings] for s in store.queries.page(EntryFilter())}
        assert listed == {first.id: ["numb"], second.id: ["calm"]}
