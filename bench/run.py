"""Compare whole-process times of jrnl 4 and Thaw's ``journal`` on the same entries.

    /work/venv/bin/python -m bench.run                      # 10k and 100k, 3 repeats (Thaw 15)
    /work/venv/bin/python -m bench.run --sizes 1000 --repeats 5 --word walk

For each size it fills every side from the same generated entries (cached in
``bench/data/``), does one untimed run of each command (warm-up, and its output
is checked), then times ``--repeats`` runs (Thaw's at least ``THAW_REPEATS``).
The ratio is jrnl's median over Thaw's: above 1 means Thaw is faster. A side
that is not ready shows "n/a". jrnl runs twice: "jrnl-default" with the time
format of its first-run config ("%F %r", what most people have) and "jrnl"
with a format it parses quickly (jrnl at its best).
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from bench import jrnl_data
from bench.generate import GeneratedEntry, generate_entries
from bench.jrnl_env import DATA_DIR
from bench.sides import JrnlSide, Side
from bench.thaw_side import ThawSide
from bench.timing import Timing, run_once, time_command

THAW_REPEATS = 15
"""Timed runs of each Thaw command at least: each takes a tenth of a second or less, and on a
shared machine a few runs give a median that moves with whatever else is running."""


def _operations(
    word: str, n: int, size: int, hits: Callable[[], int]
) -> list[tuple[str, str, dict[str, object], Callable[[], int]]]:
    """(label, Side method, kwargs, expected entry count) for each timed command."""
    return [
        (f"list -n {n}", "list_argv", {"n": n}, lambda: min(n, size)),
        (f"search {word}", "search_argv", {"word": word}, hits),
        (
            f"search {word} -n {n}",
            "search_argv",
            {"word": word, "limit": n},
            lambda: min(n, hits()),
        ),
    ]


def _expected_hits(entries: Sequence[GeneratedEntry], word: str) -> int:
    """Entries whose jrnl text (text plus ``@tags``) contains ``word``, any case."""
    needle = word.casefold()
    return sum(needle in jrnl_data.jrnl_text(e).casefold() for e in entries)


def _measure(side: Side, argv: list[str], workdir: Path, repeats: int) -> tuple[Timing, int | None]:
    """One checked warm-up run (output counted), then ``repeats`` timed runs."""
    env = side.env(workdir)
    with tempfile.NamedTemporaryFile(suffix=".out") as out:
        warm = run_once(argv, env, stdout=Path(out.name))
        if warm.returncode != 0:
            raise RuntimeError(f"{side.name} failed ({warm.returncode}): {' '.join(argv)}")
        printed = side.count_results(Path(out.name).read_text(encoding="utf-8", errors="replace"))
    return time_command(argv, repeats=repeats, warmup=0, env=env), printed


def _cell(t: Timing | None) -> str:
    """``median s (min)  peak MiB``; ``<=`` marks an RSS that is only an upper bound."""
    if t is None:
        return "n/a"
    bound = "  " if t.rss_exact else "<="
    return f"{t.median_s:7.3f} s ({t.min_s:.3f}) {bound}{t.max_rss_mib:4.0f} MiB"


def _ratio(reference: Timing | None, thaw: Timing | None) -> str:
    """How many times faster Thaw's median is than the reference's, or "n/a"."""
    if reference is None or thaw is None:
        return "n/a"
    return f"{reference.median_s / thaw.median_s:.1f}x"


def run(sizes: Sequence[int], repeats: int, word: str, n: int, seed: int) -> list[dict]:
    """Measure every side at every size; print the table as it goes; return raw rows."""
    sides: list[Side] = [JrnlSide.as_installed(), JrnlSide(), ThawSide()]
    references = [s.name for s in sides if s.name != "thaw"]
    rows: list[dict] = []
    header = f"{'entries':>8}  {'command':<22}" + "".join(
        f"{s.name + ' median (min)  peak RSS':>36}" for s in sides
    )
    print(header + "".join(f"  {name + '/thaw':>17}" for name in references) + "  hits")
    for size in sizes:
        entries = functools.cache(lambda size=size: list(generate_entries(size, seed=seed)))
        ready: dict[str, Path] = {}
        for side in sides:
            workdir = DATA_DIR / f"n{size}-s{seed}" / side.name
            try:
                side.prepare(entries, workdir)
                ready[side.name] = workdir
            except NotImplementedError as exc:
                print(f"  ({side.name} skipped: {exc})", file=sys.stderr)
        hits = functools.cache(lambda entries=entries: _expected_hits(entries(), word))
        for label, method, kwargs, expected in _operations(word, n, size, hits):
            timings: dict[str, Timing | None] = {}
            counts: dict[str, int | None] = {}
            for side in sides:
                if side.name not in ready:
                    timings[side.name] = None
                    continue
                argv = getattr(side, method)(ready[side.name], **kwargs)
                runs = max(repeats, THAW_REPEATS) if side.name == "thaw" else repeats
                timings[side.name], counts[side.name] = _measure(side, argv, ready[side.name], runs)
            ratios = "".join(
                f"  {_ratio(timings.get(name), timings.get('thaw')):>17}" for name in references
            )
            printed = " ".join(f"{k}={v}" for k, v in counts.items() if v is not None)
            print(
                f"{size:>8,}  {label:<22}"
                + "".join(f"{_cell(timings[s.name]):>36}" for s in sides)
                + f"{ratios}  {printed} (expect {expected()})",
                flush=True,
            )
            rows.append(
                {
                    "entries": size,
                    "command": label,
                    "hits": counts,
                    "expected_hits": expected(),
                    **{
                        name: None
                        if t is None
                        else {"argv": t.argv, "runs": [r.__dict__ for r in t.runs]}
                        for name, t in timings.items()
                    },
                }
            )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--word", default="sleep", help="search word (default: sleep)")
    parser.add_argument("-n", type=int, default=10, help="entries to list (default: 10)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write raw runs to this file")
    args = parser.parse_args(argv)
    rows = run(args.sizes, args.repeats, args.word, args.n, args.seed)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
