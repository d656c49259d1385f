"""`journal --demo`: the app on a throwaway journal of sample check-ins."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from journal.commands.output import tell

DEMO_TITLE = "Thaw · demo"
"""The name in the top bar, so a demo is never taken for the real journal."""
DEMO_NOTE = (
    "This is a demo journal of made-up check-ins. Explore freely: "
    "it is deleted when you quit, and your own journal is not touched."
)


def run_demo() -> int:
    """Fill a private temporary journal, open the app on it, and delete it afterwards."""
    from journal.demo import fill_demo_journal
    from journal.store import open_store
    from journal.ui.app import make_app

    folder = Path(tempfile.mkdtemp(prefix="thaw-demo-"))  # created 0700
    try:
        path = folder / "journal.db"
        with open_store(path) as store:
            fill_demo_journal(store)
        app = make_app(path, freeze_start_up=True, opening_note=("Demo", DEMO_NOTE))
        app.title = DEMO_TITLE
        app.run()
        app.store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    tell("The demo journal has been deleted. Your own journal was not touched.")
    return 0
