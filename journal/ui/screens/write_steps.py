"""The four panes of the check-in, and reading or filling them as one `CheckIn`."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Input, Label, Static, TextArea

from journal.checkin import STEPS, CheckIn, parse_tags, summary
from journal.content.body import Body
from journal.content.prompts import RenderedPrompt
from journal.content.vocabulary import Vocabulary
from journal.ui.screens.write_words import (
    BODY_HINT,
    BODY_QUESTION,
    EDITING,
    FEELINGS_QUESTION,
    METER_INTRO,
    NO_PROMPT,
    NO_WORD_LEAD,
    NUMBNESS_QUESTION,
    QUICK_HINT,
    SCALE_HINT,
    TAGS_PLACEHOLDER,
    WRITE_KEYS,
)
from journal.ui.text import literal
from journal.ui.widgets.body_picker import BodyPicker
from journal.ui.widgets.feeling_picker import FeelingPicker
from journal.ui.widgets.scale import Scale
from journal.wording import NUMBNESS_HIGH, NUMBNESS_LOW


class CheckInSteps(ContentSwitcher):
    """Numbness, Body, Feelings and Write, one shown at a time."""

    def __init__(self, vocabulary: Vocabulary, body: Body, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(initial=STEPS[0], id=id)
        self.vocabulary = vocabulary
        self.body = body
        # Held here as well as in the DOM, so the last words can still be read while closing.
        self.numbness_scale = Scale(NUMBNESS_LOW, NUMBNESS_HIGH, id="numbness-scale")
        self.energy_scale = Scale("low", "high", id="energy-scale")
        self.pleasantness_scale = Scale("unpleasant", "pleasant", id="pleasantness-scale")
        self.body_picker = BodyPicker(body)
        self.feeling_picker = FeelingPicker(vocabulary)
        self.text_area = TextArea(
            id="text", soft_wrap=True, show_line_numbers=False, tab_behavior="focus"
        )
        self.tags_input = Input(placeholder=TAGS_PLACEHOLDER, id="tags", compact=True)

    def compose(self) -> ComposeResult:
        """One container per step, named after the step."""
        with Vertical(id="numbness", classes="step-pane"):
            yield Static("", id="ack", markup=False)
            yield Static(NUMBNESS_QUESTION, classes="question")
            yield Static(SCALE_HINT, classes="hint")
            yield self.numbness_scale
            yield Static(METER_INTRO, classes="meter-intro")
            with Horizontal(classes="meter-row"):
                yield Label("Energy", classes="meter-label")
                yield self.energy_scale
            with Horizontal(classes="meter-row"):
                yield Label("Pleasantness", classes="meter-label")
                yield self.pleasantness_scale
            yield Static(QUICK_HINT, classes="hint quick-hint")
        with Vertical(id="body", classes="step-pane"):
            yield Static(BODY_QUESTION, classes="question")
            yield Static(BODY_HINT, classes="hint")
            yield self.body_picker
        with Vertical(id="feelings", classes="step-pane"):
            yield Static(FEELINGS_QUESTION, classes="question")
            yield self.feeling_picker
        with Vertical(id="write", classes="step-pane"):
            yield Static("", id="editing")
            yield Static("", id="summary")
            yield Static(NO_WORD_LEAD, id="no-word-lead")
            yield Static("", id="prompt")
            yield self.text_area
            with Horizontal(id="tags-row"):
                yield Label("Tags", id="tags-label")
                yield self.tags_input

    def on_mount(self) -> None:
        """Quiet reminders of the writing keys, on the writing box's frame."""
        self.text_area.border_subtitle = WRITE_KEYS

    def region_label(self, region_id: str) -> str:
        """A body region's name as shown on screen."""
        region = self.body.region(region_id)
        return region.label if region else region_id

    def read(self, *, prompt: RenderedPrompt | None, quick: bool, step: str) -> CheckIn:
        """Everything on the four panes, as one check-in."""
        body = self.body_picker
        feelings = self.feeling_picker
        return CheckIn(
            numbness=self.numbness_scale.value,
            energy=self.energy_scale.value,
            pleasantness=self.pleasantness_scale.value,
            body=body.notes,
            body_nothing=body.nothing,
            feelings=feelings.feelings,
            could_not_name=feelings.could_not_name,
            prompt_id=prompt.id if prompt else None,
            prompt_text=prompt.text if prompt else None,
            text=self.text_area.text,
            tags=parse_tags(self.tags_input.value),
            quick=quick,
            step=step,
        )

    def fill(self, checkin: CheckIn) -> None:
        """Show a check-in on the four panes."""
        self.numbness_scale.value = checkin.numbness
        self.energy_scale.value = checkin.energy
        self.pleasantness_scale.value = checkin.pleasantness
        self.body_picker.set_value(checkin.body, checkin.body_nothing)
        self.feeling_picker.set_value(checkin.feelings, checkin.could_not_name)
        if self.text_area.text != checkin.text:
            self.text_area.load_text(checkin.text)
            # Go on from the last word, not in front of the first one.
            self.text_area.move_cursor(self.text_area.document.end)
        self.tags_input.value = ", ".join(checkin.tags)

    def show_prompt(
        self, prompt: RenderedPrompt | None, checkin: CheckIn, *, chosen_for_no_word: bool
    ) -> None:
        """The prompt above the writing, what was chosen above that, and a kind word if no name.

        The kind word leads into a body-and-senses prompt, so it shows only above a prompt
        chosen for "I can't name it yet" (one kept because writing had begun is not)."""
        self.query_one("#prompt", Static).update(literal(prompt.text) if prompt else NO_PROMPT)
        line = summary(checkin, self.region_label)
        summary_widget = self.query_one("#summary", Static)
        summary_widget.update(literal(line))
        summary_widget.display = bool(line)
        no_word = checkin.could_not_name and not checkin.feelings and chosen_for_no_word
        self.query_one("#no-word-lead", Static).display = no_word

    def show_editing(self, when: str | None) -> None:
        """Say which saved entry is open for editing, or hide the line for a new check-in."""
        editing = self.query_one("#editing", Static)
        editing.update(EDITING.format(when=when) if when else "")
        editing.display = when is not None

    def focus_target(self, step: str) -> Widget:
        """The main control of a step, where the keyboard goes on arriving there."""
        if step == "numbness":
            return self.numbness_scale
        if step == "body":
            return self.body_picker.first_control
        if step == "feelings":
            return self.feeling_picker.first_control
        return self.text_area

    @staticmethod
    def answered(checkin: CheckIn, step: str) -> bool:
        """Whether the person gave anything on this step (so the button says Next, not Skip)."""
        if step == "numbness":
            return any(
                v is not None for v in (checkin.numbness, checkin.energy, checkin.pleasantness)
            )
        if step == "body":
            return bool(checkin.body) or checkin.body_nothing
        if step == "feelings":
            return bool(checkin.feelings) or checkin.could_not_name
        return bool(checkin.text.strip())
