"""Writing prompts: enough of them, valid conditions and placeholders, and a chooser that fits."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest

from journal.content import (
    FALLBACK,
    ContentError,
    Prompt,
    PromptContext,
    choose_prompt,
    load_body,
    load_prompts,
    load_vocabulary,
)
from journal.content.context import CONDITIONS, all_hold
from journal.content.prompts import FEW, render
from journal.models import Feeling

SEEDS = range(60)


def conditions_of(prompt: Prompt) -> set[str]:
    return set(prompt.when) - {"any"}


def context_for(prompt: Prompt) -> PromptContext:
    """Build a context in which every condition of `prompt` holds."""
    vocab = load_vocabulary()
    families = [c.split(":", 1)[1] for c in prompt.when if c.startswith("family:")]
    feelings = [Feeling(vocab.by_family(f)[0].word, f) for f in families]
    if "word_named" in prompt.when and not feelings:
        feelings.append(Feeling("angry", "mad"))
    if "several_feelings" in prompt.when:
        feelings += [Feeling("tired", "sad"), Feeling("calm", "peaceful"), Feeling("odd", "")]
    regions = [c.split(":", 1)[1] for c in prompt.when if c.startswith("region:")]
    if "body_noted" in prompt.when and not regions:
        regions.append("throat")
    levels = {"numbness_high": 8, "numbness_mid": 5, "numbness_low": 2}
    numbness = next((v for k, v in levels.items() if k in prompt.when), None)
    return PromptContext.from_feelings(
        feelings,
        numbness=numbness,
        regions=regions,
        no_word="no_word" in prompt.when,
        body_nothing="body_nothing" in prompt.when,
        first_checkin="first_checkin" in prompt.when,
        quick="quick" in prompt.when,
    )


# ---- the data -------------------------------------------------------------------


def test_there_are_enough_prompts_with_unique_ids() -> None:
    prompts = load_prompts().prompts
    assert len(prompts) >= 48
    ids = [p.id for p in prompts]
    assert len(ids) == len(set(ids))


def test_every_condition_names_a_real_condition_family_or_region() -> None:
    families = {f.id for f in load_vocabulary().families}
    regions = {r.id for r in load_body().regions}
    for prompt in load_prompts().prompts:
        for condition in prompt.when:
            kind, _, name = condition.partition(":")
            if kind == "family":
                assert name in families, (prompt.id, condition)
            elif kind == "region":
                assert name in regions, (prompt.id, condition)
            else:
                assert condition in CONDITIONS, (prompt.id, condition)


def test_coverage_of_families_regions_and_states() -> None:
    prompts = load_prompts().prompts
    used = [c for p in prompts for c in p.when]
    for family in load_vocabulary().families:
        assert f"family:{family.id}" in used, family.id
    assert len({c for c in used if c.startswith("region:")}) >= 5
    assert used.count("no_word") >= 6
    for condition in CONDITIONS.keys() - {"any"}:
        assert condition in used, condition
    assert sum(1 for p in prompts if not conditions_of(p)) >= 8


def test_placeholders_appear_only_where_the_conditions_guarantee_them() -> None:
    for prompt in load_prompts().prompts:
        names = {n for _, n, _, _ in string.Formatter().parse(prompt.text) if n is not None}
        assert names <= {"word", "family", "region"}, prompt.id
        has_family = any(c.startswith("family:") for c in prompt.when)
        if "word" in names:
            assert "word_named" in prompt.when or has_family, prompt.id
        if "family" in names:
            assert has_family, prompt.id
        if "region" in names:
            assert "body_noted" in prompt.when or any(c.startswith("region:") for c in prompt.when)


def test_every_prompt_renders_completely_in_a_context_it_fits() -> None:
    library = load_prompts()
    for prompt in library.prompts:
        context = context_for(prompt)
        assert all_hold(prompt.when, context), prompt.id
        text = render(prompt, context, library)
        assert "{" not in text and "}" not in text, prompt.id
        assert text.strip() == text and text, prompt.id


# ---- choosing -------------------------------------------------------------------


def test_choose_prompt_never_repeats_the_previous_prompt() -> None:
    library = load_prompts()
    contexts = [
        PromptContext(),
        PromptContext(no_word=True, numbness=9),
        PromptContext(quick=True),
        PromptContext.from_feelings([Feeling("angry", "mad")], regions=["chest"]),
    ]
    for context in contexts:
        previous = None
        for seed in SEEDS:
            chosen = choose_prompt(library, context, previous, random.Random(seed))
            assert chosen.id != previous
            previous = chosen.id


def test_the_previous_prompt_is_allowed_when_it_is_the_only_one_that_fits() -> None:
    only = Prompt("only-one", "Only me.", ("quick",))
    other = Prompt("never-fits", "Not me.", ("first_checkin",))
    chosen = choose_prompt([only, other], PromptContext(quick=True), previous_id="only-one")
    assert chosen.id == "only-one"


def test_a_mad_context_gets_a_mad_or_general_prompt() -> None:
    library = load_prompts()
    context = PromptContext.from_feelings([Feeling("angry", "mad")])
    chosen_ids = set()
    for seed in SEEDS:
        chosen = choose_prompt(library, context, rng=random.Random(seed))
        prompt = library.get(chosen.id)
        assert prompt is not None
        assert conditions_of(prompt) <= {"family:mad", "word_named", "body_unnoted"}, prompt.id
        assert conditions_of(prompt), "a specific prompt exists, so a generic one is not best"
        assert "{" not in chosen.text
        chosen_ids.add(chosen.id)
    assert any(library.get(i).when == ("family:mad",) for i in chosen_ids)  # type: ignore[union-attr]


def test_a_body_already_noted_is_not_asked_about_again() -> None:
    library = load_prompts()
    asking = [p.id for p in library.prompts if "in your body?" in p.text and "word_named" in p.when]
    named = [Feeling("frustrated", "mad")]
    noted = PromptContext.from_feelings(named, regions=["chest"])
    nothing = PromptContext.from_feelings(named, body_nothing=True)
    unnoted = PromptContext.from_feelings(named)

    assert asking
    assert not {p.id for p in library.fitting(noted)} & set(asking)
    assert not {p.id for p in library.fitting(nothing)} & set(asking)
    assert set(asking) <= {p.id for p in library.fitting(unnoted)}


def test_a_no_word_context_gets_a_no_word_prompt() -> None:
    library = load_prompts()
    for seed in SEEDS:
        chosen = choose_prompt(library, PromptContext(no_word=True), rng=random.Random(seed))
        prompt = library.get(chosen.id)
        assert prompt is not None and "no_word" in prompt.when


def test_a_quick_context_gets_a_quick_prompt() -> None:
    library = load_prompts()
    for seed in SEEDS:
        chosen = choose_prompt(library, PromptContext(quick=True), rng=random.Random(seed))
        prompt = library.get(chosen.id)
        assert prompt is not None and prompt.when == ("quick",)


def test_every_choice_fits_and_is_among_the_most_specific() -> None:
    library = load_prompts()
    context = PromptContext.from_feelings(
        [Feeling("calm", "peaceful"), Feeling("tired", "sad"), Feeling("angry", "mad")],
        numbness=8,
        regions=["chest"],
    )
    fitting = library.fitting(context)
    ranks = sorted((p.specificity for p in fitting), reverse=True)
    for seed in SEEDS:
        prompt = library.get(choose_prompt(library, context, rng=random.Random(seed)).id)
        assert prompt in fitting
        assert prompt.specificity >= ranks[FEW - 1]


def test_more_specific_prompts_win_over_general_ones() -> None:
    general = [Prompt(f"general-{i}", "Anything.", ()) for i in range(6)]
    specific = [Prompt(f"specific-{i}", "No word.", ("no_word",)) for i in range(FEW)]
    for seed in SEEDS:
        chosen = choose_prompt(
            general + specific, PromptContext(no_word=True), None, random.Random(seed)
        )
        assert chosen.id.startswith("specific-")


def test_the_same_seed_gives_the_same_prompt() -> None:
    library = load_prompts()
    context = PromptContext(numbness=5)
    first = choose_prompt(library, context, rng=random.Random(7))
    assert choose_prompt(library, context, rng=random.Random(7)) == first


def test_placeholders_are_filled_from_the_right_family_and_region() -> None:
    library = load_prompts()
    context = PromptContext.from_feelings(
        [Feeling("angry", "mad"), Feeling("calm", "peaceful")], regions=["whole_body"]
    )
    longer = library.get("peaceful-longer")
    assert longer is not None
    assert render(longer, context, library) == (
        "What helps a peaceful feeling like calm stay a little longer?"
    )
    whole = library.get("whole-body-first-word")
    assert whole is not None
    assert render(whole, context, library).startswith("Your whole body is holding something.")
    numb = library.get("numb-miss")
    assert numb is not None
    numb_context = PromptContext.from_feelings([Feeling("flat", "numb")])
    assert (
        render(numb, numb_context, library) == "When you feel disconnected, what do you miss most?"
    )


def test_nothing_fitting_gives_the_gentle_fallback() -> None:
    only = Prompt("first-only", "Welcome.", ("first_checkin",))
    assert choose_prompt([only], PromptContext()) == FALLBACK


def test_numbness_bands() -> None:
    prompt = Prompt("x", "x", ("numbness_mid",))
    assert [all_hold(prompt.when, PromptContext(numbness=n)) for n in (3, 4, 6, 7)] == [
        False, True, True, False,
    ]  # fmt: skip
    assert not all_hold(prompt.when, PromptContext())


# ---- broken data is refused ---------------------------------------------------------


def prompt_file(tmp_path: Path, text: str, when: str, pid: str = "a-prompt") -> Path:
    path = tmp_path / "bad_prompts.toml"
    path.write_text(
        f'[[prompts]]\nid = "{pid}"\ntext = "{text}"\nwhen = {when}\n', encoding="utf-8"
    )
    return path


@pytest.mark.parametrize(
    ("text", "when", "message"),
    [
        ("Hello", '["sleepy"]', "unknown condition 'sleepy'"),
        ("Hello", '["family:grumpy"]', "'family:grumpy' names an unknown family"),
        ("Hello", '["region:elbow"]', "'region:elbow' names an unknown region"),
        ("Hello", '["any", "quick"]', "'any' cannot be combined"),
        ("Hello", '["quick", "quick"]', "appears twice"),
        ("You named {word}.", "[]", "placeholder {word} needs"),
        ("You named {word}.", '["no_word"]', "placeholder {word} needs"),
        ("In the {family} family", '["word_named"]', "placeholder {family} needs"),
        ("Your {region}", '["region_noted"]', "unknown condition"),
        ("Your {region}", '["body_nothing"]', "placeholder {region} needs"),
        ("Hello {name}", "[]", "unknown placeholder {name}"),
        ("Hello {word!r}", '["word_named"]', "unknown placeholder"),
        ("Hello {", "[]", "unbalanced braces"),
    ],
)
def test_bad_prompts_are_refused_naming_file_and_entry(
    tmp_path: Path, text: str, when: str, message: str
) -> None:
    path = prompt_file(tmp_path, text, when)
    with pytest.raises(ContentError) as caught:
        load_prompts(path)
    assert "bad_prompts.toml: prompts[0] 'a-prompt'" in str(caught.value)
    assert message in str(caught.value)


def test_guaranteed_placeholders_are_accepted(tmp_path: Path) -> None:
    path = prompt_file(tmp_path, "{word} {family} {region}", '["family:sad", "region:chest"]')
    assert load_prompts(path).prompts[0].when == ("family:sad", "region:chest")


def test_bad_ids_and_duplicates_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="must be a slug"):
        load_prompts(prompt_file(tmp_path, "Hi", "[]", pid="Not A Slug"))
    path = tmp_path / "dupes.toml"
    path.write_text(
        '[[prompts]]\nid = "same"\ntext = "One"\n[[prompts]]\nid = "same"\ntext = "Two"\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"dupes\.toml: prompts\[1\].*duplicate prompt id"):
        load_prompts(path)


def test_a_general_word_prompt_gives_each_named_word_its_turn() -> None:
    library = load_prompts()
    named = [Feeling("frustrated", "mad"), Feeling("tired", "sad"), Feeling("hopeful", "joyful")]
    context = PromptContext.from_feelings(named)
    word_prompts = [p for p in library.prompts if p.when == ("word_named",)]
    used = {
        word
        for seed in SEEDS
        for word in ("frustrated", "tired", "hopeful")
        if f"“{word}”" in render(word_prompts[0], context, library, random.Random(seed))
    }

    assert len(used) >= 2
