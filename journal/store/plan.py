"""The FROM, WHERE and ORDER BY for one History filter, shared by counts and pages.

Search walks the FTS index by rowid, which is the entry's time, so newest-first
results need no sort. This module imports no models, so the quick read commands
(`journal list`, `journal search`) can use it without loading them.
"""

from __future__ import annotations

from journal.store.fts import excluded_query, fts_query
from journal.store.text import normalise_tag, normalise_word

TYPE_CHECKING = False  # the typing module costs a few ms; quick commands skip it
if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

    from journal.models import EntryFilter


class QueryPlan:
    """What to select for a search plus filters; `empty` when the search can match nothing."""

    def __init__(
        self,
        *,
        text: str = "",
        since: datetime | None = None,
        until: datetime | None = None,
        words: Iterable[str] = (),
        families: Iterable[str] = (),
        tags: Iterable[str] = (),
        numbness_min: int | None = None,
        numbness_max: int | None = None,
        strategy_days: bool = False,
        trashed: bool = False,
    ) -> None:
        self.params: list[object] = []
        self.clauses: list[str] = []
        self.text = text
        self.match = fts_query(text) if text.strip() else None
        left_out = None if self.match else excluded_query(text)
        self.empty = bool(text.strip()) and self.match is None and left_out is None
        self._key = key = "entry_fts.rowid" if self.match else "e.sort_key"
        if self.match:
            self.source = "entry_fts CROSS JOIN entries e ON e.sort_key = entry_fts.rowid"
            self.clauses.append("entry_fts MATCH ?")
            self.params.append(self.match)
        else:
            self.source = "entries e"
        if left_out:  # only -words: every entry but those
            self._add(
                "e.sort_key NOT IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?)", left_out
            )
        if trashed:
            self.clauses.append("e.trashed_at IS NOT NULL")
        elif not self.match:  # the index holds no trashed entry (its triggers see to it)
            self.clauses.append("e.trashed_at IS NULL")
        if since is not None or until is not None:
            from journal.timeutil import sort_key

            self.keep_keys(
                at_least=None if since is None else sort_key(since),
                below=None if until is None else sort_key(until),
            )
        self._feeling_words([normalise_word(w) for w in words])
        self._exists("feelings", "family", list(families))
        self._exists("entry_tags", "tag", [normalise_tag(t) for t in tags])
        if numbness_min is not None:
            self._add("e.numbness >= ?", numbness_min)
        if numbness_max is not None:
            self._add("e.numbness <= ?", numbness_max)
        if strategy_days:
            self.clauses.append("e.day IN (SELECT day FROM strategy_attempts)")
        self.order = f"{key} DESC"

    @classmethod
    def of(cls, wanted: EntryFilter) -> QueryPlan:
        """The plan for an `EntryFilter`, whose fields are this class's keywords."""
        return cls(**vars(wanted))

    def keep_keys(self, *, at_least: int | None = None, below: int | None = None) -> None:
        """Keep only entries whose sort key is at least `at_least` and below `below`."""
        if at_least is not None:
            self._add(f"{self._key} >= ?", at_least)
        if below is not None:
            self._add(f"{self._key} < ?", below)

    def _add(self, clause: str, value: object) -> None:
        self.clauses.append(clause)
        self.params.append(value)

    def _exists(self, table: str, column: str, values: list[str]) -> None:
        values = [value for value in values if value]
        if values:
            marks = ",".join("?" * len(values))
            self.clauses.append(
                f"EXISTS (SELECT 1 FROM {table} x WHERE x.entry_id = e.id "
                f"AND x.{column} IN ({marks}))"
            )
            self.params.extend(values)

    def _feeling_words(self, words: list[str]) -> None:
        """Entries with a feeling word that begins with any of `words`, as search matches
        words (`frus` finds frustrated). A plain comparison of the word's start, not LIKE:
        nothing typed is a wildcard, and a pasted word of any length is fine."""
        words = [word for word in words if word]
        if words:
            starts = " OR ".join(["substr(x.word, 1, ?) = ?"] * len(words))
            self.clauses.append(
                f"EXISTS (SELECT 1 FROM feelings x WHERE x.entry_id = e.id AND ({starts}))"
            )
            for word in words:
                self.params.extend((len(word), word))

    def select(self, columns: str) -> str:
        """SELECT `columns` of the matching entries, newest first; ends in LIMIT ? OFFSET ?."""
        return (
            f"SELECT {columns} FROM {self.source} WHERE {self.where} "
            f"ORDER BY {self.order} LIMIT ? OFFSET ?"
        )

    def params_for(self, limit: int | None, offset: int = 0) -> list[object]:
        """The parameters of `select`: the filter's, then the limit (None: all) and offset."""
        return [*self.params, -1 if limit is None else limit, offset]

    @property
    def where(self) -> str:
        """The WHERE clause's conditions, joined with AND."""
        return " AND ".join(self.clauses)
