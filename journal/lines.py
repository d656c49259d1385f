"""The first line of a piece of writing: what lists, titles and quick commands show of it."""

from __future__ import annotations


def first_line(text: str) -> str:
    """The first non-empty line of `text`, trimmed, for lists and titles."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""
