"""Every word a person reads in the data files stays gentle; the content core stays UI-free."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from journal.content.prompts import FALLBACK
from journal.resources import prompts_file

DATA_FILES = ("emotions.toml", "body.toml", "prompts.toml", "strategies.toml", "resources.toml")

FORBIDDEN = [
    r"\bshould(n't|n’t)?\b",
    r"\bjust be\b",
    r"\bbright side\b",
    r"\bcheer up\b",
    r"\bsnap out\b",
    r"\blaz(y|iness)\b",
    r"\byou must\b",
    r"\bfailures?\b",
    r"\bget over it\b",
    r"\bcalm down\b",
    r"\bat least you\b",
    r"\bgood vibes\b",
    r"\bhappens for a reason\b",
    r"\bman up\b",
    r"\bdiagnos",
]
PATTERN = re.compile("|".join(FORBIDDEN), re.IGNORECASE)


def strings_in(value: Any, where: str) -> Iterator[tuple[str, str]]:
    """Yield (location, text) for every string value, however deeply nested."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings_in(item, f"{where}[{index}]")


def user_facing_text() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = [("prompts.FALLBACK", FALLBACK.text)]
    for name in DATA_FILES:
        with prompts_file(name).open("rb") as handle:
            found += strings_in(tomllib.load(handle), name)
    return found


def pushy(texts: list[tuple[str, str]]) -> list[str]:
    return [f"{where}: {text!r}" for where, text in texts if PATTERN.search(text)]


def test_the_scan_reads_every_data_file() -> None:
    texts = user_facing_text()
    assert len(texts) > 1000
    assert {where.split(".")[0] for where, _ in texts} >= {n.split(".")[0] for n in DATA_FILES}


@pytest.mark.parametrize(
    "planted",
    [
        "You should try harder.",
        "Look on the bright side!",
        "Just be happy.",
        "Cheer up, it could be worse.",
        "Snap out of it.",
        "Stop being lazy.",
        "You must go outside.",
        "Feeling like a failure.",
        "You shouldn't feel this way.",
    ],
)
def test_the_scan_catches_pushy_or_shaming_phrases(planted: str) -> None:
    assert pushy([("planted", planted)])


def test_the_scan_leaves_gentle_phrases_alone() -> None:
    gentle = ["What happened just before you noticed it?", "Fishing for a word is fine."]
    assert pushy([("gentle", text) for text in gentle]) == []


def test_no_data_text_is_pushy_shaming_or_diagnosing() -> None:
    assert pushy(user_facing_text()) == []


def test_importing_journal_content_does_not_load_textual() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import journal.content as content\n"
        "for mod in pkgutil.iter_modules(content.__path__):\n"
        "    importlib.import_module(f'journal.content.{mod.name}')\n"
        "content.load_prompts(); content.load_strategies(); content.load_resources()\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(loaded))\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"textual was imported: {result.stdout} {result.stderr}"
