"""The numbers behind the appointment report: pure functions over entries and attempts.

Nothing here judges: it counts, averages and quotes what the person wrote.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from journal.lines import clip, first_line
from journal.models import Entry, StrategyAttempt

QUOTE_LENGTH = 160

_MEDICATION = re.compile(
    r"\b(medications?|medicines?|meds|pills?|tablets?|doses?|dosage|prescri\w*|"
    r"antidepressants?|ssris?|snris?|side[- ]effects?|"
    r"sertraline|fluoxetine|citalopram|escitalopram|paroxetine|fluvoxamine|venlafaxine|"
    r"desvenlafaxine|duloxetine|bupropion|mirtazapine|vortioxetine|trazodone|agomelatine|"
    r"amitriptyline|nortriptyline|lithium|lamotrigine|quetiapine|aripiprazole|buspirone|"
    r"pregabalin|propranolol|hydroxyzine|diazepam|lorazepam|clonazepam|alprazolam|"
    r"zoloft|prozac|lexapro|celexa|paxil|effexor|cymbalta|wellbutrin|remeron|trintellix|"
    r"xanax|ativan|klonopin|valium)\b",
    re.IGNORECASE,
)
_SLEEP = re.compile(
    r"\b(sleep\w*|slept|asleep|insomnia|naps?|napped|napping|woke|waking|awake|"
    r"nightmares?|bedtime)\b",
    re.IGNORECASE,
)
_TOPICS = (("medication", _MEDICATION, {"medication", "meds"}), ("sleep", _SLEEP, {"sleep"}))


@dataclass(frozen=True)
class Week:
    """Numbness in one week (from Monday): how many check-ins and what the ratings were."""

    monday: date
    check_ins: int
    ratings: tuple[int, ...]

    @property
    def average(self) -> float | None:
        """The average numbness rating, or None when nothing was rated."""
        return sum(self.ratings) / len(self.ratings) if self.ratings else None


@dataclass(frozen=True)
class Mention:
    """An entry that speaks of medication or sleep, with the sentence that does."""

    entry: Entry
    topics: tuple[str, ...]
    quote: str


def weeks(entries: Iterable[Entry], first: date, last: date) -> list[Week]:
    """Every week from the one holding `first` to the one holding `last`."""
    by_week: dict[date, list[Entry]] = defaultdict(list)
    for entry in entries:
        day = entry.created_at.date()
        by_week[day - timedelta(days=day.weekday())].append(entry)
    monday = first - timedelta(days=first.weekday())
    found = []
    while monday <= last:
        held = by_week.get(monday, [])
        ratings = tuple(e.numbness for e in held if e.numbness is not None)
        found.append(Week(monday, len(held), ratings))
        monday += timedelta(days=7)
    return found


def top_feelings(entries: Iterable[Entry], limit: int = 10) -> list[tuple[str, int]]:
    """The feeling words named most, with how many entries named each."""
    counts = Counter(word for e in entries for word in {f.word for f in e.feelings})
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]


def body_sensations(entries: Iterable[Entry]) -> list[tuple[str, list[tuple[str, int]]]]:
    """For each body region noticed (most often first), its sensations and their counts."""
    by_region: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in entries:
        for note in entry.body_notes:
            by_region[note.region][note.sensation] += 1
    ordered = sorted(by_region.items(), key=lambda item: (-item[1].total(), item[0]))
    return [
        (region, sorted(counts.items(), key=lambda item: (-item[1], item[0])))
        for region, counts in ordered
    ]


@dataclass(frozen=True)
class StrategySummary:
    """How one strategy went: tries, the average change of those rated before and after,
    and the ratings of tries rated on one side only (still worth showing)."""

    strategy_id: str
    tries: int
    rated: int
    average_change: float | None
    before_only: tuple[int, ...]
    after_only: tuple[int, ...]


def strategy_summary(attempts: Iterable[StrategyAttempt]) -> list[StrategySummary]:
    """For each strategy tried, most tried first: see `StrategySummary`."""
    grouped: dict[str, list[StrategyAttempt]] = defaultdict(list)
    for attempt in attempts:
        grouped[attempt.strategy_id].append(attempt)
    summary = []
    for strategy_id, tries in grouped.items():
        pairs = [(a.numbness_before, a.numbness_after) for a in tries]
        changes = [after - before for before, after in pairs if None not in (before, after)]
        summary.append(
            StrategySummary(
                strategy_id,
                len(tries),
                len(changes),
                sum(changes) / len(changes) if changes else None,
                tuple(before for before, after in pairs if before is not None and after is None),
                tuple(after for before, after in pairs if before is None and after is not None),
            )
        )
    return sorted(summary, key=lambda item: (-item.tries, item.strategy_id))


def _quote(text: str, pattern: re.Pattern[str]) -> str:
    """The sentence holding the first match (else the first line), trimmed to a readable length."""
    match = pattern.search(text)
    if match is None:
        quote = first_line(text)
    else:
        start = max(text.rfind(mark, 0, match.start()) for mark in ".!?\n") + 1
        ends = [i for i in (text.find(mark, match.end()) for mark in ".!?\n") if i != -1]
        quote = " ".join(text[start : min(ends) + 1 if ends else len(text)].split())
    return clip(quote, QUOTE_LENGTH)


def mentions(entries: Iterable[Entry]) -> list[Mention]:
    """Entries whose words or tags speak of medication or sleep, oldest first."""
    found = []
    for entry in entries:
        topics, quote = [], ""
        for topic, pattern, tags in _TOPICS:
            if pattern.search(entry.text) or tags & set(entry.tags):
                topics.append(topic)
                quote = quote or _quote(entry.text, pattern)
        if topics:
            found.append(Mention(entry, tuple(topics), quote))
    return found


def days_without(entries: Sequence[Entry], first: date, last: date) -> list[tuple[date, date]]:
    """Runs of days from `first` to `last` (inclusive) with no check-in, as (start, end)."""
    written = {entry.created_at.date() for entry in entries}
    runs: list[tuple[date, date]] = []
    day = first
    while day <= last:
        if day not in written:
            if runs and runs[-1][1] == day - timedelta(days=1):
                runs[-1] = (runs[-1][0], day)
            else:
                runs.append((day, day))
        day += timedelta(days=1)
    return runs
