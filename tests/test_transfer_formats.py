"""The Markdown and CSV exports: readable, one section or row per entry, safe to open."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal.cli import main
from journal.models import BodyNote, Feeling, NewEntry
from journal.store import Store, open_store
from journal.transfer.csv_format import COLUMNS, write_csv
from journal.transfer.markdown import write_markdown

TZ = timezone(timedelta(hours=1))
START = datetime(2026, 11, 27, 9, 30, tzinfo=TZ)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "j.db") as opened:
        opened.entries.add(
            NewEntry(
                text="# not a heading\nWalked by the river.\n---\n=cmd|' /C calc'!A0",
                numbness=6,
                feelings=(Feeling("anxious", "scared", 4), Feeling("numb", "numb", 2)),
                body_notes=(BodyNote("face_jaw", "tense"), BodyNote("chest", "")),
                tags=("walk",),
                prompt_text="What was one small moment today?",
                created_at=START,
            )
        )
        opened.entries.add(
            NewEntry(could_not_name=True, numbness=8, created_at=START - timedelta(days=1))
        )
        opened.strategies.record("box-breathing", 7, 5, "calmer", started_at=START)
        yield opened


def test_markdown_has_one_section_per_entry_oldest_first(store: Store) -> None:
    out = io.StringIO()
    assert write_markdown(store, out) == 2
    text = out.getvalue()
    assert text.startswith("# Thaw journal\n\nEvery entry in the journal, oldest first.\n")
    sections = text.split("\n## ")[1:]
    assert sections[0].startswith("Thursday 26 November 2026, 09:30\n")
    assert "- No word for the feeling this time" in sections[0]
    newest = sections[1]
    assert newest.startswith("Friday 27 November 2026, 09:30\n")
    for line in (
        "- Numbness: 6 of 10",
        "- Feelings: anxious (scared, 4 of 5), numb (2 of 5)",
        "- Body: face and jaw, tense; chest",
        "- Tags: #walk",
        "- Prompt: What was one small moment today?",
        "\\# not a heading",
        "\\---",
    ):
        assert line in newest, line
    assert sections[2].startswith("Strategies tried\n\n- Fri 27 Nov 2026, 09:30: Box breathing, ")
    assert "numbness 7 before and 5 after. calmer" in sections[2]


def test_markdown_of_an_empty_range_says_so(store: Store) -> None:
    out = io.StringIO()
    assert write_markdown(store, out, since=START + timedelta(days=5)) == 0
    assert "No entries in this time." in out.getvalue()
    assert "from 2 Dec 2026" in out.getvalue()


def test_csv_has_a_header_and_one_row_per_entry(store: Store) -> None:
    out = io.StringIO()
    assert write_csv(store, out) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == list(COLUMNS)
    assert len(rows) == 3
    row = dict(zip(COLUMNS, rows[2], strict=True))
    assert row["created_at"] == "2026-11-27T09:30:00+01:00"
    assert (row["date"], row["time"], row["numbness"]) == ("2026-11-27", "09:30", "6")
    assert row["feelings"] == "anxious:4; numb:2"
    assert row["body"] == "face_jaw:tense; chest"
    assert row["text"].startswith("# not a heading\nWalked by the river.")
    assert dict(zip(COLUMNS, rows[1], strict=True))["could_not_name"] == "yes"


def test_csv_cells_never_start_a_spreadsheet_formula(tmp_path: Path) -> None:
    with open_store(tmp_path / "j.db") as store:
        for text in ("=1+1", "+SUM(A1)", "-2+3", "@cmd", "fine"):
            store.entries.add(NewEntry(text=text, tags=("=tag",)))
        out = io.StringIO()
        write_csv(store, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert sorted(r["text"] for r in rows) == ["'+SUM(A1)", "'-2+3", "'=1+1", "'@cmd", "fine"]
    assert {r["tags"] for r in rows} == {"'=tag"}


def test_printed_markdown_and_csv_hold_no_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "j.db"
    with open_store(db) as store:
        store.entries.add(NewEntry(text="title\x1b]0;owned\x07 and \x9b31m", tags=("a\x1bb",)))
    for fmt in ("markdown", "csv"):
        assert main(["--db", str(db), "export", "--format", fmt]) == 0
        out = capsys.readouterr().out
        assert not any(ord(c) < 32 and c not in "\n" or 0x7F <= ord(c) <= 0x9F for c in out)
        assert "title\ufffd]0;owned\ufffd and \ufffd31m" in out
