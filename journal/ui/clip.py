"""Cutting a person's words to what a screen can show, before any drawing work is done.

A feeling word, a tag or a note can be a megabyte long (pasted or imported). Laying
out all of it to show one line, or a few, takes seconds; cutting it first takes
nothing, since only the start of the text is ever read.
"""

from __future__ import annotations

ELLIPSIS = "…"
"""Ends a cut text, so a cut never passes for the whole."""


def clip(text: str, limit: int) -> str:
    """`text` itself when it has at most `limit` characters, else its start and "…"."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + ELLIPSIS
