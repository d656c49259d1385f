"""Finding words for feelings: type to narrow, browse by family or by energy, pick several."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Input, OptionList

from journal.checkin import INTENSITY_DEFAULT, INTENSITY_MAX, INTENSITY_MIN
from journal.content.vocabulary import Vocabulary
from journal.models import Feeling
from journal.ui.text import literal
from journal.ui.widgets.feeling_detail import WordDetail, chosen_prompt, describe_option
from journal.ui.widgets.word_list import OWN_WORD, WordList


class FilterInput(Input):
    """The search box; ↑ and ↓ move through the words below without leaving it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "move(1)", "Next word, while typing", show=False),
        Binding("up", "move(-1)", "Previous word, while typing", show=False),
    ]
    """Arrows steer the word list while typing, as in a command palette."""

    def action_move(self, delta: int) -> None:
        """Move the highlight in the word list."""
        words = self.screen.query_one(WordList)
        words.action_cursor_down() if delta > 0 else words.action_cursor_up()

    def type_on(self, text: str) -> None:
        """Take `text`, typed elsewhere on the step, as if typed at the end of the search:
        the cursor waits after it, with nothing selected (on other visits the whole search
        is selected, so that typing replaces it)."""
        self.value += text
        self.cursor_position = len(self.value)
        self.select_on_focus = False
        self.focus()

    def on_blur(self) -> None:
        """Left again: the next visit selects the whole search, as usual."""
        self.select_on_focus = True


class ChosenList(OptionList):
    """The words chosen so far; ←/→, -/+ or 1-5 set how strong, Delete takes one away."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,minus", "adjust(-1)", "A chosen word: fainter", show=False),
        Binding("right,plus,equals_sign", "adjust(1)", "A chosen word: stronger", show=False),
        Binding("delete,backspace", "remove", "Take a chosen word away", show=False),
    ]
    """Intensity by arrows or -/+; digits 1-5 are read in on_key."""

    HELP_KEYS = [
        ("1 to 5", "A chosen word: how strong (1 faint, 5 very strong)"),
        ("Enter", "A chosen word: one step stronger; after very strong, back to faint"),
    ]
    """Keys handled outside BINDINGS (digits in on_key, Enter as a selection), for help."""

    @dataclass
    class Adjust(Message):
        """Change the chosen word at `index`: by `delta`, to `level`, or remove it."""

        index: int
        delta: int = 0
        level: int | None = None
        remove: bool = False

    def _send(self, **change: int | bool | None) -> None:
        index = self.highlighted
        option = self.highlighted_option
        if index is not None and option is not None and not option.disabled:
            self.post_message(self.Adjust(index, **change))  # type: ignore[arg-type]

    def action_adjust(self, delta: int) -> None:
        """A little fainter or stronger."""
        self._send(delta=delta)

    def action_remove(self) -> None:
        """Take the highlighted word away."""
        self._send(remove=True)

    def on_key(self, event: object) -> None:
        """Digits 1 to 5 set the intensity directly."""
        character = getattr(event, "character", None)
        if character and character.isdigit() and INTENSITY_MIN <= int(character) <= INTENSITY_MAX:
            event.stop()  # type: ignore[attr-defined]
            self._send(level=int(character))


class FeelingPicker(Vertical):
    """The whole feelings step: search, word list, detail, chosen words, "I can't name it yet"."""

    DEFAULT_CSS = """
    FeelingPicker {
        layout: grid;
        grid-size: 2 4;
        grid-columns: 30 1fr;
        grid-rows: 3 1fr 5 1;
        height: 1fr;
    }
    FeelingPicker WordList {
        row-span: 2;
        height: 1fr;
        padding: 0 0 0 1;
        scrollbar-size-vertical: 1;
    }
    FeelingPicker #feeling-detail {
        row-span: 2;
        height: 1fr;
        padding: 0 1;
        scrollbar-size-vertical: 1;
    }
    FeelingPicker ChosenList { row-span: 2; height: 1fr; }
    FeelingPicker #cannot-name { width: 1fr; margin: 0 1; }
    """
    """Left: search and words. Right: the highlighted word explained. Below: what was chosen.

    Tab goes through them in that order: search, the word's explanation, words, chosen.

    The word list gives up a column of padding and of scrollbar so that the longest
    words ("tired of feeling nothing") fit on one line.
    """

    HELP_KEYS = [
        ("Tab, then ↑ ↓", "Read all about the highlighted word, in the pane beside the words"),
        ("Any letter", "Wherever the keyboard is on this step, it goes on into the search"),
    ]
    """The explanation's keys are Textual's own scrolling keys, and letters are read in
    on_key, so they are listed here."""

    def on_key(self, event: events.Key) -> None:
        """A letter typed on the words, their explanation or the chosen words goes on into
        the search box: on this step, typing means looking for a word."""
        if event.character and event.character.isalpha():
            event.stop()
            self.query_one(FilterInput).type_on(event.character)

    @dataclass
    class Changed(Message):
        """The chosen words, their intensity or "can't name it yet" changed."""

        picker: FeelingPicker

        @property
        def control(self) -> FeelingPicker:
            """The picker that changed."""
            return self.picker

    @dataclass
    class CannotName(Message):
        """The person chose "I can't name it yet"; the screen moves on to body and senses."""

        picker: FeelingPicker

    def __init__(self, vocabulary: Vocabulary, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.vocabulary = vocabulary
        self._chosen: list[Feeling] = []
        self._could_not_name = False

    def compose(self) -> ComposeResult:
        """Search and words on the left, the detail and chosen words on the right."""
        yield FilterInput(placeholder="Type to find a word", id="feeling-filter")
        yield WordDetail(id="feeling-detail")
        yield WordList(self.vocabulary)
        yield ChosenList(id="chosen")
        yield Button("I can't name it yet", id="cannot-name", compact=True)

    def on_mount(self) -> None:
        """Titles that say how each part is used."""
        chosen = self.query_one(ChosenList)
        chosen.border_title = "You chose"
        chosen.border_subtitle = "←→ or click: how strong · Del remove"
        self._refresh_chosen()

    @property
    def feelings(self) -> tuple[Feeling, ...]:
        """The chosen words, in the order chosen, each with its intensity 1-5."""
        return tuple(self._chosen)

    @property
    def could_not_name(self) -> bool:
        """True when the person chose "I can't name it yet"."""
        return self._could_not_name

    def set_value(self, feelings: tuple[Feeling, ...], could_not_name: bool) -> None:
        """Show a restored or edited check-in's feelings."""
        self._chosen = list(feelings)
        self._could_not_name = could_not_name
        self.query_one(FilterInput).value = ""
        words = self._words()
        words.narrow("")
        words.rewind()
        option = words.highlighted_option
        self._show_detail(describe_option(option.id if option else None, "", self.vocabulary))
        self._refresh_chosen()

    @property
    def first_control(self) -> FilterInput:
        """The search box, where the keyboard starts."""
        return self.query_one(FilterInput)

    def action_regroup(self) -> None:
        """Browse by family, or by energy and pleasantness (the mood meter)."""
        self.query_one(WordList).regroup()

    def _words(self) -> WordList:
        return self.query_one(WordList)

    def _pick(self, option_id: str | None, typed: str) -> None:
        """Add a word (from the list, or one's own) at middle strength; again takes it away."""
        if option_id == OWN_WORD:
            word = " ".join(typed.split())
            known = self.vocabulary.find(word)
            feeling = (
                Feeling(known.word, known.family, INTENSITY_DEFAULT)
                if known
                else Feeling(word, "", INTENSITY_DEFAULT, custom=True)
            )
        elif option_id and (known := self.vocabulary.find(option_id)):
            feeling = Feeling(known.word, known.family, INTENSITY_DEFAULT)
        else:
            return
        if not feeling.word:
            return
        folded = feeling.word.casefold()
        before = len(self._chosen)
        self._chosen = [f for f in self._chosen if f.word.casefold() != folded]
        if len(self._chosen) == before:
            self._chosen.append(feeling)
            self._could_not_name = False
        self.query_one(FilterInput).value = ""
        self._words().narrow("")
        self._words().show_word(feeling.word)
        self._changed()
        chosen = self.query_one(ChosenList)
        chosen.highlighted = next(
            (i for i, f in enumerate(self._chosen) if f.word.casefold() == folded),
            chosen.highlighted,
        )

    def _changed(self) -> None:
        self._refresh_chosen()
        self.post_message(self.Changed(self))

    def _refresh_chosen(self) -> None:
        chosen = self.query_one(ChosenList)
        highlighted = chosen.highlighted
        if self._chosen:
            chosen.set_options(chosen_prompt(f, self.vocabulary) for f in self._chosen)
            chosen.highlighted = min(highlighted or 0, len(self._chosen) - 1)
        else:
            empty = (
                "Not named yet, and that is all right."
                if self._could_not_name
                else "Nothing yet. Enter adds the highlighted word."
            )
            chosen.set_options([Content.styled(empty, "italic")])
            chosen.disable_option_at_index(0)
        self._words().mark_chosen({f.word.casefold() for f in self._chosen})

    def _show_detail(self, content: Content) -> None:
        self.query_one(WordDetail).show(content)

    @on(Input.Changed, "#feeling-filter")
    def _filter(self, event: Input.Changed) -> None:
        event.stop()
        self._words().narrow(event.value)

    @on(Input.Submitted, "#feeling-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter in the search box adds the highlighted word (or the typed word as your own)."""
        event.stop()
        option = self._words().highlighted_option
        if option is not None:
            self._pick(option.id, event.value)

    @on(OptionList.OptionSelected, "WordList")
    def _word_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._pick(event.option.id, self.query_one(FilterInput).value)

    @on(OptionList.OptionHighlighted, "WordList")
    def _word_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        typed = self.query_one(FilterInput).value
        self._show_detail(describe_option(event.option.id, typed, self.vocabulary))

    @on(OptionList.OptionHighlighted, "ChosenList")
    def _chosen_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        index = event.option_index
        if 0 <= index < len(self._chosen) and self._chosen:
            feeling = self._chosen[index]
            known = self.vocabulary.find(feeling.word)
            self._show_detail(
                describe_option(feeling.word, "", self.vocabulary)
                if known
                else literal(f"{feeling.word}\n\nA word of your own.")
            )

    @on(OptionList.OptionSelected, "ChosenList")
    def _chosen_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or a click on a chosen word makes it a step stronger, round to faint again."""
        event.stop()
        if 0 <= event.option_index < len(self._chosen):
            level = self._chosen[event.option_index].intensity % INTENSITY_MAX + 1
            self.post_message(ChosenList.Adjust(event.option_index, level=level))

    @on(ChosenList.Adjust)
    def _adjust(self, event: ChosenList.Adjust) -> None:
        event.stop()
        if not 0 <= event.index < len(self._chosen):
            return
        if event.remove:
            del self._chosen[event.index]
        else:
            feeling = self._chosen[event.index]
            level = event.level if event.level is not None else feeling.intensity + event.delta
            level = max(INTENSITY_MIN, min(INTENSITY_MAX, level))
            self._chosen[event.index] = Feeling(feeling.word, feeling.family, level, feeling.custom)
        self._changed()

    @on(Button.Pressed, "#cannot-name")
    def _cannot_name(self, event: Button.Pressed) -> None:
        event.stop()
        self._could_not_name = True
        self._changed()
        self.post_message(self.CannotName(self))
