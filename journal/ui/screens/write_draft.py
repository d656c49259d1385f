"""Autosave: the check-in in progress is written as the draft a moment after the last change.

The draft is written while the person is working, never only at exit, so a crash,
a kill or a closed terminal loses at most the last moment of typing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.checkin import CheckIn
from journal.store.failures import WRITE_FAILURES

if TYPE_CHECKING:
    from textual.timer import Timer
    from textual.widget import Widget

    from journal.store import Store

DRAFT_TROUBLE = (
    "Thaw could not keep a draft just now. Your words are still on screen; "
    "saving with Ctrl+S will try again."
)

Snapshot = tuple[str, dict[str, object], int | None]


def snapshot(checkin: CheckIn, entry_id: int | None) -> Snapshot:
    """What the draft row would hold for this check-in."""
    return (checkin.text, checkin.to_state(), entry_id)


class DraftKeeper:
    """Debounces changes into draft writes, and skips writes that would change nothing."""

    def __init__(self, owner: Widget, store: Store, delay: float) -> None:
        self._owner = owner
        self._store = store
        self._delay = delay
        self._timer: Timer | None = None
        self._pending: tuple[Snapshot, bool] | None = None
        self._written: Snapshot | None = None
        self._warned = False

    def remember(self, checkin: CheckIn, entry_id: int | None, unsaved: bool) -> None:
        """Take the latest state, to be written by the next `write_now`."""
        self._pending = (snapshot(checkin, entry_id), unsaved)

    def schedule(self, checkin: CheckIn, entry_id: int | None, unsaved: bool) -> None:
        """Remember the latest state; write it once `delay` seconds pass without a change."""
        self.remember(checkin, entry_id, unsaved)
        if self._timer is not None:
            self._timer.stop()
        self._timer = self._owner.set_timer(self._delay, self.write_now)

    def write_now(self) -> None:
        """Write the latest state now, if it differs from what the draft holds."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._pending is None:
            return
        state, unsaved = self._pending
        if state == self._written:
            return
        try:
            if unsaved:
                self._store.drafts.save(*state)
            else:
                self._store.drafts.clear()
        except WRITE_FAILURES:
            if not self._warned:
                self._warned = True
                self._owner.notify(DRAFT_TROUBLE, severity="warning", markup=False)
            return
        self._written = state
        self._pending = None

    def reset(self, checkin: CheckIn, entry_id: int | None, *, keep_draft: bool) -> None:
        """A new check-in is on screen: drop pending writes; clear the draft unless it is it."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._pending = None
        if not keep_draft:
            self._store.drafts.clear()
        self._written = snapshot(checkin, entry_id)
