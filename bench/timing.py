"""Time whole processes: wall clock, CPU and peak RSS of each run.

Each run is one ``Popen`` reaped with ``os.wait4``, which returns that child's
own CPU time. Wall time is ``perf_counter`` around spawn-to-reap and so
includes interpreter start-up, imports and output.

Peak RSS comes from GNU ``/usr/bin/time -f %M`` when it exists (it adds one
fork+exec, ~1 ms, to every run of every side alike). The ``ru_maxrss`` that
Linux reports for a child of *this* process is not usable: exec carries the
forking process's high-water mark into the child, so a child of a Python that
holds 300 MB "peaks" at 300 MB even if it is ``/bin/true``; and
``RUSAGE_CHILDREN`` is a maximum over all children, so its deltas say nothing.
Without GNU time that inflated figure is all there is, marked by
``Run.rss_exact = False``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

GNU_TIME = Path("/usr/bin/time")


@dataclass(frozen=True)
class Run:
    """One process run."""

    wall_s: float
    cpu_s: float
    max_rss_kib: int
    returncode: int
    rss_exact: bool = True


@dataclass(frozen=True)
class Timing:
    """Summary of repeated runs of one command."""

    argv: tuple[str, ...]
    runs: tuple[Run, ...]

    @property
    def median_s(self) -> float:
        """Median wall time in seconds."""
        return statistics.median(r.wall_s for r in self.runs)

    @property
    def min_s(self) -> float:
        """Fastest wall time in seconds."""
        return min(r.wall_s for r in self.runs)

    @property
    def cpu_median_s(self) -> float:
        """Median user+system CPU seconds."""
        return statistics.median(r.cpu_s for r in self.runs)

    @property
    def max_rss_mib(self) -> float:
        """Largest peak resident set size over the runs, in MiB."""
        return max(r.max_rss_kib for r in self.runs) / 1024

    @property
    def rss_exact(self) -> bool:
        """False when peak RSS is the inflated ``wait4`` figure (no GNU time)."""
        return all(r.rss_exact for r in self.runs)

    def __str__(self) -> str:
        return (
            f"median {self.median_s:.3f}s  min {self.min_s:.3f}s  "
            f"cpu {self.cpu_median_s:.3f}s  rss {self.max_rss_mib:.0f} MiB  (n={len(self.runs)})"
        )


def run_once(
    argv: Sequence[str],
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    stdout: Path | None = None,
) -> Run:
    """Run ``argv`` once with stdin from /dev/null; stdout to ``stdout`` or /dev/null.

    Stderr is discarded. Returns the run even when the exit code is non-zero.
    """
    with tempfile.NamedTemporaryFile(prefix="rss-", suffix=".txt") as rss_file:
        wrapped = list(argv)
        if GNU_TIME.exists():
            wrapped = [str(GNU_TIME), "-q", "-f", "%M", "-o", rss_file.name, *wrapped]
        out = open(stdout, "wb") if stdout else subprocess.DEVNULL
        try:
            start = time.perf_counter()
            proc = subprocess.Popen(
                wrapped,
                env=dict(env) if env is not None else None,
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.DEVNULL,
            )
            _pid, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
        finally:
            if stdout:
                out.close()  # type: ignore[union-attr]
        proc.returncode = os.waitstatus_to_exitcode(status)
        reported = Path(rss_file.name).read_text().split()
    cpu = usage.ru_utime + usage.ru_stime  # includes GNU time's own, well under 1 ms
    if reported and reported[-1].isdigit():
        return Run(wall, cpu, int(reported[-1]), proc.returncode)
    # Linux reports ru_maxrss in KiB; see the module docstring for why it is inflated.
    return Run(wall, cpu, usage.ru_maxrss, proc.returncode, rss_exact=False)


def time_command(
    argv: Sequence[str],
    repeats: int = 5,
    warmup: int = 1,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Timing:
    """Run ``argv`` ``warmup`` times untimed, then ``repeats`` timed times.

    Raises ``subprocess.CalledProcessError`` if any run exits non-zero, so a
    broken command never produces a flattering number.
    """
    for _ in range(warmup):
        _check(argv, run_once(argv, env, cwd))
    runs = tuple(_check(argv, run_once(argv, env, cwd)) for _ in range(repeats))
    return Timing(tuple(argv), runs)


def time_alternating(
    commands: Mapping[str, Sequence[str]],
    repeats: int = 15,
    warmup: int = 1,
    env: Mapping[str, str] | None = None,
) -> dict[str, Timing]:
    """Time several commands taking turns (A B A B ...), so that a busy spell on a shared
    machine falls on all of them alike instead of on whichever ran in that block."""
    for _ in range(warmup):
        for argv in commands.values():
            _check(argv, run_once(argv, env))
    runs: dict[str, list[Run]] = {label: [] for label in commands}
    for _ in range(repeats):
        for label, argv in commands.items():
            runs[label].append(_check(argv, run_once(argv, env)))
    return {label: Timing(tuple(commands[label]), tuple(runs[label])) for label in commands}


def paired_ratio(slower: Timing, faster: Timing) -> float:
    """The median over turns of one command's time over another's, taken in the same turn
    (for `time_alternating` results): steadier than a ratio of medians on a noisy machine."""
    turns = zip(slower.runs, faster.runs, strict=True)
    return statistics.median(a.wall_s / b.wall_s for a, b in turns)


def _check(argv: Sequence[str], run: Run) -> Run:
    if run.returncode != 0:
        raise subprocess.CalledProcessError(run.returncode, list(argv))
    return run
