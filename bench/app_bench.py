"""The app's time to be ready for typing, empty and at 100,000 entries; jrnl import time.

    /work/venv/bin/python -m bench.app_bench

"Ready for typing" is measured as a whole process: start Python, build the app
on the journal, mount the Write screen headless, wait one frame, and exit. The
target is that a 100,000-entry journal costs at most 10% more than an empty one.
The two journals take turns, run after run, and the cost is the median of each
turn's ratio: on a shared machine a busy spell then lands on both alike.
The import is `journal import` of jrnl's JSON export of 10,000 entries into an
empty journal (target: under 2 s). Numbers, not a test.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import jrnl_data
from bench.generate import generate_entries
from bench.history_bench import journal_for
from bench.timing import Timing, paired_ratio, time_alternating

READY_SCRIPT = """
import asyncio, sys
from pathlib import Path
from journal.ui.app import make_app
from journal.ui.screens.write import WriteScreen

async def main():
    app = make_app(Path(sys.argv[1]), show_welcome=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WriteScreen), app.screen
        assert app.screen.focused is not None

asyncio.run(main())
"""
REPEATS = 15


def _env() -> dict[str, str]:
    """This environment, but with bytecode caching on, as a real install has it."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def ready_times() -> dict[str, Timing]:
    """Time to a typing-ready Write screen, on an empty and on a 100,000-entry journal."""
    big = journal_for(100_000)
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "empty.db"
        commands = {
            "empty journal": [sys.executable, "-c", READY_SCRIPT, str(empty)],
            "100,000 entries": [sys.executable, "-c", READY_SCRIPT, str(big)],
        }
        return time_alternating(commands, repeats=REPEATS, env=_env())


def import_time(count: int = 10_000) -> tuple[float, float]:
    """`journal import` of a jrnl JSON export of `count` entries into a new journal."""
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "jrnl-export.json"
        jrnl_data.write_export_json(list(generate_entries(count)), export)
        times = []
        for attempt in range(3):
            db = Path(folder) / f"j{attempt}.db"
            argv = [sys.executable, "-m", "journal", "--db", str(db), "import", str(export)]
            started = time.perf_counter()
            subprocess.run(argv, check=True, env=_env(), capture_output=True)
            times.append(time.perf_counter() - started)
    return statistics.median(times), min(times)


def main() -> None:
    """Print the table."""
    ready = ready_times()
    print(f"{'app ready for typing (whole process)':<44}{'median':>10}{'min':>10}{'cpu':>10}")
    for label, timing in ready.items():
        print(
            f"  {label:<42}{timing.median_s * 1000:>8.0f}ms{timing.min_s * 1000:>8.0f}ms"
            f"{timing.cpu_median_s * 1000:>8.0f}ms"
        )
    extra = paired_ratio(ready["100,000 entries"], ready["empty journal"]) - 1
    label = "cost of 100,000 entries (median per turn)"
    print(f"  {label:<42}{extra:>+9.1%}  (target: at most +10%)")
    median, fastest = import_time()
    print(
        f"{'journal import, jrnl JSON, 10,000 entries':<44}{median:>9.2f}s{fastest:>9.2f}s"
        "  (target: under 2 s)"
    )


if __name__ == "__main__":
    main()
