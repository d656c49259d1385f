"""The snippet cutter: it finds what the search index finds, and cuts a calm line around it."""

from __future__ import annotations

import random

import pytest

from journal.models import EntryFilter, NewEntry
from journal.snippet import SCAN_CHARS, SNIPPET_WIDTH, SnippetCutter
from journal.store import Store
from journal.store.fts import HIGHLIGHT_END, HIGHLIGHT_START, highlight_spans


def marked(snippet: str | None) -> list[str]:
    """The highlighted pieces of a snippet."""
    assert snippet is not None
    return [part for part, hit in highlight_spans(snippet) if hit]


def plain(snippet: str | None) -> str:
    """A snippet without its marks."""
    assert snippet is not None
    return snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


@pytest.mark.parametrize(
    ("search", "text", "hits"),
    [
        ("sleep", "Could not sleep until two.", ["sleep"]),
        ("slee", "Sleeping badly, sleepy all day.", ["Sleeping", "sleepy"]),
        ("SLEEP", "no sleep", ["sleep"]),
        ('"could not"', "I could, not. I COULD NOT go.", ["could, not", "COULD NOT"]),
        ("cafe", "Coffee at the Café.", ["Café"]),
        ("café", "Coffee at the cafe.", ["cafe"]),
        ("walk rain", "A walk in the rain.", ["walk", "rain"]),
        ("don't", "I don't know.", ["don't"]),
        ("walk -rain", "A walk. No rain.", ["walk"]),
    ],
)
def test_the_words_found_are_marked(search: str, text: str, hits: list[str]) -> None:
    assert marked(SnippetCutter(search).cut(text)) == hits


@pytest.mark.parametrize(
    ("search", "text"),
    [
        ("sleep", "I was asleep by ten."),  # a word's middle is not its beginning
        ('"could not"', "I could go, not today."),
        ("sleep", "Nothing here."),
        ("walk", ""),
        ("[/]", "[/] is not a word"),
    ],
)
def test_no_snippet_when_the_text_does_not_hold_the_words(search: str, text: str) -> None:
    assert SnippetCutter(search).cut(text) is None


def test_a_snippet_starts_at_its_sentence_and_says_what_was_left_out() -> None:
    text = "Work was long and grey, the kind of day that goes on. " * 2
    text += "Went to bed at ten, trying to keep the sleep routine. " * 3
    snippet = SnippetCutter("sleep").cut(text)

    assert plain(snippet).startswith("…Went to bed at ten")
    assert plain(snippet).endswith("…")
    assert len(plain(snippet)) <= SNIPPET_WIDTH + 2


def test_a_match_far_into_a_sentence_starts_a_few_words_before_it() -> None:
    snippet = SnippetCutter("sleep").cut("and " * 40 + "then the sleep came")
    assert plain(snippet) == "…and and and and and and and then the sleep came"


def test_a_snippet_stays_on_the_line_of_its_match() -> None:
    snippet = SnippetCutter("sleep").cut("Monday.\n\nNo sleep again\nTuesday was better")
    assert plain(snippet) == "…No sleep again…"


def test_a_short_entry_is_shown_whole() -> None:
    assert SnippetCutter("tired").cut("  Tired.  ") == f"{HIGHLIGHT_START}Tired{HIGHLIGHT_END}."
    whole = "Entry seven. Felt anxious about work."
    assert plain(SnippetCutter("anx").cut(whole)) == whole


def test_marks_typed_into_the_text_are_not_taken_for_matches() -> None:
    snippet = SnippetCutter("walk").cut(f"a {HIGHLIGHT_END}walk{HIGHLIGHT_START} b")
    assert marked(snippet) == ["walk"]
    assert "\ufffd" in plain(snippet)


def test_only_the_start_of_a_huge_entry_is_searched() -> None:
    cutter = SnippetCutter("river")
    assert cutter.cut("x " * SCAN_CHARS + "river") is None
    assert marked(cutter.cut("x " * (SCAN_CHARS // 3) + "river " + "y " * SCAN_CHARS)) == ["river"]


UNMARKED_CASES = [
    ("sleep", "Work was long. " * 9 + "Went to bed at ten, trying to keep the sleep routine. " * 3),
    ('"went to"', "x " * 30 + "I went to\tbed and went\t to sleep, went to  it " * 4),
    ("walk rain", "A walk in the rain, then more rain and walking.   \n  next line"),
    ("walk", f"a {HIGHLIGHT_END}walk{HIGHLIGHT_START} b"),
    ("river", "x " * (SCAN_CHARS // 3) + "river " + "y " * SCAN_CHARS),
    ("anx", "  Anxious.  "),
    ("sleep", "Nothing here."),
]


@pytest.mark.parametrize(("search", "text"), UNMARKED_CASES)
def test_an_unmarked_snippet_is_the_marked_one_without_its_marks(search: str, text: str) -> None:
    """What a pipe gets (no bold) is exactly what a terminal gets, less the bold."""
    found = SnippetCutter(search).cut(text)
    unmarked = SnippetCutter(search, marked=False).cut(text)
    assert unmarked == (None if found is None else plain(found))
    assert unmarked is None or HIGHLIGHT_START not in unmarked


def test_unmarked_snippets_of_random_texts_match_the_marked_ones() -> None:
    pieces = ["sleep", "Sleeping", "went", "to", "a", "é", " ", "  ", "\t", "\n", ". ", ",", "_"]
    pieces += [HIGHLIGHT_START, "…", "\u2028", "x" * 30]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 60)))
        for search in ("sleep", '"went to"', "went a"):
            found = SnippetCutter(search).cut(text)
            unmarked = SnippetCutter(search, marked=False).cut(text)
            assert unmarked == (None if found is None else plain(found)), (search, text)


def test_the_feeling_words_a_search_finds() -> None:
    cutter = SnippetCutter("anx out")
    assert cutter.names(["anxious", "left out", "tired", "outraged"]) == frozenset(
        {"anxious", "left out", "outraged"}
    )
    assert SnippetCutter("").names(["anxious"]) == frozenset()


TEXTS = [
    "Slept badly. Anxious about the meeting.",
    "Café with Ana; the rain stopped.",
    "Über-tired, couldn't walk far",
    "walking_home after_work",
    "Ça va. Naïve hope, façade",
    "n°5 and 3rd time: 42 sleeps",
    "emoji 🙂walk and 日本語の日記",
]
SEARCHES = ["anx", "cafe", "ana", "uber", "could", "walk", "home", "work", "ca", "naive", "42"]
SEARCHES += ["5", "sleep", "日本", "façade", "Über"]


def test_every_text_the_index_finds_gets_a_snippet(store: Store, clock) -> None:
    """The cutter and SQLite's index agree on what holds the words (no feelings here)."""
    for text in TEXTS:
        store.entries.add(NewEntry(text=text))
    for search in SEARCHES:
        for summary in store.queries.page(EntryFilter(text=search)):
            assert summary.snippet is not None, (search, summary.first_line)
            assert HIGHLIGHT_START in summary.snippet
