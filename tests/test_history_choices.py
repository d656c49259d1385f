"""Reading the filter form's choices into a store filter and plain words (no terminal)."""

from __future__ import annotations

from datetime import datetime

import pytest

from journal.dates import DateRangeError
from journal.history_filter import FilterChoices, apply_choices, split_list
from tests.support import TEST_TZ

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=TEST_TZ)


def test_nothing_chosen_means_every_entry() -> None:
    applied = apply_choices("", FilterChoices(), NOW)
    assert applied.parts == ()
    assert applied.wanted.since is None and applied.wanted.words == ()
    assert FilterChoices().is_empty and not FilterChoices(tags="x").is_empty


def test_every_choice_reaches_the_filter_and_the_words() -> None:
    choices = FilterChoices(
        when="since monday",
        words="lonely, tired,",
        family="sad",
        tags="work",
        numbness_min=8,
        numbness_max=3,
        strategy_days=True,
    )
    applied = apply_choices("anx", choices, NOW, family_label=lambda f: f"<{f}>")
    wanted = applied.wanted
    assert wanted.text == "anx"
    assert wanted.since == datetime(2026, 11, 23, tzinfo=TEST_TZ) and wanted.until is None
    assert wanted.words == ("lonely", "tired")
    assert wanted.families == ("sad",)
    assert (wanted.numbness_min, wanted.numbness_max) == (3, 8)  # swapped kindly
    assert wanted.strategy_days
    assert applied.parts == (
        "since Monday 23 Nov 2026",
        "feeling lonely or tired",
        "family <sad>",
        "tag work",
        "numbness 3 to 8",
        "days you tried a strategy",
    )


@pytest.mark.parametrize(
    ("low", "high", "words"),
    [(5, None, "numbness 5 or more"), (None, 2, "numbness 2 or less"), (4, 4, "numbness 4")],
)
def test_numbness_in_words(low: int | None, high: int | None, words: str) -> None:
    applied = apply_choices("", FilterChoices(numbness_min=low, numbness_max=high), NOW)
    assert applied.parts == (words,)


def test_a_date_that_cannot_be_read_raises_the_kind_error() -> None:
    with pytest.raises(DateRangeError):
        apply_choices("", FilterChoices(when="the day after never"), NOW)


def test_split_list_drops_blanks() -> None:
    assert split_list(" a , ,b ,") == ("a", "b")
    assert split_list("") == ()
