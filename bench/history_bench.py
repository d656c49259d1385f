"""How History holds up as a journal grows: first page, search, scrolling and memory.

    /work/venv/bin/python -m bench.history_bench            # 1,000 and 100,000 entries
    /work/venv/bin/python -m bench.history_bench 1000 10000

Journals are generated once (bench/generate.py, a decade of check-ins) and kept
under bench/data/history/. Each size is measured in fresh processes, so memory
numbers are not mixed up. Targets, at 100,000 entries on 2 cores: History shows
its first rows within 100 ms of being opened; a store search for a common word
returns its first page within 20 ms; memory does not grow with the journal
beyond a few MB (compare the process memory of the two sizes).

History's first opening is timed as a person meets it: the app is started (in a
new process each time, FIRST_STARTS times), and the moment it is ready for typing
(as bench/app_bench.py has it) F4 is pressed; the time runs from the key to the
first frame that shows History's rows. Headless, that frame is composed but not
written to a terminal, which would add a ms or two. "From History's mount" is the
part after History's widgets exist; before it, Textual builds and styles the
screen. Reopening (F2, then F4) is timed REOPENS times in one app: a full garbage
collection of ~50 ms lands in one of the early actions of a session, so the
slowest is shown beside the median. Each "drawn" time includes waiting for
Textual's next frame (about 16 ms). This is a benchmark, not a test: it prints
numbers.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.generate import generate_entries
from bench.thaw_side import to_new_entry

if TYPE_CHECKING:
    from textual.app import App
    from textual.pilot import Pilot

DATA = Path(__file__).resolve().parent / "data" / "history"
SIZES = (1_000, 100_000)
COMMON_WORDS = ("work", "morning", "felt")
REPEATS = 7
FIRST_STARTS = 5
"""Fresh starts of the app, each timing History's first opening once."""
REOPENS = 5
"""Times History is reopened in one app; one of them may meet a full garbage collection."""
WAIT_LIMIT = 30
"""Seconds to wait for History's rows before giving up."""


def journal_for(count: int) -> Path:
    """A generated journal of `count` entries, built on first use."""
    from journal.store import open_store

    path = DATA / f"n{count}.db"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    with open_store(partial) as store:
        entries = [to_new_entry(entry) for entry in generate_entries(count)]
        store.connection.transact(lambda: [store.entries.insert(entry) for entry in entries])
    partial.rename(path)
    print(f"  built {count:,} entries in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def search_times(path: Path) -> dict[str, float]:
    """Median time for the first page (100 rows) of a search for each common word."""
    from journal.models import EntryFilter
    from journal.store import open_store

    found: dict[str, float] = {}
    with open_store(path, create=False) as store:
        for word in COMMON_WORDS:
            wanted = EntryFilter(text=word)
            times = []
            for _ in range(REPEATS):
                started = time.perf_counter()
                store.queries.page(wanted, 0, 100)
                times.append(time.perf_counter() - started)
            found[f"search '{word}' page 1"] = _ms(statistics.median(times))
            started = time.perf_counter()
            store.queries.count(wanted)
            found[f"search '{word}' count"] = _ms(time.perf_counter() - started)
    return found


def _rss_mb() -> float:
    """This process's resident memory, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


class FirstRows:
    """Times from a key press to the first frame showing History's rows, and to its mount."""

    def __init__(self, app: App) -> None:
        from journal.ui.screens.history import HistoryScreen
        from journal.ui.widgets.entry_list import EntryList

        self.marks: dict[str, float] = {}
        marks = self.marks
        render_line, on_mount, display = (
            EntryList.render_line,
            HistoryScreen.on_mount,
            app._display,
        )

        def timed_render_line(self: EntryList, y: int):  # noqa: ANN202
            if self.loaded and self.total:
                marks.setdefault("rows", time.perf_counter())
            return render_line(self, y)

        def timed_mount(self: HistoryScreen) -> None:
            marks.setdefault("mounted", time.perf_counter())
            on_mount(self)

        def timed_display(screen, renderable) -> None:  # noqa: ANN001
            display(screen, renderable)  # headless: the frame is composed, not written out
            if "rows" in marks:
                marks.setdefault("shown", time.perf_counter())

        EntryList.render_line = timed_render_line  # type: ignore[method-assign]
        HistoryScreen.on_mount = timed_mount  # type: ignore[method-assign]
        app._display = timed_display  # type: ignore[method-assign]

    async def press(self, pilot: Pilot, key: str) -> dict[str, float]:
        """Press `key` as a person would; wait for the rows on screen; say how long (ms)."""
        self.marks.clear()
        started = time.perf_counter()
        await pilot.press(key)
        async with asyncio.timeout(WAIT_LIMIT):  # a crashed app would never show them
            while "shown" not in self.marks:
                await asyncio.sleep(0.0005)
        times = {"shown": _ms(self.marks["shown"] - started)}
        if "mounted" in self.marks:
            times["own"] = _ms(self.marks["shown"] - self.marks["mounted"])
        return times


async def first_opening(path: Path) -> dict[str, float]:
    """Start the app, and the moment it is ready for typing press F4: History's first opening."""
    from journal.ui.app import make_app

    app = make_app(path, show_welcome=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()  # ready for typing, as bench/app_bench.py has it
        return await FirstRows(app).press(pilot, "f4")


def _in_new_process(mode: str, count: int) -> dict:
    """Run this bench's `mode` (--first or --one) in a fresh Python; its last line is JSON."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.history_bench", mode, str(count)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def first_openings(count: int) -> dict[str, object]:
    """History's first opening, each in a freshly started app (a new process each time)."""
    runs = []
    for _ in range(FIRST_STARTS):
        runs.append(_in_new_process("--first", count))
    shown = sorted(run["shown"] for run in runs)
    own = statistics.median(run["own"] for run in runs)
    return {
        f"F4 after start, to History's rows on screen (ms, median of {FIRST_STARTS})": round(
            statistics.median(shown), 1
        ),
        "  fastest-slowest (ms)": f"{shown[0]:.0f}-{shown[-1]:.0f}",
        "  of which from History's mount (ms, median)": round(own, 1),
    }


async def app_numbers(path: Path) -> dict[str, float]:
    """Reopen History, scroll it all, count its widgets, measure memory."""
    from journal.ui.app import make_app
    from journal.ui.widgets.entry_list import EntryList

    app = make_app(path, show_welcome=False)
    numbers: dict[str, float] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = FirstRows(app)
        await rows.press(pilot, "f4")
        again = []
        for _ in range(REOPENS):
            await pilot.press("f2")
            await pilot.pause()
            again.append((await rows.press(pilot, "f4"))["shown"])
        numbers[f"F2 then F4 again, to fresh rows on screen (ms, median of {REOPENS})"] = round(
            statistics.median(again), 1
        )
        numbers["  slowest of those (ms)"] = max(again)

        entry_list = app.screen.query_one(EntryList)
        entry_list.focus()
        await pilot.pause()
        started = time.perf_counter()
        entry_list.action_jump(-1)
        await pilot.pause()
        numbers["End: to the oldest, drawn (ms)"] = _ms(time.perf_counter() - started)
        steps = 40
        started = time.perf_counter()
        for _ in range(steps):
            entry_list.action_page(-1)
            await pilot.pause()
        numbers["Page Up, drawn, per press (ms)"] = _ms((time.perf_counter() - started) / steps)
        started = time.perf_counter()
        for _ in range(steps):
            entry_list.scroll_relative(y=-3, animate=False)
            await pilot.pause()
        numbers["Mouse-wheel step, drawn (ms)"] = _ms((time.perf_counter() - started) / steps)
        for _ in range(300):
            entry_list.scroll_relative(y=-(entry_list.total // 150), animate=False)
            await pilot.pause()
        numbers["widgets on the History screen"] = len(app.screen.query("*"))
        numbers["entries held in memory"] = entry_list.kept_entries
        numbers["process memory after scrolling it all (MB)"] = _rss_mb()
    return numbers


def measure(count: int) -> dict[str, float]:
    """Every number for one journal size (run in its own process)."""
    path = journal_for(count)
    numbers = search_times(path)
    numbers.update(asyncio.run(app_numbers(path)))
    return numbers


def main(argv: list[str]) -> None:
    """Measure each size in a child process and print one table."""
    if argv[:1] == ["--one"]:
        print(json.dumps(measure(int(argv[1]))))
        return
    if argv[:1] == ["--first"]:
        print(json.dumps(asyncio.run(first_opening(journal_for(int(argv[1]))))))
        return
    sizes = [int(arg) for arg in argv] or list(SIZES)
    results: dict[int, dict[str, object]] = {}
    for count in sizes:
        journal_for(count)
        results[count] = first_openings(count)
        results[count].update(_in_new_process("--one", count))
    names = list(next(iter(results.values())))
    width = max(len(name) for name in names)
    print("".ljust(width) + "".join(f"{count:>12,}" for count in sizes))
    for name in names:
        print(name.ljust(width) + "".join(f"{results[c][name]:>12}" for c in sizes))


if __name__ == "__main__":
    main(sys.argv[1:])
