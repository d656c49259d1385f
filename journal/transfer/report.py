"""The appointment report: a short Markdown summary to bring to a doctor or therapist.

It shows numbness week by week, the feelings named most, what was noticed in the
body, the strategies tried and how numbness changed, entries that mention
medication or sleep, and days without a check-in. It reports, in plain words,
what the person recorded; it never diagnoses or scores.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from journal.content.errors import ContentError
from journal.effects import describe_change
from journal.models import Entry, StrategyAttempt
from journal.store import Store
from journal.transfer import report_data as data
from journal.transfer.labels import region_label, strategy_title
from journal.wording import NUMBNESS_SCALE, clock_time, counted, short_date, weekday_date

DEFAULT_DAYS = 28
"""With no start given, the report covers the last four weeks."""

INTRO = (
    "A summary of my check-ins in Thaw, the journal I keep to notice and name feelings. "
    "It holds my own notes and ratings. It is not a diagnosis or a test result."
)
SCALE = f"Numbness is rated from {NUMBNESS_SCALE}."


def _span(start: date, end: date) -> str:
    """A run of days in few words: "6 Nov", "16 to 17 Nov", "30 Oct to 2 Nov"."""
    if start == end:
        return _day_month(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day} to {_day_month(end)}"
    return f"{_day_month(start)} to {_day_month(end)}"


def _day_month(day: date) -> str:
    """6 Nov: the report's title carries the year."""
    return short_date(day).rsplit(" ", 1)[0]


def appointment_report(
    store: Store, since: datetime | None = None, now: datetime | None = None
) -> str:
    """The report as Markdown text, covering `since` (default: four weeks ago) up to `now`."""
    now = now or store.connection.now()
    if since is None:
        start_day = now.date() - timedelta(days=DEFAULT_DAYS)
        since = datetime.combine(start_day, time(), tzinfo=now.tzinfo)
    entries = [e for e in store.transfer.entries_oldest_first(since) if e.created_at <= now]
    attempts = [a for a in store.transfer.attempts_oldest_first(since) if a.started_at <= now]
    # Days before the journal was begun are not days without a check-in.
    begun = store.transfer.first_moment()
    first = max(since.date(), begun.date()) if begun else since.date()
    last = max(now.date(), first)
    days_written = len({e.created_at.date() for e in entries})
    total_days = (last - first).days + 1
    title = short_date(first) if first == last else f"{short_date(first)} to {short_date(last)}"
    if entries:
        check_ins = counted(len(entries), "check-in", "check-ins")
        spread = (
            f"on {days_written} of {counted(total_days, 'day', 'days')}"
            if total_days > 1
            else "in one day"
        )
        about_entries = [
            f"{check_ins} {spread}. {SCALE}",
            _numbness(data.weeks(entries, first, last)),
            _feelings(entries),
            _body(entries),
        ]
    else:
        about_entries = ["No check-ins in this time."]
    sections = [
        f"# My check-ins, {title}",
        INTRO,
        *about_entries,
        _strategies(attempts),
        _mentions(entries),
        _gaps(data.days_without(entries, first, last), total_days, last) if entries else "",
        _checklist(),
    ]
    return "\n\n".join(section for section in sections if section) + "\n"


def _numbness(weeks: list[data.Week]) -> str:
    rows = ["| Week starting | Check-ins | Average numbness | Lowest to highest |"]
    rows.append("| --- | ---: | ---: | --- |")
    for week in weeks:
        average = "no rating" if week.average is None else f"{week.average:.1f}"
        spread = _spread(week.ratings)
        rows.append(f"| {weekday_date(week.monday)} | {week.check_ins} | {average} | {spread} |")
    return "## Numbness by week\n\n" + "\n".join(rows)


def _spread(ratings: tuple[int, ...]) -> str:
    """Lowest to highest rating: "3 to 7", just "5" when they are the same, "" when none."""
    if not ratings:
        return ""
    low, high = min(ratings), max(ratings)
    return str(low) if low == high else f"{low} to {high}"


def _feelings(entries: list[Entry]) -> str:
    top = data.top_feelings(entries)
    unnamed = sum(1 for e in entries if e.could_not_name)
    lines = [f"- {word}: {counted(count, 'check-in', 'check-ins')}" for word, count in top]
    if unnamed:
        lines.append(f"- No word came for the feeling: {counted(unnamed, 'check-in', 'check-ins')}")
    if not lines:
        return "## Feelings I named most\n\nNo feelings were named in this time."
    return "## Feelings I named most\n\n" + "\n".join(lines)


def _body(entries: list[Entry]) -> str:
    lines = [
        f"- {region_label(region)}: "
        + ", ".join(f"{sensation or 'noticed'} ({count})" for sensation, count in sensations)
        for region, sensations in data.body_sensations(entries)
    ]
    if nothing := sum(1 for e in entries if e.body_nothing):
        lines.append(f"- Nothing noticed: {counted(nothing, 'check-in', 'check-ins')}")
    if not lines:
        return ""
    return "## What I noticed in my body\n\n" + "\n".join(lines)


def _strategies(attempts: list[StrategyAttempt]) -> str:
    """Each strategy tried, with what its ratings showed.

    Only tries rated before and after make up the change; a try rated on one side
    only is still shown with the rating it has.
    """
    lines = []
    for item in data.strategy_summary(attempts):
        rated = item.rated
        both = f", {rated} rated before and after" if 0 < rated < item.tries else ""
        said = [describe_change(item.average_change, rated)] if rated else []
        if item.before_only:
            said.append(_one_side(item.before_only, "before", "afterwards"))
        if item.after_only:
            said.append(_one_side(item.after_only, "afterwards", "before"))
        effect = "; ".join(said) or "no rating before or after"
        tries = counted(item.tries, "try", "tries")
        lines.append(f"- {strategy_title(item.strategy_id)} ({tries}{both}): {effect}")
    if not lines:
        return ""
    intro = "How numb I felt afterwards compared with before, as I rated it."
    return f"## Strategies I tried\n\n{intro}\n\n" + "\n".join(lines)


def _one_side(ratings: tuple[int, ...], when: str, missing: str) -> str:
    """Ratings from one side of a try: "numbness 3 afterwards (no rating before)"."""
    several = f"{counted(len(ratings), 'try', 'tries')}, " if len(ratings) > 1 else ""
    return f"numbness {_spread(ratings)} {when} ({several}no rating {missing})"


def _mentions(entries: list[Entry]) -> str:
    lines = []
    for mention in data.mentions(entries):
        moment = mention.entry.created_at
        topics = " and ".join(mention.topics)
        quote = f': "{mention.quote}"' if mention.quote else ""
        lines.append(f"- {weekday_date(moment.date())}, {clock_time(moment)} ({topics}){quote}")
    if not lines:
        return ""
    return "## Entries that mention medication or sleep\n\n" + "\n".join(lines)


def _gaps(runs: list[tuple[date, date]], total_days: int, last: date) -> str:
    """Runs of days with no check-in; a run reaching the report's own day says "so far"."""
    missing = sum((end - start).days + 1 for start, end in runs)
    if not missing:
        return "## Days without a check-in\n\nNone: there was a check-in every day."
    spans = ", ".join(
        _span(start, end) + (" (so far)" if end == last else "") for start, end in runs
    )
    return (
        f"## Days without a check-in\n\n{missing} of {counted(total_days, 'day', 'days')}: {spans}."
    )


def _checklist() -> str:
    from journal.content.strategies import load_strategies

    try:
        items = load_strategies().appointment.checklist
    except ContentError:
        return ""
    return "## Checklist for the appointment\n\n" + "\n".join(f"- [ ] {item}" for item in items)
