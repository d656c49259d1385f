"""A 0-10 rating scale a person can set by arrows, digits or a click, or leave unrated."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.style import Style
from textual.widget import Widget

CELL = 4
"""Columns per value on the scale."""

DIGIT_WINDOW = 1.0
"""Seconds within which "1" then "0" is read as 10 rather than 0."""


class Scale(Widget, can_focus=True):
    """A row of values from `minimum` to `maximum`; None means "not rated", a valid answer."""

    DEFAULT_CSS = """
    Scale {
        width: auto;
        height: auto;
        padding: 0 1;
        text-wrap: nowrap;
    }
    Scale:focus {
        background: $primary 20%;
    }
    Scale > .scale--value {
        color: $text-muted;
    }
    Scale > .scale--chosen {
        color: $background;
        background: $accent;
        text-style: bold;
    }
    Scale:focus > .scale--chosen {
        background: $primary;
    }
    Scale > .scale--label {
        color: $text-muted;
    }
    """
    """Muted values, the chosen one in a solid block (with brackets, so not colour alone)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"scale--value", "scale--chosen", "scale--label"}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,minus", "step(-1)", "Lower", show=False),
        Binding("right,plus,equals_sign", "step(1)", "Higher", show=False),
        Binding("home", "jump('low')", "Lowest", show=False),
        Binding("end", "jump('high')", "Highest", show=False),
        Binding("delete,backspace", "clear", "Clear it (not rated is fine)", show=False),
    ]
    """Arrows move one step, Home/End jump to the ends, Delete clears; digits are in on_key."""

    HELP_KEYS = [("0 to 9", "Choose that number (1 then 0 for 10)")]
    """Keys handled in on_key, listed on the help screen."""

    value: reactive[int | None] = reactive(None, layout=False)

    @dataclass
    class Changed(Message):
        """The value changed (None when cleared)."""

        scale: Scale
        value: int | None

        @property
        def control(self) -> Scale:
            """The scale that changed, for `@on(Scale.Changed, "#id")`."""
            return self.scale

    def __init__(
        self,
        low_label: str,
        high_label: str,
        *,
        minimum: int = 0,
        maximum: int = 10,
        value: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        id: str | None = None,  # noqa: A002 - Textual's own name for it
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.minimum = minimum
        self.maximum = maximum
        self.low_label = low_label
        self.high_label = high_label
        self._clock = clock
        self._last_digit: tuple[int, float] | None = None
        self.set_reactive(Scale.value, self._valid(value))

    def _valid(self, value: int | None) -> int | None:
        if value is None:
            return None
        return max(self.minimum, min(self.maximum, value))

    def validate_value(self, value: int | None) -> int | None:
        """Keep the value inside the scale."""
        return self._valid(value)

    def watch_value(self, value: int | None) -> None:
        """Tell the screen, and redraw."""
        self.post_message(self.Changed(self, value))

    @property
    def _count(self) -> int:
        return self.maximum - self.minimum + 1

    def _per_row(self, width: int) -> int:
        """Values on one row: all of them, or half in a terminal too narrow for that."""
        return self._count if width >= self._count * CELL else -(-self._count // 2)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        """Every value in a row, or half of them where the space is narrower; wide enough for
        both end labels side by side."""
        labels = len(self.low_label) + len(self.high_label) + 3
        room = container.width - self.styles.gutter.width
        return max(self._per_row(room) * CELL, labels)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """The rows of values, then one row of end labels."""
        per_row = self._per_row(width)
        return -(-self._count // per_row) + 1

    def render(self) -> Content:
        """The values, the chosen one bracketed, with the end labels beneath."""
        plain = self.get_visual_style("scale--value")
        chosen = self.get_visual_style("scale--chosen")
        width = self.content_region.width
        per_row = self._per_row(width)
        cells: list[tuple[str, Style] | str] = []
        for index, number in enumerate(range(self.minimum, self.maximum + 1)):
            if index and index % per_row == 0:
                cells.append("\n")
            text = f"[{number}]" if number == self.value else f" {number} "
            cells += [(text, chosen if number == self.value else plain), " " * (CELL - len(text))]
        gap = max(1, width - 2 - len(self.low_label) - len(self.high_label))
        label = self.get_visual_style("scale--label")
        labels = Content.styled(f" {self.low_label}{' ' * gap}{self.high_label} ", label)
        return Content.assemble(*cells, "\n", labels)

    def action_step(self, delta: int) -> None:
        """Move one value up or down; from "not rated" start at the low end."""
        if self.value is None:
            self.value = self.minimum
        else:
            self.value = self._valid(self.value + delta)

    def action_jump(self, end: str) -> None:
        """Go to the lowest or highest value."""
        self.value = self.minimum if end == "low" else self.maximum

    def action_clear(self) -> None:
        """Back to "not rated"."""
        self.value = None

    def on_key(self, event: events.Key) -> None:
        """A digit sets the value; "1" then "0" within a second gives 10."""
        if event.character is None or not event.character.isdigit():
            return
        event.stop()
        event.prevent_default()
        digit = int(event.character)
        now = self._clock()
        last = self._last_digit
        self._last_digit = (digit, now)
        if last is not None and now - last[1] <= DIGIT_WINDOW:
            combined = last[0] * 10 + digit
            if last[0] and self.minimum <= combined <= self.maximum:
                self.value = combined
                self._last_digit = None
                return
        if self.minimum <= digit <= self.maximum:
            self.value = digit

    def on_click(self, event: events.Click) -> None:
        """Clicking a value chooses it."""
        offset = event.get_content_offset(self)
        per_row = self._per_row(self.content_region.width)
        if offset is None or offset.y * per_row >= self._count:
            return
        number = self.minimum + offset.y * per_row + offset.x // CELL
        if self.minimum <= number <= self.maximum:
            self.focus()
            self.value = number
