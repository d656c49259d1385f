"""Writing in one's own editor: a private temporary file, removed afterwards, text brought back."""

from __future__ import annotations

import contextlib
import json
import shlex
import stat
import sys
from pathlib import Path

import pytest
from textual.widgets import TextArea

from journal.ui.editor import EditorError, edit_text, editor_command, private_file
from tests.support import build_test_app, running, toasts

FAKE_EDITOR = """
import json, os, stat, sys
path = sys.argv[1]
record = {
    "path": path,
    "file_mode": stat.S_IMODE(os.stat(path).st_mode),
    "folder_mode": stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode),
    "text": open(path, encoding="utf-8").read(),
}
with open(os.environ["FAKE_EDITOR_RECORD"], "w", encoding="utf-8") as out:
    json.dump(record, out)
with open(path, "a", encoding="utf-8") as handle:
    handle.write(os.environ.get("FAKE_EDITOR_APPEND", " and more [/]"))
sys.exit(int(os.environ.get("FAKE_EDITOR_EXIT", "0")))
"""


@pytest.fixture
def fake_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$EDITOR set to a script that records what it saw and appends some words."""
    script = tmp_path / "fake_editor.py"
    script.write_text(FAKE_EDITOR, encoding="utf-8")
    record = tmp_path / "record.json"
    monkeypatch.setenv("FAKE_EDITOR_RECORD", str(record))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}")
    return record


def no_suspend() -> contextlib.AbstractContextManager[object]:
    return contextlib.nullcontext()


def test_editor_from_visual_then_editor() -> None:
    assert editor_command({"VISUAL": "code --wait", "EDITOR": "vi"}) == ["code", "--wait"]
    assert editor_command({"VISUAL": " ", "EDITOR": "nano"}) == ["nano"]
    with pytest.raises(EditorError, match="couldn't find a text editor"):
        editor_command({"PATH": ""})
    with pytest.raises(EditorError, match="could not be read"):
        editor_command({"EDITOR": "'unclosed"})


def test_without_visual_or_editor_an_installed_editor_is_used(tmp_path: Path) -> None:
    for name in ("vi", "nano"):
        program = tmp_path / name
        program.write_text("#!/bin/sh\n")
        program.chmod(0o700)
    assert editor_command({"PATH": str(tmp_path)}) == [str(tmp_path / "nano")]  # before vi


def test_private_file_is_owner_only_and_removed(tmp_path: Path) -> None:
    with private_file("hello") as path:
        assert path.read_text(encoding="utf-8") == "hello"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        folder = path.parent
    assert not folder.exists()
    with pytest.raises(RuntimeError), private_file("secret") as path:
        folder = path.parent
        raise RuntimeError("editor crashed")
    assert not folder.exists()


def test_edit_text_returns_what_the_editor_saved(fake_editor: Path) -> None:
    assert edit_text("my words", no_suspend) == "my words and more [/]"
    record = json.loads(fake_editor.read_text(encoding="utf-8"))
    assert record["text"] == "my words"
    assert record["file_mode"] == 0o600 and record["folder_mode"] == 0o700
    assert not Path(record["path"]).exists()
    assert not Path(record["path"]).parent.exists()


def test_the_newline_an_editor_adds_is_not_kept(
    fake_editor: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_EDITOR_APPEND", "\n")
    assert edit_text("no newline here", no_suspend) == "no newline here"
    assert edit_text("ends with one\n", no_suspend) == "ends with one\n\n"


def test_a_failing_editor_leaves_the_text_alone(
    fake_editor: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_EDITOR_EXIT", "1")
    with pytest.raises(EditorError, match="left as it was"):
        edit_text("keep", no_suspend)
    record = json.loads(fake_editor.read_text(encoding="utf-8"))
    assert not Path(record["path"]).parent.exists()


def test_a_missing_editor_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "/nonexistent/thaw-editor")
    with pytest.raises(EditorError, match="could not be started"):
        edit_text("x", no_suspend)


async def test_ctrl_e_on_the_write_step(
    tmp_path: Path, fake_editor: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = build_test_app(tmp_path)
    monkeypatch.setattr(app, "suspend", no_suspend)
    async with running(app) as pilot:
        await pilot.press("ctrl+e")
        assert not fake_editor.exists(), "Ctrl+E only opens the editor on the writing step"
        await pilot.press("ctrl+w", "h", "i", "ctrl+e")
        await pilot.pause()
        assert app.query_one("#text", TextArea).text == "hi and more [/]"
        draft = app.store.drafts.load()
        assert draft is not None and draft.text == "hi and more [/]"


async def test_ctrl_e_without_an_editor_says_how_to_set_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))  # no nano or vi either
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("ctrl+w", "h", "ctrl+e")
        await pilot.pause()
        assert app.query_one("#text", TextArea).text == "h"
        assert any("$EDITOR" in message for message in toasts(app))
