"""Drawing numbers with text characters: sparklines and bars for Trends.

Pure functions over plain numbers, so they can be tested without a terminal and
used by the command line too. This module must never import Textual.
"""

from __future__ import annotations

from collections.abc import Sequence

BARS = "▁▂▃▄▅▆▇█"
"""Eight heights, lowest first."""

_EIGHTHS = " ▏▎▍▌▋▊▉"


def level(value: float, low: float = 0.0, high: float = 10.0) -> int:
    """Which of the eight heights (0 to 7) stands for `value` between `low` and `high`."""
    if high <= low:
        return 0
    share = (min(max(value, low), high) - low) / (high - low)
    return min(len(BARS) - 1, int(share * len(BARS)))


def sparkline(
    values: Sequence[float | None], low: float = 0.0, high: float = 10.0, gap: str = " "
) -> str:
    """One character per value, taller for larger; `gap` where there is no value."""
    return "".join(gap if value is None else BARS[level(value, low, high)] for value in values)


def resample(values: Sequence[float | None], width: int) -> list[float | None]:
    """Fit `values` into at most `width` slots, each the mean of the values it covers.

    Missing values are left out of a slot's mean; a slot with none stays None.
    """
    if width <= 0:
        return []
    if len(values) <= width:
        return list(values)
    slots: list[float | None] = []
    for slot in range(width):
        start = slot * len(values) // width
        stop = (slot + 1) * len(values) // width
        present = [value for value in values[start:stop] if value is not None]
        slots.append(sum(present) / len(present) if present else None)
    return slots


def bar(value: float, maximum: float, width: int) -> str:
    """A horizontal bar `width` cells long at `maximum`, in eighths of a cell."""
    if maximum <= 0 or width <= 0 or value <= 0:
        return ""
    eighths = round(min(value, maximum) / maximum * width * 8)
    full, part = divmod(max(eighths, 1), 8)
    return "█" * full + (_EIGHTHS[part] if part else "")
