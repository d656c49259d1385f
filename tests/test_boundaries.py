"""Architecture rules: the core never loads Textual, and the UI never speaks SQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import journal

PACKAGE_DIR = Path(journal.__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
UI_DIR = PACKAGE_DIR / "ui"
SQL_MARKERS = ("SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", "sqlite3", "conn.execute")

# Walks the files rather than pkgutil.walk_packages alone: folders without an
# __init__.py (namespace packages such as journal/content) are invisible to pkgutil.
IMPORT_THE_CORE = r"""
import importlib, json, sys
from pathlib import Path

import journal

root = Path(journal.__file__).resolve().parent
skipped = {"journal.__main__"}  # running it starts the app
imported = []
for path in sorted(root.rglob("*.py")):
    parts = path.relative_to(root.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    name = ".".join(parts)
    if name in skipped or name == "journal.ui" or name.startswith("journal.ui."):
        continue
    importlib.import_module(name)
    imported.append(name)
loaded = sorted(sys.modules)
print(json.dumps({
    "imported": imported,
    "textual": [m for m in loaded if m == "textual" or m.startswith("textual.")],
    "ui": [m for m in loaded if m == "journal.ui" or m.startswith("journal.ui.")],
}))
"""


def test_the_core_never_loads_textual() -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_THE_CORE],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    # The walk really found the core, so an empty list cannot pass by accident.
    assert {"journal.models", "journal.paths", "journal.store", "journal.store.queries"} <= set(
        report["imported"]
    )
    assert report["textual"] == [], f"Textual was loaded by importing {report['imported']}"
    assert report["ui"] == [], "a core module imports journal.ui"


def sql_lines(source: str) -> list[tuple[int, str]]:
    """Lines of `source` that look like SQL or direct database access."""
    return [
        (number, line.strip())
        for number, line in enumerate(source.splitlines(), start=1)
        if any(marker in line for marker in SQL_MARKERS)
    ]


def test_the_sql_detector_finds_sql_and_ignores_prose() -> None:
    source = 'title = "Select a feeling"\nrows = conn.execute("SELECT * FROM entries")\n'

    assert sql_lines(source) == [(2, 'rows = conn.execute("SELECT * FROM entries")')]
    assert sql_lines("import sqlite3") == [(1, "import sqlite3")]
    assert sql_lines('"Update your check-in"') == []


def test_the_ui_never_speaks_sql() -> None:
    sources = sorted(UI_DIR.rglob("*.py")) if UI_DIR.is_dir() else []
    if not sources:
        pytest.skip("journal/ui has no Python modules yet")

    offending = [
        f"{path.relative_to(REPO_ROOT)}:{number}: {line}"
        for path in sources
        for number, line in sql_lines(path.read_text(encoding="utf-8"))
    ]

    assert offending == [], "SQL belongs in journal/store:\n" + "\n".join(offending)
