"""The breathing guide: a bar that fills as you breathe in and empties as you breathe out."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from journal.pacing import Beat

BAR_ROWS = 3
"""How tall the breathing bar is drawn."""


class BreathingGuide(Widget):
    """Draws one breathing `Beat`: what to do, a growing bar, seconds left, which breath."""

    DEFAULT_CSS = """
    BreathingGuide {
        height: auto;
        text-align: center;
        padding: 1 0;
    }
    """
    """Centred, with a little air above and below."""

    beat: reactive[Beat | None] = reactive(None, layout=True)
    paused: reactive[bool] = reactive(False)

    def render(self) -> Content:
        """Words, bar, countdown and round, one per line."""
        beat = self.beat
        if beat is None:
            return Content("")
        if beat.finished:
            words, count = "That was the last breath.", ""
        elif self.paused:
            words, count = "Paused", "Press Space to go on."
        else:
            words, count = beat.words, str(beat.seconds_left)
        width = max(2, self.content_size.width - 8)
        filled = max(1, round(width * beat.fullness)) if not beat.finished else 0
        bar = Content.styled("█" * filled, "$primary") if filled else Content("")
        lines = [
            Content.styled(words, "bold"),
            Content(""),
            *([bar] * BAR_ROWS),
            Content(""),
            Content.styled(count, "bold $accent"),
            Content.styled(f"Breath {beat.round} of {beat.rounds}", "$foreground-muted"),
        ]
        return Content("\n").join(lines)
