"""A long `journal search` printed by two processes: the same text, and nothing left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal import search_halves
from journal.cli import main
from journal.commands import blocks
from journal.models import Feeling, NewEntry
from journal.store import open_store
from journal.store.imported import ImportedEntry
from tests.support import run_cli

ROOT = Path(__file__).resolve().parent.parent
LONG = search_halves.SHARE_FROM + 500


def fill(path: Path, count: int) -> Path:
    """`count` entries about sleep, each a little different, with feelings and tags."""
    start = datetime(2023, 1, 1, 7).astimezone()
    with open_store(path) as store:
        store.transfer.add_all(
            ImportedEntry(
                NewEntry(
                    text=f"Night {i}: could not sleep until {i % 5 + 1}.\nWalked after lunch.",
                    numbness=i % 11,
                    feelings=(Feeling("tired", "sad", 2),) if i % 2 else (),
                    tags=("sleep",) if i % 3 == 0 else (),
                    created_at=start + timedelta(hours=5 * i),
                )
            )
            for i in range(count)
        )
    return path


@pytest.fixture(scope="module")
def long_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fill(tmp_path_factory.mktemp("halves") / "j.db", LONG)


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The process id of every helper forked from now on (os.fork, watched)."""
    children: list[int] = []
    real_fork = os.fork

    def remembered_fork() -> int:
        pid = real_fork()
        children.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", remembered_fork)
    return children


def printed_by_one_process(capsys: pytest.CaptureFixture[str], journal: Path) -> str:
    """What `journal search sleep --all` prints: the full parser's path, never shared."""
    assert main(["--db", str(journal), "search", "sleep", "--all"]) == 0
    return capsys.readouterr().out


def journal_process(*argv: str, **options: object) -> subprocess.Popen[bytes]:
    """A real `journal` process, its output in pipes."""
    return subprocess.Popen(
        [sys.executable, "-m", "journal", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        **options,
    )


def processes_reading(path: Path) -> list[int]:
    """Process ids whose command line names the journal `path` (the command and its child)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and str(path).encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def test_a_short_search_is_not_shared(tmp_path: Path) -> None:
    db = fill(tmp_path / "j.db", 30)
    with open_store(db) as store:
        from journal.store.plan import QueryPlan

        assert search_halves.halfway(store.connection.conn, QueryPlan(text="sleep")) is None


def test_a_long_search_prints_what_one_process_prints(long_journal: Path) -> None:
    shared = journal_process("--db", str(long_journal), "search", "sleep")
    alone = journal_process("--db", str(long_journal), "search", "sleep", "--all")
    shared_out, shared_err = shared.communicate(timeout=60)
    alone_out, alone_err = alone.communicate(timeout=60)

    assert shared.returncode == alone.returncode == 0
    assert shared_err == alone_err == b""
    assert shared_out == alone_out
    assert shared_out.count(b"\n\n") == LONG


def test_the_search_is_shared_and_split_in_time_order(
    long_journal: Path, capsys: pytest.CaptureFixture[str], forks: list[int]
) -> None:
    code, out, err = run_cli(capsys, "--db", str(long_journal), "search", "sleep")

    assert (code, err) == (0, "")
    assert len(forks) == 1
    headers = [line[:16] for line in out.splitlines() if line[:1].isdigit()]
    assert len(headers) == LONG
    assert headers == sorted(headers, reverse=True)


def test_the_helpers_text_is_printed_and_this_process_makes_only_the_newer_half(
    long_journal: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    made_here: list[tuple[int | None, int | None]] = []
    pid = os.getpid()
    real_blocks = search_halves._blocks

    def recorded(path: str, text: str, *, at_least: int | None, below: int | None):  # noqa: ANN202
        if os.getpid() == pid:  # the helper's own calls stay in the helper
            made_here.append((at_least, below))
        return real_blocks(path, text, at_least=at_least, below=below)

    monkeypatch.setattr(search_halves, "_blocks", recorded)
    code, out, _ = run_cli(capsys, "--db", str(long_journal), "search", "sleep")

    assert code == 0 and out.count("\n\n") == LONG
    [(at_least, below)] = made_here
    assert at_least is not None and below is None


def test_a_helper_reaped_by_someone_else_still_gives_every_entry(long_journal: Path) -> None:
    """Started with SIGCHLD ignored (some supervisors do that), the system reaps the helper."""
    ignoring = (
        "import os, signal, sys; signal.signal(signal.SIGCHLD, signal.SIG_IGN); "
        "os.execv(sys.executable, [sys.executable, '-m', 'journal', *sys.argv[1:]])"
    )
    command = [sys.executable, "-c", ignoring, "--db", str(long_journal), "search", "sleep"]
    done = subprocess.run(command, capture_output=True, cwd=ROOT, timeout=60, check=False)
    alone = journal_process("--db", str(long_journal), "search", "sleep", "--all")
    expected, _ = alone.communicate(timeout=60)

    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout == expected


def test_when_the_helper_fails_the_older_half_is_printed_here(
    long_journal: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = printed_by_one_process(capsys, long_journal)

    monkeypatch.setattr(search_halves.SharedSearch, "_prepare", lambda _self, _pipe: os._exit(3))
    code, out, err = run_cli(capsys, "--db", str(long_journal), "search", "sleep")

    assert (code, err) == (0, "")
    assert out == expected


def test_a_helper_that_stops_partway_has_none_of_its_text_printed(
    long_journal: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = printed_by_one_process(capsys, long_journal)

    def half_sent(_self: search_halves.SharedSearch, pipe: int) -> None:
        os.write(pipe, b"2023-01-01 07:00 \xc2\xb7 cut off here")
        os._exit(0)

    monkeypatch.setattr(search_halves.SharedSearch, "_prepare", half_sent)
    code, out, err = run_cli(capsys, "--db", str(long_journal), "search", "sleep")

    assert (code, err) == (0, "")
    assert out == expected


def test_output_in_another_encoding_is_printed_by_one_process(
    long_journal: Path, tmp_path: Path
) -> None:
    """Only in UTF-8 can a NUL byte mark the end of the helper's text."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-16"}
    shared = journal_process("--db", str(long_journal), "search", "sleep", env=env)
    alone = journal_process("--db", str(long_journal), "search", "sleep", "--all", env=env)
    shared_out, _ = shared.communicate(timeout=60)
    alone_out, _ = alone.communicate(timeout=60)

    assert shared.returncode == alone.returncode == 0
    assert shared_out == alone_out
    assert shared_out.decode("utf-16").count("\n\n") == LONG


def test_a_reader_that_stops_early_leaves_no_process_behind(long_journal: Path) -> None:
    reader = journal_process("--db", str(long_journal), "search", "sleep")
    assert reader.stdout is not None and reader.stderr is not None
    assert reader.stdout.readline()[:4].isdigit()
    reader.stdout.close()

    assert reader.wait(timeout=30) == 0
    assert reader.stderr.read() == b""
    assert processes_reading(long_journal) == []


def test_ctrl_c_stops_both_processes_with_one_quiet_line(long_journal: Path) -> None:
    # Once the first line is read the helper has started; the rest waits on a full pipe
    # until Ctrl+C comes (the helper may have its text ready by then, or not).
    command = journal_process("--db", str(long_journal), "search", "sleep", start_new_session=True)
    assert command.stdout is not None
    assert command.stdout.readline()[:4].isdigit()

    os.killpg(command.pid, signal.SIGINT)  # as the terminal sends it: to the whole group
    _, err = command.communicate(timeout=30)

    assert command.returncode == 130
    assert err == b"\njournal: stopped.\n"
    assert processes_reading(long_journal) == []


def test_where_no_process_can_start_the_whole_search_prints_here(
    long_journal: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = printed_by_one_process(capsys, long_journal)

    def no_fork() -> int:
        raise BlockingIOError("Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    code, out, err = run_cli(capsys, "--db", str(long_journal), "search", "sleep")

    assert (code, err) == (0, "")
    assert out == expected


def test_ctrl_c_while_waiting_for_the_helper_stops_and_reaps_it(
    long_journal: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    forks: list[int],
) -> None:
    real_waitpid = os.waitpid

    def interrupted_once(pid: int, options: int) -> tuple[int, int]:
        monkeypatch.setattr(os, "waitpid", real_waitpid)
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "waitpid", interrupted_once)
    code, _, err = run_cli(capsys, "--db", str(long_journal), "search", "sleep")

    assert (code, err) == (130, "\njournal: stopped.\n")
    [child] = forks
    with pytest.raises(ChildProcessError):  # already reaped: no zombie left behind
        real_waitpid(child, os.WNOHANG)


def test_ctrl_c_before_the_helper_is_done_kills_it(
    long_journal: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    forks: list[int],
) -> None:
    """A helper still at work when printing stops is killed, not waited for."""

    def never_done(_self: search_halves.SharedSearch, _pipe: int) -> None:
        time.sleep(120)

    def interrupted(_self: search_halves.SharedSearch) -> bytes:
        raise KeyboardInterrupt

    monkeypatch.setattr(search_halves.SharedSearch, "_prepare", never_done)
    monkeypatch.setattr(search_halves.SharedSearch, "_older", interrupted)
    started = time.monotonic()
    code, _, err = run_cli(capsys, "--db", str(long_journal), "search", "sleep")

    assert (code, err) == (130, "\njournal: stopped.\n")
    assert time.monotonic() - started < 60
    [child] = forks
    with pytest.raises(ChildProcessError):  # killed and reaped, not left running
        os.waitpid(child, os.WNOHANG)


def test_in_bold_the_shared_search_prints_what_one_process_prints(
    long_journal: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal the matches are marked and drawn in bold, in both processes alike."""
    monkeypatch.setattr(blocks, "use_bold", lambda: True)  # both paths ask it here
    alone = printed_by_one_process(capsys, long_journal)

    code, shared, err = run_cli(capsys, "--db", str(long_journal), "search", "sleep")

    assert (code, err) == (0, "")
    assert shared == alone
    assert shared.count(blocks.BOLD) >= LONG


def test_a_pipe_that_is_full_never_holds_the_helper_up() -> None:
    """What the pipe cannot take yet is kept and sent at the end, in order and whole."""
    reading, writing = os.pipe()
    sender = search_halves._PipeSender(writing, "strict")
    texts = [f"block {i} · " + "words " * 200 + "\n" for i in range(400)]  # ~0.5 MB
    sending = threading.Thread(target=lambda: [sender.send(text) for text in texts])
    sending.start()
    sending.join(timeout=30)
    assert not sending.is_alive()  # nobody reads yet, and still every send returned

    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(read_all(reading)))
    reader.start()
    sender.finish()
    os.close(writing)
    reader.join(timeout=30)

    assert received == ["".join(texts).encode() + b"\x00"]


def read_all(fd: int) -> bytes:
    """Everything from `fd` until its other end is closed."""
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)
