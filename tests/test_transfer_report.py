"""The appointment report: the person's own numbers in plain words, and no diagnosis."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal.cli import main
from journal.models import BodyNote, Feeling, NewEntry
from journal.store import Store, open_store
from journal.transfer.report import appointment_report

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 27, 21, 0, tzinfo=TZ)  # a Friday


def day(back: int, hour: int = 9) -> datetime:
    return (NOW - timedelta(days=back)).replace(hour=hour, minute=0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "j.db", clock=lambda: NOW)
    add = opened.entries.add
    add(NewEntry(text="Long ago, outside the report.", numbness=2, created_at=day(60)))
    add(
        NewEntry(
            text="Flat all day.",
            numbness=8,
            created_at=day(20),
            feelings=(Feeling("flat", "numb", 3),),
        )
    )
    add(
        NewEntry(
            text="Slept badly. Woke at four.",
            numbness=7,
            created_at=day(19),
            feelings=(Feeling("flat", "numb", 3), Feeling("anxious", "scared", 4)),
            body_notes=(BodyNote("chest", "tight"),),
        )
    )
    add(
        NewEntry(
            text="Went for a walk. Took my sertraline late again, at noon.",
            numbness=5,
            created_at=day(12),
            feelings=(Feeling("flat", "numb", 2),),
            body_notes=(BodyNote("chest", "tight"), BodyNote("chest", "heavy")),
        )
    )
    add(
        NewEntry(
            could_not_name=True,
            numbness=4,
            created_at=day(5),
            tags=("meds",),
            text="Nothing much to say.",
        )
    )
    add(NewEntry(text="A calmer evening.", numbness=3, created_at=day(0, 19)))
    opened.strategies.record("box-breathing", 7, 5, started_at=day(19, 10))
    opened.strategies.record("box-breathing", 6, 5, started_at=day(12, 10))
    opened.strategies.record("five-senses", started_at=day(5, 10))
    yield opened
    opened.close()


def test_the_report_covers_four_weeks_by_default(store: Store) -> None:
    report = appointment_report(store)
    assert report.startswith("# My check-ins, 30 Oct 2026 to 27 Nov 2026\n")
    assert "Long ago" not in report
    assert "5 check-ins on 5 of 29 days." in report
    assert "0 (fully feeling) to 10 (completely numb)" in report  # as the app says it
    assert "not a diagnosis" in report


def test_numbness_by_week_from_monday(store: Store) -> None:
    report = appointment_report(store)
    table = report.split("## Numbness by week\n\n")[1].split("\n\n")[0].splitlines()
    assert table[0] == "| Week starting | Check-ins | Average numbness | Lowest to highest |"
    assert table[2:] == [
        "| Mon 26 Oct 2026 | 0 | no rating |  |",
        "| Mon 2 Nov 2026 | 2 | 7.5 | 7 to 8 |",
        "| Mon 9 Nov 2026 | 1 | 5.0 | 5 |",
        "| Mon 16 Nov 2026 | 1 | 4.0 | 4 |",
        "| Mon 23 Nov 2026 | 1 | 3.0 | 3 |",
    ]


def test_feelings_body_and_strategies(store: Store) -> None:
    report = appointment_report(store)
    assert "- flat: 3 check-ins\n- anxious: 1 check-in\n" in report
    assert "- No word came for the feeling: 1 check-in" in report
    assert "- Chest: tight (2), heavy (1)" in report
    assert "- Box breathing (2 tries): numbness about 2 lower afterwards, on average" in report
    assert "- 5-4-3-2-1 senses (1 try): no rating before or after" in report


def test_a_try_rated_on_one_side_only_still_shows_its_rating(tmp_path: Path) -> None:
    """It cannot make up a change, but the rating given is there to read."""
    with open_store(tmp_path / "one-sided.db", clock=lambda: NOW) as store:
        store.strategies.record("five-senses", None, 3, started_at=day(1))
        store.strategies.record("box-breathing", 7, 5, started_at=day(3))
        store.strategies.record("box-breathing", 6, None, started_at=day(2))
        for after in (4, 2, 3):
            store.strategies.record("box-breathing", None, after, started_at=day(1))
        report = appointment_report(store)
    lines = report.split("## Strategies I tried\n\n")[1].split("\n\n")[1].splitlines()
    assert lines == [
        "- Box breathing (5 tries, 1 rated before and after): numbness about 2 lower "
        "afterwards; numbness 6 before (no rating afterwards); "
        "numbness 2 to 4 afterwards (3 tries, no rating before)",
        "- 5-4-3-2-1 senses (1 try): numbness 3 afterwards (no rating before)",
    ]


def test_entries_about_medication_or_sleep_are_quoted(store: Store) -> None:
    section = appointment_report(store).split("## Entries that mention medication or sleep\n\n")[1]
    lines = section.split("\n\n")[0].splitlines()
    assert lines == [
        '- Sun 8 Nov 2026, 09:00 (sleep): "Slept badly."',
        '- Sun 15 Nov 2026, 09:00 (medication): "Took my sertraline late again, at noon."',
        '- Sun 22 Nov 2026, 09:00 (medication): "Nothing much to say."',
    ]


def test_days_without_a_check_in_are_listed_as_runs(store: Store) -> None:
    section = appointment_report(store).split("## Days without a check-in\n\n")[1]
    assert section.startswith(
        "24 of 29 days: 30 Oct to 6 Nov, 9 to 14 Nov, 16 to 21 Nov, 23 to 26 Nov."
    )


def test_days_before_the_journal_began_are_not_gaps(tmp_path: Path) -> None:
    with open_store(tmp_path / "new.db", clock=lambda: NOW) as store:
        store.entries.add(NewEntry(text="first", numbness=5, created_at=day(1)))
        report = appointment_report(store)
    assert report.startswith("# My check-ins, 26 Nov 2026 to 27 Nov 2026\n")
    assert "1 of 2 days: 27 Nov (so far)." in report


def test_a_report_of_one_day_says_so_plainly(tmp_path: Path) -> None:
    with open_store(tmp_path / "today.db", clock=lambda: NOW) as store:
        for hour in (8, 12, 18):
            store.entries.add(NewEntry(text="x", created_at=NOW.replace(hour=hour)))
        report = appointment_report(store, since=NOW.replace(hour=0))
    assert "3 check-ins in one day." in report and "of 1 day" not in report


def test_an_empty_journal_still_gives_a_kind_report(tmp_path: Path) -> None:
    with open_store(tmp_path / "empty.db", clock=lambda: NOW) as store:
        store.strategies.record("box-breathing", 6, 4, started_at=day(2))
        report = appointment_report(store, since=day(7))
    assert "No check-ins in this time." in report
    for left_out in ("0 check-ins", "Numbness by week", "Feelings I named", "Days without"):
        assert left_out not in report
    assert "- Box breathing (1 try): numbness about 2 lower afterwards\n" in report


def test_the_report_never_diagnoses_or_scores(store: Store) -> None:
    text = appointment_report(store).lower()
    for word in ("disorder", "symptom", "severe", "score", "depressed", "you should"):
        assert word not in text, word


def test_report_command_writes_a_private_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "j.db"
    assert main(["--db", str(db), "add", "Slept badly", "--numbness", "7"]) == 0
    file = tmp_path / "for-my-doctor.md"
    assert main(["--db", str(db), "report", "-o", str(file)]) == 0
    assert capsys.readouterr().out.endswith(f"Saved the report to {file}.\n")
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert '(sleep): "Slept badly"' in file.read_text()
    assert main(["--db", str(db), "report", "--since", "last week"]) == 0
    assert capsys.readouterr().out.startswith("# My check-ins, ")
