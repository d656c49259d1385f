"""What the command palette offers on the Write screen, depending on where the person is."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

if TYPE_CHECKING:
    from journal.ui.screens.write import WriteScreen


def write_commands(screen: WriteScreen) -> Iterator[SystemCommand]:
    """Saving and starting over always; prompts and the editor while writing; the trash
    while a saved entry is open for editing."""
    editing = screen.entry_id is not None
    yield SystemCommand("Just write", "Go straight to writing", screen.action_just_write)
    yield SystemCommand("Save check-in", "Save the whole check-in", screen.action_save)
    if editing:
        yield SystemCommand(
            "Stop editing", "The saved entry stays as it was", screen.action_start_fresh
        )
    else:
        yield SystemCommand(
            "Start fresh", "Clear the check-in on screen (asks first)", screen.action_start_fresh
        )
    if screen.step == "write":
        yield SystemCommand(
            "Another prompt", "Offer a different prompt", screen.action_another_prompt
        )
        yield SystemCommand(
            "Write in your own editor",
            "Opens your text in the editor named by $EDITOR",
            screen.action_own_editor,
        )
    if editing:
        yield SystemCommand(
            "Move this entry to the trash",
            "It can be restored for 30 days",
            screen.action_trash_entry,
        )
