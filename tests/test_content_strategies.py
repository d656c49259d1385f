"""Strategies: the brief's content is there, breathing is paced, ranking follows context."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.content import (
    ContentError,
    PromptContext,
    Strategy,
    load_strategies,
    suited_strategies,
    suits,
)
from journal.content.context import matched
from journal.content.strategies import CATEGORIES, RUNNERS
from journal.models import Feeling


def test_there_are_enough_strategies_in_every_category() -> None:
    library = load_strategies()
    assert len(library.strategies) >= 14
    for category in CATEGORIES:
        assert library.by_category(category), category
    assert len(library.by_category("exercise")) >= 8
    ids = [s.id for s in library.strategies]
    assert len(ids) == len(set(ids))


def test_every_strategy_is_complete() -> None:
    for strategy in load_strategies().strategies:
        assert strategy.title and strategy.why, strategy.id
        assert strategy.steps and all(step for step in strategy.steps), strategy.id
        assert strategy.minutes >= 1, strategy.id
        assert strategy.runner in RUNNERS, strategy.id
        assert (strategy.pacing is not None) == (strategy.runner == "breathing"), strategy.id
        assert strategy.why.count(".") <= 3, strategy.id


def test_breathing_pacing_matches_the_exercises() -> None:
    library = load_strategies()
    box = library.get("box-breathing")
    assert box is not None and box.pacing is not None
    assert (box.pacing.inhale, box.pacing.hold, box.pacing.exhale, box.pacing.hold_after) == (
        4, 4, 4, 4,
    )  # fmt: skip
    assert box.pacing.cycle_seconds == 16
    assert box.pacing.total_seconds == 16 * box.pacing.rounds
    paced = library.get("paced-breathing")
    assert paced is not None and paced.pacing is not None
    assert (paced.pacing.inhale, paced.pacing.exhale) == (4, 6)


def test_the_source_articles_advice_is_all_there() -> None:
    library = load_strategies()
    doctor = library.get("see-a-doctor")
    assert doctor is not None and doctor.category == "immediate"
    doctor_text = " ".join((doctor.why, *doctor.steps)).lower()
    assert "antidepressant" in doctor_text and "anti-anxiety" in doctor_text
    assert "without medical advice" in doctor_text
    assert doctor.shows == "appointment"
    reach = library.get("reach-out")
    assert reach is not None and reach.shows == "reach_out" and reach.category == "immediate"
    move = library.get("move-daily")
    assert move is not None and "walk around the block" in " ".join((move.why, *move.steps))
    sleep = library.get("sleep")
    assert sleep is not None and "eight hours" in sleep.why
    long_term = {s.id for s in library.by_category("long-term")}
    assert {"nourishing-food", "stress-and-mindfulness", "name-and-express"} <= long_term
    therapist = library.get("name-and-express")
    assert therapist is not None and "therapist" in " ".join((therapist.why, *therapist.steps))
    exercises = {s.id for s in library.by_category("exercise")}
    assert {
        "box-breathing", "paced-breathing", "five-senses", "body-scan", "temperature",
        "mindful-walk", "name-it", "shake-it-out", "one-song",
    } <= exercises  # fmt: skip


def test_reach_out_starters_and_appointment_checklist() -> None:
    library = load_strategies()
    assert len(library.reach_out.starters) >= 6
    assert all(len(s) <= 120 for s in library.reach_out.starters)
    checklist = " ".join(library.appointment.checklist).lower()
    assert len(library.appointment.checklist) >= 6
    for topic in ("started", "medication", "sleep", "tried", "questions"):
        assert topic in checklist, topic


# ---- suiting and ranking -----------------------------------------------------------


def make(sid: str, *conditions: str) -> Strategy:
    return Strategy(sid, sid, "exercise", "Why.", ("Step.",), 2, conditions, "steps")


def test_suits_means_any_condition_holds() -> None:
    chest = make("chest", "region:chest", "family:sad")
    assert suits(chest, PromptContext(regions=("chest",)))
    assert suits(chest, PromptContext.from_feelings([Feeling("sad", "sad")]))
    assert not suits(chest, PromptContext())
    assert suits(make("always", "any"), PromptContext())
    assert suits(make("empty"), PromptContext())


def test_suited_strategies_rank_by_matches_and_keep_file_order_among_equals() -> None:
    a = make("a", "any")
    b = make("b", "numbness_high")
    c = make("c", "numbness_high", "family:scared")
    d = make("d", "quick")
    e = make("e", "numbness_high")
    context = PromptContext.from_feelings([Feeling("nervous", "scared")], numbness=9)
    assert [s.id for s in suited_strategies([a, b, c, d, e], context)] == ["c", "b", "e", "a"]


def test_real_strategies_rank_for_a_scared_and_very_numb_check_in() -> None:
    library = load_strategies()
    context = PromptContext.from_feelings([Feeling("panicky", "scared")], numbness=9)
    ranked = suited_strategies(library, context)
    scores = [matched(s.suits, context) for s in ranked]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] >= 2
    assert all(suits(s, context) for s in ranked)
    assert len(ranked) < len(library.strategies)  # some do not suit


# ---- broken data is refused ----------------------------------------------------------

VALID = """
[[strategies]]
id = "box-breathing"
title = "Box breathing"
category = "exercise"
runner = "breathing"
minutes = 2
why = "It steadies."
steps = ["In for four."]
suits = ["numbness_high"]

[strategies.pacing]
inhale = 4
hold = 4
exhale = 4
hold_after = 4
rounds = 6

[reach_out]
starters = ["Can we talk?"]

[appointment]
checklist = ["When it started"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bad_strategies.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_valid_sample_loads(tmp_path: Path) -> None:
    library = load_strategies(write(tmp_path, VALID))
    assert library.strategies[0].pacing is not None
    assert library.reach_out.starters == ("Can we talk?",)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('category = "exercise"', 'category = "someday"', "unknown category 'someday'"),
        ('runner = "breathing"', 'runner = "dance"', "unknown runner 'dance'"),
        ('runner = "breathing"', 'runner = "steps"', "needs a [strategies.pacing]"),
        ("minutes = 2", "minutes = 0", "'minutes' must be at least 1"),
        ('suits = ["numbness_high"]', 'suits = ["numbness_huge"]', "unknown condition"),
        ('suits = ["numbness_high"]', 'suits = ["region:knee"]', "unknown region"),
        ('steps = ["In for four."]', "steps = []", "'steps' needs at least 1"),
        ("rounds = 6", "rounds = 0", "'rounds' must be at least 1"),
        ("exhale = 4", 'exhale = "four"', "'exhale' must be a whole number"),
        ('why = "It steadies."', 'whyy = "It steadies."', "missing field 'why'"),
        ("minutes = 2", 'minutes = 2\nshows = "poems"', "unknown 'shows' value"),
    ],
)
def test_bad_strategies_are_refused_naming_file_and_entry(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in VALID
    with pytest.raises(ContentError) as caught:
        load_strategies(write(tmp_path, VALID.replace(old, new, 1)))
    assert "bad_strategies.toml: strategies[0]" in str(caught.value)
    assert message in str(caught.value)


def test_missing_lists_and_duplicate_ids_are_refused(tmp_path: Path) -> None:
    without = VALID.split("[reach_out]")[0]
    with pytest.raises(ContentError, match=r"bad_strategies\.toml: expected a \[reach_out\]"):
        load_strategies(write(tmp_path, without))
    block = VALID.split("[reach_out]")[0]
    doubled = block + block + "[reach_out]" + VALID.split("[reach_out]")[1]
    with pytest.raises(ContentError, match=r"strategies\[1\].*duplicate strategy id"):
        load_strategies(write(tmp_path, doubled))
