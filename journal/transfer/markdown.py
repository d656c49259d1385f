"""A Markdown export that reads well: a heading and a few plain lines for each entry."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import TextIO

from journal.checkin import BODY_NOTHING
from journal.models import Entry, StrategyAttempt
from journal.store import Store
from journal.transfer.labels import region_label, strategy_title
from journal.wording import clock_time, long_date, short_date, weekday_date

_HEADING_LIKE = re.compile(r"^(\s{0,3})(#|=+\s*$|-+\s*$)", re.MULTILINE)


def _range_line(since: datetime | None, until: datetime | None) -> str:
    """Which entries the file holds, in words."""
    if since is None and until is None:
        return "Every entry in the journal, oldest first."
    parts = ["Entries"]
    if since is not None:
        parts.append(f"from {short_date(since.date())}")
    if until is not None:
        parts.append(f"before {short_date(until.date())}")
    return " ".join(parts) + ", oldest first."


def _rating(name: str, value: int | None) -> list[str]:
    return [] if value is None else [f"- {name}: {value} of 10"]


def _own_words(text: str) -> str:
    """The entry's text as written, except that a line that would turn into a heading
    (and so break the one-section-per-entry layout) gets a backslash in front."""
    return _HEADING_LIKE.sub(lambda m: f"{m[1]}\\{m[2]}", text.strip())


def entry_section(entry: Entry) -> str:
    """One entry as a Markdown section."""
    moment = entry.created_at
    lines = [f"## {long_date(moment.date())}, {clock_time(moment)}", ""]
    facts = _rating("Numbness", entry.numbness)
    facts += _rating("Energy", entry.energy)
    facts += _rating("Pleasantness", entry.pleasantness)
    if entry.feelings:
        words = ", ".join(
            f"{f.word} ({f.family + ', ' if f.family not in ('', f.word) else ''}"
            f"{f.intensity} of 5)"
            for f in entry.feelings
        )
        facts.append(f"- Feelings: {words}")
    if entry.could_not_name:
        facts.append("- No word for the feeling this time")
    if entry.body_notes:
        notes = "; ".join(
            f"{region_label(n.region).lower()}{', ' + n.sensation if n.sensation else ''}"
            for n in entry.body_notes
        )
        facts.append(f"- Body: {notes}")
    elif entry.body_nothing:
        facts.append(f"- Body: {BODY_NOTHING}")
    if entry.tags:
        facts.append("- Tags: " + ", ".join(f"#{tag}" for tag in entry.tags))
    if entry.prompt_text:
        facts.append(f"- Prompt: {entry.prompt_text}")
    lines += facts
    if entry.text.strip():
        lines += [""] if facts else []
        lines.append(_own_words(entry.text))
    return "\n".join(lines) + "\n"


def attempt_line(attempt: StrategyAttempt) -> str:
    """One strategy attempt as a list item."""
    moment = attempt.started_at
    when = f"{weekday_date(moment.date())}, {clock_time(moment)}"
    line = f"- {when}: {strategy_title(attempt.strategy_id)}"
    if attempt.numbness_before is not None or attempt.numbness_after is not None:
        before = "?" if attempt.numbness_before is None else attempt.numbness_before
        after = "?" if attempt.numbness_after is None else attempt.numbness_after
        line += f", numbness {before} before and {after} after"
    if attempt.note.strip():
        line += f". {' '.join(attempt.note.split())}"
    return line


def write_markdown(
    store: Store, out: TextIO, since: datetime | None = None, until: datetime | None = None
) -> int:
    """Write the entries (and strategy attempts) as Markdown; return how many entries."""
    out.write(f"# Thaw journal\n\n{_range_line(since, until)}\n")
    count = 0
    for entry in store.transfer.entries_oldest_first(since, until):
        out.write("\n" + entry_section(entry))
        count += 1
    if not count:
        out.write("\nNo entries in this time.\n")
    _write_attempts(out, store.transfer.attempts_oldest_first(since, until))
    return count


def _write_attempts(out: TextIO, attempts: Iterable[StrategyAttempt]) -> None:
    lines = [attempt_line(attempt) for attempt in attempts]
    if lines:
        out.write("\n## Strategies tried\n\n" + "\n".join(lines) + "\n")
