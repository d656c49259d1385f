"""`journal list` and `journal search`: what they print, and that it is safe to print."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal.models import BodyNote, Feeling, NewEntry
from journal.store import open_store
from journal.store.imported import ImportedEntry
from tests.support import run_cli

ROOT = Path(__file__).resolve().parent.parent
HEADER = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}", re.MULTILINE)
HOSTILE = "Bell\x07 ESC\x1b]0;owned\x07 CSI\x9b2J [/] [@click=app.quit]x[/] \x1b[31mred"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Fifteen entries, one a day up to today; the newest has everything filled in."""
    path = tmp_path / "j.db"
    now = datetime.now().astimezone().replace(hour=9, minute=30, second=0, microsecond=0)
    entries = [
        ImportedEntry(
            NewEntry(
                text=f"Day {i} first line\nsecond line of day {i}",
                created_at=now - timedelta(days=i),
            )
        )
        for i in range(1, 15)
    ]
    newest = NewEntry(
        text="Walked by the river.\nThe cold felt sharp and real.",
        numbness=6,
        feelings=(Feeling("anxious", "scared", 4), Feeling("numb", "numb", 3)),
        body_notes=(BodyNote("chest", "tight"),),
        tags=("work", "walk"),
        created_at=now,
    )
    with open_store(path) as store:
        store.transfer.add_all([*entries, ImportedEntry(newest)])
    return path


def test_list_shows_the_ten_newest_first_with_a_header_each(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, out, _err = run_cli(capsys, "--db", str(db), "list")
    assert code == 0
    headers = HEADER.findall(out)
    assert len(headers) == 10
    assert headers == sorted(headers, reverse=True)
    first_block = out.split("\n\n")[0].splitlines()
    assert first_block[0].endswith(" · numbness 6 · anxious (scared), numb · #walk #work")
    assert first_block[1:] == ["  Walked by the river."]
    assert "second line" not in out  # only the first line without --full


def test_list_number_all_and_full(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    assert len(HEADER.findall(run_cli(capsys, "--db", str(db), "list", "-n", "3")[1])) == 3
    assert len(HEADER.findall(run_cli(capsys, "--db", str(db), "list", "--all")[1])) == 15
    out = run_cli(capsys, "--db", str(db), "list", "-n", "2", "--full")[1]
    assert "  The cold felt sharp and real." in out
    assert "  second line of day 1" in out


def test_list_between_plain_word_dates_shows_every_entry_in_range(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    out = run_cli(
        capsys, "--db", str(db), "list", "--since", "12 days ago", "--until", "yesterday"
    )[1]
    assert len(HEADER.findall(out)) == 12
    assert "Walked by the river" not in out
    out = run_cli(capsys, "--db", str(db), "list", "--since", "today")[1]
    assert HEADER.findall(out) and len(HEADER.findall(out)) == 1


def test_a_date_that_cannot_be_read_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, out, err = run_cli(capsys, "--db", str(db), "list", "--since", "01/02/2026")
    assert code == 1 and out == ""
    assert err.startswith("journal: --since:") and len(err.strip().splitlines()) == 1


def test_a_search_without_a_word_says_what_to_type(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run_cli(capsys, "--db", str(db), "search")
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "as in: journal search tired" in err


def test_search_finds_by_word_and_feeling(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _err = run_cli(capsys, "--db", str(db), "search", "river")
    assert code == 0 and len(HEADER.findall(out)) == 1
    assert "Walked by the river" in out
    assert len(HEADER.findall(run_cli(capsys, "--db", str(db), "search", "anx")[1])) == 1
    assert (
        len(HEADER.findall(run_cli(capsys, "--db", str(db), "search", "first", "-n", "4")[1])) == 4
    )


def test_a_match_in_the_feeling_words_shows_the_entry_text(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    out = run_cli(capsys, "--db", str(db), "search", "anx")[1]
    assert out.splitlines()[1] == "  Walked by the river."  # not "anxious numb", the words


def test_a_minus_word_without_the_double_dash_is_explained(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    for argv in (["search", "river", "-walk"], ["search", "-walk"], ["search", "-nothing"]):
        code, out, err = run_cli(capsys, "--db", str(db), *argv)
        assert (code, out) == (2, ""), argv
        assert "put -- before the words" in err and len(err.strip().splitlines()) == 1
    code, out, _err = run_cli(capsys, "--db", str(db), "search", "-n", "2", "--", "river", "-cold")
    assert code == 0 and out == ""  # the only river entry also felt cold


def test_search_with_no_match_says_so_on_stderr(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, out, err = run_cli(capsys, "--db", str(db), "search", "zebra")
    assert (code, out) == (0, "")
    assert 'Nothing found for "zebra"' in err


def test_search_marks_matches_in_bold_only_on_a_terminal(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = run_cli(capsys, "--db", str(db), "search", "river")[1]
    assert "\x1b" not in plain and "\ue000" not in plain
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    bold = run_cli(capsys, "--db", str(db), "search", "river")[1]
    assert "\x1b[1mriver\x1b[22m" in bold


def test_json_output_is_the_export_shape(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    records = json.loads(run_cli(capsys, "--db", str(db), "list", "-n", "2", "--json")[1])
    assert len(records) == 2
    assert records[0]["feelings"][0] == {
        "word": "anxious",
        "family": "scared",
        "intensity": 4,
        "custom": False,
    }
    assert records[0]["body_notes"] == [{"region": "chest", "sensation": "tight"}]
    found = json.loads(run_cli(capsys, "--db", str(db), "search", "river", "--json")[1])
    assert [r["text"].split("\n")[0] for r in found] == ["Walked by the river."]


def test_control_characters_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "hostile.db"
    with open_store(db) as store:
        store.entries.add(
            NewEntry(
                text=HOSTILE + "\r\nnext line",
                feelings=(Feeling("odd\x1bword", custom=True),),
                tags=("tag\x1b[2J",),
            )
        )
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    for argv in (["list"], ["list", "--full"], ["search", "bell"], ["list", "--json"]):
        out = run_cli(capsys, "--db", str(db), *argv)[1]
        raw_controls = re.findall(
            r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out.replace("\x1b[1m", "").replace("\x1b[22m", "")
        )
        assert raw_controls == [], argv
        assert "[@click=app.quit]x[/]" in out or "--json" in argv


def test_a_reader_that_stops_early_is_not_an_error(tmp_path: Path) -> None:
    db = tmp_path / "many.db"
    start = datetime(2024, 1, 1, 8).astimezone()
    entries = [
        ImportedEntry(
            NewEntry(text=f"entry {i} " + "words " * 50, created_at=start + timedelta(hours=i))
        )
        for i in range(3000)
    ]
    with open_store(db) as store:
        store.transfer.add_all(entries)
    command = [sys.executable, "-m", "journal", "--db", str(db), "list", "--all"]
    reader = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert reader.stdout is not None and reader.stderr is not None
    assert HEADER.match(reader.stdout.readline().decode())
    reader.stdout.close()
    assert reader.wait(timeout=30) == 0
    assert reader.stderr.read() == b""
