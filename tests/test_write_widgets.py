"""The check-in's widgets on their own: the scale, the body picker and the feeling picker."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static

from journal.content.body import Body, Region, Sensation
from journal.content.vocabulary import EmotionWord, Family, Nearby, Vocabulary
from journal.models import BodyNote, Feeling
from journal.ui.widgets.body_picker import BodyPicker, RegionList, SensationList
from journal.ui.widgets.feeling_picker import ChosenList, FeelingPicker
from journal.ui.widgets.scale import Scale
from journal.ui.widgets.word_list import OWN_WORD, WordList

BODY = Body(
    regions=(Region("head", "Head"), Region("chest", "Chest"), Region("throat", "Throat")),
    sensations=(Sensation("tight", "drawn in"), Sensation("heavy", "weighed down")),
)
VOCABULARY = Vocabulary(
    families=(
        Family("mad", "Mad", "#c4635c", "pushing back"),
        Family("sad", "Sad", "#5f86b8", "loss"),
    ),
    words=(
        EmotionWord(
            "frustrated",
            "mad",
            "high-unpleasant",
            "something keeps getting in the way",
            (Nearby("irritated", "frustrated: blocked; irritated: grated on"),),
        ),
        EmotionWord("irritated", "mad", "high-unpleasant", "small things grate", ()),
        EmotionWord("sad", "sad", "low-unpleasant", "a heavy, tender feeling", ()),
        EmotionWord("wistful", "sad", "low-pleasant", "a gentle longing", ()),
    ),
)


class Host(App[None]):
    """A bare app holding one widget, recording the messages it sends."""

    AUTO_FOCUS = None

    def __init__(self, widget: Widget) -> None:
        super().__init__()
        self.widget = widget
        self.messages: list[object] = []

    def compose(self) -> ComposeResult:
        yield self.widget
        yield Static("below")

    def on_scale_changed(self, event: Scale.Changed) -> None:
        self.messages.append(event.value)

    def on_feeling_picker_cannot_name(self, event: FeelingPicker.CannotName) -> None:
        self.messages.append("cannot name")


@asynccontextmanager
async def focused(picker: BodyPicker | FeelingPicker) -> AsyncIterator[Pilot]:
    """Host `picker` with the keyboard in its first control, where a person starts."""
    async with Host(picker).run_test() as pilot:
        picker.first_control.focus()
        yield pilot


class Tick:
    """A monotonic clock that tests move by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def test_scale_arrows_home_end_and_clear() -> None:
    scale = Scale("low", "high")
    app = Host(scale)
    async with app.run_test() as pilot:
        scale.focus()
        await pilot.press("right")
        assert scale.value == 0
        await pilot.press("right", "right", "left")
        assert scale.value == 1
        await pilot.press("end")
        assert scale.value == 10
        await pilot.press("right")
        assert scale.value == 10
        await pilot.press("home")
        assert scale.value == 0
        await pilot.press("delete")
        assert scale.value is None
        await pilot.press("5", "backspace")
        assert scale.value is None
        await pilot.pause()
    assert app.messages[-2:] == [5, None]


async def test_scale_digits_and_ten() -> None:
    tick = Tick()
    scale = Scale("low", "high", clock=tick)
    async with Host(scale).run_test() as pilot:
        scale.focus()
        await pilot.press("7")
        assert scale.value == 7
        tick.now += 5
        await pilot.press("1", "0")
        assert scale.value == 10
        tick.now += 5
        await pilot.press("1")
        tick.now += 5
        await pilot.press("0")
        assert scale.value == 0


async def test_scale_digits_only_while_focused() -> None:
    scale = Scale("low", "high")
    async with Host(scale).run_test() as pilot:
        await pilot.press("7")
        assert scale.value is None


async def test_scale_click_chooses_a_value() -> None:
    scale = Scale("low", "high")
    async with Host(scale).run_test() as pilot:
        # one column of padding, then four columns per value
        assert await pilot.click(Scale, offset=(1 + 4 * 6 + 1, 0))
        assert scale.value == 6
        assert scale.has_focus


async def test_a_scale_too_wide_for_the_terminal_shows_every_value_on_two_rows() -> None:
    scale = Scale("fully feeling", "completely numb")
    async with Host(scale).run_test(size=(36, 10)) as pilot:
        rows = scale.render().plain.splitlines()
        assert rows[0].split() == [str(n) for n in range(6)]
        assert rows[1].split() == [str(n) for n in range(6, 11)]
        assert scale.region.right <= 36 and scale.region.height == 3
        assert await pilot.click(Scale, offset=(1 + 4 * 2 + 1, 1))  # second row, third value
        assert scale.value == 8


async def test_scale_shows_the_value_in_brackets() -> None:
    scale = Scale("fully feeling", "completely numb", value=4)
    async with Host(scale).run_test():
        text = scale.render().plain
        assert "[4]" in text and "fully feeling" in text and "completely numb" in text


async def test_body_picker_notes_places_and_sensations() -> None:
    picker = BodyPicker(BODY)
    async with focused(picker) as pilot:
        await pilot.press("down", "enter")
        assert isinstance(app_focus(pilot), SensationList)
        await pilot.press("space", "down", "enter", "enter")
        assert picker.notes == (BodyNote("chest", "tight"),)
        await pilot.press("left", "down", "space")
        assert picker.notes == (BodyNote("chest", "tight"), BodyNote("throat", ""))
        await pilot.press("delete")
        assert picker.notes == (BodyNote("chest", "tight"),)


async def test_nothing_right_now_sets_places_aside_and_unticking_brings_them_back() -> None:
    picker = BodyPicker(BODY)
    async with focused(picker) as pilot:
        await pilot.press("space")
        assert picker.notes == (BodyNote("head", ""),)
        await pilot.click("#nothing")
        assert picker.nothing and picker.notes == ()
        await pilot.click("#nothing")
        assert not picker.nothing and picker.notes == (BodyNote("head", ""),)
        await pilot.click("#nothing")
        picker.first_control.focus()
        await pilot.press("down", "space")
        assert not picker.nothing and picker.notes == (BodyNote("chest", ""),)


async def test_body_picker_restores_a_value() -> None:
    picker = BodyPicker(BODY)
    async with Host(picker).run_test():
        picker.set_value((BodyNote("throat", "heavy"), BodyNote("throat", "tight")), False)
        assert picker.notes == (BodyNote("throat", "heavy"), BodyNote("throat", "tight"))
        regions = picker.query_one(RegionList)
        prompt = regions.get_option("throat").prompt
        assert "✓" in str(prompt) and "heavy, tight" in str(prompt)


def app_focus(pilot: object) -> Widget | None:
    return pilot.app.focused  # type: ignore[attr-defined]


async def test_typing_narrows_and_enter_adds_the_first_match() -> None:
    picker = FeelingPicker(VOCABULARY)
    async with focused(picker) as pilot:
        await pilot.press(*"irr")
        words = picker.query_one(WordList)
        assert [o.id for o in words.options] == ["irritated", OWN_WORD]
        await pilot.press("enter")
        assert picker.feelings == (Feeling("irritated", "mad", 3),)
        assert picker.query_one("#feeling-filter").value == ""


async def test_arrows_in_the_search_box_move_through_the_words() -> None:
    picker = FeelingPicker(VOCABULARY)
    async with focused(picker) as pilot:
        await pilot.press("down", "down", "enter")
        assert picker.feelings == (Feeling("sad", "sad", 3),)


async def test_own_word_is_kept_literally() -> None:
    picker = FeelingPicker(VOCABULARY)
    async with focused(picker) as pilot:
        await pilot.press(*"[b]x[/]", "enter")
        await pilot.press(*"[@click=app.quit]y", "enter")
        await pilot.pause()
        assert picker.feelings == (
            Feeling("[b]x[/]", "", 3, custom=True),
            Feeling("[@click=app.quit]y", "", 3, custom=True),
        )
        chosen = picker.query_one(ChosenList)
        assert "[b]x[/]" in str(chosen.get_option_at_index(0).prompt)


async def test_an_own_word_that_is_in_the_list_uses_the_list_word() -> None:
    picker = FeelingPicker(VOCABULARY)
    async with focused(picker) as pilot:
        await pilot.press(*"SAD")
        words = picker.query_one(WordList)
        assert OWN_WORD not in [o.id for o in words.options]
        await pilot.press("enter")
        assert picker.feelings == (Feeling("sad", "sad", 3),)


async def test_intensity_by_arrows_signs_and_digits_and_removal() -> None:
    picker = FeelingPicker(VOCABULARY)
    async with Host(picker).run_test() as pilot:
        picker.set_value((Feeling("sad", "sad", 3), Feeling("odd", "", 2, custom=True)), False)
        picker.query_one(ChosenList).focus()
        await pilot.press("right", "right", "right")
        assert picker.feelings[0].intensity == 5
        await pilot.press("minus", "left")
        assert picker.feelings[0].intensity == 3
        await pilot.press("down", "1")
        assert picker.feelings[1] == Feeling("odd", "", 1, custom=True)
        await pilot.press("plus", "9")
        assert picker.feelings[1].intensity == 2
        await pilot.press("delete")
        assert picker.feelings == (Feeling("sad", "sad", 3),)


async def test_picking_a_chosen_word_again_takes_it_away() -> None:
    picker = FeelingPicker(VOCABULARY)
    async with focused(picker) as pilot:
        await pilot.press(*"sad", "enter")
        await pilot.press(*"sad", "enter")
        assert picker.feelings == ()


async def test_typing_a_whole_word_picks_that_word_not_a_longer_one() -> None:
    from journal.content.vocabulary import load_vocabulary

    picker = FeelingPicker(load_vocabulary())  # it has both "tired of feeling nothing" and "tired"
    async with focused(picker) as pilot:
        await pilot.press(*"tired of", "enter")
        await pilot.press(*"tired", "enter")
        assert [f.word for f in picker.feelings] == ["tired of feeling nothing", "tired"]


async def test_enter_or_a_click_on_a_chosen_word_makes_it_stronger_in_a_circle() -> None:
    picker = FeelingPicker(VOCABULARY)
    async with Host(picker).run_test(size=(100, 30)) as pilot:
        picker.set_value((Feeling("sad", "sad", 4),), False)
        picker.query_one(ChosenList).focus()
        await pilot.press("enter")
        assert picker.feelings[0].intensity == 5
        await pilot.press("enter")
        assert picker.feelings[0].intensity == 1
        await pilot.pause()
        assert await pilot.click(ChosenList, offset=(4, 1))
        await pilot.pause()
        assert picker.feelings[0].intensity == 2


async def test_browse_by_family_or_by_quadrant_and_jump_between_groups() -> None:
    picker = FeelingPicker(VOCABULARY)
    async with Host(picker).run_test() as pilot:
        words = picker.query_one(WordList)
        ids = [o.id for o in words.options]
        assert ids == ["group:mad", "frustrated", "irritated", "group:sad", "sad", "wistful"]
        words.focus()
        await pilot.press("right")
        assert words.highlighted_option.id == "sad"
        await pilot.press("left")
        assert words.highlighted_option.id == "frustrated"
        picker.action_regroup()
        headings = [o.id for o in words.options if (o.id or "").startswith("group:")]
        assert headings == [
            "group:high-unpleasant",
            "group:low-unpleasant",
            "group:high-pleasant",
            "group:low-pleasant",
        ]


async def test_detail_shows_definition_and_nearby_difference() -> None:
    picker = FeelingPicker(VOCABULARY)
    async with focused(picker) as pilot:
        await pilot.press(*"frus")
        await pilot.pause()
        detail = str(picker.query_one("#feeling-detail-text", Static).content)
        assert "something keeps getting in the way" in detail
        assert "irritated" in detail and "grated on" in detail
        assert "Mad" in detail and "high energy, unpleasant" in detail


async def test_cannot_name_it_yet() -> None:
    picker = FeelingPicker(VOCABULARY)
    app = Host(picker)
    async with app.run_test() as pilot:
        await pilot.click("#cannot-name")
        await pilot.pause()
        assert picker.could_not_name
        assert "cannot name" in app.messages
        picker.first_control.focus()
        await pilot.press(*"sad", "enter")
        assert not picker.could_not_name
