"""Collecting every key binding, so the help screen never falls out of date."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.dom import DOMNode


@dataclass(frozen=True)
class KeyHelp:
    """One line of the help screen: where, which key, what it does."""

    section: str
    keys: str
    description: str


def _bindings(owner: type[DOMNode]) -> list[Binding]:
    """Bindings declared by Thaw's own classes in `owner`'s ancestry, not Textual's."""
    declared = [
        item
        for cls in reversed(owner.__mro__)
        if cls.__module__.startswith("journal.")
        for item in cls.__dict__.get("BINDINGS", [])
    ]
    found: list[Binding] = []
    for item in declared:
        if isinstance(item, Binding):
            found.append(item)
        elif isinstance(item, tuple):
            found.append(Binding(*item))
    return found


_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "minus": "-",
    "plus": "+",
    "full_stop": ".",
    "backspace": "Backspace",
    "equals_sign": "=",
    "exclamation_mark": "!",
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "space": "Space",
    "left": "←",
    "right": "→",
    "up": "↑",
    "down": "↓",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "home": "Home",
    "end": "End",
    "delete": "Del",
}


def _display_chord(chord: str) -> str:
    """'ctrl+s' -> 'Ctrl+S', 'f1' -> 'F1', 'question_mark' -> '?'."""
    *modifiers, key = chord.strip().split("+")
    if key in _NAMES:
        key = _NAMES[key]
    elif modifiers or (key[:1] == "f" and key[1:].isdigit()):
        key = key.upper()
    return "+".join([*(m.capitalize() for m in modifiers), key])


def display_keys(keys: str) -> str:
    """A binding's comma-separated keys as a person reads them."""
    return " / ".join(_display_chord(chord) for chord in keys.split(","))


def collect_keys(sections: list[tuple[str, type[DOMNode]]]) -> list[KeyHelp]:
    """Every described binding of each (section name, class), duplicates merged: keys that
    do one thing share a line, and so do the things one key does by turns ("Space: Pause /
    Go on").

    A class may also list keys it handles outside BINDINGS (such as digits) in a
    `HELP_KEYS` attribute of (keys, description) pairs.
    """
    lines: list[KeyHelp] = []
    for section, owner in sections:
        seen: dict[str, list[str]] = {}
        for binding in _bindings(owner):
            description = binding.description or binding.tooltip
            if not description:
                continue
            seen.setdefault(description, []).append(binding.key)
        by_keys: dict[str, list[str]] = {}
        for description, keys in seen.items():
            by_keys.setdefault(display_keys(",".join(keys)), []).append(description)
        for keys, descriptions in by_keys.items():
            lines.append(KeyHelp(section, keys, " / ".join(descriptions)))
        for keys, description in owner.__dict__.get("HELP_KEYS", ()):
            lines.append(KeyHelp(section, keys, description))
    return lines
