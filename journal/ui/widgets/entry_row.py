"""How one entry looks in a list: two lines, built only while the row is on screen.

Line one: date and time, numbness, and the feelings named, grouped by family with
the family's label in its colour (never colour alone). Line two: the first line of
text, or the search snippet with matched words marked, and the tags at the right.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rich.cells import cell_len
from textual.color import Color
from textual.content import Content
from textual.style import Style

from journal.models import EntrySummary, Feeling
from journal.snippet import text_snippet
from journal.store.fts import highlight_spans
from journal.ui.naming import family_look
from journal.ui.text import visible
from journal.wording import clock_time, weekday_date

ROW_HEIGHT = 2
"""Lines per entry."""

CURSOR_MARK = "▌ "
"""Shown at the left of the highlighted row, so the cursor is never colour alone."""

_GUTTER = " " * len(CURSOR_MARK)
_SPACES = re.compile(r"\s+")
_NUMBNESS_WIDTH = len("numbness 10  ")
_DATE_WIDTH = len("Wed 30 Sep 2026")
"""Dates are padded to the widest, so the times below one another line up."""


@dataclass(frozen=True)
class RowStyles:
    """The styles a row is drawn with, read from the list's component classes."""

    date: Style
    muted: Style
    match: Style
    tag: Style


@functools.cache
def family_style(family_id: str) -> Style:
    """The family's colour, in bold, for its label."""
    return Style(foreground=Color.parse(family_look(family_id).colour), bold=True)


OWN_WORD = "your own word"
"""Shown where a feeling has no family: a word the person chose themselves."""


def family_label(family_id: str) -> Content:
    """The family's label in its colour, or "your own word" for a word without one."""
    if not family_id:
        return Content.styled(OWN_WORD, "italic")
    return Content.styled(family_look(family_id).label, family_style(family_id))


def _one_line(text: str) -> str:
    """Whitespace (newlines included) folded into single spaces; control characters shown."""
    return visible(_SPACES.sub(" ", text))


def feelings_content(
    feelings: tuple[Feeling, ...], matched: frozenset[str] = frozenset(), match: Style | None = None
) -> Content:
    """'Sad: lonely, tired  Scared: anxious': each family's label in its colour, then its words.

    Words found by a search (`matched`, lower case) are drawn in the `match` style.
    """
    groups: dict[str, list[Content]] = {}
    for feeling in feelings:
        word = _one_line(feeling.word).strip()
        hit = match is not None and not matched.isdisjoint(word.lower().split())
        groups.setdefault(feeling.family, []).append(Content.styled(word, match if hit else ""))
    pieces: list[Content] = []
    for family, words in groups.items():
        listed = Content(", ").join(words)
        if family:
            pieces.append(Content.assemble(family_label(family), ": ", listed))
        else:
            pieces.append(listed)
    return Content("  ").join(pieces)


def _snippet_parts(summary: EntrySummary) -> list[tuple[str, bool]]:
    return highlight_spans(summary.snippet.strip()) if summary.snippet else []


def header_line(summary: EntrySummary, styles: RowStyles) -> Content:
    """Date and time, numbness, and the feelings named."""
    day = weekday_date(summary.created_at.date()).ljust(_DATE_WIDTH)
    when = f"{day}  {clock_time(summary.created_at)}"
    numbness = "" if summary.numbness is None else f"numbness {summary.numbness}"
    matched = frozenset(
        word for part, hit in _snippet_parts(summary) if hit for word in part.lower().split()
    )
    return Content.assemble(
        (when, styles.date),
        "  ",
        (numbness.ljust(_NUMBNESS_WIDTH), styles.muted),
        feelings_content(summary.feelings, matched, styles.match),
    )


def _text_content(summary: EntrySummary, styles: RowStyles) -> Content:
    """The search snippet with matches marked, else the first line, else a quiet note."""
    if text_snippet(summary):
        return Content.assemble(
            *(
                (_one_line(part), styles.match if hit else "")
                for part, hit in _snippet_parts(summary)
            )
        )
    if summary.first_line:
        return Content(_one_line(summary.first_line).strip())
    return Content.styled("(no writing)", styles.muted)


def body_line(summary: EntrySummary, styles: RowStyles, width: int) -> Content:
    """The text or snippet, cut to fit, with the tags at the right edge."""
    tags = " ".join(f"#{_one_line(tag).strip()}" for tag in summary.tags)
    room = max(width - len(_GUTTER) - (cell_len(tags) + 2 if tags else 0), 8)
    text = _text_content(summary, styles).truncate(room, ellipsis=True, pad=bool(tags))
    line = Content.assemble(_GUTTER, text)
    if tags:
        line = Content.assemble(line, "  ", (tags, styles.tag))
    return line


def row_line(
    summary: EntrySummary, part: int, width: int, styles: RowStyles, cursor: bool
) -> Content:
    """Line `part` (0 or 1) of an entry's row, exactly `width` cells wide."""
    if part == 0:
        line = Content.assemble(CURSOR_MARK if cursor else _GUTTER, header_line(summary, styles))
    else:
        line = body_line(summary, styles, width)
        if cursor:
            line = Content.assemble(CURSOR_MARK, line[len(_GUTTER) :])
    return line.truncate(width, ellipsis=True, pad=True)


def message_line(text: str, width: int) -> Content:
    """A quiet message in place of rows (such as "Nothing matches"), indented like one."""
    return Content(_GUTTER + text).truncate(width, ellipsis=True, pad=True)
