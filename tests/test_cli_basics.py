"""The `journal` command itself: help, version, mistakes, and starting fast without Textual."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import journal
from journal.cli import main
from journal.commands.parser import build_parser
from journal.models import NewEntry
from journal.store import open_store
from journal.store.imported import ImportedEntry
from tests.support import run_cli

REPO_ROOT = Path(journal.__file__).resolve().parent.parent
TZ = timezone(timedelta(hours=1))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"journal {journal.__version__}"


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("add", "list", "search", "export", "import", "report", "backup", "restore"):
        assert f"    {command} " in out
    assert "--demo" in out


@pytest.mark.parametrize(
    "argv",
    [["frobnicate"], ["list", "-n", "x"], ["list", "-n", "0"], ["add", "--numbness", "11"]],
)
def test_a_mistake_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(tmp_path / "j.db"), *argv])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "--help" in err and "Traceback" not in err


def test_a_mistyped_command_is_named_with_the_likely_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["lsit"])
    err = capsys.readouterr().err
    assert err.startswith('journal: "lsit" is not a command; did you mean "list"?')
    assert "invalid choice" not in err


def test_demo_cannot_be_combined_with_a_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run_cli(capsys, "--demo", "--db", str(tmp_path / "j.db"), "list")
    assert code == 2
    assert "--demo opens the app" in err


def test_db_may_come_after_the_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "late.db"
    assert run_cli(capsys, "add", "hello", "--db", str(path))[0] == 0
    assert path.exists()


def test_journal_db_environment_variable_chooses_the_journal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("JOURNAL_DB", str(path))
    assert run_cli(capsys, "add", "from the environment")[0] == 0
    code, out, _err = run_cli(capsys, "list")
    assert code == 0 and "from the environment" in out


def test_a_missing_journal_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "nothing-here.db"
    code, out, err = run_cli(capsys, "--db", str(path), "list")
    assert code == 1 and out == ""
    assert str(path) in err and "no journal" in err
    assert not path.exists()


def test_only_the_named_command_is_built() -> None:
    parser = build_parser(["--db", "x.db", "list"])
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(choices) == {"list", "search"}
    assert len(build_parser([])._subparsers._group_actions[0].choices) == 9  # type: ignore[union-attr]


CHECK_IMPORTS = """
import json, sys
from journal.cli import main
code = main(sys.argv[1:])
heavy = ("textual", "sqlite_utils", "dateutil", "csv", "journal.ui", "journal.content")
loaded = [m for m in sys.modules if m.split(".")[0] in heavy or m.startswith(heavy)]
print(json.dumps({"code": code, "loaded": sorted(loaded)}), file=sys.stderr)
"""


def _loaded_by(*argv: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", CHECK_IMPORTS, *argv],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report["code"] == 0, result.stderr
    return report["loaded"]


def test_reading_commands_never_load_textual_sqlite_utils_or_dateutil(tmp_path: Path) -> None:
    db = str(tmp_path / "j.db")
    with open_store(Path(db)) as store:
        store.entries.add(NewEntry(text="walked by the river", numbness=4))
    for argv in (["list"], ["search", "river"]):
        assert _loaded_by("--db", db, *argv) == [], argv


def test_add_loads_sqlite_utils_for_its_transaction_but_never_textual(tmp_path: Path) -> None:
    db = str(tmp_path / "j.db")
    with open_store(Path(db)) as store:
        store.entries.add(NewEntry(text="walked by the river", numbness=4))
    loaded = _loaded_by("--db", db, "add", "one more", "--numbness", "3")
    assert "sqlite_utils" in loaded
    assert not [m for m in loaded if m.startswith(("textual", "journal.ui"))], loaded


def _fill(path: Path, count: int) -> None:
    start = datetime(2024, 1, 1, 8, tzinfo=TZ)
    words = ("walked", "slept", "tired", "calm", "numb", "river", "work", "sleep badly")
    entries = [
        ImportedEntry(
            NewEntry(
                text=f"Day {i}: {words[i % len(words)]} and {words[(i * 7) % len(words)]}.",
                numbness=i % 11,
                tags=("work",) if i % 3 == 0 else (),
                created_at=start + timedelta(hours=7 * i),
            )
        )
        for i in range(count)
    ]
    with open_store(path) as store:
        store.transfer.add_all(entries)


def test_a_search_over_ten_thousand_entries_prints_one_page(tmp_path: Path) -> None:
    """Speed is measured in bench/, never asserted here."""
    db = tmp_path / "big.db"
    _fill(db, 10_000)
    argv = [sys.executable, "-m", "journal", "--db", str(db), "search", "river", "-n", "50"]
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n2") == 49  # 50 blocks: 49 after the first
