"""Writing in the person's own editor ($VISUAL or $EDITOR), without leaving a copy behind.

The text goes into a file readable only by its owner (0600) inside a fresh private
folder (0700, from tempfile.mkdtemp); the folder is removed as soon as the editor
closes, whatever happens.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from textual.app import SuspendNotSupported
from textual.widgets import TextArea

FILE_NAME = "thaw-entry.md"
NO_SUSPEND = "Your own editor cannot be opened here."


class EditorError(Exception):
    """The editor could not be used; the message says why in plain words."""


FALLBACK_EDITORS = ("editor", "nano", "vi")
"""Tried in order when neither $VISUAL nor $EDITOR is set, as git and crontab do: Debian's
chosen `editor`, then the two that nearly every system has."""


def editor_command(environ: Mapping[str, str] | None = None) -> list[str]:
    """The editor to run: $VISUAL, $EDITOR, else the first of FALLBACK_EDITORS installed;
    EditorError if there is none."""
    env = os.environ if environ is None else environ
    for name in ("VISUAL", "EDITOR"):
        value = env.get(name, "").strip()
        if value:
            try:
                command = shlex.split(value)
            except ValueError as error:
                raise EditorError(f"${name} could not be read ({error}).") from error
            if command:
                return command
    for name in FALLBACK_EDITORS:
        found = shutil.which(name, path=env.get("PATH"))
        if found:
            return [found]
    raise EditorError(
        "Thaw couldn't find a text editor to open, so your words stay here, where you can "
        "go on writing. To use one, set $EDITOR before starting Thaw."
    )


@contextmanager
def private_file(text: str) -> Iterator[Path]:
    """Yield a 0600 file holding `text` in a new 0700 folder; remove both afterwards."""
    folder = tempfile.mkdtemp(prefix="thaw-")
    try:
        path = Path(folder) / FILE_NAME
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def edit_text(
    text: str,
    suspend: Callable[[], AbstractContextManager[object]],
    *,
    environ: Mapping[str, str] | None = None,
) -> str:
    """Open `text` in the person's editor while the app is suspended; return what was saved.

    Raises EditorError (and leaves the text as it was) when the editor cannot run or fails.
    """
    command = editor_command(environ)
    with private_file(text) as path:
        # Nothing may escape the suspended block: Textual only resumes the app when it
        # ends normally, so an editor that is not installed would leave Thaw frozen.
        outcome: int | OSError
        with suspend():
            try:
                outcome = subprocess.run([*command, str(path)], check=False).returncode
            except OSError as error:
                outcome = error
        if isinstance(outcome, OSError):
            raise EditorError(
                f"The editor “{command[0]}” could not be started. Is it installed? "
                "Your text is still here, as it was."
            ) from outcome
        if outcome != 0:
            raise EditorError("The editor closed with an error, so your text was left as it was.")
        # An editor set to another encoding must not lose the words: unreadable bytes become U+FFFD.
        edited = path.read_text(encoding="utf-8", errors="replace")
    # Most editors end the file with a newline; do not add one the person never typed.
    if edited.endswith("\n") and not text.endswith("\n"):
        edited = edited[:-1]
    return edited


def edit_in_place(area: TextArea) -> bool:
    """Put the text area's text through the person's editor; True when it came back changed.

    Problems (no editor set, an editor that fails) are told gently and change nothing.
    """
    try:
        text = edit_text(area.text, area.app.suspend)
    except EditorError as error:
        area.notify(str(error), severity="warning", markup=False)
        return False
    except SuspendNotSupported:
        area.notify(NO_SUSPEND, severity="warning", markup=False)
        return False
    finally:
        area.focus()
    if text == area.text:
        return False
    area.text = text
    area.move_cursor(area.document.end)
    return True
