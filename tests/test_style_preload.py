"""Styles parsed once at start-up: an area's first opening parses and restyles nothing again."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.css import stylesheet as stylesheet_module
from textual.dom import DOMNode
from textual.screen import Screen

import journal.ui.screens
from journal.ui.app import make_app
from journal.ui.screens.history import HistoryScreen
from journal.ui.screens.strategies import StrategiesScreen
from tests.support import build_test_app, open_test_store, press_each, reach, running

OTHER_THEME = "textual-light"


def screens_with_style_files() -> list[type[Screen]]:
    """Every screen class in journal.ui.screens that names a style file."""
    found = []
    for module_info in pkgutil.iter_modules(journal.ui.screens.__path__):
        module = importlib.import_module(f"journal.ui.screens.{module_info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Screen) and cls.__module__ == module.__name__ and cls.CSS_PATH:
                found.append(cls)
    return found


def style_paths(screen_type: type[Screen]) -> list[Path]:
    """A screen's CSS_PATH as a list of paths."""
    css = screen_type.CSS_PATH
    return [Path(path) for path in (css if isinstance(css, list) else [css])]


async def test_every_screens_style_is_read_when_the_app_starts(tmp_path: Path) -> None:
    screens = screens_with_style_files()
    assert HistoryScreen in screens and len(screens) >= 10
    app = build_test_app(tmp_path)
    async with running(app):
        for screen_type in screens:
            for path in style_paths(screen_type):
                assert app.stylesheet.has_source(str(path)), (screen_type.__name__, path)


Parsed = tuple[tuple[str, str], int]
"""Where a piece of CSS came from (file, class variable), and its tie-breaker.

Textual parses an inherited DEFAULT_CSS again when a widget makes its tie-breaker
smaller; that is new CSS to it, so the tie-breaker is part of what was parsed."""


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[Parsed]:
    """Each piece of CSS Textual parses, in order."""
    sources: list[Parsed] = []
    parse = stylesheet_module.parse

    def spy(scope: str, css: str, read_from: tuple[str, str], *args: Any, **kwargs: Any) -> Any:
        sources.append((read_from, kwargs.get("tie_breaker", 0)))
        return parse(scope, css, read_from, *args, **kwargs)

    monkeypatch.setattr(stylesheet_module, "parse", spy)
    return sources


async def test_starting_parses_each_piece_of_css_once(tmp_path: Path, parsed: list[Parsed]) -> None:
    app = build_test_app(tmp_path)
    async with running(app):
        assert len([where for (where, _tie) in parsed if where[1] == ""]) >= 10  # .tcss files
        assert len(parsed) == len(set(parsed)), parsed  # not again for the remembered theme


async def test_a_remembered_theme_colours_the_first_screen(tmp_path: Path) -> None:
    store = open_test_store(tmp_path)
    store.settings.set("theme", OTHER_THEME)
    app = make_app(store=store, show_welcome=False)
    async with running(app):
        assert app.theme == OTHER_THEME
        light = app.get_css_variables()["background"]
        assert app.screen.styles.background.hex == light


async def test_opening_an_area_parses_no_css_twice(tmp_path: Path, parsed: list[Parsed]) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        at_start = set(parsed)
        parsed.clear()
        await press_each(pilot, "f4", "f3", "f2", "f4")
        assert isinstance(app.screen, HistoryScreen)
        again = [source for source in parsed if source in at_start]
        assert not again, again  # e.g. Textual's own widgets' DEFAULT_CSS, parsed afresh
        assert len(parsed) == len(set(parsed)), parsed  # the areas' new widgets, once each
        history_file = str(style_paths(HistoryScreen)[0])
        assert ((history_file, ""), 0) not in parsed


async def test_opening_an_area_does_not_restyle_every_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        restyled: list[DOMNode] = []
        update = app.stylesheet.update

        def spy(root: DOMNode, animate: bool = False) -> None:
            restyled.append(root)
            update(root, animate=animate)

        monkeypatch.setattr(app.stylesheet, "update", spy)
        await reach(pilot, HistoryScreen, "f4")
        await reach(pilot, StrategiesScreen, "f3")
        assert not [root for root in restyled if isinstance(root, App)]


async def test_a_new_theme_still_restyles_open_and_new_areas(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        calm = app.screen.styles.background
        await pilot.press("f2")
        await pilot.pause()
        app.theme = OTHER_THEME
        await pilot.pause()
        light = app.get_css_variables()["background"]
        assert app.screen.styles.background != calm
        assert app.screen.styles.background.hex == light
        await pilot.press("f4")  # History was out of sight when the theme changed
        await pilot.pause()
        assert app.screen.styles.background.hex == light
        await pilot.press("f3")  # Strategies was never opened
        await pilot.pause()
        assert app.screen.styles.background.hex == light
