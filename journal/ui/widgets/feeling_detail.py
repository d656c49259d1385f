"""What the feeling picker shows about a word: its meaning, its family and its near neighbours."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from journal.content.vocabulary import EmotionWord, Vocabulary
from journal.models import Feeling
from journal.ui.text import literal
from journal.ui.widgets.word_list import GROUP_PREFIX, OWN_WORD, QUADRANT_LABELS

INTENSITY_WORDS = {1: "faint", 2: "mild", 3: "medium", 4: "strong", 5: "very strong"}
"""How strong a feeling is, in words as well as dots."""

BROWSE_HINT = (
    "Type to find a word, or browse with ↑ ↓ (← → jump between groups).\n"
    "Enter or a click adds a word; doing it again takes it away.\n"
    "Choose as many as fit, even faint ones."
)

READING = "↑ ↓ PgUp PgDn to read on"
REACH = {1: "Tab, then ↓ to read on", -1: "Shift+Tab, then ↓ to read on"}
REACH_FAR = "Tab to this pane, then ↓ to read on"
"""The pane's hints while its text does not fit: how to read it, and how to reach it from
the search box just before it, from the words just after it, or from further away."""


class WordDetail(VerticalScroll):
    """The pane explaining the highlighted word; Tab reaches it, and its keys scroll it.

    Its text can be longer than a small terminal has room for, so it takes the keyboard
    like the lists beside it (↑ ↓, PgUp PgDn, Home End), and says so on its frame.
    """

    def compose(self) -> ComposeResult:
        """One text, replaced for each word."""
        yield Static(id="feeling-detail-text")

    def on_mount(self) -> None:
        """Follow the keyboard around the screen, to say how to get here from where it is."""
        self.watch(self.screen, "focused", self._hint, init=False)

    def show(self, content: Content) -> None:
        """Explain another word, from its first line."""
        self.query_one("#feeling-detail-text", Static).update(content)
        self.scroll_home(animate=False, immediate=True)

    def watch_show_vertical_scrollbar(self) -> None:
        """The text has just started or stopped fitting."""
        self._hint(self.screen.focused)

    def _hint(self, focused: Widget | None) -> None:
        if not self.show_vertical_scrollbar:
            self.border_subtitle = ""
        elif focused is self:
            self.border_subtitle = READING
        else:
            chain = self.screen.focus_chain  # without this pane while another step shows
            near = self in chain and focused in chain
            steps = chain.index(self) - chain.index(focused) if near else 0
            self.border_subtitle = REACH.get(steps, REACH_FAR)


def describe_option(option_id: str | None, typed: str, vocabulary: Vocabulary) -> Content:
    """The detail text for a highlighted option: a word, the person's own word, or a hint."""
    if option_id == OWN_WORD:
        return Content.assemble(
            ("Your own word: ", "bold"),
            literal(" ".join(typed.split())),
            "\n\nA word of your own is just as good as any in the list. Enter adds it.",
        )
    if option_id and not option_id.startswith(GROUP_PREFIX):
        word = vocabulary.find(option_id)
        if word is not None:
            return describe_word(word, vocabulary)
    return Content(BROWSE_HINT)


def describe_word(word: EmotionWord, vocabulary: Vocabulary) -> Content:
    """Word, family and quadrant, a plain definition, and what tells it apart from neighbours."""
    family = vocabulary.family(word.family)
    parts: list[str | Content | tuple[str, str]] = [(word.word, "bold"), "  "]
    if family is not None:
        parts += [("■ ", family.colour), family.label, " · "]
    parts += [(QUADRANT_LABELS.get(word.quadrant, word.quadrant).lower(), "italic"), "\n"]
    parts += [word.definition, "\n"]
    if word.nearby:
        parts += ["\n", ("Nearby words, and what tells them apart:", "bold")]
    for nearby in word.nearby:
        # Written as "this word: ...; nearby word: ...": the neighbour first, then this word.
        this, _, other = nearby.difference.partition(";")
        first, second = (other.strip(), this.strip()) if other.strip() else (nearby.word, this)
        parts += ["\n", ("• ", "dim"), first, "\n\u00a0\u00a0", (second.strip(), "dim")]
    return Content.assemble(*parts)


def chosen_prompt(feeling: Feeling, vocabulary: Vocabulary) -> Content:
    """One chosen word: the word, how strong as dots and in words, and its family colour."""
    dots = "●" * feeling.intensity + "○" * (5 - feeling.intensity)
    family = vocabulary.family(feeling.family)
    swatch = ("■ ", family.colour) if family else ("□ ", "dim")
    return Content.assemble(
        swatch,
        literal(feeling.word),
        "  ",
        (dots, "bold"),
        " ",
        (INTENSITY_WORDS.get(feeling.intensity, ""), "dim"),
    )
