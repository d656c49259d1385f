"""A guided exercise: the breathing guide, one step at a time, or a page of steps to read.

Time comes from the journal's clock through a pausable `Stopwatch`; a timer only asks
it where things are, so tests move a fake clock and call `tick()` instead of sleeping.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import ProgressBar, Static

from journal.content.strategies import Strategy, load_strategies
from journal.pacing import StepWalker, Stopwatch, beat_at, step_seconds
from journal.resources import style_file
from journal.ui.screens.area import AreaScreen
from journal.ui.widgets.breathing import BreathingGuide
from journal.ui.widgets.strategy_detail import extra_list

TICK_SECONDS = 0.25
"""How often the screen looks at the clock: often enough for a smooth breathing bar."""

FINISHED = "That's the end. Take a moment if you like, then press Enter."
STEP_TIME_UP = "Whenever you're ready, press Enter for the next step."
LAST_STEP_TIME_UP = "Whenever you're ready, press Enter to finish."
READ_HINT = "Take these at your own pace. Press Enter when you've finished."


def step_time_words(seconds: int) -> str:
    """A suggested time in plain, round words ("about 35 seconds", "about 2 minutes"), said
    as room to take rather than a deadline."""
    if seconds < 90:
        about = f"about {max(5, round(seconds / 5) * 5)} seconds"
    else:
        about = f"about {round(seconds / 60)} minutes"
    return f"Take {about} for this step, or as long as you like."


class ExerciseScreen(AreaScreen):
    """Runs one strategy; dismisses when it ends or the person ends it early."""

    CSS_PATH = style_file("exercise.tcss")
    BINDINGS = [
        Binding("space", "pause", "Pause"),
        Binding("space", "resume", "Go on"),
        Binding("enter", "next", "Next"),
        Binding("enter", "last", "Done"),
        Binding("enter,escape", "finish", "Finish"),
        Binding("escape", "end", "End now"),
        Binding("backspace", "back", "Back a step"),  # last: a narrow footer keeps Esc
    ]
    """Space pauses and goes on; Enter moves on, Backspace back; Escape ends at any time."""

    def __init__(self, strategy: Strategy) -> None:
        super().__init__()
        self.strategy = strategy
        self.finished = strategy.runner == "info"
        self._watch: Stopwatch | None = None
        self._walker: StepWalker | None = None

    def compose_body(self) -> ComposeResult:
        """The title, then what this kind of exercise needs."""
        with Vertical(id="exercise"):
            yield Static(self.strategy.title, id="exercise-title", markup=False)
            if self.strategy.runner == "breathing":
                yield BreathingGuide()
            elif self.strategy.runner == "steps":
                yield Static(id="step-count", markup=False)
                yield Static(id="step-text", markup=False)
                yield ProgressBar(show_percentage=False, show_eta=False, id="step-time")
            else:
                with VerticalScroll(id="exercise-page"):
                    yield Static(self._page(), id="page-text")
            yield Static(READ_HINT if self.finished else "", id="exercise-status", markup=False)

    def _page(self) -> Content:
        """Every step, numbered, then any list the steps point to, for a page to read."""
        steps = [Content(f"{n}. {step}") for n, step in enumerate(self.strategy.steps, 1)]
        page = Content("\n\n").join(steps)
        extra = extra_list(self.strategy, load_strategies())
        if extra:
            page += Content("\n\n") + Content("\n").join(extra)
        return page

    def on_mount(self) -> None:
        """Start the clock and the ticks."""
        self._watch = Stopwatch(self.store.connection.clock)
        if self.strategy.runner == "steps":
            suggested = step_seconds(self.strategy.minutes, len(self.strategy.steps))
            self._walker = StepWalker(len(self.strategy.steps), suggested, self._watch)
            self.query_one(ProgressBar).total = suggested
        if not self.finished:
            self.set_interval(TICK_SECONDS, self.tick)
        self.tick()

    def on_screen_suspend(self) -> None:
        """Hold still while another screen covers this one (crisis lines, another area)."""
        if not self.finished:
            self.action_pause()

    @property
    def paused(self) -> bool:
        """True while the exercise is paused."""
        return self._watch is not None and self._watch.paused

    def tick(self) -> None:
        """Look at the clock and show where the exercise is now."""
        if self._watch is None or self.strategy.runner == "info":
            return
        if self.strategy.pacing is not None:
            self._show_breath()
        elif self._walker is not None:
            self._show_step()

    def _show_breath(self) -> None:
        assert self._watch is not None and self.strategy.pacing is not None
        beat = beat_at(self.strategy.pacing, self._watch.elapsed())
        guide = self.query_one(BreathingGuide)
        guide.beat = beat
        guide.paused = self.paused
        if beat.finished and not self.finished:
            self._finish()

    def _show_step(self) -> None:
        assert self._walker is not None
        state = self._walker.state()
        self.query_one("#step-count", Static).update(f"Step {state.index + 1} of {state.count}")
        self.query_one("#step-text", Static).update(Content(self.strategy.steps[state.index]))
        done = self.finished  # a finished exercise shows a full bar, however quick the last step
        self.query_one(ProgressBar).progress = (
            state.suggested if done else min(state.elapsed, state.suggested)
        )
        if self.finished:
            status = FINISHED
        elif self.paused:
            status = "Paused. Press Space to go on."
        elif state.time_up:
            status = LAST_STEP_TIME_UP if state.last else STEP_TIME_UP
        else:
            status = step_time_words(state.suggested)
        self.query_one("#exercise-status", Static).update(status)

    def _finish(self) -> None:
        self.finished = True
        self.query_one("#exercise-status", Static).update(FINISHED)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer only the keys that make sense right now.

        Back a step is there, dimmed (None), on the first step too: the footer says from
        the start that each step can be gone back to.
        """
        running = not self.finished
        step = self._walker.state() if self._walker is not None and running else None
        if action == "back" and step is not None:
            return True if step.index > 0 else None
        allowed = {
            "pause": running and not self.paused,
            "resume": running and self.paused,
            "next": step is not None and not step.last,
            "last": step is not None and step.last,
            "back": False,
            "finish": self.finished,
            "end": running,
        }
        return allowed.get(action, True)

    def action_pause(self) -> None:
        """Hold everything still."""
        if self._watch is not None:
            self._watch.pause()
        self._changed()

    def action_resume(self) -> None:
        """Carry on from where it was paused."""
        if self._watch is not None:
            self._watch.resume()
        self._changed()

    def action_last(self) -> None:
        """The last step is done: the end."""
        self.action_next()

    def action_next(self) -> None:
        """The next step, or the end after the last one."""
        if self._walker is not None and not self._walker.next():
            if self._watch is not None:
                self._watch.pause()
            self._finish()
        self._changed()

    def action_back(self) -> None:
        """The step before."""
        if self._walker is not None:
            self._walker.back()
        self._changed()

    def action_finish(self) -> None:
        """Leave the finished exercise."""
        self.dismiss(None)

    def action_end(self) -> None:
        """End now, however far it got; that still counts as a try."""
        self.dismiss(None)

    def _changed(self) -> None:
        self.tick()
        self.refresh_bindings()
