"""A person's own writing of any length, shown whole without freezing the screen.

One Static holding a megabyte wraps all of it again on every refresh (seconds each
time). Here the text is split into pieces of a few thousand characters, at line
ends where it can be, each piece its own Static: a layout wraps each piece once for
a width, and a scroll or a refresh draws only the pieces on screen.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

from journal.ui.text import visible

PIECE_CHARS = 16_000
"""Characters per piece at most: a piece on screen wraps in a few milliseconds."""


def pieces(text: str, size: int) -> list[str]:
    """`text` in order, in pieces of at most `size` characters, each shown on its own lines.

    A piece ends where a line ends (that line break is the gap between two pieces),
    else after a space, else anywhere (a single word longer than `size`). Only a line
    longer than `size` shows differently: its rows break once more, where it was cut.
    """
    parts: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        newline = text.rfind("\n", start, end + 1)
        if newline >= start:
            parts.append(text[start:newline])
            start = newline + 1
            continue
        space = text.rfind(" ", start + 1, end)
        cut = space + 1 if space > start else end
        parts.append(text[start:cut])
        start = cut
    parts.append(text[start:])
    return parts


class Piece(Static):
    """One piece of a long text; its height is counted without wrapping when no line wraps."""

    def __init__(self, text: str) -> None:
        super().__init__(Content(text))
        self._lines = text.split("\n")
        self._widest = -1 if "\t" in text else max(cell_len(line) for line in self._lines)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many rows as lines when the widest line fits (most writing): no wrapping needed."""
        if 0 <= self._widest <= width:
            return len(self._lines)
        return super().get_content_height(container, viewport, width)


class LongText(Vertical):
    """Text of any length, literally (never markup), in pieces that lay out quickly."""

    DEFAULT_CSS = """
    LongText {
        height: auto;
    }
    """
    """Grows with its text; the screen around it scrolls."""

    def __init__(self, text: str, *, id: str | None = None, classes: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, classes=classes)
        self.text = text

    def compose(self) -> ComposeResult:
        """One Static per piece, with control characters made visible first."""
        for piece in pieces(visible(self.text), PIECE_CHARS):
            yield Piece(piece)
