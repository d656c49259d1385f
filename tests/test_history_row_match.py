"""A History row whose search snippet is wider than its column still shows the first
match whole, with a little of the words before it and "…" wherever text is left out."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.style import Style

from journal.models import EntrySummary, NewEntry
from journal.snippet import SnippetCutter
from journal.store.fts import HIGHLIGHT_END, HIGHLIGHT_START
from journal.ui.widgets.entry_row import RowStyles, row_line
from tests.history_support import MARKUP, entry_list, open_history
from tests.support import TEST_TZ, FakeClock, build_test_app, running, settle

MATCH = Style(bold=True, underline=True)
STYLES = RowStyles(Style(), Style(), MATCH, Style())
DAY = datetime(2026, 11, 27, 9, 30, tzinfo=TEST_TZ)

WINDOW = "I don't really know. Everything feels far away, like watching through a window."
"""The entry a person searched for: the match near the end of a line the snippet keeps whole."""
TAGS = ("evening", "tired")
IRRITATION = (
    "Napped after work and felt foggier afterwards. "
    "Felt a flicker of irritation in the meeting, which is at least a feeling."
)
CJK = "日本語の本を読んで、とても静かな気持ちになった。それから窓の外を見ていると、雨が降り始めた。"
EMOJI = "👩‍👩‍👧👩‍👩‍👧 so much 🙂🙂🙂 noise 🙂🙂🙂🙂🙂🙂 before the window 🙂 and after it"
LONG_WORD = "Everything seemed far and muted today but then " + "extraordinarily" * 6 + " happened."

SEARCHES = [
    ("window", WINDOW, TAGS, "window"),
    ("irrit", IRRITATION, ("sleep",), "irritation"),
    ("雨", CJK, (), "雨が降り始めた"),
    ("window", EMOJI, ("a" * 30,), "window"),
    ("window", f"{MARKUP} {MARKUP} window", (MARKUP,), "window"),
]
"""(search, text, tags, the first match as marked) for rows that used to lose their match."""


def found(search: str, text: str, tags: tuple[str, ...] = ()) -> EntrySummary:
    """The row History lists for an entry of `text` found by `search`."""
    snippet = SnippetCutter(search).cut(text)
    assert snippet is not None
    return EntrySummary(1, DAY, 4, (), tags, text.splitlines()[0], snippet)


def text_line(summary: EntrySummary, width: int) -> tuple[str, list[str]]:
    """The row's second line at `width`, and the pieces drawn as matches in it."""
    line = row_line(summary, 1, width, STYLES, cursor=False)
    assert line.cell_length == width
    return line.plain, [
        line.plain[span.start : span.end] for span in line.spans if span.style == MATCH
    ]


def words_before(shown: str, match: str) -> str:
    """What the row shows between its opening "…" and the match."""
    assert shown.startswith("  …"), shown
    return shown[3 : shown.index(match)]


@pytest.mark.parametrize("width", [40, 56, 66])
def test_a_match_far_to_the_right_shows_whole_after_the_words_before_it(width: int) -> None:
    shown, marked = text_line(found("window", WINDOW, TAGS), width)
    assert marked == ["window"]
    assert shown.rstrip().endswith("#evening #tired")
    before = words_before(shown, "window")
    assert before and WINDOW.split("window")[0].endswith(" " + before)  # whole words only
    assert cell_len(shown) == width


@pytest.mark.parametrize(("search", "text", "tags", "match"), SEARCHES)
def test_the_first_match_stays_whole_at_every_width_from_40_to_250(
    search: str, text: str, tags: tuple[str, ...], match: str
) -> None:
    summary = found(search, text, tags)
    for width in range(40, 251):
        shown, marked = text_line(summary, width)
        assert marked[:1] == [match], (width, shown)
        assert shown[2:].split("  #")[0].strip().strip("…").strip() in text  # literal, never markup


def test_a_match_longer_than_the_column_shows_its_start_between_two_ellipses() -> None:
    summary = found("extra", LONG_WORD)
    for width in (40, 60):
        shown, marked = text_line(summary, width)
        assert shown.startswith("  …extraordinarilyextra"), shown
        assert shown.endswith("…")
        assert len(marked) == 1 and marked[0].startswith("extraordinarilyextra")


def test_wide_characters_keep_the_row_to_its_cells_and_lead_in_by_whole_characters() -> None:
    shown, marked = text_line(found("雨", CJK), 40)
    assert marked == ["雨が降り始めた"]
    before = words_before(shown, "雨")
    assert before and CJK.split("雨")[0].endswith(before)
    assert cell_len(shown) == 40
    shown, marked = text_line(found("window", EMOJI), 40)
    assert marked == ["window"]
    assert "\u200d" not in shown[:4]  # never starts inside a joined emoji
    assert cell_len(shown) == 40


def test_with_several_matches_the_first_is_the_one_kept_whole() -> None:
    text = "i" * 30 + " now a window, and another window, and one more window here"
    shown, marked = text_line(found("window", text), 40)
    assert marked[0] == "window"
    assert words_before(shown, "window") == "now a "
    assert shown.count("window") == len(marked) >= 2


def test_only_a_row_whose_match_is_cut_off_changes() -> None:
    long_line = "Slept badly, woke at four, made tea, sat by the window for a while and watched"
    width, room = 60, 58
    unmarked = found("window", long_line).snippet.replace(HIGHLIGHT_START, "")  # type: ignore[union-attr]
    unmarked = unmarked.replace(HIGHLIGHT_END, "")
    cut = "  " + long_line[: room - 1] + "…"
    rows = {
        "no search": EntrySummary(1, DAY, 4, (), (), long_line),
        "no match": EntrySummary(1, DAY, 4, (), (), long_line, unmarked),
        "match before the cut": found("slept", long_line),
        "match fits": found("window", "Sat by the window."),
        "match cut off": found("watched", long_line),
    }
    shown = {name: text_line(summary, width)[0] for name, summary in rows.items()}
    assert shown == {
        "no search": cut,
        "no match": cut,
        "match before the cut": cut,
        "match fits": "  Sat by the window.".ljust(width),
        "match cut off": "  …four, made tea, sat by the window for a while and watched",
    }


async def test_searching_history_at_80_by_24_shows_the_match_in_the_row(tmp_path: Path) -> None:
    clock = FakeClock()
    app = build_test_app(tmp_path, clock)
    app.store.entries.insert(
        NewEntry(text=WINDOW, numbness=6, tags=TAGS, created_at=clock() - timedelta(hours=1))
    )
    async with running(app, size=(80, 24)) as pilot:
        await open_history(pilot)
        await pilot.press("slash", *"window", "enter")
        await settle(pilot)
        listing = entry_list(pilot)
        assert listing.total == 1
        row = listing.render_line(1).text
        assert (
            row == "▌ …Everything feels far away, like watching through a window.  #evening #tired"
        )
