"""Crisis resources: the essential lines are present, sourced and dated, and bad data is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journal.content import ContentError, load_resources

CHECKED = dt.date(2026, 11, 27)


def test_the_notice_says_plainly_what_thaw_is_not() -> None:
    notice = load_resources().notice.lower()
    assert "not a crisis service" in notice
    assert "emergency" in notice
    assert "\n" not in notice


@pytest.mark.parametrize(
    ("country", "needle"),
    [
        ("United States", "988"),
        ("United States", "911"),
        ("United Kingdom", "116 123"),
        ("United Kingdom", "85258"),
        ("United Kingdom", "999"),
        ("Anywhere", "findahelpline.com"),
    ],
)
def test_essential_lines_are_listed(country: str, needle: str) -> None:
    lines = load_resources().for_country(country)
    assert any(needle in line.contact for line in lines), (country, needle)


def test_every_line_has_a_source_and_a_checked_date() -> None:
    resources = load_resources()
    for line in resources.lines:
        assert line.source.startswith("https://"), line.name
        assert isinstance(line.checked, dt.date) and not isinstance(line.checked, dt.datetime)
        assert line.checked == CHECKED, line.name
        assert line.country and line.name and line.contact
    sources = {line.name: line.source for line in resources.lines}
    assert sources["988 Suicide & Crisis Lifeline"] == "https://988lifeline.org"
    assert sources["Find A Helpline"] == "https://findahelpline.com"


def test_countries_keep_file_order() -> None:
    countries = load_resources().countries
    assert countries[:2] == ("United States", "United Kingdom")
    assert countries[-1] == "Anywhere"
    assert len(countries) == len(set(countries))


# ---- broken data is refused ------------------------------------------------------

LINE = """
[[lines]]
country = "United Kingdom"
name = "Samaritans"
contact = "Call 116 123"
source = "https://www.samaritans.org"
checked = 2026-11-27
"""
NOTICE = 'notice = "Thaw is not a crisis service."\n'


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bad_resources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_valid_sample_loads(tmp_path: Path) -> None:
    resources = load_resources(write(tmp_path, NOTICE + LINE))
    assert resources.lines[0].checked == CHECKED


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("checked = 2026-11-27", 'checked = "2026-11-27"', "must be a TOML date"),
        ("checked = 2026-11-27", "checked = 2026-11-27T10:00:00", "must be a TOML date"),
        ('source = "https://www.samaritans.org"', 'source = "http://x.org"', "https://"),
        ('source = "https://www.samaritans.org"\n', "", "missing field 'source'"),
        ('contact = "Call 116 123"', 'contact = ""', "field 'contact' is empty"),
    ],
)
def test_bad_lines_are_refused_naming_file_and_entry(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in LINE
    with pytest.raises(ContentError) as caught:
        load_resources(write(tmp_path, NOTICE + LINE.replace(old, new)))
    assert "bad_resources.toml: lines[0] 'Samaritans'" in str(caught.value)
    assert message in str(caught.value)


def test_a_missing_notice_or_a_repeated_line_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"bad_resources\.toml: missing a non-empty 'notice'"):
        load_resources(write(tmp_path, LINE))
    with pytest.raises(ContentError, match="listed twice"):
        load_resources(write(tmp_path, NOTICE + LINE + LINE))
