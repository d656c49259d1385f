"""The quick path for plain `journal list` / `journal search`: same answers, less to load.

journal.quick answers the plain forms without argparse, dataclasses or the whole
store. These tests hold it to the full parser's output, byte for byte, and check
that anything it does not know goes to the full parser.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO

import pytest

from journal import quick
from journal.cli import main
from journal.commands.output import run_command
from journal.commands.parser import build_parser
from journal.models import Feeling, NewEntry
from journal.paths import default_db_path
from journal.store import open_store
from journal.store.imported import ImportedEntry
from journal.store.reader import open_for_reading

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = "Bell\x07 ESC\x1b]0;owned\x07 [/] [@click=app.quit]x[/] \x1b[31mred"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Thirty entries with feelings, tags, several lines, and one full of control characters."""
    path = tmp_path / "j.db"
    start = datetime(2026, 10, 1, 8, 15).astimezone()
    entries = [
        ImportedEntry(
            NewEntry(
                text=f"\n  Day {i}: tired after work\nslept badly, walked a little",
                numbness=i % 11 if i % 3 else None,
                feelings=(Feeling("tired", "tired", 3), Feeling("anxious", "scared", 2))
                if i % 2
                else (),
                tags=("work", "sleep") if i % 4 == 0 else (),
                created_at=start + timedelta(hours=7 * i),
            )
        )
        for i in range(29)
    ]
    hostile = NewEntry(
        text=HOSTILE + "\r\nnext line", feelings=(Feeling("odd\x1bword", custom=True),)
    )
    with open_store(path) as store:
        store.transfer.add_all(entries)
        store.entries.add(hostile)
    return path


def full_parser(argv: list[str]) -> int:
    """The same command line through argparse and the whole store, never the quick path."""
    args = build_parser(argv).parse_args(argv)
    return run_command(args.run, args)


PLAIN_FORMS = [
    ["list"],
    ["list", "-n", "3"],
    ["list", "--number", "40"],
    ["search", "tired"],
    ["search", "tired", "-n", "2"],
    ["search", "-n", "5", "slept", "walk"],
    ["search", "anx"],  # matches only feeling words: the text is shown instead
    ["search", "bell"],
    ["search", "zebra"],
    ["search", '"tired after"'],
    ["search", "AND", "(", "*"],
]


@pytest.mark.parametrize("argv", PLAIN_FORMS, ids=" ".join)
@pytest.mark.parametrize("terminal", [False, True], ids=["pipe", "terminal"])
def test_plain_forms_print_exactly_what_the_full_parser_prints(
    argv: list[str],
    terminal: bool,
    db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: terminal)
    monkeypatch.delenv("NO_COLOR", raising=False)
    command = ["--db", str(db), *argv]
    assert quick.parse_plain(command) is not None
    answered = quick.run_quick(command)
    quick_out = capsys.readouterr()
    full = full_parser(command)
    full_out = capsys.readouterr()
    assert answered == full == 0
    assert (quick_out.out, quick_out.err) == (full_out.out, full_out.err)


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "--all"],
        ["list", "--json"],
        ["list", "-n", "0"],
        ["list", "-n", "²"],
        ["list", "-n"],
        ["list", "-n", "2", "-n", "3"],
        ["list", "word"],
        ["search"],
        ["search", "river", "-walk"],
        ["search", "--", "river"],
        ["search", "x", "--since", "monday"],
        ["--db=x.db", "list"],
        ["--demo", "list"],
        ["lst"],
        ["export"],
        ["--help"],
        [],
    ],
    ids=lambda argv: " ".join(argv) or "(nothing)",
)
def test_every_other_form_goes_to_the_full_parser(argv: list[str]) -> None:
    assert quick.parse_plain(argv) is None


def test_plain_forms_are_taken_apart() -> None:
    request = quick.parse_plain(["search", "cold", "--db", "a.db", "hands", "--number", "7"])
    assert request is not None
    assert (request.command, request.db, request.words, request.number) == (
        "search",
        "a.db",
        ["cold", "hands"],
        7,
    )


def test_an_unusual_journal_file_goes_to_the_full_path(tmp_path: Path) -> None:
    missing, foreign, text = tmp_path / "missing.db", tmp_path / "foreign.db", tmp_path / "t.db"
    text.write_text("not a database")
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE entries (id INTEGER)")
    for path in (missing, foreign, text, tmp_path):
        assert open_for_reading(str(path)) is None, path
        assert quick.run_quick(["--db", str(path), "list"]) is None
    assert not missing.exists()


def test_a_journal_that_needs_upgrading_goes_to_the_full_path(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert open_for_reading(str(db)) is not None
    monkeypatch.setattr("journal.store.schema.MIGRATION_NAMES", ("m001_initial", "m999_future"))
    assert open_for_reading(str(db)) is None


@pytest.mark.skipif(sys.platform != "linux", reason="the quick path knows only the XDG rule")
@pytest.mark.parametrize(
    "environ",
    [
        {"HOME": "/home/sam"},
        {"HOME": "/home/sam", "XDG_DATA_HOME": "/data/sam"},
        {"HOME": "/home/sam", "XDG_DATA_HOME": ""},
        {"HOME": "/home/sam/", "XDG_DATA_HOME": "/data/sam/"},
    ],
)
def test_the_default_journal_is_where_platformdirs_puts_it(
    environ: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert quick.default_db_path(os.environ) == os.path.normpath(default_db_path())


@pytest.mark.parametrize(
    "environ",
    [{}, {"HOME": "relative"}, {"HOME": "/home/sam", "XDG_DATA_HOME": "rel"}],
)
def test_an_unusual_home_is_left_to_platformdirs(environ: dict[str, str]) -> None:
    assert quick.default_db_path(environ, platform="linux") is None
    assert quick.default_db_path({"HOME": "/home/sam"}, platform="darwin") is None


def _modules_after(argv: list[str], env: dict[str, str]) -> set[str]:
    """The modules a real `journal` process has loaded when the command is done."""
    code = (
        "import sys\nfrom journal.cli import main\n"
        f"code = main({argv!r})\nprint('|'.join(sys.modules))\nsys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    return set(done.stdout.strip().splitlines()[-1].split("|"))


def test_a_plain_list_loads_neither_argparse_nor_the_models(db: Path) -> None:
    env = {**os.environ, "JOURNAL_DB": str(db)}
    heavy = {"argparse", "dataclasses", "typing", "pathlib", "journal.models", "sqlite_utils"}
    assert _modules_after(["list", "-n", "2"], env) & heavy == set()
    assert _modules_after(["search", "tired"], env) & heavy == set()
    assert {"argparse", "journal.models"} <= _modules_after(["list", "--all"], env)


def test_a_reader_that_stops_early_is_not_an_error_on_the_quick_path(tmp_path: Path) -> None:
    db = tmp_path / "many.db"
    start = datetime(2024, 1, 1, 8).astimezone()
    with open_store(db) as store:
        store.transfer.add_all(
            ImportedEntry(
                NewEntry(text="entry " + "words " * 50, created_at=start + timedelta(hours=i))
            )
            for i in range(3000)
        )
    command = [sys.executable, "-m", "journal", "--db", str(db), "list", "-n", "3000"]
    reader = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert reader.stdout is not None and reader.stderr is not None
    assert reader.stdout.readline().startswith(b"2024-")
    reader.stdout.close()
    assert reader.wait(timeout=30) == 0
    assert reader.stderr.read() == b""


def test_main_answers_plain_forms_quickly_and_others_fully(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "list", "-n", "1"]) == 0
    assert capsys.readouterr().out.count("\n\n") == 1
    assert main(["--db", str(db), "search", "river", "-walk"]) == 2
    assert "put -- before the words" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["list"], ["list", "--all"]], ids=["quick", "full"])
def test_ctrl_c_while_printing_is_one_quiet_line(
    argv: list[str],
    db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    # listing first: importing it while blocks.show is patched would keep the patch for good.
    monkeypatch.setattr("journal.commands.listing.show", interrupted)
    monkeypatch.setattr("journal.commands.blocks.show", interrupted)
    assert main(["--db", str(db), *argv]) == 130
    assert capsys.readouterr().err == "\njournal: stopped.\n"


def journal_into(
    out: BinaryIO, db: Path, argv: list[str], *, buffered: bool = True
) -> subprocess.CompletedProcess[bytes]:
    """A real `journal --db DB ARGV` process printing into the file `out`, its standard
    output buffered (as usual) or not; its standard error is captured."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"
    command = [sys.executable, "-m", "journal", "--db", str(db), *argv]
    return subprocess.run(
        command, stdout=out, stderr=subprocess.PIPE, cwd=ROOT, env=env, check=False
    )


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["list", "-n", "5"], 0, b""),
        (["search", "tired"], 0, b""),
        (["search", "nothingmatchesthis"], 0, b'Nothing found for "nothingmatchesthis".\n'),
    ],
)
def test_the_real_command_ends_at_once_with_everything_printed(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    status: int,
    message: bytes,
) -> None:
    """After a quick command the process skips Python's shutdown (journal.cli.command), so
    what it printed must be flushed first: into a file (buffered), and to stderr."""
    assert main(["--db", str(db), *argv]) == status
    expected = capsys.readouterr().out.encode()
    printed = tmp_path / "printed.txt"
    with printed.open("wb") as out:
        done = journal_into(out, db, argv)

    assert (done.returncode, done.stderr) == (status, message)
    assert printed.read_bytes() == expected


@pytest.mark.parametrize("more", [[], ["--all"], ["--since", "2020-01-01"]])
def test_printed_snippets_fit_an_80_column_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], more: list[str]
) -> None:
    """Indented, with an ellipsis at each end, no snippet line wraps at 80 columns,
    on the quick path (no options) or the full one."""
    db = tmp_path / "long.db"
    sentence = "Went to bed at ten, trying to keep the sleep routine going again. "
    with open_store(db) as store:
        for words in (0, 3, 12, 40, 200):
            store.entries.add(NewEntry(text="word " * words + sentence * 4))
    assert main(["--db", str(db), "search", "sleep", *more]) == 0
    lines = capsys.readouterr().out.splitlines()

    snippets = [line for line in lines if line.startswith("  ")]
    assert len(snippets) == 5
    assert all(line.endswith("…") for line in snippets)
    assert max(len(line) for line in snippets) <= 80


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
@pytest.mark.parametrize(
    "argv",
    [["list", "-n", "5"], ["list", "--all"], ["search", "tired"], ["export"], ["report"]],
)
@pytest.mark.parametrize("buffered", [True, False])
def test_a_full_disk_under_the_output_is_one_plain_line(
    db: Path, argv: list[str], buffered: bool
) -> None:
    """No traceback, no noise at exit: what failed, and the error status."""
    with open("/dev/full", "wb") as full:
        done = journal_into(full, db, argv, buffered=buffered)

    assert (done.returncode, done.stderr) == (1, b"journal: No space left on device.\n")


def test_only_a_quick_command_skips_pythons_shutdown(db: Path) -> None:
    """journal.cli.command ends at once after a quick command, and not after any other."""
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('shut down', file=sys.stderr))\n"
        "from journal.cli import command\n"
        "command()"
    )

    def stderr_of(*argv: str) -> bytes:
        command = [sys.executable, "-c", code, "--db", str(db), *argv]
        done = subprocess.run(command, capture_output=True, cwd=ROOT, check=True)
        return done.stderr

    assert stderr_of("list", "-n", "2") == b""
    assert stderr_of("search", "tired") == b""
    assert stderr_of("list", "--all") == b"shut down\n"
