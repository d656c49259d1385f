"""What lists, titles and messages show of a piece of writing: its first line, or its start.

A feeling word, a tag or a note can be a megabyte long (pasted or imported). Cutting
it before any layout work reads only its start, so it costs what a word does.
"""

from __future__ import annotations


def first_line(text: str) -> str:
    """The first non-empty line of `text`, trimmed, for lists and titles."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


ELLIPSIS = "…"
"""Ends a cut text, so a cut never passes for the whole."""


def clip(text: str, limit: int) -> str:
    """`text` itself when it has at most `limit` characters, else its start and "…"."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + ELLIPSIS
