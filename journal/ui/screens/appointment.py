"""Getting ready for an appointment: what to bring, and a private summary of recent check-ins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from journal.paths import open_private_for_writing
from journal.resources import style_file
from journal.transfer.report import appointment_report
from journal.ui.screens.area import AreaScreen
from journal.ui.screens.confirm import ConfirmScreen
from journal.ui.screens.dialog import FormDialog

INTRO = (
    "If the numbness has lasted a while, or began around a change in medication, "
    "a doctor or psychiatrist can help you work out what is going on. "
    "A few notes make it easier to say everything. You could bring:"
)
SUMMARY_NOTE = (
    "Thaw can also save a summary of your recent check-ins for you to take along. "
    "It is saved only where you choose, readable only by you."
)
PERIODS: dict[str, tuple[str, int | None]] = {
    "weeks": ("The last 2 weeks", 14),
    "month": ("The last 4 weeks", 28),
    "months": ("The last 3 months", 91),
    "all": ("Every check-in", None),
}
"""Which check-ins the summary covers: label and days back (None for all of them)."""
DEFAULT_PERIOD = "month"


def default_summary_path(today: datetime) -> str:
    """~/thaw-appointment-<date>.md, as typed into the path field."""
    return f"~/thaw-appointment-{today.date().isoformat()}.md"


@dataclass(frozen=True)
class SummaryRequest:
    """Where to save the summary, and how far back it reaches (None for everything)."""

    path: Path
    days: int | None


class SaveSummaryDialog(FormDialog[SummaryRequest | None]):
    """Asks which check-ins to include and where to save the file."""

    BINDINGS = [Binding("ctrl+s", "save", "Save")]
    """Escape leaves without saving; Ctrl+S (or Enter in the path) saves; ! the crisis lines."""

    def __init__(self, default_path: str) -> None:
        super().__init__()
        self._default_path = default_path

    def compose_dialog(self) -> ComposeResult:
        """The period, the path, and the buttons; the form scrolls in a short terminal,
        following the keyboard, so the field, its notes and the buttons come into view."""
        with VerticalScroll(classes="dialog save-summary", can_focus=False):
            yield Static("Save a summary for my appointment", classes="dialog-title")
            yield Label("Which check-ins to include")
            with RadioSet(id="period", compact=True):
                for key, (label, _days) in PERIODS.items():
                    yield RadioButton(label, value=key == DEFAULT_PERIOD, id=key)
            yield Label("Where to save it")
            yield Input(self._default_path, id="summary-path", compact=True)
            yield Static("", id="summary-hint", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel", id="cancel", compact=True)
                yield Button("Save", id="save", variant="primary", compact=True)

    def on_mount(self) -> None:
        """Start in the path field, ready to save with Enter."""
        self.query_one(Input).focus()

    def action_save(self) -> None:
        """Give back the request, unless the path is empty; ask first before replacing a file.

        The question opens over this form, so No comes back to it with everything as it
        was typed and chosen, ready for another name.
        """
        text = self.query_one(Input).value.strip()
        if not text:
            self._hint("Please choose where to save it.")
            return
        pressed = self.query_one(RadioSet).pressed_button
        key = pressed.id if pressed is not None and pressed.id else DEFAULT_PERIOD
        request = SummaryRequest(Path(text).expanduser(), PERIODS[key][1])
        try:
            folder, taken = request.path.is_dir(), request.path.exists()
        except OSError as error:  # a name too long for the disk, say
            self._hint(f"That place can't be used ({error.strerror or error}). Try another.")
            return
        if folder:  # offer a file in it, rather than fail
            self.query_one(Input).value = str(Path(text) / Path(self._default_path).name)
            self._hint("That is a folder, so a file name was added. Enter saves it there.")
            return
        if not taken:
            self.dismiss(request)
            return
        question = ConfirmScreen(
            f"There is already a file at {request.path}. Replace it?",
            yes="Replace",
            no="Choose another name",
        )
        self.app.push_screen(question, lambda yes: self._replace_or_rename(request, yes))

    def _replace_or_rename(self, request: SummaryRequest, replace: bool | None) -> None:
        if replace:
            self.dismiss(request)
        else:
            self._hint("That file is left as it is. Type another name for this one.")
            self.query_one(Input).focus()

    def _hint(self, text: str) -> None:
        self.query_one("#summary-hint", Static).update(text)


class AppointmentScreen(AreaScreen):
    """The checklist to bring, and saving the summary."""

    CSS_PATH = style_file("appointment.tcss")
    BINDINGS = [
        Binding("s", "save_summary", "Save a summary"),
        Binding("escape", "back", "Back"),
    ]
    """s saves a summary of recent check-ins; Escape goes back to Strategies."""

    def __init__(self, checklist: tuple[str, ...]) -> None:
        super().__init__()
        self._checklist = checklist

    def compose_body(self) -> ComposeResult:
        """The intro, the checklist, the note about the summary, and its button."""
        with Vertical(id="appointment"):
            yield Static("Make an appointment", classes="page-title")
            with VerticalScroll(id="checklist-scroll"):
                yield Static(INTRO, id="appointment-intro")
                with Vertical(id="checklist"):
                    for item in self._checklist:  # a bullet beside each, so wrapped lines align
                        with Horizontal(classes="check-item"):
                            yield Static("•", classes="bullet")
                            yield Static(Content(item), classes="check-text")
                yield Static(SUMMARY_NOTE, id="summary-note")
            yield Button("Save a summary for my appointment", id="save-summary", variant="primary")

    def on_mount(self) -> None:
        """Start on the checklist, so the arrows scroll it."""
        self.query_one("#checklist-scroll").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """The button saves a summary."""
        event.stop()
        self.action_save_summary()

    def action_save_summary(self) -> None:
        """Ask where to save, then write the summary there."""
        path = default_summary_path(self.store.connection.now())
        self.app.push_screen(SaveSummaryDialog(path), self._chosen)

    def _chosen(self, request: SummaryRequest | None) -> None:
        if request is not None:
            self._write(request)

    def _write(self, request: SummaryRequest) -> None:
        now = self.store.connection.now()
        if request.days is None:
            since = self.store.transfer.first_moment() or now
        else:
            since = now - timedelta(days=request.days)
        report = appointment_report(self.store, since=since, now=now)
        try:
            with open_private_for_writing(request.path) as handle:
                handle.write(report)
        except OSError as error:
            reason = error.strerror or str(error)
            self.notify(
                f"Couldn't save it there ({reason}). You could try another folder.",
                severity="warning",
                markup=False,
            )
            return
        self.notify(f"Saved to {request.path}, readable only by you.", markup=False)

    def action_back(self) -> None:
        """Back to Strategies."""
        self.dismiss(None)
