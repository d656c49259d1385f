"""The emotion vocabulary and body map: the data is complete and the loaders catch mistakes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journal.content import ContentError, load_body, load_vocabulary
from journal.content.vocabulary import DEFINITION_MAX, QUADRANTS

FAMILIES = ("numb", "mad", "sad", "scared", "joyful", "powerful", "peaceful")


def test_vocabulary_is_large_enough() -> None:
    vocab = load_vocabulary()
    assert len(vocab.words) >= 140
    assert [f.id for f in vocab.families] == list(FAMILIES)
    assert len(vocab.by_family("numb")) >= 14
    for family in FAMILIES[1:]:
        assert len(vocab.by_family(family)) >= 18, family


def test_numb_family_is_labelled_disconnected_and_holds_the_core_words() -> None:
    vocab = load_vocabulary()
    family = vocab.family("numb")
    assert family is not None and family.label == "Disconnected"
    numb_words = {w.word for w in vocab.by_family("numb")}
    for word in ("numb", "empty", "detached", "flat", "foggy", "withdrawn", "apathetic",
                 "hollow", "blank", "distant", "unreal", "indifferent", "shut down",
                 "tired of feeling nothing"):  # fmt: skip
        assert word in numb_words


def test_families_have_distinct_valid_colours_and_descriptions() -> None:
    families = load_vocabulary().families
    colours = [f.colour.lower() for f in families]
    assert len(set(colours)) == len(colours)
    for family in families:
        assert re.fullmatch(r"#[0-9a-f]{6}", family.colour.lower())
        assert family.label and family.description and "\n" not in family.description


def test_every_word_is_complete() -> None:
    vocab = load_vocabulary()
    family_ids = {f.id for f in vocab.families}
    for word in vocab.words:
        assert word.family in family_ids, word.word
        assert word.quadrant in QUADRANTS, word.word
        assert word.definition and "\n" not in word.definition, word.word
        assert len(word.definition) <= DEFINITION_MAX, word.word
        assert word.word == word.word.strip().lower(), word.word
        assert 1 <= len(word.nearby) <= 3, word.word


def test_nearby_words_are_in_the_vocabulary_and_say_how_they_differ() -> None:
    vocab = load_vocabulary()
    for word in vocab.words:
        for near in word.nearby:
            assert vocab.find(near.word) is not None, f"{word.word} -> {near.word}"
            assert near.word != word.word
            # "this word: ...; nearby word: ..." so the person sees both sides.
            assert near.difference.startswith(f"{word.word}: "), (word.word, near.difference)
            assert f"; {near.word}: " in near.difference, (word.word, near.difference)


def test_words_are_unique_ignoring_case() -> None:
    words = [w.word.casefold() for w in load_vocabulary().words]
    assert len(words) == len(set(words))


def test_every_quadrant_is_used() -> None:
    vocab = load_vocabulary()
    for quadrant in QUADRANTS:
        assert len(vocab.by_quadrant(quadrant)) >= 10, quadrant
    assert vocab.by_quadrant("sideways") == ()


def test_find_ignores_case_and_outer_spaces() -> None:
    vocab = load_vocabulary()
    found = vocab.find("  Frustrated ")
    assert found is not None and found.family == "mad"
    assert vocab.find("SHUT   DOWN") is not None
    assert vocab.find("zzz") is None


def test_by_family_keeps_file_order_and_knows_nothing_of_unknown_families() -> None:
    vocab = load_vocabulary()
    mad = vocab.by_family("mad")
    assert mad[0].word == "angry"
    assert all(w.family == "mad" for w in mad)
    assert vocab.by_family("grumpy") == ()


def test_narrow_puts_prefix_matches_first_then_inside_then_definitions() -> None:
    vocab = load_vocabulary()
    results = vocab.narrow("lo")
    kinds = []
    for word in results:
        name = word.word.casefold()
        kinds.append(0 if name.startswith("lo") else 1 if "lo" in name else 2)
    assert kinds == sorted(kinds)
    assert kinds[0] == 0 and 1 in kinds and 2 in kinds
    assert len(results) == len({w.word for w in results})
    prefixed = [w.word for w, kind in zip(results, kinds, strict=True) if kind == 0]
    assert prefixed == ["lonely", "longing", "loving"]


def test_narrow_puts_the_word_itself_before_longer_ones() -> None:
    found = [w.word for w in load_vocabulary().narrow("Tired ")]
    assert found[:2] == ["tired", "tired of feeling nothing"]


def test_narrow_is_case_insensitive_and_finds_meanings() -> None:
    vocab = load_vocabulary()
    assert vocab.narrow("FRUST")[0].word == "frustrated"
    assert vocab.narrow("  shut   do ")[0].word == "shut down"
    assert [w.word for w in vocab.narrow("behind glass")] == ["distant"]
    assert vocab.narrow("") == vocab.words
    assert vocab.narrow("qqqq") == ()


def test_loaders_are_cached() -> None:
    assert load_vocabulary() is load_vocabulary()
    assert load_body() is load_body()


# ---- the body map ------------------------------------------------------------


def test_body_regions_and_sensations() -> None:
    body = load_body()
    assert [r.id for r in body.regions] == [
        "head", "face_jaw", "throat", "chest", "stomach",
        "shoulders_back", "arms_hands", "legs_feet", "whole_body",
    ]  # fmt: skip
    region = body.region("face_jaw")
    assert region is not None and region.label == "Face and jaw"
    assert len(body.sensations) >= 15
    words = {s.word for s in body.sensations}
    for word in ("tight", "heavy", "hollow", "buzzing", "warm", "cold", "tingling", "aching",
                 "restless", "still", "numb", "light", "fluttery", "tense", "shaky",
                 "pressure", "sinking"):  # fmt: skip
        assert word in words
    assert all(s.description and "\n" not in s.description for s in body.sensations)
    assert body.sensation("TIGHT") is not None and body.sensation("nope") is None


# ---- broken data is refused, with the file and entry named -------------------

FAMILY = '[[families]]\nid = "mad"\nlabel = "Mad"\ncolour = "#c4635c"\ndescription = "Anger."\n'
WORD = """
[[words]]
word = "{word}"
family = "{family}"
quadrant = "{quadrant}"
definition = "something keeps getting in the way"
nearby = [{nearby}]
"""
NEAR = '{ word = "irritated", difference = "a: x; b: y" }'


def vocab_file(tmp_path: Path, *words: dict[str, str], family: str = FAMILY) -> Path:
    body = family
    for fields in words:
        values = {"word": "frustrated", "family": "mad", "quadrant": "high-unpleasant"}
        values["nearby"] = NEAR
        values.update(fields)
        body += WORD.format(**values)
    path = tmp_path / "bad_emotions.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_small_valid_file_loads(tmp_path: Path) -> None:
    vocab = load_vocabulary(vocab_file(tmp_path, {}))
    assert [w.word for w in vocab.words] == ["frustrated"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"family": "madd"}, "unknown family 'madd'"),
        ({"quadrant": "high-ish"}, "unknown quadrant 'high-ish'"),
        ({"nearby": ""}, "1 to 3 nearby"),
        ({"nearby": ", ".join([NEAR.replace("irritated", w) for w in "abcd"])}, "1 to 3 nearby"),
        ({"nearby": NEAR.replace("irritated", "Frustrated")}, "nearby to itself"),
        ({"nearby": '{ word = "irritated" }'}, "missing field 'difference'"),
        ({"word": " "}, "field 'word' is empty"),
    ],
)
def test_bad_words_are_refused_naming_file_and_entry(
    tmp_path: Path, fields: dict[str, str], message: str
) -> None:
    path = vocab_file(tmp_path, fields)
    with pytest.raises(ContentError) as caught:
        load_vocabulary(path)
    text = str(caught.value)
    assert path.name in text
    assert message in text
    assert "words[0]" in text


def test_duplicate_words_are_refused_ignoring_case(tmp_path: Path) -> None:
    path = vocab_file(tmp_path, {}, {"word": "Frustrated"})
    with pytest.raises(ContentError, match=r"bad_emotions\.toml: words\[1\].*duplicate word"):
        load_vocabulary(path)


def test_missing_and_misspelt_fields_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "typo.toml"
    path.write_text(
        FAMILY + '[[words]]\nword = "sad"\nfamily = "mad"\nquadrant = "low-unpleasant"\n'
        'defintion = "x"\nnearby = [{ word = "a", difference = "b" }]\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"typo\.toml: words\[0\] 'sad': missing field 'definit"):
        load_vocabulary(path)
    path.write_text(path.read_text().replace("defintion", 'definition = "y"\nmood'))
    with pytest.raises(ContentError, match=r"words\[0\] 'sad': unknown field 'mood'"):
        load_vocabulary(path)


def test_bad_colour_and_bad_syntax_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="hex colour"):
        load_vocabulary(vocab_file(tmp_path, {}, family=FAMILY.replace("#c4635c", "red")))
    broken = tmp_path / "broken.toml"
    broken.write_text("[[words]\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"broken\.toml: not valid TOML"):
        load_vocabulary(broken)
    with pytest.raises(ContentError, match=r"absent\.toml: file not found"):
        load_vocabulary(tmp_path / "absent.toml")


def test_a_family_without_words_is_refused(tmp_path: Path) -> None:
    extra = FAMILY + FAMILY.replace('"mad"', '"sad"').replace("#c4635c", "#5f86b8")
    with pytest.raises(ContentError, match="family 'sad' has no words"):
        load_vocabulary(vocab_file(tmp_path, {}, family=extra))


def test_bad_body_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad_body.toml"
    path.write_text(
        '[[regions]]\nid = "chest"\nlabel = "Chest"\n[[regions]]\nid = "chest"\nlabel = "Also"\n'
        '[[sensations]]\nword = "tight"\ndescription = "drawn in"\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"bad_body\.toml: regions\[1\].*duplicate region id"):
        load_body(path)
    path.write_text('[[regions]]\nid = "chest"\nlabel = "Chest"\n', encoding="utf-8")
    with pytest.raises(ContentError, match=r"bad_body\.toml.*\[\[sensations\]\]"):
        load_body(path)


def body_file(tmp_path: Path, regions: list[str], sensations: list[str]) -> Path:
    """A body file with these region ids and sensation words."""
    text = "".join(f'[[regions]]\nid = "{r}"\nlabel = "A place"\n' for r in regions)
    text += "".join(f'[[sensations]]\nword = "{w}"\ndescription = "a feel"\n' for w in sensations)
    path = tmp_path / "bad_body.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_ids_must_be_lower_case_letters_digits_or_underscores(tmp_path: Path) -> None:
    shouting = FAMILY.replace('id = "mad"', 'id = "Mad"')
    with pytest.raises(ContentError, match=r"families\[0\] 'Mad': family id 'Mad' must be lower"):
        load_vocabulary(vocab_file(tmp_path, {}, family=shouting))
    with pytest.raises(ContentError, match=r"regions\[0\] 'upper-chest': region id 'upper-chest'"):
        load_body(body_file(tmp_path, ["upper-chest"], ["tight"]))


def test_repeated_families_and_sensations_are_refused_ignoring_case(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"families\[1\].*duplicate family id 'mad'"):
        load_vocabulary(vocab_file(tmp_path, {}, family=FAMILY + FAMILY))
    with pytest.raises(ContentError, match=r"sensations\[1\].*duplicate sensation 'Tight'"):
        load_body(body_file(tmp_path, ["chest"], ["tight", "Tight"]))
