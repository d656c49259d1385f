"""A listed entry's printed block: the quick layout agrees with the general one."""

from __future__ import annotations

import pytest

from journal.commands.blocks import BOLD, NORMAL, block, minute, summary_block
from journal.lines import first_line
from journal.snippet import SnippetCutter
from journal.store.fts import HIGHLIGHT_END, HIGHLIGHT_START
from journal.store.summaries import SummaryRow

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


def general_layout(row: SummaryRow, bold: bool) -> str:
    """What `block` prints for the row, a snippet's matches marked as a terminal shows them."""
    printed = block(
        minute(row.created_at),
        row.numbness,
        row.feeling_labels(),
        row.tags,
        row.snippet or first_line(row.head),
    )
    if not row.snippet:
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
    cutter = SnippetCutter(search) if search else None
    for numbness, tags in [(None, ""), (7, "home\x1ework")]:
        row = SummaryRow((1, "2026-11-27T09:30:00+01:00", numbness, text, feelings, tags), cutter)

        assert summary_block(row, bold) == general_layout(row, bold)


def test_a_clean_row_is_one_header_line_and_its_words() -> None:
    row = SummaryRow(
        (1, "2026-11-27T09:30:00+01:00", 3, "Could not sleep.", FEELINGS, "home\x1ework"),
        SnippetCutter("sleep"),
    )

    assert summary_block(row, bold=False) == (
        "2026-11-27 09:30 · numbness 3 · tired (sad), calm, numb · #home #work\n"
        "  Could not sleep.\n\n"
    )
