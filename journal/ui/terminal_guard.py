"""The last guard before the terminal: no control character in shown text is ever sent raw.

What a person wrote is shown through `literal()`, which makes control characters
visible. Textual's editing widgets (TextArea, Input) and notifications draw their
text as it is, though, so an entry or a paste holding `ESC [2J` or an OSC 52
clipboard write would reach the terminal, which would obey it. Textual turns every
line on screen into terminal text with `Strip.render`; `guard_terminal_output()`
wraps it so that control characters inside the text are dropped. Rich gives them
no width, so nothing on screen moves, and Textual's own escape sequences (colours,
cursor moves) are added around the text afterwards and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rich.console import Console
from rich.segment import Segment
from textual.strip import Strip

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _without_controls(strip: Strip) -> Strip:
    """The same line with control characters taken out of its text (not out of its codes)."""
    return Strip(
        [
            segment if segment.control else Segment(_CONTROL.sub("", segment.text), segment.style)
            for segment in strip
        ],
        strip.cell_length,
    )


def _guarded(render: Callable[[Strip, Console], str]) -> Callable[[Strip, Console], str]:
    def guarded_render(self: Strip, console: Console) -> str:
        """Strip.render, after taking control characters out of the line's text."""
        if _CONTROL.search(self.text):
            return render(_without_controls(self), console)
        return render(self, console)

    guarded_render.guarded = True  # type: ignore[attr-defined]
    return guarded_render


def guard_terminal_output() -> None:
    """Make every line Textual draws safe for the terminal (once per process)."""
    if not getattr(Strip.render, "guarded", False):
        Strip.render = _guarded(Strip.render)  # type: ignore[method-assign]
