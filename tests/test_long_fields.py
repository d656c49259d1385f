"""Megabyte-long words, tags, notes and text: cut to what can show before anything is drawn,
while what the person wrote stays whole and readable in the entry view."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.style import Style
from textual.widgets import Static

from journal.models import BodyNote, EntrySummary, Feeling, NewEntry
from journal.ui.screens.entry import LABEL_LIMIT, NOTE_LIMIT, EntryScreen
from journal.ui.widgets import long_text
from journal.ui.widgets.entry_row import (
    WORD_LIMIT,
    RowStyles,
    body_line,
    family_label,
    feelings_content,
    row_line,
)
from journal.ui.widgets.long_text import LongText, Piece, pieces
from tests.support import TEST_TZ, FakeClock, build_test_app, running, settle

HUGE = "x" * 1_000_000
"""A megabyte in one word, as a paste gone wrong or an import can leave."""

LONG_TEXT = "a line of words in a long entry, repeated\n" * 25_600
"""A megabyte of writing: 25,600 lines."""

STYLES = RowStyles(Style(), Style(), Style(bold=True), Style())
DAY = datetime(2026, 11, 27, 9, 30, tzinfo=TEST_TZ)


def summary(word: str, tag: str, family: str = "sad") -> EntrySummary:
    """A History row holding `word` as a feeling (in `family`) and `tag` as a tag."""
    feelings = (Feeling(word, family, 3, custom=True), Feeling("calm", "peaceful", 3))
    return EntrySummary(1, DAY, 4, feelings, (tag, "plain"), "First line", None)


# A History row


def test_a_row_cuts_each_word_tag_and_family_to_what_can_show() -> None:
    big = summary(HUGE, HUGE, family=HUGE)
    feelings = feelings_content(big.feelings, 78, frozenset(), STYLES.match)
    assert ("x" * (WORD_LIMIT - 1) + "…") in feelings.plain
    assert len(feelings.plain) < 3 * WORD_LIMIT
    assert family_label(HUGE).cell_length == WORD_LIMIT
    line = body_line(big, STYLES, 80)
    assert line.cell_length <= 80
    assert "#" + "x" * (WORD_LIMIT - 1) + "… #plain" in line.plain
    for part in (0, 1):
        assert row_line(big, part, 80, STYLES, cursor=False).cell_length == 80


def test_many_tags_and_words_stop_at_the_width() -> None:
    many = EntrySummary(1, DAY, 4, tuple(Feeling(f"w{i}") for i in range(10_000)), (), "", None)
    assert len(feelings_content(many.feelings, 78, frozenset(), STYLES.match).plain) < 200
    tagged = EntrySummary(1, DAY, 4, (), tuple(f"t{i}" for i in range(10_000)), "", None)
    assert body_line(tagged, STYLES, 80).cell_length <= 80


def test_a_row_with_megabyte_fields_costs_about_what_a_short_row_does() -> None:
    def cost(entry: EntrySummary) -> float:
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            for part in (0, 1):
                row_line(entry, part, 80, STYLES, cursor=False)
            best = min(best, time.perf_counter() - start)
        return best

    short = summary("tired", "work")
    cost(short)  # warm the caches
    assert cost(summary(HUGE, HUGE, family=HUGE)) < 20 * cost(short)


# The entry view's long text, in pieces


def test_pieces_split_at_line_ends_and_lose_nothing() -> None:
    text = "".join(f"line {i} of the entry\n" for i in range(500))
    parts = pieces(text, 100)
    assert all(len(part) <= 100 for part in parts) and len(parts) > 50
    assert "\n".join(parts) == text


def test_pieces_keep_blank_lines() -> None:
    text = ("a paragraph of writing\n\n" * 40).rstrip("\n")
    assert "\n".join(pieces(text, 30)) == text


def test_a_long_line_is_cut_after_a_space_and_a_long_word_anywhere() -> None:
    line = "word " * 100
    parts = pieces(line, 42)
    assert "".join(parts) == line and all(len(part) <= 42 for part in parts)
    assert all(part.endswith(" ") for part in parts[:-1])
    assert "".join(pieces(HUGE, 16_000)) == HUGE


class TwoWays(App[None]):
    """The same text as one Static and as a LongText, side by side in width."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Content(self.text), id="whole")
            yield LongText(self.text, id="pieces")


@pytest.mark.parametrize("width", [20, 41, 80])
async def test_pieces_take_the_rows_one_static_would(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(long_text, "PIECE_CHARS", 80)  # longer than any line: cuts at line ends
    text = "\n".join(
        [
            "short",
            "",
            "a line long enough to wrap at the narrower widths of the test, twice over",
            "wide 日本語の文字 and 👨‍👩‍👧 emoji",
            "x" * 19,
            "tab\there",
            "trailing spaces   ",
            "",
        ]
        * 3
    )
    async with running(TwoWays(text), (width + 2, 200)) as pilot:
        whole = pilot.app.query_one("#whole")
        split = pilot.app.query_one("#pieces", LongText)
        assert len(split.query(Piece)) > 3
        assert split.size.height == whole.size.height


async def test_the_entry_view_shows_all_the_writing_and_cuts_the_labels(tmp_path: Path) -> None:
    clock = FakeClock()
    app = build_test_app(tmp_path, clock)
    entry = app.store.entries.add(
        NewEntry(
            text=LONG_TEXT + "the last line",
            prompt_text=HUGE,
            feelings=(Feeling(HUGE, HUGE, 2, custom=True),),
            body_notes=(BodyNote(HUGE, HUGE),),
            tags=(HUGE,),
            created_at=clock(),
        )
    )
    app.store.strategies.record(HUGE, 6, 4, HUGE, started_at=clock())
    async with running(app) as pilot:
        app.push_screen(EntryScreen(entry.id))
        await settle(pilot)
        screen = app.screen
        shown = [str(static.render()) for static in screen.query(Static)]
        assert max(len(text) for text in shown) <= long_text.PIECE_CHARS
        written = "\n".join(str(piece.render()) for piece in screen.query(Piece))
        assert written == entry.text  # whole: every line, in order
        labels = [text for text in shown if "x" * 100 in text]
        assert len(labels) == 5  # the prompt, the feeling, the body, the tag, the strategy
        assert all(len(text) < NOTE_LIMIT + LABEL_LIMIT + 100 for text in labels)
        assert all("x" * (LABEL_LIMIT - 1) + "…" in text for text in labels)

        await pilot.press("end")
        await pilot.pause()
        view = screen.query_one("#entry-view", VerticalScroll)
        assert view.scroll_y == view.max_scroll_y > 25_600
        on_screen = "".join(strip.text for strip in screen._compositor.render_strips())
        assert "xxx…" in on_screen  # the end of the strategy's note, after all the writing
