"""The check-in's core: entry, draft state, prompt context and the acknowledgement."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone

import pytest

from journal.checkin import (
    CheckIn,
    acknowledgement,
    parse_tags,
    prompts_for,
    summary,
    when_phrase,
)
from journal.content.prompts import choose_prompt, load_prompts
from journal.models import BodyNote, Entry, Feeling, NewEntry

TZ = timezone(timedelta(hours=1))
FULL = CheckIn(
    numbness=7,
    energy=2,
    pleasantness=3,
    body=(BodyNote("chest", "tight"), BodyNote("chest", "heavy"), BodyNote("throat", "")),
    feelings=(Feeling("frustrated", "mad", 4), Feeling("[bold]odd[/]", "", 2, custom=True)),
    prompt_id="p-1",
    prompt_text="What happened just before?",
    text="It was a long day.",
    tags=("work",),
    step="feelings",
)


def test_core_never_imports_textual() -> None:
    code = "import sys, journal.checkin; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_empty_checkin_is_empty_whatever_the_step_or_prompt() -> None:
    assert CheckIn().is_empty
    assert CheckIn(step="write", prompt_id="x", prompt_text="y", quick=True).is_empty
    assert not CheckIn(numbness=0).is_empty
    assert not CheckIn(body_nothing=True).is_empty
    assert not CheckIn(could_not_name=True).is_empty
    assert not CheckIn(text="  a ").is_empty
    assert CheckIn(text="  \n ").is_empty


def test_new_entry_holds_everything() -> None:
    entry = FULL.to_new_entry()
    assert entry.numbness == 7 and entry.energy == 2 and entry.pleasantness == 3
    assert entry.feelings == FULL.feelings
    assert entry.body_notes == FULL.body
    assert entry.prompt_id == "p-1" and entry.prompt_text == "What happened just before?"
    assert entry.tags == ("work",)
    assert entry.text == "It was a long day."


def test_prompt_is_kept_only_when_something_was_written() -> None:
    entry = CheckIn(numbness=3, prompt_id="p", prompt_text="Prompt").to_new_entry()
    assert entry.prompt_id is None and entry.prompt_text is None


def test_nothing_in_the_body_saves_no_body_notes() -> None:
    checkin = CheckIn(body=(BodyNote("chest", "tight"),), body_nothing=True)
    assert checkin.to_new_entry().body_notes == ()


def test_state_round_trip() -> None:
    state = FULL.to_state()
    assert CheckIn.from_state(state, FULL.text) == FULL


@pytest.mark.parametrize(
    "state",
    [
        {},
        {"numbness": "7", "energy": 11, "pleasantness": True, "step": "nowhere"},
        {"body": "chest", "feelings": "sad", "tags": "work"},
        {"body": [["chest"], [1, 2], ["", "x"]], "feelings": [{"word": 3}, "sad", {}]},
    ],
)
def test_unreadable_state_is_left_out_never_fatal(state: dict[str, object]) -> None:
    checkin = CheckIn.from_state(state, "kept text")
    assert checkin.text == "kept text"
    assert checkin.numbness is None and checkin.energy is None and checkin.pleasantness is None
    assert checkin.body == () and checkin.feelings == () and checkin.tags == ()
    assert checkin.step == "numbness"


def test_bad_intensity_falls_back_to_the_middle() -> None:
    state = {"feelings": [{"word": "sad", "family": "sad", "intensity": 9}]}
    assert CheckIn.from_state(state).feelings == (Feeling("sad", "sad", 3),)


def test_from_entry_opens_at_writing() -> None:
    now = datetime(2026, 11, 27, 9, 0, tzinfo=TZ)
    entry = Entry(
        id=4,
        created_at=now,
        updated_at=now,
        text="words",
        numbness=5,
        energy=None,
        pleasantness=6,
        prompt_id="p",
        prompt_text="P?",
        could_not_name=True,
        trashed_at=None,
        feelings=(Feeling("sad", "sad", 2),),
        body_notes=(BodyNote("chest", "tight"),),
        tags=("a",),
    )
    checkin = CheckIn.from_entry(entry)
    assert checkin.step == "write"
    assert checkin.to_new_entry() == entry_as_new(entry)


def entry_as_new(entry: Entry) -> NewEntry:
    return NewEntry(
        text=entry.text,
        numbness=entry.numbness,
        energy=entry.energy,
        pleasantness=entry.pleasantness,
        prompt_id=entry.prompt_id,
        prompt_text=entry.prompt_text,
        could_not_name=entry.could_not_name,
        feelings=entry.feelings,
        body_notes=entry.body_notes,
        tags=entry.tags,
    )


def test_prompt_context_reflects_the_choices() -> None:
    context = FULL.prompt_context(first_checkin=True)
    assert context.numbness == 7
    assert context.words == ("frustrated", "[bold]odd[/]")
    assert context.families == ("mad", "")
    assert context.regions == ("chest", "throat")
    assert context.first_checkin and not context.quick and not context.no_word
    quick = CheckIn(quick=True, could_not_name=True, body_nothing=True).prompt_context()
    assert quick.quick and quick.no_word and quick.body_nothing


def test_cannot_name_it_yet_leads_only_to_prompts_for_that_moment() -> None:
    library = load_prompts()
    lost = CheckIn(could_not_name=True, numbness=2, body_nothing=True)
    context = lost.prompt_context(first_checkin=True)
    rng = random.Random(1)
    for _ in range(30):
        prompt = choose_prompt(prompts_for(lost, library), context, rng=rng)
        assert "no_word" in library.get(prompt.id).when
    named = CheckIn(could_not_name=True, feelings=(Feeling("sad", "sad"),))
    assert prompts_for(named, library) is library
    assert prompts_for(CheckIn(), library) is library


@pytest.mark.parametrize(
    ("typed", "tags"),
    [
        ("", ()),
        ("work, sleep", ("work", "sleep")),
        (" #work ,, Work,  long   day ", ("work", "long day")),
        ("[/], @home", ("[/]", "home")),
    ],
)
def test_parse_tags(typed: str, tags: tuple[str, ...]) -> None:
    assert parse_tags(typed) == tags


def test_acknowledgement_reflects_what_was_done() -> None:
    label = {"chest": "Chest", "throat": "Throat"}.get
    text = acknowledgement(FULL, region_label=lambda r: label(r) or r)
    assert text == (
        "Saved. Today you named 2 feelings, noticed something in your chest and your throat "
        "and put some of it into words."
    )
    assert (
        acknowledgement(CheckIn(feelings=(Feeling("sad"),))) == "Saved. Today you named a feeling."
    )
    assert "no name yet" in acknowledgement(CheckIn(could_not_name=True))
    assert acknowledgement(CheckIn(numbness=4)) == "Saved. Thank you for checking in."
    assert acknowledgement(FULL, edited=True) == "Your changes are saved."
    many = CheckIn(body=tuple(BodyNote(r) for r in ("a", "b", "c")))
    assert "3 places in your body" in acknowledgement(many)


@pytest.mark.parametrize("checkin", [FULL, CheckIn(numbness=10), CheckIn(could_not_name=True)])
def test_acknowledgement_never_scores_or_counts_days(checkin: CheckIn) -> None:
    text = acknowledgement(checkin).lower()
    for word in ("streak", "score", "points", "should", "only", "%", "/10", "in a row"):
        assert word not in text


def test_summary_line() -> None:
    assert summary(FULL, str.title) == (
        "Numbness 7 · chest: tight, heavy · throat · frustrated, [bold]odd[/]"
    )
    assert summary(CheckIn()) == ""
    assert summary(CheckIn(body_nothing=True, could_not_name=True)) == "body: nothing right now"


def test_when_phrase() -> None:
    now = datetime(2026, 11, 27, 9, 30, tzinfo=TZ)
    assert when_phrase(now.replace(hour=8, minute=5), now) == "today at 08:05"
    assert when_phrase(now - timedelta(days=1, hours=1), now) == "yesterday at 08:30"
    assert when_phrase(now - timedelta(days=3), now) == "on Tuesday 24 November at 09:30"
    assert when_phrase(now - timedelta(days=365), now) == "on Thursday 27 November 2025 at 09:30"
    utc = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)
    assert when_phrase(utc, now) == "today at 00:30"
