"""An editor that cannot start never leaves Thaw suspended, and the writing goes on at the end."""

from __future__ import annotations

import shlex
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from textual.widgets import TextArea

from journal.ui.editor import EditorError, edit_text
from tests.support import build_test_app, running


class TextualLikeSuspend:
    """Resumes only when its block ends normally, as Textual's App.suspend does."""

    def __init__(self) -> None:
        self.suspended = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        self.suspended = True
        yield
        self.suspended = False


def test_a_missing_editor_resumes_the_app_before_saying_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    suspend = TextualLikeSuspend()
    with pytest.raises(EditorError) as raised:
        edit_text("keep", suspend, environ={"EDITOR": "/nonexistent/thaw-editor"})
    assert not suspend.suspended
    assert "“/nonexistent/thaw-editor” could not be started" in str(raised.value)
    assert "Errno" not in str(raised.value)


async def test_text_from_the_editor_is_continued_at_its_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys\nopen(sys.argv[1], 'a', encoding='utf-8').write('\\nfrom the editor\\n')\n",
        encoding="utf-8",
    )
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}")
    app = build_test_app(tmp_path)
    monkeypatch.setattr(app, "suspend", TextualLikeSuspend())
    async with running(app) as pilot:
        await pilot.press("ctrl+w", "a", "ctrl+e")
        await pilot.pause()
        await pilot.press("!")
        assert app.query_one("#text", TextArea).text == "a\nfrom the editor!"
