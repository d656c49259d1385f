"""The list of feeling words: grouped by family or by mood-meter quadrant, or narrowed by typing."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from journal.content.vocabulary import QUADRANTS, EmotionWord, Vocabulary
from journal.ui.text import literal

OWN_WORD = "own-word"
"""Option id of "Use my own word" (vocabulary words use the word itself as the id)."""

GROUP_PREFIX = "group:"

QUADRANT_LABELS: dict[str, str] = {
    "high-unpleasant": "High energy, unpleasant",
    "low-unpleasant": "Low energy, unpleasant",
    "high-pleasant": "High energy, pleasant",
    "low-pleasant": "Low energy, pleasant",
}
"""The mood-meter quadrants in plain words, with no judgement of either side."""

GROUPINGS: dict[str, str] = {"family": "By family", "quadrant": "By energy and mood"}
"""How the list can be browsed when nothing is typed."""


class WordList(OptionList):
    """Every word, under headings; typing narrows it and offers "Use my own word"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right", "group(1)", "Jump to the next group of words", show=False),
        Binding("left", "group(-1)", "Jump to the previous group of words", show=False),
    ]
    """← and → jump between groups while browsing."""

    HELP_KEYS = [("Enter", "Add the highlighted word; on a ticked word, take it away")]
    """Enter is the option list's own key, listed on the help screen."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        super().__init__()
        self.vocabulary = vocabulary
        self.grouping = "family"
        self.query_text = ""
        self._chosen: set[str] = set()

    def on_mount(self) -> None:
        """Fill the list."""
        self._rebuild()

    def regroup(self) -> None:
        """Switch between browsing by family and by energy and mood."""
        self.grouping = "quadrant" if self.grouping == "family" else "family"
        self._rebuild()

    def narrow(self, text: str) -> None:
        """Show only the words matching what is typed, or every word when nothing is."""
        if text != self.query_text:
            self.query_text = text
            self._rebuild()

    def mark_chosen(self, words: set[str]) -> None:
        """Tick the words already chosen (folded to lower case)."""
        if words == self._chosen:
            return
        self._chosen = words
        for option in self.options:
            if option.id and (word := self.vocabulary.find(option.id)):
                self.replace_option_prompt(option.id, self._word_prompt(word))

    def show_word(self, word: str) -> None:
        """Highlight `word` if it is in the list."""
        known = self.vocabulary.find(word)
        if known is not None:
            try:
                self.highlighted = self.get_option_index(known.word)
            except OptionDoesNotExist:
                return
            self.call_after_refresh(self.scroll_to_highlight)

    def action_group(self, direction: int) -> None:
        """Jump to the first word of the next or previous group."""
        starts = [i for i, o in enumerate(self.options) if (o.id or "").startswith(GROUP_PREFIX)]
        if not starts:
            return
        current = self.highlighted or 0
        if direction > 0:
            later = [s for s in starts if s > current]
            target = later[0] if later else starts[-1]
        else:
            earlier = [s for s in starts if s < current - 1]
            target = earlier[-1] if earlier else starts[0]
        self.highlighted = min(target + 1, self.option_count - 1)
        self.scroll_to_highlight(top=True)
        self.scroll_relative(y=-1, animate=False, immediate=True)

    def _word_prompt(self, word: EmotionWord) -> Content:
        mark = "✓ " if word.word.casefold() in self._chosen else "  "
        return Content(mark + word.word)

    def _rebuild(self) -> None:
        typed = " ".join(self.query_text.split())
        options: list[Option] = []
        if typed:
            self.border_title = "Matching words"
            words = self._matches(typed)
            options += [Option(self._word_prompt(w), w.word) for w in words]
            if self.vocabulary.find(typed) is None:
                own = Content.assemble("+ Use my own word: ", literal(typed))
                options.append(Option(own, OWN_WORD))
        else:
            self.border_title = GROUPINGS[self.grouping]
            for group_id, heading, words in self._groups():
                options.append(Option(heading, GROUP_PREFIX + group_id, disabled=True))
                options += [Option(self._word_prompt(w), w.word) for w in words]
        self.border_subtitle = "^G regroup" if not typed else ""
        self.set_options(options)
        self.rewind()

    def rewind(self) -> None:
        """Highlight the first word and scroll to the top, as for a new check-in."""
        self.highlighted = next((i for i, o in enumerate(self.options) if not o.disabled), None)
        self.scroll_home(animate=False)

    def _matches(self, typed: str) -> list[EmotionWord]:
        """Words that start with or contain the text, then by meaning, then by family name."""
        found = list(self.vocabulary.narrow(typed))
        folded = typed.casefold()
        for family in self.vocabulary.families:
            if family.label.casefold().startswith(folded) or family.id.startswith(folded):
                found += [w for w in self.vocabulary.by_family(family.id) if w not in found]
        return found

    def _groups(self) -> list[tuple[str, Content, tuple[EmotionWord, ...]]]:
        if self.grouping == "quadrant":
            return [
                (q, Content.styled(QUADRANT_LABELS[q], "bold"), self.vocabulary.by_quadrant(q))
                for q in QUADRANTS
            ]
        return [
            (
                f.id,
                Content.assemble(("■ ", f.colour), (f.label, "bold")),
                self.vocabulary.by_family(f.id),
            )
            for f in self.vocabulary.families
        ]
