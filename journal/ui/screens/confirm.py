"""A gentle yes/no question, such as "Move this entry to the trash?"."""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from journal.ui.screens.dialog import Dialog


class ConfirmScreen(Dialog[bool]):
    """Asks one question; dismisses with True for yes and False for no or Escape."""

    BINDINGS = [
        Binding("escape,n", "answer(False)", "No"),
        Binding("y", "answer(True)", "Yes"),
    ]

    def __init__(self, question: str, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self._question = question
        self._yes = yes
        self._no = no

    def compose_dialog(self) -> ComposeResult:
        """The question and two buttons; No has focus so Enter is the safe choice."""
        with Vertical(classes="dialog confirm"):
            yield Static(self._question, markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self._no, id="no")
                yield Button(self._yes, id="yes", variant="primary")

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The keys along the bottom say what the buttons say ("y Move to trash"), not the
        class's plain "Yes" and "No", which are only right for a plain question."""
        shown = {"answer(True)": self._yes, "answer(False)": self._no}
        return {
            key: active._replace(binding=replace(active.binding, description=shown[action]))
            if (action := active.binding.action) in shown
            else active
            for key, active in super().active_bindings.items()
        }

    def on_mount(self) -> None:
        """Start on No."""
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Answer with the button pressed."""
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        """Answer by key."""
        self.dismiss(answer)
