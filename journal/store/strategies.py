"""Strategy attempts: what a person tried, and how numb they felt before and after."""

from __future__ import annotations

from datetime import datetime

from journal.models import StrategyAttempt, StrategyEffect
from journal.store.base import Connection
from journal.store.rows import attempt_from_row
from journal.store.text import storable
from journal.timeutil import local_day, to_iso


class StrategyStore:
    """Records attempts and sums up each strategy's effect for this person."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection

    def record(
        self,
        strategy_id: str,
        numbness_before: int | None = None,
        numbness_after: int | None = None,
        note: str = "",
        started_at: datetime | None = None,
    ) -> StrategyAttempt:
        """Store one attempt in one transaction and return it."""
        started = started_at or self._c.now()
        cursor = self._c.transact(
            lambda: self._c.conn.execute(
                "INSERT INTO strategy_attempts "
                "(strategy_id, started_at, day, numbness_before, numbness_after, note) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    storable(strategy_id),
                    to_iso(started),
                    local_day(started),
                    numbness_before,
                    numbness_after,
                    storable(note),
                ),
            )
        )
        return self.get(int(cursor.lastrowid or 0))

    def get(self, attempt_id: int) -> StrategyAttempt:
        """One attempt; KeyError if there is none with that id."""
        rows = self._c.query("SELECT * FROM strategy_attempts WHERE id = ?", (attempt_id,))
        if not rows:
            raise KeyError(attempt_id)
        return attempt_from_row(rows[0])

    def attempts(
        self, strategy_id: str | None = None, since: datetime | None = None
    ) -> list[StrategyAttempt]:
        """Attempts, newest first, optionally for one strategy or since a time."""
        clauses, params = ["1"], []
        if strategy_id:
            clauses.append("strategy_id = ?")
            params.append(strategy_id)
        rows = self._c.query(
            f"SELECT * FROM strategy_attempts WHERE {' AND '.join(clauses)} "
            "ORDER BY started_at DESC, id DESC",
            tuple(params),
        )
        found = _by_moment([attempt_from_row(row) for row in rows], newest_first=True)
        return [a for a in found if since is None or a.started_at >= since]

    def attempts_on(self, day: str) -> list[StrategyAttempt]:
        """Attempts made on one calendar day (YYYY-MM-DD), for the entry view."""
        rows = self._c.query(
            "SELECT * FROM strategy_attempts WHERE day = ? ORDER BY started_at", (day,)
        )
        return _by_moment([attempt_from_row(row) for row in rows])

    def effects(self) -> list[StrategyEffect]:
        """For each strategy tried: how often, and the average change in numbness."""
        rows = self._c.query(
            "SELECT strategy_id, count(*) AS tries, "
            "count(numbness_before IS NOT NULL AND numbness_after IS NOT NULL OR NULL) AS rated, "
            "avg(numbness_after - numbness_before) AS change "
            "FROM strategy_attempts GROUP BY strategy_id ORDER BY strategy_id"
        )
        return [
            StrategyEffect(row["strategy_id"], row["tries"], row["rated"], row["change"])
            for row in rows
        ]


def _by_moment(
    attempts: list[StrategyAttempt], newest_first: bool = False
) -> list[StrategyAttempt]:
    """Order attempts by the moment they began; the stored ISO text sorts wrongly when
    UTC offsets differ (travel, or the hour repeated when the clocks go back)."""
    return sorted(attempts, key=lambda a: (a.started_at, a.id), reverse=newest_first)
