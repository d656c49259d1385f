"""How one entry looks in a list: two lines, built only while the row is on screen.

Line one: date and time, numbness, and the feelings named, grouped by family with
the family's label in its colour (never colour alone). Line two: the first line of
text, or the search snippet with matched words marked, and the tags at the right.
A snippet too wide for its column is shown from a little before its first match,
so the match is never what the cut leaves out.

A row is one line of at most a terminal's width, so every field is cut to what can
show (long words and tags end in "…") before anything is laid out: a megabyte-long
feeling word or tag costs a row no more than a short one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rich.cells import cell_len
from textual.color import Color
from textual.content import Content
from textual.style import Style

from journal.lines import ELLIPSIS, clip
from journal.models import EntrySummary, Feeling
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
_MIN_TEXT = 8
"""Cells of the text or snippet that many tags still leave."""

WORD_LIMIT = 40
"""Characters of a feeling word or a tag shown in a row; a longer one ends in "…"."""

SNIPPET_LIMIT = 1000
"""Characters of a search snippet read for a row: more than any terminal is wide."""


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
    """The family's label in its colour, or "your own word" for a word without one.

    A family the vocabulary lacks (from an import) is named by its id, cut to WORD_LIMIT.
    """
    if not family_id:
        return Content.styled(OWN_WORD, "italic")
    family_id = clip(family_id, WORD_LIMIT)
    return Content.styled(visible(family_look(family_id).label), family_style(family_id))


def _one_line(text: str) -> str:
    """Whitespace (newlines included) folded into single spaces; control characters shown."""
    return visible(_SPACES.sub(" ", text))


def short(text: str, limit: int) -> str:
    """`text` on one line, trimmed, in at most `limit` characters ("…" when cut).

    Only the start of `text` is read, so a megabyte costs what a word does.
    """
    head = _one_line(text[: limit * 2]).strip()
    if len(text) > limit * 2 and len(head) < limit:
        return head + ELLIPSIS  # the rest was folded away: still say that more follows
    return clip(head, limit)


def feelings_content(
    feelings: tuple[Feeling, ...], room: int, matched: frozenset[str], match: Style
) -> Content:
    """'Sad: lonely, tired  Scared: anxious': each family's label in its colour, then its words.

    Each word is cut to WORD_LIMIT characters, and words stop once `room` characters are
    used. Words found by a search (`matched`) are drawn in the `match` style.
    """
    groups: dict[str, list[Content]] = {}
    used = 0
    for feeling in feelings:
        if used > room:
            break
        word = short(feeling.word, WORD_LIMIT)
        used += len(word) + 2
        hit = feeling.word in matched
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
    if not summary.snippet:
        return []
    return highlight_spans(clip(summary.snippet, SNIPPET_LIMIT).strip())


def header_line(summary: EntrySummary, styles: RowStyles, width: int) -> Content:
    """Date and time, numbness, and the feelings named (as many as `width` can show)."""
    day = weekday_date(summary.created_at.date()).ljust(_DATE_WIDTH)
    when = f"{day}  {clock_time(summary.created_at)}"
    numbness = "" if summary.numbness is None else f"numbness {summary.numbness}"
    return Content.assemble(
        (when, styles.date),
        "  ",
        (numbness.ljust(_NUMBNESS_WIDTH), styles.muted),
        feelings_content(summary.feelings, width, summary.words_found, styles.match),
    )


Place = tuple[int, int]
"""Where a piece of a line starts and ends, in characters."""


def _text_content(summary: EntrySummary, styles: RowStyles) -> tuple[Content, Place | None]:
    """The search snippet with matches marked and where its first match is, else the
    first line, else a quiet note."""
    if summary.snippet:
        pieces: list[tuple[str, Style | str]] = []
        first: Place | None = None
        at = 0
        for part, hit in _snippet_parts(summary):
            text = _one_line(part)
            if hit and first is None:
                first = (at, at + len(text))
            pieces.append((text, styles.match if hit else ""))
            at += len(text)
        return Content.assemble(*pieces), first
    if summary.first_line:
        return Content(short(summary.first_line, SNIPPET_LIMIT)), None
    return Content.styled("(no writing)", styles.muted), None


def _starts_word(plain: str, at: int) -> bool:
    """Whether a word starts at `at`: after a space, or at any wide letter (such as Chinese
    or Japanese, written without spaces)."""
    return plain[at - 1] == " " or (plain[at].isalnum() and cell_len(plain[at]) == 2)


def _word_start_within(plain: str, match: int, lead: int) -> int:
    """The first word start at most `lead` cells before `match` (else `match` itself).

    A binary search on cell lengths (wide characters take two cells), so a row costs
    a handful of measurements however long its snippet is.
    """
    low, high = 1, match
    while low < high:
        middle = (low + high) // 2
        if cell_len(plain[middle:match]) <= lead:
            high = middle
        else:
            low = middle + 1
    return next((at for at in range(low, match) if _starts_word(plain, at)), match)


def around_match(text: Content, match: Place | None, room: int) -> Content:
    """`text` as it shows in `room` cells with its `match` whole, when the match fits at all.

    Text that fits, that starts with its match, or whose match ends before the cut is
    unchanged. Otherwise it starts at a word a little before the match, after a "…":
    whatever follows the match shows if it fits, else the match gets about half the
    spare room before it. A match wider than the room shows its start.
    """
    if match is None or not match[0] or text.cell_length <= room:
        return text
    plain = text.plain
    start, end = match
    if cell_len(plain[:end]) < room:  # the match ends before the "…" of the cut
        return text
    match_cells = cell_len(plain[start:end])
    after = cell_len(plain[end:])
    if len(ELLIPSIS) + match_cells + after <= room:
        lead = room - len(ELLIPSIS) - match_cells - after
    else:
        lead = max((room - 2 * len(ELLIPSIS) - match_cells) // 2, 0)
    return Content.assemble(ELLIPSIS, text[_word_start_within(plain, start, lead) :])


def tags_text(tags: tuple[str, ...], room: int) -> str:
    """'#work #sleep': each tag cut to WORD_LIMIT characters, the whole to `room`."""
    pieces: list[str] = []
    used = 0
    for tag in tags:
        if used > room:
            break
        piece = f"#{short(tag, WORD_LIMIT)}"
        pieces.append(piece)
        used += len(piece) + 1
    return clip(" ".join(pieces), max(room, 1))


def body_line(summary: EntrySummary, styles: RowStyles, width: int) -> Content:
    """The text or snippet, cut to fit, with the tags at the right edge."""
    tags = tags_text(summary.tags, width - len(_GUTTER) - 2 - _MIN_TEXT)
    room = max(width - len(_GUTTER) - (cell_len(tags) + 2 if tags else 0), _MIN_TEXT)
    text, match = _text_content(summary, styles)
    text = around_match(text, match, room).truncate(room, ellipsis=True, pad=bool(tags))
    line = Content.assemble(_GUTTER, text)
    if tags:
        line = Content.assemble(line, "  ", (tags, styles.tag))
    return line


def row_line(
    summary: EntrySummary, part: int, width: int, styles: RowStyles, cursor: bool
) -> Content:
    """Line `part` (0 or 1) of an entry's row, exactly `width` cells wide."""
    if part == 0:
        head = header_line(summary, styles, width)
        line = Content.assemble(CURSOR_MARK if cursor else _GUTTER, head)
    else:
        line = body_line(summary, styles, width)
        if cursor:
            line = Content.assemble(CURSOR_MARK, line[len(_GUTTER) :])
    return line.truncate(width, ellipsis=True, pad=True)


def message_line(text: str, width: int) -> Content:
    """A quiet message in place of rows (such as "Nothing matches"), indented like one."""
    return Content(_GUTTER + text).truncate(width, ellipsis=True, pad=True)
