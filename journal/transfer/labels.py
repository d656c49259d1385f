"""Names a person reads, for the ids the journal stores: body regions and strategies.

The names come from Thaw's content files. If those cannot be read, the id itself
is shown instead, so an export or a report never fails for want of a label.
"""

from __future__ import annotations

import functools

from journal.content.errors import ContentError


@functools.cache
def _names() -> dict[str, dict[str, str]]:
    """Every label by kind and id, loaded once."""
    from journal.content.body import load_body
    from journal.content.strategies import load_strategies

    try:
        return {
            "region": {r.id: r.label for r in load_body().regions},
            "strategy": {s.id: s.title for s in load_strategies().strategies},
        }
    except ContentError:
        return {"region": {}, "strategy": {}}


def _label(kind: str, key: str) -> str:
    return _names()[kind].get(key) or key.replace("_", " ").replace("-", " ")


def region_label(region_id: str) -> str:
    """The name of a body region, such as "Face and jaw" for face_jaw."""
    return _label("region", region_id)


def strategy_title(strategy_id: str) -> str:
    """The title of a strategy, such as "Box breathing" for box-breathing."""
    return _label("strategy", strategy_id)
