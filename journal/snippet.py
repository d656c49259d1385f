"""Which words to show for a search hit: the snippet of the text, or the text's first line.

The search index holds an entry's feeling words as one line beside its text. When a
search matched only those words, their snippet ("anxious tired") is not something the
person wrote, so History and `journal search` show the first line of the text instead.
Never imports Textual.
"""

from __future__ import annotations

from journal.models import EntrySummary
from journal.store.fts import highlight_spans


def snippet_is_feelings(summary: EntrySummary) -> bool:
    """True when the search matched the feeling words rather than the text."""
    if not summary.snippet:
        return False
    plain = "".join(part for part, _ in highlight_spans(summary.snippet.strip())).strip(" …")
    words = " ".join(feeling.word for feeling in summary.feelings)
    return bool(plain) and plain in words


def text_snippet(summary: EntrySummary) -> str | None:
    """The snippet (with its highlight marks) when it comes from the text, else None."""
    return None if snippet_is_feelings(summary) else summary.snippet
