"""`journal add`: saving an entry from the command line or from standard input."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest

from journal.models import Entry, Feeling
from journal.store import open_store
from tests.support import run_cli


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "journal" / "j.db"


def entries_in(db: Path) -> list[Entry]:
    """What the journal at `db` holds, newest first, once the command has closed it."""
    with open_store(db) as store:
        return store.queries.entries()


def test_add_saves_text_feelings_numbness_and_tags(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    code, out, err = run_cli(
        capsys,
        "--db",
        str(db),
        "add",
        "Long day, felt far away [/]",
        "--feel",
        "Frustrated:4,numb",
        "--feel",
        "blah",
        "--numbness",
        "6",
        "--tag",
        "work,#Family",
    )
    assert code == 0, err
    assert out.startswith("Saved your entry of ")
    (entry,) = entries_in(db)
    assert entry.text == "Long day, felt far away [/]"
    assert entry.numbness == 6
    assert entry.feelings == (
        Feeling("frustrated", "mad", 4, False),
        Feeling("numb", "numb", 3, False),
        Feeling("blah", "", 3, True),
    )
    assert entry.tags == ("family", "work")


def test_several_words_without_quotes_are_one_text(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    assert run_cli(capsys, "--db", str(db), "add", "went", "for", "a", "walk")[0] == 0
    assert entries_in(db)[0].text == "went for a walk"


def test_text_comes_from_standard_input_when_not_given(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("first line\n\nafter a blank line\n"))
    assert run_cli(capsys, "--db", str(db), "add", "--tag", "sleep")[0] == 0
    entry = entries_in(db)[0]
    assert entry.text == "first line\n\nafter a blank line"
    assert entry.tags == ("sleep",)


def test_a_new_journal_is_private(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    assert run_cli(capsys, "--db", str(db), "add", "hello")[0] == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--feel", "tired:9", "x"], "from 1 to 5"),
        (["--feel", "tired:high", "x"], "from 1 to 5"),
        (["--tag", "work"], "Nothing to save"),
    ],
)
def test_mistakes_are_explained_and_nothing_is_saved(
    capsys: pytest.CaptureFixture[str],
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("   \n"))
    code, out, err = run_cli(capsys, "--db", str(db), "add", *argv)
    assert code == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert not db.exists()


def test_numbness_alone_is_a_check_in(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run_cli(capsys, "--db", str(db), "add", "--numbness", "0")[0] == 0
    entry = entries_in(db)[0]
    assert (entry.text, entry.numbness) == ("", 0)
