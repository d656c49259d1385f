"""Drafts, settings, support contacts and strategy attempts."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal.models import Contact, Draft, StrategyEffect
from journal.store import Store, open_store

LONDON_SUMMER = timezone(timedelta(hours=1))


# Drafts


def test_no_draft_in_a_new_journal(store: Store) -> None:
    assert store.drafts.load() is None


def test_draft_save_and_load(store: Store, clock) -> None:
    state = {"numbness": 6, "feelings": ["tired", "flat"], "note": "héllo 🙂"}

    store.drafts.save("half a thought", state)

    assert store.drafts.load() == Draft(
        text="half a thought", state=state, updated_at=clock.now(), entry_id=None
    )


def test_saving_again_replaces_the_draft(store: Store, clock) -> None:
    store.drafts.save("first", {"a": 1})
    clock.advance(seconds=30)

    store.drafts.save("second", {"b": 2}, entry_id=7)

    draft = store.drafts.load()
    assert draft == Draft(text="second", state={"b": 2}, updated_at=clock.now(), entry_id=7)
    assert store.connection.query("SELECT count(*) FROM draft")[0][0] == 1


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n"])
def test_an_empty_draft_is_not_offered_back(store: Store, text: str) -> None:
    store.drafts.save("something", {"x": 1})

    store.drafts.save(text, {})

    assert store.drafts.load() is None


def test_a_draft_with_only_state_is_kept(store: Store) -> None:
    store.drafts.save("", {"numbness": 3})

    draft = store.drafts.load()
    assert draft is not None
    assert draft.state == {"numbness": 3}


def test_clear_forgets_the_draft(store: Store) -> None:
    store.drafts.save("to be saved", {"numbness": 2})

    store.drafts.clear()

    assert store.drafts.load() is None


def test_draft_with_a_lone_surrogate_is_saved(store: Store) -> None:
    store.drafts.save("bad \ud800 paste", {"word": "x\udfff"})

    draft = store.drafts.load()
    assert draft is not None
    assert draft.text == "bad \ufffd paste"
    assert draft.state == {"word": "x\ufffd"}


def test_draft_survives_reopening(db_path: Path, clock) -> None:
    with open_store(db_path, clock=clock.now) as first:
        first.drafts.save("kept across a crash", {"numbness": 9})

    with open_store(db_path, clock=clock.now) as second:
        draft = second.drafts.load()
    assert draft is not None
    assert draft.text == "kept across a crash"


# Settings


def test_missing_setting_gives_the_default(store: Store) -> None:
    assert store.settings.get("theme") is None
    assert store.settings.get("theme", "dusk") == "dusk"


@pytest.mark.parametrize(
    "value", ["dawn", 3, 2.5, True, False, ["a", "b"], {"nested": {"x": [1, 2]}}, "ünï 🙂"]
)
def test_settings_round_trip_json_values(store: Store, value: object) -> None:
    store.settings.set("key", value)

    assert store.settings.get("key", "default") == value
    assert type(store.settings.get("key")) is type(value)


def test_setting_overwrites(store: Store) -> None:
    store.settings.set("theme", "dawn")
    store.settings.set("theme", "dusk")

    assert store.settings.get("theme") == "dusk"
    assert store.connection.query("SELECT count(*) FROM settings")[0][0] == 1


def test_a_setting_stored_as_none_is_not_the_default(store: Store) -> None:
    store.settings.set("last_prompt", None)

    assert store.settings.get("last_prompt", "fallback") is None


def test_settings_are_separate_per_key(store: Store) -> None:
    store.settings.set("a", 1)
    store.settings.set("b", 2)

    assert (store.settings.get("a"), store.settings.get("b")) == (1, 2)


# Contacts


def test_contacts_add_and_list_in_order(store: Store) -> None:
    sam = store.contacts.add("Sam", "07700 900123", "Knows about the numbness")
    ali = store.contacts.add("Ali")

    assert sam == Contact(sam.id, "Sam", "07700 900123", "Knows about the numbness")
    assert ali == Contact(ali.id, "Ali", "", "")
    assert store.contacts.all() == [sam, ali]
    assert store.contacts.get(ali.id) == ali


def test_contact_update(store: Store) -> None:
    sam = store.contacts.add("Sam", "old number")
    other = store.contacts.add("Ali", "ali@example.org")

    updated = store.contacts.update(sam.id, "Samira", "new number", "evenings are best")

    assert updated == Contact(sam.id, "Samira", "new number", "evenings are best")
    assert store.contacts.all() == [updated, other]


def test_contact_remove(store: Store) -> None:
    sam = store.contacts.add("Sam")
    ali = store.contacts.add("Ali")

    store.contacts.remove(sam.id)

    assert store.contacts.all() == [ali]
    with pytest.raises(KeyError):
        store.contacts.get(sam.id)


def test_updating_a_missing_contact_raises_key_error(store: Store) -> None:
    with pytest.raises(KeyError):
        store.contacts.update(99, "Nobody")
    assert store.contacts.all() == []


# Strategy attempts


def test_record_an_attempt_at_the_clock_time(store: Store, clock) -> None:
    attempt = store.strategies.record("cold-water", 8, 5, note="face in cold water")

    assert attempt.strategy_id == "cold-water"
    assert (attempt.numbness_before, attempt.numbness_after) == (8, 5)
    assert attempt.note == "face in cold water"
    assert attempt.started_at == clock.now()
    assert store.strategies.get(attempt.id) == attempt


def test_attempts_newest_first_and_filtered(store: Store, clock) -> None:
    first = store.strategies.record("walk", 7, 6)
    clock.advance(hours=1)
    second = store.strategies.record("music", 6, 4)
    clock.advance(hours=1)
    third = store.strategies.record("walk", 5)

    assert store.strategies.attempts() == [third, second, first]
    assert store.strategies.attempts("walk") == [third, first]
    assert store.strategies.attempts(since=second.started_at) == [third, second]
    assert store.strategies.attempts("nothing-like-it") == []


def test_attempts_are_ordered_by_moment_across_utc_offsets(store: Store) -> None:
    # The night the clocks go back: 01:50 BST comes before 01:10 GMT.
    before_change = store.strategies.record(
        "breathing", started_at=datetime(2024, 10, 27, 1, 50, tzinfo=LONDON_SUMMER)
    )
    after_change = store.strategies.record(
        "breathing", started_at=datetime(2024, 10, 27, 1, 10, tzinfo=UTC)
    )

    assert store.strategies.attempts() == [after_change, before_change]
    assert store.strategies.attempts_on("2024-10-27") == [before_change, after_change]


def test_attempts_on_a_day(store: Store) -> None:
    day = datetime(2024, 6, 1, 8, 0, tzinfo=UTC)
    morning = store.strategies.record("walk", started_at=day)
    evening = store.strategies.record("music", started_at=day + timedelta(hours=12))
    store.strategies.record("walk", started_at=day + timedelta(days=1))
    store.strategies.record("walk", started_at=day - timedelta(hours=9))

    assert store.strategies.attempts_on("2024-06-01") == [morning, evening]
    assert store.strategies.attempts_on("2024-05-30") == []


def test_attempts_on_uses_the_local_day_where_it_happened(store: Store) -> None:
    late = store.strategies.record(
        "walk", started_at=datetime(2024, 6, 1, 23, 30, tzinfo=timezone(timedelta(hours=-4)))
    )

    assert store.strategies.attempts_on("2024-06-01") == [late]
    assert store.strategies.attempts_on("2024-06-02") == []


def test_effects_average_only_rated_tries(store: Store) -> None:
    store.strategies.record("cold-water", 8, 5)  # -3
    store.strategies.record("cold-water", 6, 5)  # -1
    store.strategies.record("cold-water", 7, None)  # not rated
    store.strategies.record("cold-water", None, 2)  # not rated
    store.strategies.record("music", 4, 6)  # +2
    store.strategies.record("walk")  # never rated

    effects = store.strategies.effects()

    assert effects == [
        StrategyEffect("cold-water", tries=4, rated=2, average_change=-2.0),
        StrategyEffect("music", tries=1, rated=1, average_change=2.0),
        StrategyEffect("walk", tries=1, rated=0, average_change=None),
    ]


def test_no_effects_before_any_attempt(store: Store) -> None:
    assert store.strategies.effects() == []


def test_out_of_range_numbness_is_refused(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.strategies.record("walk", 11, 3)
    assert store.strategies.attempts() == []
