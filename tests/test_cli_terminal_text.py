"""The terminal sanitiser: control characters made visible, nothing else changed."""

from __future__ import annotations

import json

import pytest

from journal.terminal_text import REPLACEMENT, for_terminal, json_safe


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain words, é and 日本 and 🙂", "plain words, é and 日本 and 🙂"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("windows\r\nline", "windows\nline"),
        ("over\rwrite", f"over{REPLACEMENT}write"),
        ("\x1b]52;c;cGF3bmVk\x07", f"{REPLACEMENT}]52;c;cGF3bmVk{REPLACEMENT}"),
        ("nul\x00 del\x7f csi\x9b", f"nul{REPLACEMENT} del{REPLACEMENT} csi{REPLACEMENT}"),
        ("[/] [@click=app.quit]x[/]", "[/] [@click=app.quit]x[/]"),
    ],
)
def test_for_terminal(raw: str, shown: str) -> None:
    assert for_terminal(raw) == shown


def test_json_safe_escapes_what_json_leaves_raw_and_loses_nothing() -> None:
    value = "del\x7f c1\x85\x9b line\u2028sep é"
    document = json.dumps({"text": value}, ensure_ascii=False)
    safe = json_safe(document)
    assert not any(0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029" for c in safe)
    assert "é" in safe
    assert json.loads(safe) == {"text": value}
