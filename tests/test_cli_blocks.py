"""A listed entry's printed block: the quick layout agrees with the general one."""

from __future__ import annotations

import pytest

from journal.commands.blocks import BOLD, NORMAL, block, minute, summary_block
from journal.lines import first_line
from journal.snippet import SnippetCutter
from journal.store.fts import HIGHLIGHT_END, HIGHLIGHT_START
from journal.store.summaries import ListedRow, feeling_labels_of, tags_of

FEELINGS = "tired\x1fsad\x1f2\x1f0\x1ecalm\x1f\x1f3\x1f0\x1enumb\x1fnumb\x1f4\x1f1"
TEXTS = [
    "Could not sleep until after two.",
    "Slept badly.\nThe walk helped after lunch, and sleep came early.",
    "   ",
    "",
    "tabs\tand a bell \x07 while asleep, then sleep",
    "windows\r\nline ends, sleep\r\nhere",
    "a line\u2028separator before sleep\u2029and after",
    "an escape \x1b[2J before sleep",
    "a typed mark \ue000 near sleep \ue001",
    "sleep " + "word " * 40,
]


def listed(
    text: str, numbness: int | None, feelings: str, tags: str, search: str | None
) -> ListedRow:
    """A row as the list reads it, its snippet cut for `search` (None: not searching)."""
    snippet = SnippetCutter(search).cut(text) if search else None
    return ("2026-11-27T09:30:00+01:00", numbness, text, snippet, feelings, tags)


def general_layout(row: ListedRow, bold: bool) -> str:
    """What `block` prints for the row, a snippet's matches marked as a terminal shows them."""
    when, numbness, head, snippet, feelings, tags = row
    printed = block(
        minute(when),
        numbness,
        feeling_labels_of(feelings),
        tags_of(tags),
        snippet or first_line(head),
    )
    if not snippet:
        return printed
    return printed.replace(HIGHLIGHT_START, BOLD if bold else "").replace(
        HIGHLIGHT_END, NORMAL if bold else ""
    )


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("feelings", ["", FEELINGS, "odd\x1ffam\ufffdily\x1b\x1f1\x1f0"])
@pytest.mark.parametrize("search", [None, "sleep"])
def test_the_quick_layout_prints_what_the_general_one_does(
    bold: bool, text: str, feelings: str, search: str | None
) -> None:
    for numbness, tags in [(None, ""), (7, "home\x1ework")]:
        row = listed(text, numbness, feelings, tags, search)

        assert summary_block(row, bold) == general_layout(row, bold)


def test_a_clean_row_is_one_header_line_and_its_words() -> None:
    row = listed("Could not sleep.", 3, FEELINGS, "home\x1ework", "sleep")

    assert summary_block(row, bold=False) == (
        "2026-11-27 09:30 · numbness 3 · tired (sad), calm, numb · #home #work\n"
        "  Could not sleep.\n\n"
    )
