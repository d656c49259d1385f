"""Parse Thaw's styles once, at start-up, so an area or dialog opens without re-reading CSS.

Left to itself, Textual 8.2 does a lot of CSS work the first time each screen appears:

- a screen whose CSS_PATH file is new makes the app read it, re-parse every CSS source
  it holds (about 30, most of them the DEFAULT_CSS of Textual's own widgets) and
  restyle every widget of every open screen;
- a mode's first screen (Write, Strategies, History) starts "never styled", so
  `App._init_mode` and `App.switch_mode` each call `refresh_css`, which re-parses
  and restyles everything again, although nothing has changed;
- every re-parse starts from an empty cache.

That was over 100 ms of History's first opening (F4), against History's own ~25 ms.
Here the app reads every style file in styles/ with app.tcss when it starts (they
are short), keeps parsed rules until the CSS or the theme's variables change, and
marks a screen about to be shown for the first time as styled with the current CSS,
which it will be when it mounts. Only a theme change parses everything again; the
app applies the remembered theme on Load, before the first parse, so start-up
parses each source once.

This leans on private names of Textual 8.2: if `Stylesheet._parse_cache` went, the
app would fail at start; if `Screen._css_update_count` changed meaning, a test in
tests/test_style_preload.py would; `Stylesheet._invalid_css` only picks the careful path.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from textual.css.stylesheet import Stylesheet
from textual.screen import Screen

from journal.resources import data_dir

NEVER_STYLED = -1
"""Textual's `Screen._css_update_count` for a screen that no `refresh_css` has reached."""

PARSED_KEPT = 256
"""Parsed sources kept. Textual keeps 64, and a parse walks every source in order: with more
sources than that, each parse would find none of them kept."""


def every_style_file(first: list[PurePath]) -> list[PurePath]:
    """The app's own CSS files, then every other screen style in styles/, in name order."""
    rest = sorted(data_dir("styles").glob("*.tcss"))
    return [*first, *(path for path in rest if path not in first)]


class ReusingStylesheet(Stylesheet):
    """A stylesheet that re-parses only what changed: same CSS and same variables, same rules."""

    def __init__(self, *, variables: dict[str, str] | None = None) -> None:
        super().__init__(variables=variables)
        self._parsed_with = dict(variables or {})
        self._parse_cache.grow(PARSED_KEPT)

    def set_variables(self, variables: dict[str, str]) -> None:
        """Keep the parsed rules when the theme's variables are what they were."""
        if variables == self._parsed_with:
            return
        super().set_variables(variables)
        self._parsed_with = dict(variables)

    def reparse(self) -> None:
        """Parse through the cache, so only new or changed sources are parsed again."""
        if getattr(self, "_invalid_css", None):
            super().reparse()  # start afresh, so a broken source is reported again
            return
        self.parse()


class StylesParsedOnce:
    """Mixin for the app: every style read at start-up, parsed once, kept till the theme changes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        app: Any = self
        app.css_path = every_style_file(app.css_path)
        app.stylesheet = ReusingStylesheet(variables=app.get_css_variables())

    def get_screen(self, screen: Screen | str, screen_class: type[Screen] | None = None) -> Screen:
        """A screen about to be shown for the first time is styled as it mounts: say so."""
        found: Screen = super().get_screen(screen, screen_class)  # type: ignore[misc]
        if not found.is_running and getattr(found, "_css_update_count", None) == NEVER_STYLED:
            found._css_update_count = self._css_update_count  # type: ignore[attr-defined]
        return found
