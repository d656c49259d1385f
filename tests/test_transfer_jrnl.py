"""Importing jrnl's JSON export: titles and bodies, tags, stars, times; the real jrnl if present.

tests/data/jrnl_export.json was written by jrnl 4.6 (`jrnl --export json`) from
tests/data/jrnl_journal.txt. When bench/.jrnl-venv holds jrnl, a test runs it on
that journal again and checks that its output still matches the checked-in file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from journal.models import NewEntry
from journal.store import open_store
from tests.support import run_cli

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
FIXTURE = DATA / "jrnl_export.json"
JRNL = ROOT / "bench" / ".jrnl-venv" / "bin" / "jrnl"
JRNL_CONFIG = """\
version: "4.6"
editor: ""
encrypt: false
template: false
default_hour: 9
default_minute: 0
timeformat: "%Y-%m-%d %H:%M"
tagsymbols: "#@"
highlight: true
linewrap: 79
indent_character: "|"
journals:
  default: "{journal}"
colors:
  body: none
  date: none
  tags: none
  title: none
"""


def test_an_import_into_a_journal_with_entries_says_how_to_undo_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "j.db"
    with open_store(db) as store:
        store.entries.add(NewEntry(text="mine already"))
    code, out, err = run_cli(capsys, "--db", str(db), "import", str(FIXTURE))
    assert code == 0, err
    added, undo = out.splitlines()
    assert added == "Added 6 entries from this jrnl file."
    kept = Path(undo.split(" is kept at ")[1].split(";")[0])
    assert undo.endswith("`journal restore` puts it back.")
    with open_store(kept) as before:
        assert [e.text for e in before.transfer.entries_oldest_first()] == ["mine already"]


def test_a_jrnl_export_becomes_thaw_entries(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "j.db"
    code, out, err = run_cli(capsys, "--db", str(db), "import", str(FIXTURE))
    assert code == 0, err
    assert out == "Added 6 entries from this jrnl file.\n"
    with open_store(db) as store:
        entries = list(store.transfer.entries_oldest_first())
    first = entries[0]
    assert first.text == "Slept badly again.\nWoke at 4 and lay there feeling nothing much. @sleep"
    assert first.tags == ("sleep",)
    assert first.created_at == datetime(2025, 10, 3, 8, 15).astimezone()
    starred = entries[2]
    assert starred.text == "Forgot my sertraline this morning; took it at noon."
    assert starred.tags == ("starred",)
    assert entries[3].tags == ("therapy", "work")  # "#therapy" and "@work", marks dropped
    assert "[/]" in entries[3].text and "Écoute — ça va?" in entries[3].text
    assert entries[5].text.endswith(
        "We talked about the flatness.\n\nShe asked what my body "
        "felt like. Tight chest, I said. @therapy"
    )


def test_importing_the_same_jrnl_export_twice_adds_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "j.db"
    run_cli(capsys, "--db", str(db), "import", str(FIXTURE))
    code, out, _err = run_cli(capsys, "--db", str(db), "import", str(FIXTURE))
    assert (code, out) == (0, "Nothing new: everything in this jrnl file is already here.\n")
    with open_store(db) as store:
        assert store.entries.count() == 6


def test_an_import_is_backed_up_first(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "j.db"
    run_cli(capsys, "--db", str(db), "add", "before the import")
    run_cli(capsys, "--db", str(db), "import", str(FIXTURE))
    backups = list((tmp_path / "backups").glob("j-*.db"))
    assert len(backups) == 1
    with open_store(backups[0], create=False) as before:
        assert before.entries.count() == 1


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"tags": {}, "entries": {"title": "x"}}, '"entries" should be a list'),
        ({"tags": {}, "entries": ["text"]}, '"entries", item 1 should be an object'),
        (
            {"tags": {}, "entries": [{"title": "a", "date": "2025-13-01", "time": "08:00"}]},
            'entry 1: "date" should be a date like "2025-10-03"',
        ),
        (
            {"tags": {}, "entries": [{"title": 3, "date": "2025-10-01", "time": "08:00"}]},
            'entry 1 (2025-10-01 08:00): "title" should be text',
        ),
        (
            {"tags": {}, "entries": [{"title": "a", "date": "2025-10-01", "tags": "@x"}]},
            '"tags" should be a list of texts',
        ),
        (
            {"entries": [{"title": "a", "date": "2025-10-01", "starred": "yes"}]},
            '"starred" should be true or false',
        ),
    ],
)
def test_a_malformed_jrnl_export_imports_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, document: object, message: str
) -> None:
    db = tmp_path / "j.db"
    good = {"title": "fine", "body": "", "date": "2025-10-01", "time": "07:00", "tags": []}
    if isinstance(document, dict) and isinstance(document.get("entries"), list):
        document["entries"].insert(0, good)
        message = message.replace("entry 1", "entry 2").replace("item 1", "item 2")
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(document))
    code, out, err = run_cli(capsys, "--db", str(db), "import", str(file))
    assert code == 1 and out == ""
    assert message in err, err
    assert not db.exists()


def _comparable(export: str) -> dict[str, object]:
    """A jrnl export with each entry's tags sorted: jrnl lists them in set order."""
    document = json.loads(export)
    for entry in document["entries"]:
        entry["tags"] = sorted(entry["tags"])
    return document


@pytest.mark.skipif(not JRNL.exists(), reason="jrnl is not installed in bench/.jrnl-venv")
def test_the_fixture_matches_what_real_jrnl_exports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    journal_txt = tmp_path / "journal.txt"
    shutil.copy(DATA / "jrnl_journal.txt", journal_txt)
    config = tmp_path / "jrnl.yaml"
    config.write_text(JRNL_CONFIG.format(journal=journal_txt))
    home = tmp_path / "home"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "NO_COLOR": "1",
        "TZ": "UTC",
        "LANG": "C.UTF-8",
    }
    result = subprocess.run(
        [str(JRNL), "--config-file", str(config), "--export", "json"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert _comparable(result.stdout) == _comparable(FIXTURE.read_text())
    live = tmp_path / "live.json"
    live.write_text(result.stdout)
    db = tmp_path / "j.db"
    assert run_cli(capsys, "--db", str(db), "import", str(live))[1].startswith("Added 6 entries")
    assert run_cli(capsys, "--db", str(db), "import", str(FIXTURE))[1].startswith("Nothing new")
