"""How `journal list` and `journal search` print an entry: a header line, then its words.

Each entry is one block: a line with its date, time, numbness, feelings and tags,
then its words indented by two spaces, then a blank line. Only header lines start
at the margin, so `grep '^[0-9]'` finds every entry. Everything from the journal
passes through `for_terminal`. This module imports no models, so the quick
read commands (journal.quick) print with it too.
"""

from __future__ import annotations

import os
import re
import sys
from functools import partial
from itertools import islice, repeat

from journal.lines import first_line
from journal.snippet import PRINTED_WIDTH
from journal.store.fts import HIGHLIGHT_END, HIGHLIGHT_START
from journal.store.summaries import feeling_labels_of, iter_listed_rows, tags_of
from journal.terminal_text import for_terminal, say

TYPE_CHECKING = False  # the typing module costs a few ms; quick commands skip it
if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from journal.store.plan import QueryPlan
    from journal.store.summaries import ListedRow

BOLD, NORMAL = "\x1b[1m", "\x1b[22m"
WRITE_BATCH = 64
"""Blocks printed in one write: under a millisecond's making, so printing still flows."""
_UNUSUAL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
"""Control characters (which `for_terminal` replaces) and line breaks of any kind."""


def minute(iso_time: str) -> str:
    """`2026-11-27T09:30:00+00:00` as the header shows it: `2026-11-27 09:30`."""
    return iso_time[:16].replace("T", " ")


def feelings_shown(feelings: Iterable[tuple[str, str]]) -> str:
    """Feelings (word, family) as a header shows them: each word, with its family when that
    says more, as in `tired (sad), calm`."""
    return ", ".join(
        [word if family in ("", word) else f"{word} ({family})" for word, family in feelings]
    )


def hashtags(tags: Sequence[str]) -> str:
    """The tags as a header shows them: `#home #work`."""
    return "#" + " #".join(tags) if tags else ""


def _header_line(when: str, numbness: int | None, labels: str, tagged: str) -> str:
    """A header's parts joined by " · ", those without anything left out."""
    line = when if numbness is None else f"{when} · numbness {numbness}"
    if labels:
        line += " · " + labels
    if tagged:
        line += " · " + tagged
    return line


def header(
    when: str, numbness: int | None, feelings: Sequence[tuple[str, str]], tags: Sequence[str]
) -> str:
    """The first line of an entry's block: when, numbness, feelings (word, family) and tags."""
    return for_terminal(_header_line(when, numbness, feelings_shown(feelings), hashtags(tags)))


def block(
    when: str,
    numbness: int | None,
    feelings: Sequence[tuple[str, str]],
    tags: Sequence[str],
    text: str,
) -> str:
    """Header, then the text indented by two spaces, then a blank line."""
    return _laid_out(header(when, numbness, feelings, tags), text)


def _laid_out(header_line: str, text: str) -> str:
    """A header already safe for the terminal, then `text` made safe and indented by two
    spaces line by line, then a blank line."""
    body = for_terminal(text)
    if "\n" in body or "\u2028" in body or "\u2029" in body:  # the line breaks left
        indented = "\n".join(["  " + line if line.strip() else "" for line in body.splitlines()])
    else:
        indented = "  " + body if body.strip() else ""
    return (header_line + "\n" + indented).rstrip() + "\n\n"


def summary_block(row: ListedRow, bold: bool) -> str:
    """A listed row's block: the search snippet (matches in bold on a terminal) or first line.

    `journal search` can print ten thousand of these at once, so a row whose words hold
    nothing `for_terminal` would change, and no line break, is laid out in a few steps;
    any other is laid out as `block` does, which handles everything.
    """
    when, numbness, head, snippet, feelings, tags = row
    text = snippet or first_line(head)
    labels = feelings_shown(feeling_labels_of(feelings))
    line = _header_line(minute(when), numbness, labels, hashtags(tags_of(tags)))
    shown = line + text
    # A printable text holds none of _UNUSUAL, and isprintable() answers quicker than it.
    if not shown.isprintable() and _UNUSUAL.search(shown):
        printed = _laid_out(for_terminal(line), text)
    else:
        printed = (line + "\n  " + text).rstrip() + "\n\n"
    if not snippet:
        return printed
    return printed.replace(HIGHLIGHT_START, BOLD if bold else "").replace(
        HIGHLIGHT_END, NORMAL if bold else ""
    )


def use_bold() -> bool:
    """Bold search matches only on a terminal, and never when NO_COLOR is set."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def summary_blocks(rows: Iterable[ListedRow], bold: bool) -> Iterator[str]:
    """The blocks of list rows, made one at a time as they are printed."""
    return map(summary_block, rows, repeat(bold))


def listed_blocks(read: Callable[..., Iterable[ListedRow]]) -> Iterator[str]:
    """The blocks `journal list` and `journal search` print, of the rows `read(marked=,
    width=)` gives: snippets fit 80 columns, and are cut without marks unless drawn in bold.
    The quick path and the full parser both print through here, so they print alike."""
    bold = use_bold()
    return summary_blocks(read(marked=bold, width=PRINTED_WIDTH), bold)


def blocks_for(conn: sqlite3.Connection, plan: QueryPlan, limit: int | None) -> Iterator[str]:
    """The blocks of the plan's newest `limit` rows (None: all), as `listed_blocks` says."""
    return listed_blocks(partial(iter_listed_rows, conn, plan, limit))


def write_blocks(blocks: Iterable[str], write: Callable[[str], object]) -> int:
    """Pass the blocks to `write` as they come, a batch at a time (one write per block
    costs more than making it); return how many there were."""
    written = 0
    pending = iter(blocks)
    while batch := list(islice(pending, WRITE_BATCH)):
        write("".join(batch))
        written += len(batch)
    return written


def show(blocks: Iterable[str], searched: str, limit: int | None, total: Callable[[], int]) -> None:
    """Print the blocks as they come, then say when nothing matched or more are hidden.

    `total` counts every match; it is asked only when the hint may be needed.
    """
    shown = write_blocks(blocks, sys.stdout.write)
    sys.stdout.flush()
    if shown == 0:
        say(f'Nothing found for "{searched}".' if searched else "No entries to show.")
    elif limit is not None and shown == limit and sys.stdout.isatty():
        matches = total()
        if matches > shown:
            say(f"Showing the {shown} newest of {matches:,}. Add --all to see every one.")
