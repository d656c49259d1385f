"""Thaw's own calm theme, and remembering the chosen theme between runs."""

from __future__ import annotations

from textual.theme import Theme

CALM_THEME = Theme(
    name="thaw",
    primary="#7FA7C9",
    secondary="#9DB8A0",
    accent="#C9A77F",
    warning="#D9B36C",
    error="#D08770",
    success="#8FBF9A",
    foreground="#D8DEE4",
    background="#1E2328",
    surface="#262C33",
    panel="#2E353D",
    dark=True,
)
"""Soft blue-grey with muted accents: low contrast glare, nothing alarming."""

DEFAULT_THEME = CALM_THEME.name
THEME_SETTING = "theme"
