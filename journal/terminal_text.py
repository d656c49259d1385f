"""Making journal text safe to print to a terminal.

An entry can hold anything that was typed, pasted or imported, including escape
sequences that a terminal would obey (move the cursor, change the title, hide
text, write to the clipboard). Everything the command line prints from the
journal passes through `for_terminal`, which keeps newlines and tabs and shows
every other control character as U+FFFD, the same placeholder the app uses.
"""

from __future__ import annotations

import os
import re
import sys

REPLACEMENT = "\ufffd"

_CONTROL = re.compile("\r\n|[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_JSON_RISKY = re.compile("[\x7f-\x9f\u2028\u2029]")


def _replace(match: re.Match[str]) -> str:
    return "\n" if match[0] == "\r\n" else REPLACEMENT


def for_terminal(text: str) -> str:
    """`text` with Windows line ends made plain and other control characters made visible."""
    return _CONTROL.sub(_replace, text) if _CONTROL.search(text) else text


def json_safe(document: str) -> str:
    """JSON text with DEL, C1 controls and line separators written as \\u escapes.

    The json module already escapes the C0 controls; these are the remaining
    characters a terminal may act on. The result is the same JSON value, so
    nothing is lost, and it is safe to print.
    """
    return _JSON_RISKY.sub(lambda match: f"\\u{ord(match[0]):04x}", document)


def say(message: str) -> None:
    """A note for the person on stderr (kept out of pipes), made safe for the terminal."""
    print(for_terminal(message), file=sys.stderr)


def reader_went_away() -> None:
    """After a broken pipe (as with `journal list | head`), which is not an error.

    Standard output is pointed at /dev/null, so the flush at exit does not complain either.
    """
    _quiet_stdout()


def _quiet_stdout() -> None:
    """Point standard output at /dev/null: what could not be written there is let go."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        return


EXIT_ERROR = 1
"""The status of a command that could not do what was asked."""
EXIT_INTERRUPTED = 130
"""The status shells give a program stopped with Ctrl+C."""


def could_not_finish(error: OSError) -> int:
    """The system failed a command (a full disk, say): one plain line instead of a
    traceback, and the error status. When standard output itself is what failed, it is
    pointed at /dev/null, so the flush at exit stays quiet too."""
    try:
        sys.stdout.flush()
    except OSError:
        _quiet_stdout()
    say(f"journal: {error.strerror or error}.")
    return EXIT_ERROR


def stopped() -> int:
    """Ctrl+C during a command: one quiet line (not a traceback), and the usual status."""
    say("\njournal: stopped.")
    return EXIT_INTERRUPTED
