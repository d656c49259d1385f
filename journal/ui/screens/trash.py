"""The trash: entries moved there stay for 30 days and can be brought back."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from journal.models import EntryFilter
from journal.resources import style_file
from journal.store.entries import TRASH_DAYS
from journal.ui.screens.entry import EntryScreen
from journal.ui.screens.history import EntryListScreen, source_for
from journal.ui.widgets.entry_list import EntryList
from journal.wording import counted

TRASH_INTRO = (
    f"Entries you moved to the trash stay here for {TRASH_DAYS} days, then are removed "
    "for good. Nothing here shows in History, search or Trends."
)


class TrashScreen(EntryListScreen):
    """Deleted entries, newest first, each one a key away from coming back."""

    CSS_PATH = style_file("trash.tcss")
    BINDINGS = [
        Binding("escape,q", "back", "Back", tooltip="Back to History"),
        Binding("r", "restore", "Restore", tooltip="Bring the highlighted entry back"),
    ]
    """Back, and restore; Enter opens an entry to read it first."""

    def compose_body(self) -> ComposeResult:
        """A short explanation, the list, and the keys."""
        yield Static(TRASH_INTRO, id="trash-intro", markup=False)
        yield EntryList("The trash is empty.", id="trash-list")
        yield Static(id="trash-status", markup=False)

    @property
    def entry_list(self) -> EntryList:
        """The trashed entries."""
        return self.query_one("#trash-list", EntryList)

    def on_mount(self) -> None:
        """Let go of entries past their 30 days, then show the rest."""
        self.store.entries.purge_trash()
        self.entry_list.load(source_for(self.store.queries, EntryFilter(trashed=True)))
        self.entry_list.focus()

    def on_entry_list_moved(self, event: EntryList.Moved) -> None:
        """How many are in the trash, and how to read one."""
        status = self.query_one("#trash-status", Static)
        if event.total:
            count = counted(event.total, "entry", "entries") + " in the trash"
            status.update(f"{count}   Enter reads the highlighted one")
        else:
            status.update("")

    def on_entry_list_selected(self, event: EntryList.Selected) -> None:
        """Read a trashed entry before deciding."""
        self.app.push_screen(EntryScreen(event.entry_id))

    def action_restore(self) -> None:
        """Bring the highlighted entry back to History."""
        summary = self.entry_list.highlighted
        if summary is None:
            return
        self.store.entries.restore(summary.id)
        self.notify("Restored. It is back in History.")
        self.entry_list.reload()

    def action_back(self) -> None:
        """Back to History."""
        self.dismiss()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Restore needs an entry under the cursor."""
        if action == "restore":
            return self.is_mounted and self.entry_list.highlighted is not None
        return True
