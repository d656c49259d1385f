"""Autosave timing and its writes, on a timer the test fires by hand."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from journal.checkin import CheckIn
from journal.store import Store
from journal.ui.screens.write_draft import DraftKeeper
from tests.support import open_test_store


class FakeTimer:
    def __init__(self, callback: Callable[[], None]) -> None:
        self.callback = callback
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True


class FakeOwner:
    """Stands in for the screen: records timers and notices instead of running them."""

    def __init__(self) -> None:
        self.timers: list[tuple[float, FakeTimer]] = []
        self.notices: list[str] = []

    def set_timer(self, delay: float, callback: Callable[[], None]) -> FakeTimer:
        timer = FakeTimer(callback)
        self.timers.append((delay, timer))
        return timer

    def notify(self, message: str, **_options: object) -> None:
        self.notices.append(message)

    def fire(self) -> None:
        live = [t for _, t in self.timers if not t.stopped]
        assert len(live) == 1, "exactly one pending autosave"
        live[0].callback()


def keeper(tmp_path: Path) -> tuple[DraftKeeper, FakeOwner, Store]:
    owner = FakeOwner()
    store = open_test_store(tmp_path)
    return DraftKeeper(owner, store, 0.8), owner, store  # type: ignore[arg-type]


def test_each_change_restarts_the_wait_and_only_the_last_is_written(tmp_path: Path) -> None:
    drafts, owner, store = keeper(tmp_path)
    drafts.schedule(CheckIn(text="a"), None, unsaved=True)
    drafts.schedule(CheckIn(text="ab"), None, unsaved=True)
    assert store.drafts.load() is None
    assert [delay for delay, _ in owner.timers] == [0.8, 0.8]
    assert owner.timers[0][1].stopped
    owner.fire()
    draft = store.drafts.load()
    assert draft is not None and draft.text == "ab"


def test_the_wait_is_under_a_second() -> None:
    from journal.ui.screens.write import WriteScreen

    assert 0 < WriteScreen.AUTOSAVE_DELAY < 1


def test_nothing_unsaved_clears_the_draft(tmp_path: Path) -> None:
    drafts, owner, store = keeper(tmp_path)
    store.drafts.save("old", {"numbness": 1})
    drafts.schedule(CheckIn(), None, unsaved=False)
    owner.fire()
    assert store.drafts.load() is None


def test_an_unchanged_state_is_not_written_again(tmp_path: Path) -> None:
    drafts, owner, store = keeper(tmp_path)
    shown = CheckIn(text="restored", step="write")
    store.drafts.save(shown.text, shown.to_state())
    drafts.reset(shown, None, keep_draft=True)
    store.drafts.clear()  # so a write would show
    drafts.schedule(shown, None, unsaved=True)
    owner.fire()
    assert store.drafts.load() is None


def test_reset_clears_the_draft_unless_it_is_the_one_shown(tmp_path: Path) -> None:
    drafts, owner, store = keeper(tmp_path)
    store.drafts.save("x", {"numbness": 1})
    drafts.reset(CheckIn(), None, keep_draft=True)
    assert store.drafts.load() is not None
    drafts.reset(CheckIn(), None, keep_draft=False)
    assert store.drafts.load() is None


def test_write_now_skips_the_wait(tmp_path: Path) -> None:
    drafts, owner, store = keeper(tmp_path)
    drafts.schedule(CheckIn(text="now"), 7, unsaved=True)
    drafts.write_now()
    draft = store.drafts.load()
    assert draft is not None and draft.text == "now" and draft.entry_id == 7
    assert owner.timers[-1][1].stopped


def test_a_failing_write_warns_once_and_tries_again_later(tmp_path: Path) -> None:
    drafts, owner, store = keeper(tmp_path)
    real_save = store.drafts.save

    def broken(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    store.drafts.save = broken  # type: ignore[method-assign]
    drafts.schedule(CheckIn(text="a"), None, unsaved=True)
    owner.fire()
    drafts.schedule(CheckIn(text="ab"), None, unsaved=True)
    owner.fire()
    assert len(owner.notices) == 1 and "Ctrl+S" in owner.notices[0]
    store.drafts.save = real_save  # type: ignore[method-assign]
    drafts.schedule(CheckIn(text="abc"), None, unsaved=True)
    owner.fire()
    draft = store.drafts.load()
    assert draft is not None and draft.text == "abc"
