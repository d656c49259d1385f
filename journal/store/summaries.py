"""The rows of a list of entries (History, `journal list`, `journal search`), as plain values.

One query reads each row whole: when, numbness, the text (its opening, or as much
as a search snippet is cut from), the feelings and the tags. The feelings and tags
are read joined into one string each from the entry's row (journal.store.joined),
which is far quicker than a row per feeling when `journal search` prints ten
thousand entries. Nothing here builds the
models' records, so the quick read commands start without loading them;
`EntryQueries.page` turns these rows into `EntrySummary` records for History.
"""

from __future__ import annotations

import re

from journal.snippet import SCAN_CHARS, SNIPPET_WIDTH, SnippetCutter
from journal.store.joined import FIELD, ITEM

TYPE_CHECKING = False  # the typing module costs a few ms; quick commands skip it
if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterator

    from journal.store.plan import QueryPlan

_PART = f"([^{ITEM}{FIELD}]*)"
_FEELING = re.compile(FIELD.join([_PART] * 4))
"""Each feeling's (word, family, intensity, custom) in the joined string (journal.store.joined)."""
_LABELS = re.compile(f"{_PART}{FIELD}{_PART}{FIELD}[^{ITEM}]*")
"""Only each (word, family), read in one step: lists print thousands."""
ListedRow = tuple[str, int | None, str, str | None, str, str]
"""A printed row: when (ISO), numbness, the text's start, the search snippet (None when
not searching, or when only feeling words matched), joined feelings and joined tags."""
HEAD_CHARS = 300
"""How much of the text a row reads when not searching: its first line on the widest screen."""


class SummaryRow:
    """One listed entry: when, numbness, its text's start, feelings, tags and search snippet."""

    __slots__ = ("id", "created_at", "numbness", "head", "_feelings", "_tags", "_cutter", "snippet")

    def __init__(self, row: tuple, cutter: SnippetCutter | None) -> None:
        self.id, self.created_at, self.numbness, self.head, self._feelings, self._tags = row
        self._cutter = cutter
        self.snippet = cutter.cut(self.head) if cutter else None

    def words_found(self) -> frozenset[str]:
        """The feeling words the search found, which History draws as matches."""
        if self._cutter is None:
            return frozenset()
        return self._cutter.names(word for word, _ in self.feeling_labels())

    def feeling_labels(self) -> list[tuple[str, str]]:
        """Each feeling's (word, family), in naming order: what a printed list shows."""
        return feeling_labels_of(self._feelings)

    @property
    def feelings(self) -> tuple[tuple[str, str, int, bool], ...]:
        """Each feeling's (word, family, intensity, custom), in naming order."""
        return tuple(
            (word, family, int(intensity), custom == "1")
            for word, family, intensity, custom in _FEELING.findall(self._feelings)
        )

    @property
    def tags(self) -> tuple[str, ...]:
        """The entry's tags, alphabetically."""
        return tags_of(self._tags)


def feeling_labels_of(joined: str) -> list[tuple[str, str]]:
    """Each feeling's (word, family) in a row's joined feelings, in naming order."""
    return _LABELS.findall(joined) if joined else []


def tags_of(joined: str) -> tuple[str, ...]:
    """The tags in a row's joined tags, alphabetically."""
    return tuple(joined.split(ITEM)) if joined else ()


def count(conn: sqlite3.Connection, plan: QueryPlan) -> int:
    """How many entries the plan matches: the length of the list."""
    if plan.empty:
        return 0
    sql = f"SELECT count(*) FROM {plan.source} WHERE {plan.where}"
    return conn.execute(sql, plan.params).fetchone()[0]


def _columns(plan: QueryPlan) -> str:
    """What a list row reads; a search reads enough text to cut its snippet from."""
    text = (
        f"substr(e.text, 1, {SCAN_CHARS})"
        if plan.match
        else f"substr(ltrim(e.text, char(10, 13, 32, 9)), 1, {HEAD_CHARS})"
    )
    return f"e.id, e.created_at, e.numbness, {text}, e.feelings_joined, e.tags_joined"


def _cutter(
    plan: QueryPlan, marked: bool = True, width: int = SNIPPET_WIDTH
) -> SnippetCutter | None:
    """The snippet cutter for the plan's search, or None when nothing is searched."""
    return SnippetCutter(plan.text, marked=marked, width=width) if plan.match else None


def summary_rows(
    conn: sqlite3.Connection, plan: QueryPlan, offset: int, limit: int
) -> list[SummaryRow]:
    """Entries `offset` to `offset + limit` of the newest-first list (a page of History)."""
    if plan.empty:
        return []
    rows = conn.execute(plan.select(_columns(plan)), plan.params_for(limit, offset))
    cutter = _cutter(plan)
    return [SummaryRow(row, cutter) for row in rows]


def iter_listed_rows(
    conn: sqlite3.Connection,
    plan: QueryPlan,
    limit: int | None,
    *,
    marked: bool = True,
    width: int = SNIPPET_WIDTH,
) -> Iterator[ListedRow]:
    """What `journal list` and `journal search` print of every row (or the newest `limit`),
    made as it is read, so printing starts at once and memory stays flat however many
    entries match. Snippets are cut `width` wide, their matches marked unless `marked`
    is false (journal.snippet). Plain tuples, not records: a search may print ten
    thousand rows, and a record each costs a tenth of the time."""
    if plan.empty:
        return
    cutter = _cutter(plan, marked, width)
    cut = cutter.cut if cutter else _no_snippet
    for _id, when, numbness, head, feelings, tags in conn.execute(
        plan.select(_columns(plan)), plan.params_for(limit)
    ):
        yield when, numbness, head, cut(head), feelings, tags


def _no_snippet(_head: str) -> None:
    """What a row's snippet is when nothing is searched."""
    return None
