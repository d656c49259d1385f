"""The Strategies area: ways to cope, the ones that suit how you are, and what has helped you."""

from __future__ import annotations

from collections.abc import Iterator

from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import OptionList, Static, Tab, Tabs
from textual.widgets.option_list import Option

from journal.checkin import CheckIn, when_phrase
from journal.content.strategies import CATEGORIES, Strategy, load_strategies, suited_strategies
from journal.effects import HELPS_INTRO, NOT_YET, describe_change, what_helps
from journal.models import StrategyAttempt, StrategyEffect
from journal.resources import style_file
from journal.ui.attempt import AttemptFlow
from journal.ui.screens.appointment import AppointmentScreen
from journal.ui.screens.area import AreaScreen
from journal.ui.screens.contacts import ContactsScreen
from journal.ui.screens.exercise import ExerciseScreen
from journal.ui.widgets.strategy_detail import CATEGORY_LABELS, StrategyDetail
from journal.wording import counted

VIEWS: dict[str, str] = {
    "all": "All",
    "suits": "Suits you now",
    "helps": "What helps you",
}
"""The three ways to list strategies, as tab id and label."""

ALL_CAPTION = "Ways to cope, for now and for the longer run. ← → change the view."
NO_CHECKIN = "After your first check-in (F2), this shows the strategies that may suit how you are."
EMPTY_VIEWS: dict[str, str] = {
    "suits": "Nothing to show here yet. Press F2 to check in, or ← to see every strategy.",
    "helps": "Nothing to show here yet. Press → to see every strategy and choose one to try.",
}
"""What the detail pane says when a view has nothing listed: where to go from here."""


class StrategiesScreen(AreaScreen):
    """Lists strategies in three views beside a detail pane; Enter starts a try, or opens
    a page to read.

    A page (runner "info": seeing a doctor, reaching out, sleep, food, naming feelings)
    asks for no ratings: what it suggests is done away from the screen, often over days,
    so numbness rated minutes apart around the reading would say nothing about it.
    """

    CSS_PATH = style_file("strategies.tcss")
    AREA_TITLE = "Strategies"
    BINDINGS = [
        Binding("enter", "try", "Try this", priority=True),
        Binding("enter", "read", "Read", priority=True),
        Binding("right", "view(1)", "Next view", show=False),
        Binding("left", "view(-1)", "Previous view", show=False),
        Binding("r", "reach_out", "Reach out"),
        Binding("m", "appointment", "Appointment"),
    ]
    """Enter tries the chosen strategy (or reads it); ← → change the view; r and m open the
    extra pages."""

    def __init__(self) -> None:
        super().__init__()
        self.library = load_strategies()
        self.effects: dict[str, StrategyEffect] = {}
        self.view = "all"

    def compose_body(self) -> ComposeResult:
        """View tabs and a caption over the list, with the detail pane beside it."""
        with Horizontal(id="strategies"):
            with Vertical(id="strategy-side"):
                yield Tabs(*(Tab(label, id=view) for view, label in VIEWS.items()), id="views")
                yield Static(id="view-caption", markup=False)
                yield OptionList(id="strategy-list", markup=False)
            with VerticalScroll(id="strategy-detail-scroll"):
                yield StrategyDetail(id="strategy-detail", markup=False)

    def on_mount(self) -> None:
        """Start on the list."""
        self.query_one(Tabs).can_focus = False
        self.query_one(OptionList).focus()

    def on_screen_resume(self) -> None:
        """Coming back here, a new check-in or try may change what is shown."""
        self.reload()

    def reload(self) -> None:
        """Read the person's tries again and redraw the current view."""
        self.effects = {e.strategy_id: e for e in self.store.strategies.effects()}
        self._fill(self.view, keep=self.selected)

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        """Show the view whose tab was chosen."""
        event.stop()
        if event.tab.id and event.tab.id != self.view:
            self._fill(event.tab.id, keep=None)

    def action_view(self, step: int) -> None:
        """Move to the next or previous view."""
        names = list(VIEWS)
        self.show_view(names[(names.index(self.view) + step) % len(names)])

    def show_view(self, view: str) -> None:
        """Switch to one of the VIEWS by its id (through its tab, so the tab follows)."""
        self.query_one(Tabs).active = view

    def _fill(self, view: str, keep: Strategy | None) -> None:
        """Rebuild the list for `view`, highlighting `keep` if listed, else the first."""
        self.view = view
        caption, options = self._options(view)
        self.query_one("#view-caption", Static).update(caption)
        listing = self.query_one(OptionList)
        listing.set_options(options)
        listing.display = bool(options)
        ids = [option.id for option in options if not option.disabled]
        chosen = keep.id if keep is not None and keep.id in ids else (ids[0] if ids else None)
        if chosen is not None:
            listing.highlighted = listing.get_option_index(chosen)
            listing.focus()
        self._show_detail()
        self.refresh_bindings()

    def _options(self, view: str) -> tuple[str, list[Option]]:
        if view == "suits":
            return self._suits_options()
        if view == "helps":
            return self._helps_options()
        options: list[Option] = []
        for category in CATEGORIES:
            label = Content.styled(CATEGORY_LABELS[category], "bold $secondary")
            options.append(Option(label, id=f"group-{category}", disabled=True))
            options += [self._option(s) for s in self.library.by_category(category)]
        return ALL_CAPTION, options

    def _suits_options(self) -> tuple[str, list[Option]]:
        latest = self.store.queries.entries(limit=1)
        if not latest:
            return NO_CHECKIN, []
        entry = latest[0]
        context = CheckIn.from_entry(entry).prompt_context()
        fitting = suited_strategies(self.library, context)
        when = when_phrase(entry.created_at, self.store.connection.now())
        caption = f"From your check-in {when}, these may suit how you are."
        return caption, [self._option(s) for s in fitting]

    def _helps_options(self) -> tuple[str, list[Option]]:
        ordered = [e for e in what_helps(self.effects.values()) if self.library.get(e.strategy_id)]
        if not ordered:
            return NOT_YET, []
        options = []
        for effect in ordered:
            strategy = self.library.get(effect.strategy_id)
            assert strategy is not None
            change = describe_change(effect.average_change, effect.rated)
            tries = counted(effect.rated, "rated try", "rated tries")
            line = Content.styled(f"\n{tries}: {change}", "$foreground-muted")
            options.append(Option(Content(strategy.title) + line, id=strategy.id))
        return HELPS_INTRO, options

    def _option(self, strategy: Strategy) -> Option:
        return Option(Content(strategy.title), id=strategy.id)

    @property
    def selected(self) -> Strategy | None:
        """The highlighted strategy, if any."""
        listing = self.query_one(OptionList)
        if listing.highlighted is None or not listing.option_count:
            return None
        option = listing.get_option_at_index(listing.highlighted)
        return self.library.get(option.id or "")

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Follow the highlight in the detail pane, and in what Enter says it does."""
        event.stop()
        self._show_detail()
        self.refresh_bindings()

    def _show_detail(self) -> None:
        strategy = self.selected
        effect = self.effects.get(strategy.id) if strategy else None
        detail = self.query_one(StrategyDetail)
        if strategy is None:
            detail.update(EMPTY_VIEWS.get(self.view, ""))
        else:
            detail.show(strategy, effect, self.library)
        self.query_one("#strategy-detail-scroll").scroll_home(animate=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer "Try this" for a highlighted exercise, "Read" for a highlighted page."""
        if action in ("try", "read"):
            strategy = self.selected if self.is_mounted else None
            return strategy is not None and _is_page(strategy) == (action == "read")
        return True

    def action_try(self) -> None:
        """Start the highlighted strategy: a try of an exercise, or a page to read."""
        strategy = self.selected
        if strategy is not None:
            self.try_strategy(strategy)

    action_read = action_try

    def try_strategy(self, strategy: Strategy) -> None:
        """Start a try of `strategy`, or open it to read when it is a page."""
        if _is_page(strategy):
            self.app.push_screen(ExerciseScreen(strategy))
        else:
            AttemptFlow(self.app, self.store, strategy, self._recorded).start()

    def _recorded(self, _attempt: StrategyAttempt) -> None:
        self.notify("Saved this try in your journal.", markup=False)
        self.reload()

    def action_reach_out(self) -> None:
        """Open the support system and message starters."""
        self.app.push_screen(ContactsScreen(self.library.reach_out.starters))

    def action_appointment(self) -> None:
        """Open the appointment checklist and summary."""
        self.app.push_screen(AppointmentScreen(self.library.appointment.checklist))

    def palette_commands(self) -> Iterator[SystemCommand]:
        """Strategies' own commands, plus one per strategy to try it straight away."""
        yield SystemCommand("Reach out", "Your people and message starters", self.action_reach_out)
        yield SystemCommand(
            "Make an appointment", "What to bring, and a summary", self.action_appointment
        )
        for view, label in VIEWS.items():
            yield SystemCommand(
                f"Strategies: {label.lower()}",
                "A view of the strategies",
                lambda v=view: self.show_view(v),
            )
        for strategy in self.library.strategies:
            verb = "Read" if _is_page(strategy) else "Try"
            yield SystemCommand(
                f"{verb}: {strategy.title}", strategy.why, lambda s=strategy: self.try_strategy(s)
            )


def _is_page(strategy: Strategy) -> bool:
    """Whether `strategy` is a page to read, which is opened rather than tried and rated."""
    return strategy.runner == "info"
