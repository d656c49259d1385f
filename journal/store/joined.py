"""An entry's feelings and tags joined into one string each, kept on the entry's row.

Lists (History, `journal list`, `journal search`) show every row's feelings and
tags. Gathering them from their own tables for each row cost more than finding
and reading the rows (35 ms of 60 for a search printing 10,000 entries), so each
entry also holds them joined (`entries.feelings_joined` and `entries.tags_joined`),
and a list reads them with the row. The feelings and tags tables stay the record:
SQLite triggers rewrite an entry's strings whenever one of its feelings or tags is
added, changed or removed, whatever code writes them (an older Thaw on the same
file included). Migration m003 added and filled them; m004 added the triggers.
"""

from __future__ import annotations

TYPE_CHECKING = False  # the typing module costs a few ms; quick commands skip it
if TYPE_CHECKING:
    from collections.abc import Callable

ITEM, FIELD = "\x1e", "\x1f"
"""Separators of the joined strings: ITEM between feelings or tags, FIELD between a feeling's
word, family, intensity and custom flag. Stored words and tags cannot hold them (they are
whitespace to `normalise_word`); a family's copies are written as U+FFFD, as they are shown."""


def _feelings_of(entry: str) -> str:
    """SQL for the joined feelings of the entry whose id is the SQL expression `entry`.

    Ordered by naming position: SQLite 3.40 keeps a subquery's order in group_concat
    (a test reorders the rows on disk to make sure it still does).
    """
    return (
        "coalesce((SELECT group_concat(item, char(30)) FROM (SELECT word || char(31) || "
        "replace(replace(family, char(30), char(65533)), char(31), char(65533)) || char(31) || "
        f"intensity || char(31) || custom AS item FROM feelings f WHERE f.entry_id = {entry} "
        "ORDER BY position, id)), '')"
    )


def _tags_of(entry: str) -> str:
    """SQL for the joined tags, alphabetically, of the entry whose id is the SQL `entry`."""
    return (
        "coalesce((SELECT group_concat(tag, char(30)) FROM "
        f"(SELECT tag FROM entry_tags t WHERE t.entry_id = {entry} ORDER BY tag)), '')"
    )


FILL_ALL = (
    f"UPDATE entries SET feelings_joined = {_feelings_of('entries.id')}, "
    f"tags_joined = {_tags_of('entries.id')}"
)
"""Writes every entry's joined feelings and tags: when m003 added the columns, and again
when m004 added the triggers."""


def _triggers(table: str, column: str, joined_of: Callable[[str], str]) -> list[str]:
    """The triggers that rewrite `entries.column` when a row of `table` comes, changes or goes."""
    rejoin = "UPDATE entries SET {column} = {value} WHERE id = {row}.entry_id;"
    bodies = {
        "insert": [rejoin.format(column=column, value=joined_of("new.entry_id"), row="new")],
        "delete": [rejoin.format(column=column, value=joined_of("old.entry_id"), row="old")],
    }
    bodies["update"] = bodies["delete"] + bodies["insert"]  # it may move to another entry
    return [
        f"CREATE TRIGGER IF NOT EXISTS {table}_joined_{event} "
        f"AFTER {event.upper()} ON {table} BEGIN\n    " + "\n    ".join(statements) + "\nEND;"
        for event, statements in bodies.items()
    ]


TRIGGERS = _triggers("feelings", "feelings_joined", _feelings_of) + _triggers(
    "entry_tags", "tags_joined", _tags_of
)
"""Keep every entry's joined strings in step with its feelings and tags, from any writer."""
