"""Thaw's JSON export and import: lossless round trip, no duplicates, clear refusals."""

from __future__ import annotations

import json
import stat
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal.models import BodyNote, Feeling, NewEntry
from journal.store import Store, open_store
from journal.transfer.json_format import FORMAT_NAME, FORMAT_VERSION
from tests.support import run_cli

TZ = timezone(timedelta(hours=1))
START = datetime(2026, 11, 1, 9, 30, tzinfo=TZ)
ELSEWHERE = timezone(timedelta(hours=-5))
HOSTILE = "ESC\x1b[2J DEL\x7f CSI\x9b NUL\x00 [/] [@click=app.quit]x[/]"


def fill(store: Store) -> None:
    """Entries of every shape, two in the same second, a trashed one, attempts and contacts."""
    store.entries.add(
        NewEntry(
            text="Walked by the river.\nCold and sharp.",
            numbness=6,
            energy=3,
            pleasantness=4,
            prompt_id="small-moment",
            prompt_text="What was one small moment today?",
            feelings=(Feeling("anxious", "scared", 4), Feeling("blah", "", 2, True)),
            body_notes=(BodyNote("chest", "tight"), BodyNote("throat", "")),
            tags=("walk", "work"),
            created_at=START,
        )
    )
    store.entries.add(NewEntry(text="same second", created_at=START + timedelta(days=1)))
    store.entries.add(NewEntry(text="same second", created_at=START + timedelta(days=1)))
    store.entries.add(
        NewEntry(could_not_name=True, numbness=9, created_at=START.astimezone(ELSEWHERE))
    )
    store.entries.add(NewEntry(text=HOSTILE, created_at=START + timedelta(days=3)))
    edited = store.entries.add(NewEntry(text="before", created_at=START + timedelta(days=4)))
    store.entries.update(edited.id, NewEntry(text="after an edit"))
    trashed = store.entries.add(NewEntry(text="in the trash", created_at=START))
    store.entries.trash(trashed.id)
    store.strategies.record("box-breathing", 7, 5, "calmer", started_at=START)
    store.strategies.record("five-senses", started_at=START + timedelta(days=2))
    store.contacts.add("Sam", "07700 900123", "best at evenings")


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "source.db"
    with open_store(path, clock=lambda: START + timedelta(days=10)) as store:
        fill(store)
    return path


def export(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> str:
    code, out, err = run_cli(capsys, "--db", str(db), "export", "--format", "json", *extra)
    assert code == 0, err
    return out


def test_round_trip_gives_identical_output(
    capsys: pytest.CaptureFixture[str], source: Path, tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    assert run_cli(capsys, "--db", str(source), "export", "-o", str(first))[0] == 0
    empty = tmp_path / "empty.db"
    code, out, _err = run_cli(capsys, "--db", str(empty), "import", str(first))
    assert code == 0 and out.startswith("Added 6 entries, 2 strategy attempts and 1 contact")
    assert export(capsys, empty) == first.read_text(encoding="utf-8")


def test_the_export_holds_everything_but_the_trash(
    capsys: pytest.CaptureFixture[str], source: Path
) -> None:
    document = json.loads(export(capsys, source))
    assert document["format"] == FORMAT_NAME
    assert document["format_version"] == FORMAT_VERSION
    texts = [e["text"] for e in document["entries"]]
    assert "in the trash" not in texts and texts.count("same second") == 2
    first = document["entries"][0]
    assert first["feelings"][1] == {"word": "blah", "family": "", "intensity": 2, "custom": True}
    assert first["body_notes"] == [
        {"region": "chest", "sensation": "tight"},
        {"region": "throat", "sensation": ""},
    ]
    assert (first["energy"], first["pleasantness"], first["prompt_id"]) == (3, 4, "small-moment")
    assert document["strategy_attempts"][0]["note"] == "calmer"
    assert document["contacts"] == [
        {"name": "Sam", "reach": "07700 900123", "note": "best at evenings"}
    ]
    edited = next(e for e in document["entries"] if e["text"] == "after an edit")
    assert edited["updated_at"] != edited["created_at"]
    assert HOSTILE in texts  # lossless, although printed safely


def test_export_to_the_terminal_keeps_control_characters_out(
    capsys: pytest.CaptureFixture[str], source: Path
) -> None:
    out = export(capsys, source)
    assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in out)


def test_importing_twice_adds_nothing_the_second_time(
    capsys: pytest.CaptureFixture[str], source: Path, tmp_path: Path
) -> None:
    file = tmp_path / "export.json"
    run_cli(capsys, "--db", str(source), "export", "-o", str(file))
    target = tmp_path / "target.db"
    assert run_cli(capsys, "--db", str(target), "import", str(file))[0] == 0
    code, out, _err = run_cli(capsys, "--db", str(target), "import", str(file))
    assert code == 0 and out.startswith("Nothing new")
    code, out, _err = run_cli(capsys, "--db", str(source), "import", str(file))
    assert out.startswith("Nothing new")  # a journal's own export adds nothing to it
    with open_store(target) as store:
        assert store.entries.count() == 6
        assert len(store.strategies.attempts()) == 2 and len(store.contacts.all()) == 1


def test_dry_run_reports_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], source: Path, tmp_path: Path
) -> None:
    file = tmp_path / "export.json"
    run_cli(capsys, "--db", str(source), "export", "-o", str(file))
    target = tmp_path / "target.db"
    code, out, _err = run_cli(capsys, "--db", str(target), "import", "--dry-run", str(file))
    assert code == 0 and out.startswith("Would add 6 entries")
    assert not target.exists()
    with open_store(target) as store:
        store.entries.add(NewEntry(text="same second", created_at=START + timedelta(days=1)))
    before = target.read_bytes()
    out = run_cli(capsys, "--db", str(target), "import", "--dry-run", str(file))[1]
    assert out.startswith("Would add 5 entries") and "1 entry was already in your journal" in out
    assert target.read_bytes() == before


def test_only_a_date_range_is_exported(
    capsys: pytest.CaptureFixture[str], source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "UTC-1")  # POSIX for UTC+1, the entries' own zone
    time.tzset()
    try:
        out = export(capsys, source, "--since", "2026-11-02", "--until", "2026-11-03")
    finally:
        monkeypatch.undo()
        time.tzset()
    document = json.loads(out)
    assert [e["text"] for e in document["entries"]] == ["same second", "same second"]
    assert [a["strategy_id"] for a in document["strategy_attempts"]] == ["five-senses"]


def test_files_written_are_private_and_never_half_written(
    capsys: pytest.CaptureFixture[str], source: Path, tmp_path: Path
) -> None:
    for fmt in ("json", "markdown", "csv"):
        file = tmp_path / f"out.{fmt}"
        file.write_text("an older export")
        file.chmod(0o644)
        code, out, _err = run_cli(
            capsys, "--db", str(source), "export", "--format", fmt, "-o", str(file)
        )
        assert code == 0 and out == f"Exported 6 entries to {file}.\n"
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_export_never_overwrites_the_journal(
    capsys: pytest.CaptureFixture[str], source: Path
) -> None:
    before = source.read_bytes()
    code, _out, err = run_cli(capsys, "--db", str(source), "export", "-o", str(source))
    assert code == 1 and "is the journal itself" in err
    assert source.read_bytes() == before


def test_an_export_to_a_missing_folder_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], source: Path, tmp_path: Path
) -> None:
    code, _out, err = run_cli(
        capsys, "--db", str(source), "export", "-o", str(tmp_path / "no" / "x")
    )
    assert code == 1 and "Could not write" in err and "Traceback" not in err


def _document(**changes: object) -> dict[str, object]:
    entry = {"created_at": "2026-11-01T09:30:00+01:00", "text": "fine", "numbness": 3}
    document: dict[str, object] = {
        "format": FORMAT_NAME,
        "format_version": 1,
        "entries": [entry, dict(entry, text="also fine")],
    }
    for key, value in changes.items():
        if key.startswith("entry_"):
            entry_changes = value if isinstance(value, dict) else {}
            document["entries"] = [*document["entries"], dict(entry, **entry_changes)]  # type: ignore[list-item]
        else:
            document[key] = value
    return document


MALFORMED = [
    ("{not json", "not valid JSON: line 1, column 2"),
    ("2025-10-03 08:15 Slept badly.", "and jrnl's (jrnl --export json > FILE)"),
    ("[1, 2, 3]", "neither a Thaw export"),
    (json.dumps(_document(format_version=2)), "newer Thaw (format 2"),
    (json.dumps(_document(entries={"a": 1})), '"entries" should be a list'),
    (
        json.dumps(_document(entry_x={"numbness": 11})),
        'entry 3 (2026-11-01T09:30:00+01:00): "numbness"',
    ),
    (json.dumps(_document(entry_x={"created_at": "yesterday"})), 'entry 3: "created_at" should be'),
    (json.dumps(_document(entry_x={"text": 5})), '"text" should be text, but it is the number 5'),
    (
        json.dumps(_document(entry_x={"feelings": [{"word": "sad", "intensity": 9}]})),
        '"feelings", item 1: "intensity" should be a whole number from 1 to 5',
    ),
    (json.dumps(_document(entry_x={"tags": "work"})), '"tags" should be a list of texts'),
    (
        json.dumps(_document(entry_x={"body_nothing": "yes"})),
        '"body_nothing" should be true or false, but it is the text "yes"',
    ),
    (
        json.dumps(_document(entry_x={"body_nothing": True, "body_notes": [{"region": "chest"}]})),
        '"body_nothing" is true but "body_notes" is not empty; an entry holds one or the other',
    ),
    (
        json.dumps(_document(strategy_attempts=[{"strategy_id": "", "started_at": "2026-11-01"}])),
        'attempt 1: "strategy_id" should be some text',
    ),
    (json.dumps(_document(contacts=[{"reach": "x"}])), 'contact 1: "name" should be some text'),
    ("[" * 100_000, "nested too deeply"),
]


@pytest.mark.parametrize(("content", "message"), MALFORMED)
def test_a_malformed_file_is_refused_whole_with_where_it_is_wrong(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, message: str
) -> None:
    db = tmp_path / "j.db"
    with open_store(db) as store:
        store.entries.add(NewEntry(text="already here"))
    before = db.read_bytes()
    file = tmp_path / "bad.json"
    file.write_text(content, encoding="utf-8")
    code, out, err = run_cli(capsys, "--db", str(db), "import", str(file))
    assert code == 1 and out == ""
    assert message in err, err
    assert err.startswith(f"journal: {file} was not imported: ")
    assert err.strip().endswith("Nothing was changed.") and len(err.strip().splitlines()) == 1
    assert db.read_bytes() == before


def test_a_file_that_is_not_text_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    file = tmp_path / "photo.json"
    file.write_bytes(b"\xff\xd8\xff\xe0 not text")
    code, _out, err = run_cli(capsys, "--db", str(tmp_path / "j.db"), "import", str(file))
    assert code == 1 and "not a text file" in err
