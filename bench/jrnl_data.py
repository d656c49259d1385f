"""Write generated entries in jrnl 4's plain-text, config and JSON-export formats.

The plain-text layout is what jrnl itself writes (``Entry.__str__`` joined by
``"\\n"``)::

    [2025-05-31 21:40] First sentence.
    The rest of the text. @sleep @walk

    [2025-06-01 08:05] Next entry's only sentence.

The first sentence is the title; tags are inline words starting with ``@``,
appended at the end of the text the way people type ``jrnl ... @sleep``.
jrnl has no fields for numbness or feelings, so those are not written.

The JSON matches ``jrnl --format json`` (``JSONExporter.export_journal``).
jrnl orders ``tags`` (both the top-level counts and each entry's list) by set
iteration, which changes from run to run; here they are ordered by count then
name, and by first appearance, so compare tags as sets.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, tzinfo
from pathlib import Path

from bench.generate import GeneratedEntry

TIMEFORMAT = "%Y-%m-%d %H:%M"
"""Timestamp format in the journal file and config.

jrnl's own first-run default is ``"%F %r"``, which Python 3.11's ``strptime``
rejects, so jrnl would fall back to a fuzzy date parser for every entry;
this format is parsed by the fast ``strptime`` path."""

DEFAULT_TIMEFORMAT = "%F %r"
"""jrnl's own first-run default, which most people keep: the bench times it too."""

TAG_SYMBOL = "@"

# Same split jrnl uses (jrnl.journals.Entry.split_title), for the sentences we generate.
_SENTENCE_END = re.compile(r"[.!?\u2026]['\u2019\"\u201d]?[\])]*\s+")


def jrnl_text(entry: GeneratedEntry) -> str:
    """The entry's text as typed into jrnl: the text, then its tags as ``@tag`` words."""
    if not entry.tags:
        return entry.text
    return entry.text + " " + " ".join(TAG_SYMBOL + tag for tag in entry.tags)


def split_title(text: str) -> tuple[str, str]:
    """Split off the first sentence as jrnl does: ``(title, body)``."""
    if "\n" in text.strip():
        title, _nl, body = text.strip().partition("\n")
        return title.strip(), body.strip()
    match = _SENTENCE_END.search(text)
    if not match:
        return text, ""
    return text[: match.end()].strip(), text[match.end() :].strip()


def entry_block(entry: GeneratedEntry, tz: tzinfo = UTC, timeformat: str = TIMEFORMAT) -> str:
    """One entry as jrnl writes it: ``[date] title``, then the body line if any."""
    title, body = split_title(jrnl_text(entry))
    stamp = entry.created_at.astimezone(tz).strftime(timeformat)
    return f"[{stamp}] {title}\n{body}\n" if body else f"[{stamp}] {title}\n"


def write_journal(
    entries: Iterable[GeneratedEntry],
    path: Path,
    tz: tzinfo = UTC,
    timeformat: str = TIMEFORMAT,
) -> int:
    """Write a plain-text jrnl journal to ``path``; return the number of entries.

    Times are converted to ``tz`` and written naive, as jrnl stores local time.
    """
    blocks = [entry_block(e, tz, timeformat) for e in entries]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(blocks), encoding="utf-8")
    return len(blocks)


def _yaml_scalar(value: object) -> str:
    """A YAML scalar; JSON's string and number syntax is valid YAML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value)


def config_yaml(journal_path: Path, version: str, timeformat: str = TIMEFORMAT) -> str:
    """A complete jrnl 4 config for one plain, uncoloured, non-interactive journal.

    Every key of jrnl's default config is present and ``version`` must equal
    the running jrnl's ``__version__``: otherwise jrnl rewrites the file on
    every run and prints "Configuration updated".
    """
    top: dict[str, object] = {
        "version": version,
        "editor": "",
        "encrypt": False,
        "template": False,
        "default_hour": 9,
        "default_minute": 0,
        "timeformat": timeformat,
        "tagsymbols": "#@",
        "highlight": True,
        "linewrap": 79,
        "indent_character": "|",
    }
    lines = [f"{key}: {_yaml_scalar(value)}" for key, value in top.items()]
    lines += ["journals:", f"  default: {_yaml_scalar(str(journal_path))}", "colors:"]
    lines += [f"  {key}: none" for key in ("body", "date", "tags", "title")]
    return "\n".join(lines) + "\n"


def write_config(
    path: Path, journal_path: Path, version: str, timeformat: str = TIMEFORMAT
) -> None:
    """Write ``config_yaml`` to ``path`` (pass it to jrnl as ``--config-file``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(config_yaml(journal_path.resolve(), version, timeformat), encoding="utf-8")


def export_dict(entries: Iterable[GeneratedEntry], tz: tzinfo = UTC) -> dict[str, object]:
    """The structure of ``jrnl --format json`` for these entries."""
    out_entries: list[dict[str, object]] = []
    counts: Counter[str] = Counter()
    for entry in entries:
        title, body = split_title(jrnl_text(entry))
        tags = [TAG_SYMBOL + tag.lower() for tag in entry.tags]
        counts.update(tags)
        local = entry.created_at.astimezone(tz)
        out_entries.append(
            {
                "title": title,
                "body": body,
                "date": local.strftime("%Y-%m-%d"),
                "time": local.strftime("%H:%M"),
                "tags": tags,
                "starred": False,
            }
        )
    tag_counts = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return {"tags": tag_counts, "entries": out_entries}


def write_export_json(entries: Iterable[GeneratedEntry], path: Path, tz: tzinfo = UTC) -> None:
    """Write ``export_dict`` byte-for-byte like ``jrnl --format json > path``
    (``json.dumps(..., indent=2)`` plus print's newline), up to tag order."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(export_dict(entries, tz), indent=2) + "\n", encoding="utf-8")
