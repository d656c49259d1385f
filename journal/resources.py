"""Locate the data and style files that ship with the package.

In a wheel, `prompts/` and `styles/` are installed inside the package
(`journal/prompts`, `journal/styles`); in a source checkout they sit beside it.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Return the folder `name` ("prompts" or "styles"), installed or in a checkout."""
    installed = _PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


def prompts_file(filename: str) -> Path:
    """Return the path of a data file in `prompts/`, such as `emotions.toml`."""
    return data_dir("prompts") / filename


def style_file(filename: str) -> Path:
    """Return the path of a Textual CSS file in `styles/`, for a screen's CSS_PATH."""
    return data_dir("styles") / filename
