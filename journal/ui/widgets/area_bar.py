"""The top bar: Thaw's name, the three areas as tabs, and where crisis help is."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.events import Click
from textual.widgets import Static


class AreaTab(Static):
    """One area's name and key; clicking it opens the area."""

    def __init__(self, mode: str, label: str, key: str, current: bool) -> None:
        super().__init__(f"{key} {label}", classes="area-tab -current" if current else "area-tab")
        self.mode = mode
        self.key = key
        self.label = label
        self.current = current

    def show_name(self, shown: bool) -> None:
        """Show the area's name beside its key, or the key alone where room is short."""
        self.update(f"{self.key} {self.label}" if shown else self.key)

    def on_click(self, event: Click) -> None:
        """Open this area."""
        event.stop()
        self.app.switch_mode(self.mode)


class CrisisTab(Static):
    """Always visible: the key for crisis lines; clicking opens them."""

    def on_click(self, event: Click) -> None:
        """Open the crisis lines."""
        event.stop()
        self.app.run_action("crisis")


class AreaBar(Horizontal):
    """Shows which area is open and how to reach the others, on every area screen."""

    DEFAULT_CSS = """
    AreaBar {
        height: 1;
        dock: top;
        background: $panel;
    }
    AreaBar .app-name {
        width: auto;
        padding: 0 2 0 1;
        color: $primary;
        text-style: bold;
    }
    AreaBar .area-tab {
        width: auto;
        padding: 0 1;
        color: $text-muted;
    }
    AreaBar .area-tab:hover, AreaBar CrisisTab:hover {
        background: $boost;
    }
    AreaBar .area-tab.-current {
        color: $text;
        background: $primary 30%;
        text-style: bold;
    }
    AreaBar .spacer {
        width: 1fr;
    }
    AreaBar CrisisTab {
        width: auto;
        dock: right;
        padding: 0 1;
        color: $text-muted;
    }
    AreaBar.-narrow .app-name {
        display: none;
    }
    AreaBar.-tight .area-tab {
        padding: 0 1 0 0;
    }
    AreaBar.-tight .area-tab:first-of-type {
        padding: 0 1;
    }
    """

    def __init__(self, areas: list[tuple[str, str, str]], current: str) -> None:
        super().__init__()
        self._areas = areas
        self._current = current

    NARROW = 64
    """Below this many columns the name "Thaw" gives way, so the tabs keep their room (a
    longer name, as the demo's, gives way that much sooner)."""
    TIGHT = 56
    """Below this, the tabs sit closer together, so all of them fit down to 53 columns."""
    KEYS_ONLY = 53
    """Below this, only the open area keeps its name; the others show their keys."""

    def on_resize(self) -> None:
        """Give way in steps as the terminal narrows, so every area's key and the whole
        "F9 Crisis lines" stay in sight at any width."""
        width = self.size.width
        longer_name = max(len(self.app.title) - len("Thaw"), 0)
        self.set_class(width < self.NARROW + longer_name, "-narrow")
        self.set_class(width < self.TIGHT, "-tight")
        for tab in self.query(AreaTab):
            tab.show_name(tab.current or width >= self.KEYS_ONLY)

    def compose(self) -> ComposeResult:
        """Name, tabs, a gap, then the crisis key (docked right, so it is never cut off)."""
        yield Static(self.app.title, classes="app-name", markup=False)
        for mode, label, key in self._areas:
            yield AreaTab(mode, label, key, current=mode == self._current)
        yield Static(classes="spacer")
        yield CrisisTab("F9 Crisis lines")
