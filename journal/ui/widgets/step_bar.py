"""Where you are in the check-in: "1 Numbness · 2 Body · 3 Feelings · 4 Write", each clickable."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static


class StepLabel(Static):
    """One step's number and name; a click goes there."""

    def __init__(self, step: str, text: str) -> None:
        super().__init__(text, classes="step", markup=False)
        self.step = step

    def on_click(self, event: events.Click) -> None:
        """Ask the screen to go to this step."""
        event.stop()
        self.post_message(StepBar.Selected(self.step))


class StepBar(Horizontal):
    """The steps in a row; the current one is marked by a pointer and by colour."""

    DEFAULT_CSS = """
    StepBar {
        height: 1;
        width: 1fr;
        padding: 0 1;
    }
    StepBar .step {
        width: auto;
        color: $text-muted;
    }
    StepBar .step.-current {
        color: $text;
        text-style: bold;
    }
    StepBar .step-gap {
        width: auto;
        color: $text-disabled;
    }
    """
    """A quiet single line; the current step bold, with a ▸ so colour is not the only sign."""

    current: reactive[str] = reactive("")

    @dataclass
    class Selected(Message):
        """A step was clicked."""

        step: str

    def __init__(self, steps: dict[str, str], *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self._steps = steps

    def compose(self) -> ComposeResult:
        """One label per step, with quiet dots between."""
        for number, (step, label) in enumerate(self._steps.items(), 1):
            if number > 1:
                yield Static("  ·  ", classes="step-gap")
            yield StepLabel(step, f"{number} {label}")

    def watch_current(self, current: str) -> None:
        """Mark the current step."""
        for number, label in enumerate(self.query(StepLabel), 1):
            here = label.step == current
            label.set_class(here, "-current")
            name = self._steps[label.step]
            label.update(f"▸ {number} {name}" if here else f"{number} {name}")
