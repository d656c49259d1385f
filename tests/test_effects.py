"""What helps you: the person's own before-and-after evidence, ordered and worded gently."""

from __future__ import annotations

from journal.effects import HELPS_INTRO, describe_change, describe_effect, what_helps
from journal.models import StrategyEffect


def effect(strategy_id: str, tries: int, rated: int, change: float | None) -> StrategyEffect:
    return StrategyEffect(strategy_id, tries, rated, change)


def test_nothing_is_ordered_before_three_tries():
    effects = [effect("a", 1, 1, -3.0), effect("b", 1, 1, -1.0)]
    assert what_helps(effects) == []
    assert [e.strategy_id for e in what_helps([*effects, effect("c", 1, 0, None)])] == ["a", "b"]


def test_the_biggest_drop_in_numbness_comes_first():
    effects = [
        effect("more-numb", 2, 2, 1.0),
        effect("eased-a-lot", 1, 1, -3.0),
        effect("eased-a-little", 3, 3, -0.5),
    ]
    order = [e.strategy_id for e in what_helps(effects)]
    assert order == ["eased-a-lot", "eased-a-little", "more-numb"]


def test_unrated_strategies_are_left_out_and_ties_go_to_more_evidence():
    effects = [
        effect("never-rated", 5, 0, None),
        effect("z-once", 1, 1, -2.0),
        effect("a-twice", 2, 2, -2.0),
        effect("b-twice", 2, 2, -2.0),
    ]
    assert [e.strategy_id for e in what_helps(effects)] == ["a-twice", "b-twice", "z-once"]


def test_change_is_described_without_judging():
    assert describe_change(-2.0, 3) == "numbness about 2 lower afterwards, on average"
    assert describe_change(-1.0, 2) == "numbness about 1 lower afterwards, on average"
    assert describe_change(1.5, 2) == "numbness about 2 higher afterwards, on average"
    assert describe_change(0.2, 4) == "about the same afterwards, on average"
    assert describe_change(None, 0) == "no before-and-after rating yet"


def test_a_few_tries_are_said_in_whole_numbers():
    """An average of a handful of ratings is rough: "about 1", never "about 1.3"."""
    assert describe_change(-4 / 3, 3) == "numbness about 1 lower afterwards, on average"
    assert describe_change(-5 / 3, 3) == "numbness about 2 lower afterwards, on average"
    assert describe_change(2.5, 2) == "numbness about 3 higher afterwards, on average"
    assert describe_change(-0.5, 2) == "numbness about 1 lower afterwards, on average"
    assert describe_change(0.4, 5) == "about the same afterwards, on average"
    for change in (n / 7 for n in range(-70, 71)):
        assert "." not in describe_change(change, 7)


def test_one_rated_try_is_not_called_an_average():
    assert describe_change(-2.0, 1) == "numbness about 2 lower afterwards"
    assert describe_change(0.0, 1) == "about the same afterwards"
    assert describe_effect(effect("a", 3, 1, -1.0)) == (
        "You've tried this 3 times: numbness about 1 lower afterwards."
    )


def test_one_line_per_strategy_counts_tries_in_words():
    assert describe_effect(None) == "You haven't tried this one here yet."
    assert describe_effect(effect("a", 1, 0, None)) == (
        "You've tried this once; no try has a rating both before and after yet."
    )
    assert describe_effect(effect("a", 2, 2, -1.0)) == (
        "You've tried this twice: numbness about 1 lower afterwards, on average."
    )
    assert "3 times" in describe_effect(effect("a", 3, 1, 0.0))


def test_the_wording_never_ranks_best_or_worst():
    words = " ".join(
        [
            HELPS_INTRO,
            describe_change(-4, 2),
            describe_change(4, 1),
            describe_effect(effect("a", 9, 9, 3)),
        ]
    ).lower()
    for word in ("best", "worst", "fail", "should"):
        assert word not in words
