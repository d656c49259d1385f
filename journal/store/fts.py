"""Turning whatever a person types into a safe FTS5 query.

Every word becomes a quoted string, so FTS5 syntax in the input (AND, NEAR,
stars, brackets, column filters) is searched for literally and never raises.
Bare words match as prefixes (`anx` finds anxious); "quoted phrases" match
exactly; a leading minus excludes a word when something else is searched for.
"""

from __future__ import annotations

import re

from journal.store.text import storable

_TERM = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD_CHAR = re.compile(r"[^\W_]")
HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _terms(text: str) -> list[tuple[bool, str, bool]]:
    """Split input into (excluded, words, is_phrase) terms."""
    terms = []
    # Lone surrogates (pasted from broken clipboards) cannot be sent to SQLite.
    for match in _TERM.finditer(storable(text).replace("\x00", " ")):
        minus, phrase, bare = match.groups()
        if bare is not None:
            excluded = bare.startswith("-") and len(bare) > 1
            words = bare[1:] if excluded else bare
            terms.append((excluded, words, False))
        else:
            terms.append((minus == "-", phrase, True))
    return [term for term in terms if _WORD_CHAR.search(term[1])]


def search_terms(text: str) -> list[tuple[str, bool]]:
    """The (words, is_phrase) terms that `fts_query` asks to find, without the excluded ones."""
    return [(words, phrase) for excluded, words, phrase in _terms(text) if not excluded]


def _left_out(terms: list[tuple[bool, str, bool]]) -> str:
    """The -words of a search as one FTS5 expression ("" when there are none)."""
    return " OR ".join(_quoted(words) for excluded, words, _ in terms if excluded)


def excluded_query(text: str) -> str | None:
    """For a search of only -words ("-work"): an FTS5 expression for the entries to leave
    out, or None when something is searched for too (or nothing at all)."""
    terms = _terms(text)
    if not terms or not all(excluded for excluded, _words, _phrase in terms):
        return None
    return _left_out(terms)


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for `text`, or None when it holds nothing searchable."""
    terms = _terms(text)
    include = [
        _quoted(words) if phrase else _quoted(words) + "*"
        for excluded, words, phrase in terms
        if not excluded
    ]
    if not include:
        return None
    query = " AND ".join(include)
    exclude = _left_out(terms)
    return f"({query}) NOT ({exclude})" if exclude else query


def highlight_spans(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, matched) parts using the highlight markers."""
    parts: list[tuple[str, bool]] = []
    for index, piece in enumerate(re.split(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]", snippet)):
        if piece:
            parts.append((piece, index % 2 == 1))
    return parts
