"""Full-text search and the History filters: what is found, in what order, and safety."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest

from journal.models import EntryFilter, Feeling, NewEntry
from journal.store import Store
from journal.store.fts import HIGHLIGHT_END, HIGHLIGHT_START

DAY1 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def ids(store: Store, wanted: EntryFilter) -> list[int]:
    return [summary.id for summary in store.queries.page(wanted, limit=10_000)]


def found(store: Store, text: str) -> list[int]:
    return ids(store, EntryFilter(text=text))


@pytest.fixture
def diary(store: Store, clock) -> dict[str, int]:
    """Five entries on five days (one per day from DAY1), one strategy tried on day 3."""
    specs = {
        "anxious": NewEntry(
            text="I felt anxious before the meeting at work",
            numbness=8,
            feelings=(Feeling("worried", "fear", 4),),
            tags=("work",),
            created_at=DAY1,
        ),
        "walk": NewEntry(
            text="A long walk in the rain cleared my head",
            numbness=5,
            feelings=(Feeling("calm", "peace", 3), Feeling("tired", "low", 2)),
            tags=("outside", "walk"),
            created_at=DAY1 + timedelta(days=1),
        ),
        "numb": NewEntry(
            text="Nothing much. Numb all day, the walk did not help",
            numbness=10,
            feelings=(Feeling("empty", "numb", 5, custom=True),),
            created_at=DAY1 + timedelta(days=2),
        ),
        "music": NewEntry(
            text="Music helped a little; I cried at the second song",
            numbness=3,
            feelings=(Feeling("sad", "sadness", 4), Feeling("relieved", "peace", 2)),
            tags=("music", "Work"),
            created_at=DAY1 + timedelta(days=3),
        ),
        "plain": NewEntry(
            text="Cooked dinner with my sister",
            created_at=DAY1 + timedelta(days=4),
        ),
    }
    made = {name: store.entries.add(entry).id for name, entry in specs.items()}
    store.strategies.record("cold-water", 9, 6, started_at=DAY1 + timedelta(days=2, hours=3))
    return made


def test_a_bare_word_matches_as_a_prefix(store: Store, diary) -> None:
    assert found(store, "anx") == [diary["anxious"]]
    assert found(store, "ANXIOUS") == [diary["anxious"]]
    assert found(store, "cri") == [diary["music"]]


def test_feeling_words_are_searchable(store: Store, diary) -> None:
    assert found(store, "worried") == [diary["anxious"]]
    assert found(store, "relie") == [diary["music"]]
    assert found(store, "empty") == [diary["numb"]]


def test_a_quoted_phrase_matches_exactly(store: Store, diary) -> None:
    assert found(store, '"long walk"') == [diary["walk"]]
    assert found(store, '"walk long"') == []
    # A quoted word is not a prefix: "anx" is no word in any entry.
    assert found(store, '"anx"') == []
    assert found(store, '"anxious"') == [diary["anxious"]]


def test_a_leading_minus_excludes_a_word(store: Store, diary) -> None:
    assert found(store, "walk") == [diary["numb"], diary["walk"]]
    assert found(store, "walk -rain") == [diary["numb"]]
    assert found(store, 'walk -"did not"') == [diary["walk"]]
    assert found(store, "walk -calm") == [diary["numb"]]  # a feeling word can be excluded too


def test_only_minus_words_show_every_entry_but_those(store: Store, diary) -> None:
    everything = found(store, "")
    assert found(store, "-walk") == [i for i in everything if i not in found(store, "walk")]
    assert found(store, '-walk -"cried"') == [
        i for i in everything if i not in found(store, "walk") + found(store, '"cried"')
    ]
    [summary] = store.queries.page(EntryFilter(text="-walk"), limit=1)
    assert summary.snippet is None  # nothing to mark: each shows its first line


def test_several_words_must_all_match(store: Store, diary) -> None:
    assert found(store, "walk rain") == [diary["walk"]]
    assert found(store, "walk sister") == []


def test_results_come_newest_first(store: Store, clock) -> None:
    made = [
        store.entries.add(NewEntry(text=f"river {n}", created_at=DAY1 + timedelta(hours=n))).id
        for n in (5, 1, 9, 3)
    ]
    newest_first = [made[2], made[0], made[3], made[1]]

    assert found(store, "river") == newest_first
    assert ids(store, EntryFilter()) == newest_first
    page = store.queries.page(EntryFilter(text="river"), offset=1, limit=2)
    assert [s.id for s in page] == newest_first[1:3]


def test_the_snippet_highlights_the_match(store: Store, diary) -> None:
    [summary] = store.queries.page(EntryFilter(text="anx"))

    assert f"{HIGHLIGHT_START}anxious{HIGHLIGHT_END}" in summary.snippet
    assert summary.first_line == "I felt anxious before the meeting at work"
    assert summary.feelings == (Feeling("worried", "fear", 4),)
    assert summary.tags == ("work",)


def test_a_match_only_in_the_feelings_marks_them_and_shows_the_first_line(
    store: Store, diary
) -> None:
    [summary] = store.queries.page(EntryFilter(text="tire"))

    assert summary.snippet is None
    assert summary.words_found == frozenset({"tired"})
    assert summary.first_line == "A long walk in the rain cleared my head"


def test_feelings_keep_their_naming_order_and_tags_their_alphabet(store: Store, clock) -> None:
    named = (Feeling("tired", "sad", 2), Feeling("angry", "mad", 5, custom=True), Feeling("calm"))
    store.entries.add(NewEntry(text="order", feelings=named, tags=("zoo", "art", "mid")))

    [summary] = store.queries.page(EntryFilter(text="order"))
    assert summary.feelings == named
    assert summary.tags == ("art", "mid", "zoo")
    # Order by the stored position, not by the rows' order on disk.
    conn = store.connection.conn
    with conn:
        conn.execute("UPDATE feelings SET position = 2 - position")
    [summary] = store.queries.page(EntryFilter(text="order"))
    assert summary.feelings == named[::-1]


def test_a_long_entry_gets_a_snippet_from_far_into_its_text(store: Store, clock) -> None:
    store.entries.add(NewEntry(text="Filler words here. " * 700 + "Then the river came back."))

    [summary] = store.queries.page(EntryFilter(text="river"))
    assert summary.snippet == f"…Then the {HIGHLIGHT_START}river{HIGHLIGHT_END} came back."


def test_no_snippet_without_a_text_search(store: Store, diary) -> None:
    assert all(s.snippet is None for s in store.queries.page())


def query_plan_of_page(store: Store, wanted: EntryFilter) -> list[str]:
    """EXPLAIN QUERY PLAN of the exact statement `page()` runs (parameters expanded), its
    outer query's steps only (each row's feelings and tags are sorted in their subqueries)."""
    statements: list[str] = []
    conn = store.connection.conn
    conn.set_trace_callback(statements.append)
    try:
        store.queries.page(wanted, limit=50)
    finally:
        conn.set_trace_callback(None)
    [sql] = [s for s in statements if s.startswith("SELECT e.id")]
    plan = store.connection.query("EXPLAIN QUERY PLAN " + sql)
    return [row["detail"] for row in plan if row["parent"] == 0]


def test_text_search_walks_the_index_in_rowid_order_without_sorting(store: Store, diary) -> None:
    steps = query_plan_of_page(store, EntryFilter(text="walk"))

    assert any("entry_fts" in step for step in steps), steps
    assert not any("TEMP B-TREE" in step for step in steps), steps


def test_the_plain_history_list_uses_an_index_for_order(store: Store, diary) -> None:
    steps = query_plan_of_page(store, EntryFilter())

    assert not any("TEMP B-TREE" in step for step in steps), steps


NASTY_QUERIES = [
    '"',
    '""',
    '"""',
    "AND",
    "OR NOT",
    "NOT",
    "NEAR(",
    "NEAR(a b, 2)",
    "*",
    "-",
    "-*",
    "--",
    "a*b",
    "[/]",
    "col:word",
    "text:walk",
    "{text feelings}: walk",
    "\x00",
    "walk\x00rain",
    "'; DROP TABLE entries; --",
    "((",
    "))",
    "^",
    "^walk",
    "+",
    "\ud800",
    "walk\ud800",
    "a\udfffb",
    "😀",
    "🙂 walk",
    "👨‍👩‍👧",
    "שלום עולם",
    "مرحبا",
    "\u202eevil",
    "   ",
    "\t\n",
    "_",
    "%",
    "\\",
    "-walk",
    '-"walk"',
    'walk "unclosed',
    "a" * 5000,
]


@pytest.mark.parametrize("query", NASTY_QUERIES, ids=repr)
def test_nasty_queries_never_raise(store: Store, diary, query: str) -> None:
    wanted = EntryFilter(text=query)

    count = store.queries.count(wanted)
    page = store.queries.page(wanted, limit=1000)
    whole = store.queries.entries(wanted)

    assert count == len(page) == len(whole)
    assert store.entries.count() == len(diary)  # and nothing was dropped


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("AND", "and_entry"),
        ("NEAR(", "near_entry"),
        ("OR NOT", "or_not_entry"),
        ("col:word", "colon_entry"),
        ("a*b", "star_entry"),
        ("שלום", "hebrew_entry"),
        ("walk\ud800", "walk_entry"),
    ],
)
def test_query_syntax_is_searched_for_literally(store: Store, query: str, expected: str) -> None:
    made = {
        "and_entry": store.entries.add(NewEntry(text="salt and pepper")).id,
        "near_entry": store.entries.add(NewEntry(text="somewhere nearby")).id,
        "or_not_entry": store.entries.add(NewEntry(text="or not, who knows")).id,
        "colon_entry": store.entries.add(NewEntry(text="my col word list")).id,
        "star_entry": store.entries.add(NewEntry(text="a b")).id,
        "hebrew_entry": store.entries.add(NewEntry(text="שלום עולם")).id,
        "walk_entry": store.entries.add(NewEntry(text="walking")).id,
    }

    assert made[expected] in found(store, query)


def test_numbness_range_filter(store: Store, diary) -> None:
    assert ids(store, EntryFilter(numbness_min=8)) == [diary["numb"], diary["anxious"]]
    assert ids(store, EntryFilter(numbness_max=4)) == [diary["music"]]
    assert ids(store, EntryFilter(numbness_min=5, numbness_max=8)) == [
        diary["walk"],
        diary["anxious"],
    ]


def test_since_is_inclusive_and_until_exclusive(store: Store, diary) -> None:
    wanted = EntryFilter(since=DAY1 + timedelta(days=1), until=DAY1 + timedelta(days=3))

    assert ids(store, wanted) == [diary["numb"], diary["walk"]]


def test_since_and_until_compare_moments_across_timezones(store: Store, diary) -> None:
    # 11:00 at UTC+2 is 09:00 UTC: the very moment of the "walk" entry.
    plus_two = timezone(timedelta(hours=2))
    since = (DAY1 + timedelta(days=1)).astimezone(plus_two)

    assert ids(store, EntryFilter(since=since, until=since + timedelta(seconds=1))) == [
        diary["walk"]
    ]


def test_feeling_word_family_and_tag_filters(store: Store, diary) -> None:
    assert ids(store, EntryFilter(words=("Calm",))) == [diary["walk"]]
    assert ids(store, EntryFilter(words=("  calm ",))) == [diary["walk"]]
    assert ids(store, EntryFilter(words=("calm", "sad"))) == [diary["music"], diary["walk"]]
    assert ids(store, EntryFilter(families=("peace",))) == [diary["music"], diary["walk"]]
    assert ids(store, EntryFilter(tags=("@Work",))) == [diary["music"], diary["anxious"]]
    assert ids(store, EntryFilter(tags=("nope",))) == []


def test_feeling_words_match_their_beginnings_like_search(store: Store, diary) -> None:
    assert ids(store, EntryFilter(words=("wor",))) == [diary["anxious"]]
    assert ids(store, EntryFilter(words=("Ca", "reli"))) == [diary["music"], diary["walk"]]
    assert ids(store, EntryFilter(words=("alm",))) == []  # beginnings only, as in search


def test_percent_and_underscore_in_a_feeling_word_are_only_themselves(store: Store) -> None:
    odd = store.entries.add(NewEntry(text="odd", feelings=(Feeling("100%_sure", custom=True),)))
    store.entries.add(NewEntry(text="plain", feelings=(Feeling("10 steps", custom=True),)))

    assert ids(store, EntryFilter(words=("100%",))) == [odd.id]
    assert ids(store, EntryFilter(words=("1_0",))) == []
    assert ids(store, EntryFilter(words=("%",))) == []


def test_strategy_days_filter(store: Store, diary) -> None:
    assert ids(store, EntryFilter(strategy_days=True)) == [diary["numb"]]


def test_filters_combine_with_text(store: Store, diary) -> None:
    assert ids(store, EntryFilter(text="walk", numbness_max=6)) == [diary["walk"]]
    assert ids(store, EntryFilter(text="walk", strategy_days=True)) == [diary["numb"]]
    assert ids(store, EntryFilter(text="walk", since=DAY1 + timedelta(days=2))) == [diary["numb"]]
    assert ids(store, EntryFilter(text="walk", until=DAY1 + timedelta(days=2))) == [diary["walk"]]
    assert ids(store, EntryFilter(text="i", tags=("work",), families=("sadness",))) == [
        diary["music"]
    ]
    assert ids(store, EntryFilter(text="walk", words=("empty",))) == [diary["numb"]]


def test_text_search_in_the_trash(store: Store, diary) -> None:
    store.entries.trash(diary["walk"])

    assert found(store, "walk") == [diary["numb"]]
    assert ids(store, EntryFilter(trashed=True)) == [diary["walk"]]
    # The trash view lists entries by filters; the index holds only live entries.
    assert ids(store, EntryFilter(trashed=True, tags=("outside",))) == [diary["walk"]]


def test_the_index_never_holds_a_trashed_entry_whoever_trashes_it(store: Store, diary) -> None:
    """A search reads the index alone for what is live (no check of the entries' trash
    column), so its triggers must follow every change: the store's, and raw SQL's."""
    store.entries.trash(diary["walk"])
    store.entries.restore(diary["walk"])
    assert found(store, "walk") == [diary["numb"], diary["walk"]]

    conn = store.connection.conn
    conn.execute(
        "UPDATE entries SET trashed_at = '2026-01-01T00:00:00+00:00' WHERE id = ?", (diary["numb"],)
    )
    assert found(store, "walk") == [diary["walk"]]
    conn.execute(
        "INSERT INTO entries (sort_key, day, created_at, updated_at, text, trashed_at) "
        "VALUES (1, '2020-01-01', '2020-01-01T00:00', '2020-01-01T00:00', 'a walk', 'x')"
    )
    assert found(store, "walk") == [diary["walk"]]


FILTERS = [
    EntryFilter(),
    EntryFilter(text="walk"),
    EntryFilter(text="i"),
    EntryFilter(text="zzz"),
    EntryFilter(numbness_min=4),
    EntryFilter(numbness_min=4, numbness_max=9, text="the"),
    EntryFilter(since=DAY1 + timedelta(days=1)),
    EntryFilter(until=DAY1 + timedelta(days=3), text="a"),
    EntryFilter(words=("sad", "calm")),
    EntryFilter(families=("peace",), tags=("music",)),
    EntryFilter(strategy_days=True),
    EntryFilter(trashed=True),
    EntryFilter(text="-walk"),
]


@pytest.mark.parametrize("wanted", FILTERS, ids=repr)
def test_count_agrees_with_the_page(store: Store, diary, wanted: EntryFilter) -> None:
    store.entries.trash(diary["plain"])

    assert store.queries.count(wanted) == len(store.queries.page(wanted, limit=10_000))


def test_counts_are_the_expected_ones(store: Store, diary) -> None:
    # Guard against count() and page() agreeing only because both return nothing.
    assert store.queries.count(EntryFilter()) == 5
    assert store.queries.count(EntryFilter(text="walk")) == 2
    assert store.queries.count(EntryFilter(text="i")) == 3  # "I felt", "I cried", "in the rain"


def test_iter_entries_pages_through_everything_newest_first(store: Store) -> None:
    made = [
        store.entries.add(NewEntry(text=f"n{n}", created_at=DAY1 + timedelta(minutes=n))).id
        for n in range(7)
    ]

    got = [e.id for e in store.queries.iter_entries(EntryFilter(), batch=3)]

    assert got == list(reversed(made))
    assert [e.id for e in store.queries.entries(limit=4)] == list(reversed(made))[:4]


def test_random_strings_of_query_syntax_never_raise(store: Store, diary) -> None:
    rng = random.Random(20240501)
    alphabet = '"-*()^:{}+ ANDORNTEwalkrin\x00,.\ud800é😀'
    for _ in range(1500):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        wanted = EntryFilter(text=query)
        assert store.queries.count(wanted) == len(store.queries.page(wanted, limit=100)), query


def test_a_pasted_feeling_word_of_any_length_filters_without_error(store: Store) -> None:
    long_word = "a" * 60_000
    kept = store.entries.add(NewEntry(text="long", feelings=(Feeling(long_word, custom=True),)))

    assert ids(store, EntryFilter(words=(long_word,))) == [kept.id]
    assert ids(store, EntryFilter(words=(long_word + "b",))) == []
