"""The filter form for History: when, which feelings, which tags, how numb, strategy days.

Dates are typed in plain words ("last 30 days", "nov 2025", "since monday") and
the range understood is shown back while typing, so a person can check it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.validation import Number
from textual.widgets import Button, Input, Label, Select, Static

from journal.dates import DateRangeError, parse_range
from journal.history_filter import FilterChoices
from journal.resources import style_file
from journal.ui.naming import family_ids, family_look
from journal.ui.screens.dialog import FormDialog
from journal.ui.text import literal

WHEN_HINT = 'For example "last 30 days", "nov 2025", "since monday" or "2026-01-01..2026-03-31".'
DAYS_WITH_STRATEGY = "only days when I tried a strategy"


def _row(label: str, row_id: str | None = None) -> Horizontal:
    """A labelled line of the form."""
    row = Horizontal(id=row_id, classes="filter-row")
    row.compose_add_child(Label(label, classes="filter-label"))
    return row


def _text_box(value: str, placeholder: str, box_id: str) -> Input:
    """A box for words or a date, where empty means "any"."""
    return Input(value, placeholder=placeholder, id=box_id, compact=True)


def _numbness_box(number: int | None, box_id: str) -> Input:
    """One end of the numbness range: a whole number from 0 to 10, or empty for any."""
    return Input(
        "" if number is None else str(number),
        placeholder="any",
        id=box_id,
        type="integer",
        max_length=2,
        validators=[Number(minimum=0, maximum=10)],
        compact=True,
    )


def _number(text: str) -> int | None:
    """The numbness typed, or None when the box is empty."""
    return int(text) if text.strip() else None


class FilterScreen(FormDialog[FilterChoices | None]):
    """Set History's filters; dismisses with the new choices, or None to leave them."""

    CSS_PATH = style_file("filters.tcss")
    BINDINGS = [Binding("escape", "cancel", "Close, filters unchanged")]
    """Escape leaves everything as it was; Enter in any box shows the entries."""

    def __init__(
        self, choices: FilterChoices, families_in_journal: Iterable[str], now: datetime
    ) -> None:
        super().__init__()
        self.choices = choices
        self._now = now
        self.families = list(dict.fromkeys([*family_ids(), *families_in_journal]))

    def compose_dialog(self) -> ComposeResult:
        """One row per filter, the date understood under the date, and the buttons.

        The form scrolls in a short terminal, so the buttons stay in reach.
        """
        with VerticalScroll(id="filters", classes="dialog", can_focus=False):
            yield Static("Filter your entries", classes="dialog-title")
            with _row("When", "filter-when-row"):
                yield _text_box(self.choices.when, "any time", "filter-when")
            yield Static(WHEN_HINT, id="filter-when-note", markup=False)
            with _row("Feeling words"):
                yield _text_box(
                    self.choices.words, "any; for several: lonely, tired", "filter-words"
                )
            with _row("Feeling family"):
                yield Select(
                    [(literal(family_look(f).label), f) for f in self.families],
                    prompt="any family",
                    value=self.choices.family or Select.NULL,
                    id="filter-family",
                    compact=True,
                )
            with _row("Tags"):
                yield _text_box(self.choices.tags, "any; for several: work, sleep", "filter-tags")
            with _row("Numbness"):
                yield _numbness_box(self.choices.numbness_min, "filter-low")
                yield Static(" to ", classes="filter-aside")
                yield _numbness_box(self.choices.numbness_max, "filter-high")
                yield Static("   from 0 to 10", classes="filter-aside")
            with _row("Days"):
                yield Select(
                    [(DAYS_WITH_STRATEGY, True)],
                    prompt="every day",
                    value=True if self.choices.strategy_days else Select.NULL,
                    id="filter-strategy",
                    compact=True,
                )
            yield Static("", id="filter-problem", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Clear all", id="clear", compact=True)
                yield Button("Cancel", id="cancel", compact=True)
                yield Button("Show entries", id="save", variant="primary", compact=True)

    def on_mount(self) -> None:
        """Start in the date box, with what it means shown if it holds something."""
        self.query_one("#filter-when", Input).focus()
        self._show_when()

    @on(Input.Changed, "#filter-when")
    def _show_when(self) -> None:
        """Say which days the phrase covers, or kindly why it could not be read."""
        note = self.query_one("#filter-when-note", Static)
        phrase = self.query_one("#filter-when", Input).value
        note.set_class(False, "-problem")
        if not phrase.strip():
            note.update(WHEN_HINT)
            return
        try:
            note.update("Showing " + parse_range(phrase, now=self._now).describe())
        except DateRangeError as error:
            note.update(str(error))
            note.set_class(True, "-problem")

    @on(Input.Changed)
    @on(Select.Changed)
    def _forget_problem(self) -> None:
        """Once something changes, the last "needs a change" note may no longer hold."""
        self.query_one("#filter-problem", Static).display = False

    def _problem(self, text: str, box: Input) -> None:
        """Say what needs changing, and put the cursor there."""
        problem = self.query_one("#filter-problem", Static)
        problem.update(text)
        problem.display = True
        box.focus()

    def _read(self) -> FilterChoices | None:
        """The form's choices, or None after saying what needs fixing."""
        when = self.query_one("#filter-when", Input)
        if when.value.strip():
            try:
                parse_range(when.value, now=self._now)
            except DateRangeError:
                self._problem("The date above needs a change before the filters can be used.", when)
                return None
        for box in (self.query_one("#filter-low", Input), self.query_one("#filter-high", Input)):
            if box.value.strip() and not box.is_valid:
                self._problem("Numbness goes from 0 to 10.", box)
                return None
        family = self.query_one("#filter-family", Select).value
        return FilterChoices(
            when=when.value.strip(),
            words=self.query_one("#filter-words", Input).value.strip(),
            family=family if isinstance(family, str) else "",
            tags=self.query_one("#filter-tags", Input).value.strip(),
            numbness_min=_number(self.query_one("#filter-low", Input).value),
            numbness_max=_number(self.query_one("#filter-high", Input).value),
            strategy_days=self.query_one("#filter-strategy", Select).value is True,
        )

    def action_save(self) -> None:
        """Close with the choices (Enter in a box, or Show entries), unless one needs a change."""
        choices = self._read()
        if choices is not None:
            self.dismiss(choices)

    def action_clear(self) -> None:
        """Close with every filter cleared."""
        self.dismiss(FilterChoices())
