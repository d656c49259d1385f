"""How History holds up as a journal grows: first page, search, scrolling and memory.

    /work/venv/bin/python -m bench.history_bench            # 1,000 and 100,000 entries
    /work/venv/bin/python -m bench.history_bench 1000 10000

Journals are generated once (bench/generate.py, a decade of check-ins) and kept
under bench/data/history/. Each size is measured in a fresh process, so memory
numbers are not mixed up. Targets, at 100,000 entries on 2 cores: History shows
its first rows within 100 ms of being opened; a store search for a common word
returns its first page within 20 ms; memory does not grow with the journal
beyond a few MB (compare the process memory of the two sizes). Each "drawn" time
includes waiting for Textual's next frame (about 16 ms). This is a benchmark, not
a test: it prints numbers.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.generate import generate_entries
from bench.thaw_side import to_new_entry

DATA = Path(__file__).resolve().parent / "data" / "history"
SIZES = (1_000, 100_000)
COMMON_WORDS = ("work", "morning", "felt")
REPEATS = 7


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


async def app_numbers(path: Path) -> dict[str, float]:
    """Open History in a headless app, time its first rows, scroll it all, measure memory."""
    from journal.ui.app import make_app
    from journal.ui.screens.history import HistoryScreen
    from journal.ui.widgets.entry_list import EntryList

    marks: dict[str, float] = {}
    original_render, original_mount = EntryList.render_line, HistoryScreen.on_mount

    def timed_render_line(self: EntryList, y: int):  # noqa: ANN202
        if self.loaded and self.total and "drawn" not in marks:
            marks["drawn"] = time.perf_counter()
        return original_render(self, y)

    def timed_mount(self: HistoryScreen) -> None:
        marks["mounted"] = time.perf_counter()
        original_mount(self)

    EntryList.render_line = timed_render_line  # type: ignore[method-assign]
    HistoryScreen.on_mount = timed_mount  # type: ignore[method-assign]

    async def open_history() -> float:
        marks.clear()
        started = time.perf_counter()
        await app.switch_mode("history")
        while "drawn" not in marks:
            await asyncio.sleep(0.0005)
        return started

    app = make_app(path, show_welcome=False)
    numbers: dict[str, float] = {}
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        started = await open_history()
        numbers["History opened to first rows, first time (ms)"] = _ms(marks["drawn"] - started)
        numbers["  of which History's own work (ms)"] = _ms(marks["drawn"] - marks["mounted"])
        await app.switch_mode("write")
        await pilot.pause()
        started = await open_history()
        numbers["History opened again to fresh rows (ms)"] = _ms(marks["drawn"] - started)

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
    EntryList.render_line, HistoryScreen.on_mount = original_render, original_mount
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
    sizes = [int(arg) for arg in argv] or list(SIZES)
    results: dict[int, dict[str, float]] = {}
    for count in sizes:
        journal_for(count)
        out = subprocess.run(
            [sys.executable, "-m", "bench.history_bench", "--one", str(count)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results[count] = json.loads(out.strip().splitlines()[-1])
    names = list(next(iter(results.values())))
    width = max(len(name) for name in names)
    print("".ljust(width) + "".join(f"{count:>12,}" for count in sizes))
    for name in names:
        print(name.ljust(width) + "".join(f"{results[c][name]:>12}" for c in sizes))


if __name__ == "__main__":
    main(sys.argv[1:])
