"""Showing a person's own words literally, never as markup.

Textual parses markup in plain strings; `[/]` would crash and `[@click=...]`
would become a live action. Everything a person wrote goes through here.
"""

from __future__ import annotations

import re

from textual.content import Content

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Replace control characters (escape sequences, NUL) with a visible placeholder."""
    return _CONTROL.sub("\ufffd", text)


def literal(text: str) -> Content:
    """Content that shows `text` exactly as written, with control characters made visible."""
    return Content(visible(text))
