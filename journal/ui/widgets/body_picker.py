"""Where something is noticed in the body, and what it feels like there; "nothing" is an answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Checkbox, OptionList, Static
from textual.widgets.option_list import Option

from journal.content.body import Body
from journal.models import BodyNote

MARK_ON = "✓ "
MARK_OFF = "  "


class RegionList(OptionList):
    """Body regions; Enter notes one and moves to its sensations, Delete un-notes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle", "Mark the highlighted place, or unmark it", show=False),
        Binding("delete,backspace", "forget", "Un-note the highlighted place", show=False),
        Binding("right", "app.focus_next", "Go on to how it feels there", show=False),
    ]
    """Space toggles a place, Delete clears it, → goes to its sensations."""

    HELP_KEYS = [("Enter", "Note a place, then choose how it feels there")]
    """Enter is the option list's own key, listed on the help screen."""

    @dataclass
    class Toggle(Message):
        """The person asked to note (True), un-note (False) or flip (None) a region."""

        region: str
        noted: bool | None

    def _highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option else None

    def action_toggle(self) -> None:
        """Note the highlighted place, or un-note it."""
        if region := self._highlighted_id():
            self.post_message(self.Toggle(region, None))

    def action_forget(self) -> None:
        """Un-note the highlighted place and its sensations."""
        if region := self._highlighted_id():
            self.post_message(self.Toggle(region, False))


class SensationList(OptionList):
    """Sensation words for the chosen place; Enter or Space ticks or unticks one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space", "select", "Tick or untick a sensation", show=False),
        Binding("left", "app.focus_previous", "Back to the places", show=False),
    ]
    """Enter or Space ticks (Enter listed here so help shows it); ← goes back to the places."""


class TickBox(Checkbox):
    """A checkbox that shows a ✓ when ticked, so the state is not told by colour alone."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "✓" if self.value else " "
        return super()._button


class BodyPicker(Vertical):
    """Two lists (places, then sensations for the highlighted place) and "Nothing right now"."""

    DEFAULT_CSS = """
    BodyPicker {
        height: 1fr;
    }
    BodyPicker #body-lists {
        height: 1fr;
    }
    BodyPicker RegionList {
        width: 1fr;
        height: 1fr;
    }
    BodyPicker SensationList {
        width: 1fr;
        height: 1fr;
    }
    BodyPicker #sensation-hint {
        height: 1;
        color: $text-muted;
        padding: 0 1;
    }
    BodyPicker Checkbox {
        margin-top: 1;
    }
    """
    """Places and sensations side by side, a line describing the highlighted sensation below."""

    @dataclass
    class Changed(Message):
        """What is noted changed."""

        picker: BodyPicker

        @property
        def control(self) -> BodyPicker:
            """The picker that changed."""
            return self.picker

    def __init__(self, body: Body, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.body = body
        self._notes: dict[str, list[str]] = {}
        self._set_aside: dict[str, list[str]] = {}
        self._nothing = False

    def compose(self) -> ComposeResult:
        """Places on the left, sensations on the right, a hint line and the "nothing" box."""
        with Horizontal(id="body-lists"):
            yield RegionList(*(Option(self._region_prompt(r.id), r.id) for r in self.body.regions))
            yield SensationList()
        yield Static("", id="sensation-hint")
        yield TickBox("Nothing right now", id="nothing", compact=True)

    def on_mount(self) -> None:
        """Titles that say what each list is for and how, and the first place's sensations."""
        regions = self.query_one(RegionList)
        regions.border_title = "Places"
        regions.border_subtitle = "Enter picks"
        self.query_one(SensationList).border_subtitle = "Enter ticks · ← places"
        regions.highlighted = 0
        self._show_sensations()

    @property
    def notes(self) -> tuple[BodyNote, ...]:
        """What is noted, one note per sensation (a place with no sensation gets one blank)."""
        result: list[BodyNote] = []
        for region, sensations in self._notes.items():
            result += [BodyNote(region, s) for s in sensations] or [BodyNote(region, "")]
        return tuple(result)

    @property
    def nothing(self) -> bool:
        """True when the person said they notice nothing right now."""
        return self._nothing

    def set_value(self, notes: tuple[BodyNote, ...], nothing: bool) -> None:
        """Show a restored or edited check-in's body notes."""
        self._notes = {}
        self._set_aside = {}
        for note in notes:
            sensations = self._notes.setdefault(note.region, [])
            if note.sensation and note.sensation not in sensations:
                sensations.append(note.sensation)
        self._nothing = nothing and not self._notes
        with self.prevent(Checkbox.Changed):
            self.query_one(Checkbox).value = self._nothing
        self._refresh_all()

    @property
    def first_control(self) -> RegionList:
        """The list of places, where the keyboard starts."""
        return self.query_one(RegionList)

    def _region_prompt(self, region_id: str) -> Content:
        region = self.body.region(region_id)
        label = region.label if region else region_id
        if region_id not in self._notes:
            return Content(MARK_OFF + label)
        sensations = ", ".join(self._notes[region_id])
        return Content.assemble(MARK_ON, (label, "bold"), f" · {sensations}" if sensations else "")

    def _current_region(self) -> str | None:
        option = self.query_one(RegionList).highlighted_option
        return option.id if option else None

    def _show_sensations(self) -> None:
        """Fill the sensation list for the highlighted place, ticks and all."""
        region_id = self._current_region()
        chosen = self._notes.get(region_id or "", [])
        sensations = self.query_one(SensationList)
        highlighted = sensations.highlighted
        sensations.set_options(
            Option(Content((MARK_ON if s.word in chosen else MARK_OFF) + s.word), s.word)
            for s in self.body.sensations
        )
        sensations.highlighted = highlighted if highlighted is not None else 0
        region = self.body.region(region_id or "")
        sensations.border_title = f"In your {region.label.lower()}" if region else "Sensations"

    def _refresh_all(self) -> None:
        regions = self.query_one(RegionList)
        for region in self.body.regions:
            regions.replace_option_prompt(region.id, self._region_prompt(region.id))
        self._show_sensations()

    def _changed(self) -> None:
        if self._notes and self._nothing:
            self._nothing = False
            self._set_aside = {}
            with self.prevent(Checkbox.Changed):
                self.query_one(Checkbox).value = False
        self._refresh_all()
        self.post_message(self.Changed(self))

    @on(OptionList.OptionHighlighted, "RegionList")
    def _region_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._show_sensations()

    @on(OptionList.OptionSelected, "RegionList")
    def _region_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter (or a click) notes a place and moves on to how it feels."""
        event.stop()
        region = event.option.id or ""
        if region not in self._notes:
            self._notes[region] = []
            self._changed()
        self.query_one(SensationList).focus()

    @on(RegionList.Toggle)
    def _region_toggled(self, event: RegionList.Toggle) -> None:
        event.stop()
        noted = event.region not in self._notes if event.noted is None else event.noted
        if noted:
            self._notes.setdefault(event.region, [])
        else:
            self._notes.pop(event.region, None)
        self._changed()

    @on(OptionList.OptionSelected, "SensationList")
    def _sensation_selected(self, event: OptionList.OptionSelected) -> None:
        """Tick or untick a sensation in the highlighted place (noting the place too)."""
        event.stop()
        region = self._current_region()
        word = event.option.id or ""
        if region is None:
            return
        sensations = self._notes.setdefault(region, [])
        if word in sensations:
            sensations.remove(word)
        else:
            sensations.append(word)
        self._changed()

    @on(OptionList.OptionHighlighted, "SensationList")
    def _sensation_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Describe the highlighted sensation, for when the word alone is hard to match."""
        event.stop()
        sensation = self.body.sensation(event.option.id or "")
        hint = f"{sensation.word}: {sensation.description}" if sensation else ""
        self.query_one("#sensation-hint", Static).update(Content(hint))

    @on(Checkbox.Changed, "#nothing")
    def _nothing_changed(self, event: Checkbox.Changed) -> None:
        """Ticking "Nothing right now" sets the places aside; unticking brings them back."""
        event.stop()
        self._nothing = event.value
        if self._nothing:
            self._set_aside, self._notes = self._notes, {}
        elif not self._notes:
            self._notes, self._set_aside = self._set_aside, {}
        self._refresh_all()
        self.post_message(self.Changed(self))
