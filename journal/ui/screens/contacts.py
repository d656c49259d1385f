"""Reach out: the person's support system, and message starters they can copy."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from journal.models import Contact
from journal.resources import style_file
from journal.ui.screens.area import AreaScreen
from journal.ui.screens.confirm import ConfirmScreen
from journal.ui.screens.contact_form import ContactDetails, ContactForm
from journal.ui.text import literal

INTRO = (
    "Reaching out can feel hard or pointless when everything is flat. "
    "A short message is enough, and you don't have to explain."
)
NO_ONE_YET = (
    "No one here yet. Press a to add someone you trust: a friend, a relative, a neighbour, a group."
)
COPIED_STARTER = "Copied, if your terminal allows it. Paste it into a message and change any of it:"
"""Said with the starter itself below it: some terminals never pass a copy on, and then
the words are still there to read and type."""


class StarterList(OptionList):
    """The message starters; Enter copies the highlighted one, and the footer says so."""

    BINDINGS = [Binding("enter", "select", "Copy")]
    """Enter chooses a starter, which copies it (the list's own Enter is not shown)."""


class ContactsScreen(AreaScreen):
    """Trusted people above, message starters below; Enter copies what is highlighted."""

    CSS_PATH = style_file("contacts.tcss")
    BINDINGS = [
        Binding("a", "add", "Add someone"),
        Binding("e", "edit", "Change"),
        Binding("d,delete", "remove", "Remove"),
        Binding("enter,c", "copy", "Copy what is highlighted", show=False),
        Binding("escape", "back", "Back"),
    ]
    """Add, change and remove people; copy a starter or how to reach someone; go back.

    Enter and c both copy; help names both. A focused list's Enter acts first, so this
    Enter only matters when no list has focus.
    """

    def __init__(self, starters: tuple[str, ...]) -> None:
        super().__init__()
        self._starters = starters
        self._people: list[Contact] = []

    def compose_body(self) -> ComposeResult:
        """The intro, the people, and the starters; it scrolls in a short terminal, following
        the keyboard, so the list in use is always in view."""
        with VerticalScroll(id="reach-out", can_focus=False):
            yield Static("Reach out", classes="page-title", markup=False)
            yield Static(INTRO, id="reach-intro", markup=False)
            yield Static("People you trust", classes="section-title", markup=False)
            yield Static(NO_ONE_YET, id="no-one", markup=False)
            yield OptionList(id="people", markup=False)
            yield Static(
                "Message starters (Enter copies one)", classes="section-title", markup=False
            )
            yield StarterList(*(Option(Content(s)) for s in self._starters), id="starters")

    def on_mount(self) -> None:
        """Load the people and start where there is something to choose."""
        self.load_people()
        first = self.query_one("#people" if self._people else "#starters", OptionList)
        first.focus()

    def load_people(self, keep: int | None = None) -> None:
        """Read the support system again, keeping `keep` (a contact id) highlighted."""
        self._people = self.store.contacts.all()
        people = self.query_one("#people", OptionList)
        people.set_options(Option(_person(c), id=str(c.id)) for c in self._people)
        people.display = bool(self._people)
        self.query_one("#no-one").display = not self._people
        if keep is not None and any(c.id == keep for c in self._people):
            people.highlighted = people.get_option_index(str(keep))
        elif self._people:
            people.highlighted = 0
        self.refresh_bindings()

    @property
    def person(self) -> Contact | None:
        """The highlighted person, if there is one."""
        people = self.query_one("#people", OptionList)
        if people.highlighted is None or not self._people:
            return None
        return self._people[people.highlighted]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Change and Remove act on the highlighted person, so they are offered while the
        list of people is in use (which also leaves the footer room for Enter's Copy)."""
        if action in ("edit", "remove"):
            return self.person is not None and self.query_one("#people").has_focus
        return True

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter (or a click) copies the chosen starter or way to reach someone."""
        event.stop()
        self.action_copy()

    def action_copy(self) -> None:
        """Copy the highlighted starter, or how to reach the highlighted person."""
        starters = self.query_one("#starters", OptionList)
        if starters.has_focus and starters.highlighted is not None:
            self.app.copy_to_clipboard(self._starters[starters.highlighted])
            self.notify(f"{COPIED_STARTER}\n{self._starters[starters.highlighted]}", markup=False)
            return
        person = self.person
        if person is None:
            self.notify("Choose a message starter below to copy it.", markup=False)
        elif not person.reach:
            self.notify(
                f"There's no way to reach {person.name} saved yet. Press e to add one.",
                markup=False,
            )
        else:
            self.app.copy_to_clipboard(person.reach)
            self.notify(
                f"Copied how to reach {person.name}, if your terminal allows it: {person.reach}",
                markup=False,
            )

    def action_add(self) -> None:
        """Add a trusted person."""
        self.app.push_screen(ContactForm(), self._added)

    def _added(self, details: ContactDetails | None) -> None:
        if details is not None:
            contact = self.store.contacts.add(details.name, details.reach, details.note)
            self.load_people(keep=contact.id)
            self.query_one("#people", OptionList).focus()

    def action_edit(self) -> None:
        """Change what is kept about the highlighted person."""
        person = self.person
        if person is not None:
            self.app.push_screen(ContactForm(person), lambda d: self._edited(person, d))

    def _edited(self, person: Contact, details: ContactDetails | None) -> None:
        if details is not None:
            self.store.contacts.update(person.id, details.name, details.reach, details.note)
            self.load_people(keep=person.id)

    def action_remove(self) -> None:
        """Remove the highlighted person, after asking."""
        person = self.person
        if person is not None:
            question = ConfirmScreen(f"Remove {person.name} from your list?", yes="Remove")
            self.app.push_screen(question, lambda yes: self._removed(person, yes))

    def _removed(self, person: Contact, yes: bool | None) -> None:
        if yes:
            self.store.contacts.remove(person.id)
            self.load_people()

    def action_back(self) -> None:
        """Back to Strategies."""
        self.dismiss(None)


def _person(contact: Contact) -> Content:
    """A person as two lines: name and how to reach them, then the note."""
    line = literal(contact.name).stylize("bold")
    if contact.reach:
        line = line + Content(" · ") + literal(contact.reach)
    if contact.note:
        line = line + Content("\n") + literal(contact.note).stylize("$foreground-muted")
    return line
