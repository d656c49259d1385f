"""What every Thaw dialog shares: `!` for the crisis lines and the keys along the bottom.

Dialogs with fields build on `FormDialog`, which adds the same Enter, Escape and
button handling to each of them.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input

from journal.ui.screens.crisis import CRISIS_KEY

ResultT = TypeVar("ResultT")


class Dialog(ModalScreen[ResultT]):
    """Base of Thaw's dialogs: subclasses fill `compose_dialog`; a Footer follows it."""

    BINDINGS = [CRISIS_KEY]
    """! opens the crisis lines in a dialog too, as it does everywhere else."""

    FOOTER: ClassVar[bool] = True
    """Whether the keys are shown along the bottom; off where the buttons say it all."""

    def compose(self) -> ComposeResult:
        """The dialog's own widgets, then the Footer."""
        yield from self.compose_dialog()
        if self.FOOTER:
            yield Footer()

    def compose_dialog(self) -> ComposeResult:
        """The dialog's own widgets."""
        yield from ()


class FormDialog(Dialog[ResultT]):
    """A dialog with fields: Enter in a field saves, Escape cancels, buttons name their action.

    A button runs the action its id names: `save` runs `action_save`, `cancel`
    runs `action_cancel`. It is called directly, so a button still works when a
    key for the same action is switched off by `check_action`. A form changes what
    Enter does by overriding `field_submitted`, not the handler: Textual would run
    this class's `on_input_submitted` as well as the form's own.
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    """Escape leaves without saving."""

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a field: see `field_submitted`."""
        event.stop()
        self.field_submitted(event.input)

    def field_submitted(self, field: Input) -> None:
        """Enter in a field saves; a form may move on to the next field instead."""
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Run the action the button's id names."""
        event.stop()
        getattr(self, f"action_{event.button.id}")()

    def action_save(self) -> None:
        """Give back what the form holds; each form says how."""
        raise NotImplementedError

    def action_cancel(self) -> None:
        """Leave without saving."""
        self.dismiss(None)
