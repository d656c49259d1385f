"""Which prompt a check-in shows: kept while writing, chosen anew when the choices change."""

from __future__ import annotations

import random

from journal.checkin import CheckIn
from journal.content.prompts import load_prompts
from journal.models import Feeling
from journal.prompt_choice import PromptChoice

NUMB = CheckIn(numbness=9)
SAD = CheckIn(numbness=2, feelings=(Feeling("sad", "sad", 3),))


def chosen(choice: PromptChoice) -> str:
    assert choice.current is not None
    return choice.current.id


def test_a_prompt_is_chosen_once_and_kept_while_nothing_changes() -> None:
    choice, rng = PromptChoice(), random.Random(1)
    choice.refresh(NUMB, NUMB.prompt_context(), rng, editing=False)
    first = chosen(choice)
    for _ in range(5):
        choice.refresh(NUMB, NUMB.prompt_context(), rng, editing=False)
        assert chosen(choice) == first


def test_new_choices_bring_a_new_prompt_only_before_anything_is_written() -> None:
    choice, rng = PromptChoice(), random.Random(1)
    choice.refresh(NUMB, NUMB.prompt_context(), rng, editing=False)
    writing = CheckIn(numbness=2, feelings=SAD.feelings, text="Started writing.")
    kept = chosen(choice)
    choice.refresh(writing, writing.prompt_context(), rng, editing=False)
    assert chosen(choice) == kept
    fitting_sad = {p.id for p in load_prompts().fitting(SAD.prompt_context())}
    assert kept not in fitting_sad  # so a prompt that fits is a newly chosen one
    choice.refresh(SAD, SAD.prompt_context(), rng, editing=False)
    assert chosen(choice) in fitting_sad


def test_another_is_never_the_same_twice_in_a_row() -> None:
    choice, rng = PromptChoice(), random.Random(2)
    choice.refresh(NUMB, NUMB.prompt_context(), rng, editing=False)
    for _ in range(20):
        before = chosen(choice)
        choice.refresh(NUMB, NUMB.prompt_context(), rng, editing=False, another=True)
        assert chosen(choice) != before


def test_an_entry_keeps_its_prompt_or_its_lack_of_one() -> None:
    written_with = CheckIn(numbness=5, prompt_id="p1", prompt_text="What is here?", text="x")
    choice, rng = PromptChoice(), random.Random(3)
    choice.restore(written_with, written_with.prompt_context())
    choice.refresh(written_with, written_with.prompt_context(), rng, editing=True)
    assert choice.current is not None and choice.current.text == "What is here?"

    without = CheckIn(numbness=5, text="Just words.")
    choice.restore(without, without.prompt_context())
    choice.refresh(without, without.prompt_context(), rng, editing=True)
    assert choice.current is None
    assert not choice.written_for_no_word()
