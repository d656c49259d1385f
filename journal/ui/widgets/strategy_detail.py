"""The detail pane of the Strategies area: why a strategy may help, its steps, your tries."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from journal.content.strategies import Strategy, StrategyLibrary
from journal.effects import describe_effect
from journal.models import StrategyEffect

CATEGORY_LABELS: dict[str, str] = {
    "immediate": "Immediate",
    "long-term": "Long-term",
    "exercise": "Exercises",
}
"""Headings for the three groups, in the order they are listed."""

RUNNER_LABELS: dict[str, str] = {
    "breathing": "guided breathing",
    "steps": "guided, one step at a time",
    "info": "a page to read",
}

SHOWS_HINTS: dict[str, tuple[str, str]] = {
    "reach_out": ("Message starters", "Press r to see your people and copy a starter."),
    "appointment": ("What to bring", "Press m to get ready for an appointment."),
}


def extra_list(strategy: Strategy, library: StrategyLibrary) -> list[Content]:
    """The list a strategy's steps point to ("the checklist below"): a heading and its items."""
    if strategy.shows not in SHOWS_HINTS:
        return []
    title, _hint = SHOWS_HINTS[strategy.shows]
    items = (
        library.reach_out.starters
        if strategy.shows == "reach_out"
        else library.appointment.checklist
    )
    return [_heading(title), *(Content(f"• {item}") for item in items)]


def _minutes(minutes: int) -> str:
    return "about a minute" if minutes == 1 else f"about {minutes} minutes"


def _heading(text: str) -> Content:
    return Content.styled(text, "bold $secondary")


class StrategyDetail(Static):
    """Shows one strategy with the person's own tries of it."""

    def show(
        self, strategy: Strategy, effect: StrategyEffect | None, library: StrategyLibrary
    ) -> None:
        """Fill the pane for `strategy`."""
        about = " · ".join(
            [
                CATEGORY_LABELS.get(strategy.category, strategy.category),
                _minutes(strategy.minutes),
                RUNNER_LABELS.get(strategy.runner, strategy.runner),
            ]
        )
        parts = [
            Content.styled(strategy.title, "bold $primary"),
            Content.styled(about, "$foreground-muted"),
            Content(""),
            _heading("Why it may help"),
            Content(strategy.why),
            Content(""),
            _heading("Steps"),
            *(Content(f"{n}. {step}") for n, step in enumerate(strategy.steps, 1)),
            Content(""),
            _heading("Your tries"),
            Content(describe_effect(effect)),
            Content.styled("Press Enter to try it now.", "$foreground-muted"),
        ]
        extra = extra_list(strategy, library)
        if extra:
            hint = SHOWS_HINTS[strategy.shows][1]
            parts += [Content(""), *extra, Content.styled(hint, "$foreground-muted")]
        self.update(Content("\n").join(parts))
