"""Showing a person's own words literally, never as markup.

Textual parses markup in plain strings; `[/]` would crash and `[@click=...]`
would become a live action. Everything a person wrote goes through here, with
control characters (escape sequences, NUL) shown as U+FFFD so they never reach
the terminal raw: the same rule the command line follows.
"""

from __future__ import annotations

from textual.content import Content

from journal.terminal_text import for_terminal


def literal(text: str) -> Content:
    """Content that shows `text` exactly as written, with control characters made visible."""
    return Content(for_terminal(text))


def visible(text: str) -> str:
    """`text` as a plain string with control characters made visible, for building Text spans."""
    return for_terminal(text)
