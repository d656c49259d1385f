"""Which words to show for a search hit: the snippet of the text, or the text's first line.

The search index holds an entry's feeling words as one line beside its text. When a
search matched only those words, their snippet ("anxious tired") is not something the
person wrote, so History and `journal search` show the first line of the text instead.
Never imports Textual (nor the models, so quick commands start fast).
"""

from __future__ import annotations

from journal.store.fts import HIGHLIGHT_END, HIGHLIGHT_START

TYPE_CHECKING = False  # the typing module costs a few ms; quick commands skip it
if TYPE_CHECKING:
    from collections.abc import Sequence

    from journal.models import EntrySummary


def snippet_from_text(snippet: str | None, feeling_words: Sequence[str]) -> str | None:
    """`snippet` (with its highlight marks) when it comes from the text, else None."""
    if not snippet or not feeling_words:
        return snippet or None
    plain = snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "").strip().strip(" …")
    matched_feelings = bool(plain) and plain in " ".join(feeling_words)
    return None if matched_feelings else snippet


def text_snippet(summary: EntrySummary) -> str | None:
    """The summary's snippet when it comes from the text, else None."""
    return snippet_from_text(summary.snippet, [feeling.word for feeling in summary.feelings])
