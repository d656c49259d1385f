"""Adding or changing one trusted person: a name, how to reach them, and a note."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, Static

from journal.models import Contact
from journal.ui.screens.dialog import FormDialog
from journal.ui.text import literal

NAME_NEEDED = "A name is needed; a first name or a nickname is fine."
ADD_TITLE = "Add someone you trust"
FIELDS: tuple[tuple[str, str, str, int], ...] = (
    ("name", "Name", "a first name or a nickname is fine", 200),
    ("reach", "How to reach them", "a number, an email, or where you see them", 500),
    ("note", "A note, if you like", "such as: good for a walk", 1000),
)
"""Each field: its id (the Contact attribute), label, placeholder and longest length."""


@dataclass(frozen=True)
class ContactDetails:
    """What the form gives back: the three fields, trimmed."""

    name: str
    reach: str
    note: str


class ContactForm(FormDialog[ContactDetails | None]):
    """Three fields; Enter in the last one (or Ctrl+S) saves, Escape leaves without saving."""

    BINDINGS = [Binding("ctrl+s", "save", "Save")]
    """Escape cancels; Ctrl+S saves from any field; ! (outside a field) the crisis lines."""

    def __init__(self, contact: Contact | None = None) -> None:
        super().__init__()
        self._contact = contact

    def compose_dialog(self) -> ComposeResult:
        """Labels and inputs, a hint line for a missing name, and the buttons."""
        contact = self._contact
        title = Content("Change the details for ") + literal(contact.name) if contact else ADD_TITLE
        with Vertical(classes="dialog contact-form"):
            yield Static(title, classes="dialog-title", markup=False)
            for field, label, hint, length in FIELDS:
                yield Label(label, markup=False)
                value = getattr(contact, field) if contact else ""
                yield Input(value, placeholder=hint, id=field, max_length=length, compact=True)
            yield Static("", id="form-hint", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel", id="cancel", compact=True)
                yield Button("Save", id="save", variant="primary", compact=True)

    def on_mount(self) -> None:
        """Start in the name field."""
        self.query_one("#name", Input).focus()

    def field_submitted(self, field: Input) -> None:
        """Enter moves to the next field, and saves from the last one."""
        if field.id == "note":
            self.action_save()
        else:
            self.focus_next()

    def action_save(self) -> None:
        """Give back the details, unless the name is empty."""
        name = self.query_one("#name", Input).value.strip()
        if not name:
            self.query_one("#form-hint", Static).update(NAME_NEEDED)
            self.query_one("#name", Input).focus()
            return
        reach = self.query_one("#reach", Input).value.strip()
        note = self.query_one("#note", Input).value.strip()
        self.dismiss(ContactDetails(name, reach, note))
