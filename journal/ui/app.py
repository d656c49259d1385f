"""JournalApp: the three areas, the keys that reach them, theme and first run."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme

from journal.resources import style_file
from journal.store import Store, open_store
from journal.timeutil import Clock
from journal.ui.damaged import ExitWhenDamaged
from journal.ui.help_sections import help_sections
from journal.ui.screens.help import HelpScreen
from journal.ui.screens.history import HistoryScreen
from journal.ui.screens.strategies import StrategiesScreen
from journal.ui.screens.welcome import WelcomeScreen
from journal.ui.screens.write import WriteScreen
from journal.ui.stylesheets import StylesParsedOnce
from journal.ui.terminal_guard import guard_terminal_output
from journal.ui.theme import CALM_THEME, DEFAULT_THEME, THEME_SETTING

WELCOME_SETTING = "welcome_seen"

AREAS = {
    "write": ("Write", "Check in: notice, name and write about how you are", WriteScreen),
    "strategies": ("Strategies", "Ways to cope, and what has helped you", StrategiesScreen),
    "history": ("History", "Search and look back over your entries", HistoryScreen),
}


class JournalApp(ExitWhenDamaged, StylesParsedOnce, App[None]):
    """Thaw: a gentle journal for learning to name feelings again."""

    TITLE = "Thaw"
    CSS_PATH = style_file("app.tcss")
    MODES = {name: screen for name, (_title, _help, screen) in AREAS.items()}
    DEFAULT_MODE = "write"
    COMMAND_PALETTE_BINDING = "ctrl+p"
    BINDINGS = [
        Binding("f1", "help", "Help", tooltip="Every key in Thaw"),
        Binding("question_mark", "help", "Help", show=False),
        Binding("f2", "switch_mode('write')", "Write", show=False),
        Binding("f3", "switch_mode('strategies')", "Strategies", show=False),
        Binding("f4", "switch_mode('history')", "History", show=False),
        Binding("f9", "crisis", "Crisis lines", show=False, priority=True),
        Binding("exclamation_mark", "crisis", "Crisis lines", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(
        self,
        store: Store,
        *,
        show_welcome: bool = True,
        freeze_start_up: bool = False,
        opening_note: tuple[str, str] | None = None,
    ) -> None:
        super().__init__()
        guard_terminal_output()
        self.store = store
        self._show_welcome = show_welcome
        self._freeze_start_up = freeze_start_up
        self._opening_note = opening_note

    def on_load(self) -> None:
        """Apply the remembered theme before any style is parsed, so start-up parses them once."""
        self.register_theme(CALM_THEME)
        saved = self.store.settings.get(THEME_SETTING, DEFAULT_THEME)
        self.theme = (
            saved if isinstance(saved, str) and saved in self.available_themes else (DEFAULT_THEME)
        )

    def on_mount(self) -> None:
        """Remember theme changes, empty old trash, greet a first-time user, and give the
        opening note (once the welcome is closed, so it never covers its button)."""
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.store.entries.purge_trash()
        if self._show_welcome and not self.store.settings.get(WELCOME_SETTING, False):
            self.action_welcome()
        else:
            self._give_opening_note()

    def _give_opening_note(self) -> None:
        """Show the (title, message) the app was opened with, such as the demo's, once."""
        if self._opening_note is not None:
            title, message = self._opening_note
            self._opening_note = None
            self.notify(message, title=title, timeout=12, markup=False)

    def on_ready(self) -> None:
        """With the first frame shown, set start-up's objects aside from garbage collection.

        Otherwise the first full collection walks all of Textual's start-up objects
        and pauses the app for about 40 ms on one of the person's first key presses
        (about 10 ms after this). Only the real app asks for it: frozen objects stay
        for the life of the process, which a test run shares between many apps.
        """
        if self._freeze_start_up:
            gc.freeze()

    def _remember_theme(self, theme: Theme) -> None:
        """Keep the chosen theme for next time."""
        self.store.settings.set(THEME_SETTING, theme.name)

    def action_help(self) -> None:
        """Open the help screen listing every key."""
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(help_sections(type(self)), self.action_welcome))

    def action_welcome(self) -> None:
        """Show the first-run welcome, and remember that it was seen; an opening note not
        yet given follows it."""
        self.store.settings.set(WELCOME_SETTING, True)
        self.push_screen(WelcomeScreen(), lambda _: self._give_opening_note())

    def action_crisis(self) -> None:
        """Open the crisis lines from anywhere."""
        from journal.ui.screens.crisis import CrisisScreen

        if not isinstance(self.screen, CrisisScreen):
            self.push_screen(CrisisScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Offer the areas and Thaw's own actions in the command palette.

        Textual's own commands are left out but for the theme and quitting: its
        Screenshot saved the screen, someone's writing included, as a file others
        could read, and its key panel and Maximize hid the F9 crisis-lines hint.
        """
        for name, (title, help_text, _screen) in AREAS.items():
            yield SystemCommand(f"Go to {title}", help_text, lambda n=name: self.switch_mode(n))
        yield SystemCommand("Crisis lines", "Where to find help right now", self.action_crisis)
        yield SystemCommand("Help: keys", "Every key in Thaw", self.action_help)
        yield SystemCommand("Welcome", "What Thaw is for, and what it is not", self.action_welcome)
        screen_commands = getattr(screen, "palette_commands", None)
        if callable(screen_commands):
            yield from screen_commands()
        yield SystemCommand("Theme", "Choose how Thaw looks", self.action_change_theme)
        yield SystemCommand("Quit", "Close Thaw; what you wrote is kept", self.action_quit)


def make_app(
    db_path: Path | None = None,
    *,
    store: Store | None = None,
    clock: Clock | None = None,
    show_welcome: bool = True,
    freeze_start_up: bool = False,
    opening_note: tuple[str, str] | None = None,
) -> JournalApp:
    """Build the app on a journal file (or an open store): used by the CLI and the tests.

    `freeze_start_up` is for the app a person runs (see `JournalApp.on_ready`);
    `opening_note` is a (title, message) shown once the app is open, as the demo's."""
    if store is None:
        if db_path is None:
            raise ValueError("make_app needs a db_path or a store")
        store = open_store(db_path, clock=clock)
    return JournalApp(
        store,
        show_welcome=show_welcome,
        freeze_start_up=freeze_start_up,
        opening_note=opening_note,
    )
