"""Cleaning text at the store's edge so anything a person types can be saved."""

from __future__ import annotations


def storable(text: str) -> str:
    """Replace lone surrogates (which SQLite cannot hold) with U+FFFD; keep all else."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def normalise_tag(tag: str) -> str:
    """A tag as stored: no leading @ or #, single spaces, lower case."""
    return " ".join(storable(tag).strip().lstrip("@#").split()).lower()


def normalise_word(word: str) -> str:
    """A feeling word as stored: trimmed, single spaces, lower case."""
    return " ".join(storable(word).split()).lower()
