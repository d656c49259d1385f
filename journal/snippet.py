"""The few words around a search match, cut from an entry's text, the matches marked if asked.

History and `journal search` show, for each entry found, the part of its text where
the searched words are. SQLite's FTS5 `snippet()` takes time that grows with the
text times its matches (minutes for a megabyte), so long entries had to go without
one, and it was the largest single cost of a `journal search` printing thousands
of entries. This cutter finds the words the way the search index does
(`journal.store.fts`: word beginnings for bare words, whole words for "quoted
phrases", any case, accents ignored) with plain string searches over the start of
the text, and shows at most one line's worth around the first match.

An entry the search found only by its feeling words has no snippet (None): the
list shows its first line, and `SnippetCutter.names` says which feelings matched.
Never imports Textual, nor the models, so quick commands start fast.
"""

from __future__ import annotations

import re

from journal.lines import ELLIPSIS
from journal.store.fts import HIGHLIGHT_END, HIGHLIGHT_START, search_terms
from journal.terminal_text import REPLACEMENT

TYPE_CHECKING = False  # the typing module costs a few ms; quick commands skip it
if TYPE_CHECKING:
    from collections.abc import Iterable

SNIPPET_WIDTH = 80
"""Characters of text a snippet shows at most, unless asked otherwise: about twelve words.
History's rows show what fits of it around the match."""
PRINTED_WIDTH = 76
"""The most `journal search` prints of a snippet: with its two-space indent and an
ellipsis at each end, it fits an 80-column terminal."""
LEAD = 40
"""How far before the first match a snippet may start: back to its sentence's start within this."""
SCAN_CHARS = 20_000
"""How much of an entry's text is searched; a match further in shows the first line instead."""

_WORDS = re.compile(r"[^\W_]+")
_VISIBLE = re.compile(r"\S")
_LAST_SENTENCE_END = re.compile(r".*(?:[.!?]\s|\t)", re.DOTALL)


class _Folding(dict):
    """str.translate's table for non-ASCII text: each character lower-cased and without
    its accents, one character for one so positions stay those of the text."""

    def __missing__(self, char: int) -> str:
        import unicodedata

        text = chr(char)
        base = unicodedata.normalize("NFD", text.lower())[:1] or text
        folded = base if len(text.lower()) == 1 else text
        self[char] = folded
        return folded


_FOLDING = _Folding()


def fold(text: str) -> str:
    """`text` in lower case without accents, as long as `text` (the search index's view of it)."""
    return text.lower() if text.isascii() else text.translate(_FOLDING)


def _term_pattern(words: list[str], prefix: bool) -> str:
    """A regex for one term over folded text: its words with anything but letters between,
    then the rest of the last word (a bare term) or a word's end (a phrase)."""
    body = r"[\W_]+".join(re.escape(word) for word in words)
    return body + (r"[^\W_]*" if prefix else r"(?![^\W_])")


class SnippetCutter:
    """Cuts snippets for one search: built once, then asked about each entry found.

    With `marked` false the matches are not marked: what `journal search` prints when
    its matches are not drawn in bold (a pipe, a file, NO_COLOR), the same text as a
    marked snippet without its marks, cut in fewer steps for the thousands it prints.
    """

    def __init__(self, search: str, *, marked: bool = True, width: int = SNIPPET_WIDTH) -> None:
        self._marked = marked
        self._width = width
        terms = []
        for words, phrase in search_terms(search):
            folded = _WORDS.findall(fold(words))
            if folded:
                terms.append(_term_pattern(folded, prefix=not phrase))
        self._pattern = re.compile("|".join(terms)) if terms else None

    def _first(self, folded: str, start: int, stop: int) -> re.Match[str] | None:
        """The first place in folded[start:stop] where a term begins a word."""
        pattern = self._pattern
        match = pattern.search(folded, start, stop) if pattern else None
        while match and match.start() and folded[match.start() - 1].isalnum():
            match = pattern.search(folded, match.start() + 1, stop)
        return match

    def cut(self, text: str) -> str | None:
        """The words around the first match in `text`, matches marked if asked; None if none
        is there."""
        scanned = text[:SCAN_CHARS]
        if HIGHLIGHT_START in scanned or HIGHLIGHT_END in scanned:  # a mark's look-alike, typed
            scanned = scanned.replace(HIGHLIGHT_START, REPLACEMENT)
            scanned = scanned.replace(HIGHLIGHT_END, REPLACEMENT)
        folded = fold(scanned)
        hit = self._first(folded, 0, len(folded))
        if hit is None:
            return None
        start = _window_start(scanned, hit.start(), hit.end(), self._width)
        end = _window_end(scanned, start, hit.end(), self._width)
        lead = ELLIPSIS if start and _VISIBLE.search(scanned, 0, start) else ""
        tail = ELLIPSIS if end < len(text) and _VISIBLE.search(text, end) else ""
        if not self._marked:  # a match never ends in a space: strip the same as below
            return lead + scanned[start:end].rstrip() + tail
        pieces = [lead]
        at = start
        while hit:
            hit_end = min(hit.end(), end)
            pieces += [scanned[at : hit.start()], HIGHLIGHT_START, scanned[hit.start() : hit_end]]
            pieces.append(HIGHLIGHT_END)
            at = hit_end
            hit = self._first(folded, at, end) if at < end else None
        pieces += [scanned[at:end].rstrip(), tail]
        return "".join(pieces)

    def names(self, feeling_words: Iterable[str]) -> frozenset[str]:
        """Which of the feeling words the search finds (to draw them as matches)."""
        return frozenset(word for word in feeling_words if self._first(fold(word), 0, len(word)))


def _window_start(text: str, match: int, match_end: int, width: int) -> int:
    """Where a snippet begins: its line's start when the match is near enough for one
    snippet to hold both, else its sentence's start or a word's start shortly before it."""
    line = text.rfind("\n", 0, match) + 1
    if match_end - line <= width:
        start = line
    else:
        lead = max(line, match - LEAD)
        ending = _LAST_SENTENCE_END.match(text, lead, match)
        if ending:
            start = ending.end()
        elif lead == line:
            start = line
        else:
            space = text.find(" ", lead, match)
            start = match if space < 0 else space + 1
    while start < match and text[start].isspace():
        start += 1
    return start


def _window_end(text: str, start: int, match_end: int, width: int) -> int:
    """Where a snippet ends: its line's end, or the last word's end within `width`."""
    line_end = text.find("\n", match_end)
    if line_end < 0:
        line_end = len(text)
    limit = start + width
    if line_end <= limit or match_end >= limit:
        return max(min(line_end, limit), match_end)
    space = text.rfind(" ", match_end, limit)
    return space if space > match_end else limit
