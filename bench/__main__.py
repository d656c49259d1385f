"""All benchmarks in one command: `python -m bench` (not part of the test run).

1. Whole-process `journal list` / `journal search` against jrnl 4 on the same
   10,000 and 100,000 entries, with ratios (bench/run.py).
2. History at 1,000 and 100,000 entries: first page, search, scrolling, memory
   (bench/history_bench.py).
3. The app's time to be ready for typing, empty and at 100,000 entries, and
   `journal import` of a 10,000-entry jrnl export (bench/app_bench.py).
"""

from __future__ import annotations

from bench import app_bench, history_bench, run


def main() -> None:
    """Run every benchmark and print its table."""
    print("== journal vs jrnl, whole process ==")
    run.main([])
    print("\n== History ==")
    history_bench.main([])
    print("\n== App start and import ==")
    app_bench.main()


if __name__ == "__main__":
    main()
