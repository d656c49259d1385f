"""A few weeks of made-up check-ins, so a newcomer can explore Thaw before writing their own.

`journal --demo` fills a throwaway journal with these. The person in them is
fictional: their numbness eases slowly and unevenly over the weeks, with bad days
and better ones, the way it often goes. Feeling words, body regions, sensations,
prompts and strategies come from Thaw's own content, so every screen has
something real to show. The same seed and day always give the same journal.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from journal.content import load_body, load_prompts, load_strategies, load_vocabulary
from journal.content.vocabulary import EmotionWord
from journal.models import BodyNote, Feeling, NewEntry
from journal.store import Store
from journal.store.imported import ImportedAttempt, ImportedEntry

DEMO_DAYS = 28
"""How far back the sample check-ins go."""

_HEAVY = (
    "Everything felt far away today, like watching it through glass.",
    "Went through the motions at work. Nothing really landed.",
    "Sam called. I said the right things but didn't feel them.",
    "Couldn't tell if I was tired or sad. Maybe both, maybe neither.",
    "Ate lunch without tasting it.",
    "Scrolled my phone for an hour and couldn't say what I saw.",
    "People at work were laughing and I smiled along from a long way off.",
)
_MIDDLE = (
    "Walked to the shop and noticed the cold on my face. That was something.",
    "A song in the café caught me for a second before it slipped away.",
    "Felt a flicker of irritation in the meeting, which is at least a feeling.",
    "Talked to Mum on the phone. Tired afterwards, but a bit warm too.",
    "Watered the plants and noticed one has a new leaf.",
    "Read two pages of my book before my mind wandered. Better than last week.",
    "Got a kind message from an old friend and didn't know what to do with it.",
)
_LIGHTER = (
    "Laughed properly at something on TV and it surprised me.",
    "Sat in the sun on the bench for ten minutes. Calm, I think.",
    "Cooked a real dinner and tasted the garlic. Small, but real.",
    "Noticed I was looking forward to the weekend. That hasn't happened in a while.",
    "Played a game with my nephew and forgot to watch myself.",
)
_EXTRAS = (
    ("Slept badly again, awake at four with my thoughts going round.", "sleep"),
    ("Slept almost eight hours for once.", "sleep"),
    ("Woke up heavy and stayed in bed too long.", "sleep"),
    ("Napped after work and felt foggier afterwards.", "sleep"),
    ("Took my sertraline late again.", "meds"),
    ("Wondering if the medication is part of why everything feels muted.", "meds"),
    ("Booked an appointment to talk about the medication.", "meds"),
    ("Therapy today. We talked about noticing the body before looking for words.", "therapy"),
    ("Therapy again. Hard to say anything at first, easier by the end.", "therapy"),
    ("Long day at work, lots of meetings.", "work"),
    ("Deadline at work, head down all day.", "work"),
    ("Went for a walk by the river after work.", "walk"),
    ("Walked the long way home through the park.", "walk"),
    ("Dinner at my sister's.", "family"),
)
_SENSATIONS_BY_REGION = {
    "head": ("heavy", "pressure", "tight"),
    "face_jaw": ("tense", "tight", "aching"),
    "throat": ("tight", "aching"),
    "chest": ("tight", "heavy", "hollow", "fluttery", "warm", "pressure"),
    "stomach": ("hollow", "fluttery", "sinking", "tight"),
    "shoulders_back": ("tense", "aching", "heavy", "loose"),
    "arms_hands": ("tingling", "cold", "restless", "shaky"),
    "legs_feet": ("restless", "heavy", "tingling"),
}
_NOTES = (
    "Felt my feet on the floor for a moment.",
    "Hard to focus, but a little calmer after.",
    "Didn't notice much this time, and that's fine.",
    "My shoulders dropped a bit.",
    "",
    "",
)
_PEOPLE = (
    ("Sam", "text, or call after six", "Good for a walk. Knows things have been flat."),
    ("Mum", "Sunday phone calls", ""),
)
"""The sample support system, so Reach out shows what it looks like with people in it."""
_FAMILIES_BY_LEVEL = {
    "heavy": ("numb", "numb", "numb", "sad", "scared"),
    "middle": ("numb", "sad", "scared", "mad", "peaceful"),
    "lighter": ("peaceful", "joyful", "powerful", "sad", "numb"),
}


def _level(numbness: int) -> str:
    return "heavy" if numbness >= 7 else "middle" if numbness >= 4 else "lighter"


class _DemoWriter:
    """Makes one day's sample check-ins and strategy attempts from a seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        vocabulary = load_vocabulary()
        # A person comes back to a handful of words in each family, not the whole list.
        self.words: dict[str, list[EmotionWord]] = {}
        for family in vocabulary.families:
            words = vocabulary.by_family(family.id)
            self.words[family.id] = rng.sample(words, min(3, len(words)))
        body = load_body()
        known = {sensation.word for sensation in body.sensations}
        self.body = [
            (region.id, fitting)
            for region in body.regions
            if (fitting := [s for s in _SENSATIONS_BY_REGION.get(region.id, ()) if s in known])
        ]
        self.prompts = [p for p in load_prompts().prompts if not p.when or p.when == ("any",)]
        self.exercises = [s.id for s in load_strategies().by_category("exercise")]
        self.extras: list[tuple[str, str]] = []

    def numbness(self, progress: float) -> int:
        """Numbness easing from about 8 to about 4 across the weeks, unevenly."""
        value = 8 - 4 * progress + self.rng.gauss(0, 1.2)
        return max(1, min(10, round(value)))

    def feelings(self, numbness: int) -> tuple[Feeling, ...]:
        """One to three feelings, mostly from the families that fit how numb the day is."""
        families = _FAMILIES_BY_LEVEL[_level(numbness)]
        picked: dict[str, Feeling] = {}
        for _ in range(self.rng.choice((1, 1, 2, 2, 3))):
            word = self.rng.choice(self.words[self.rng.choice(families)])
            picked[word.word] = Feeling(word.word, word.family, self.rng.randint(2, 4))
        return tuple(picked.values())

    def body_notes(self) -> tuple[BodyNote, ...]:
        """Nothing, or a place or two in the body with a sensation that fits it."""
        noticed = self.rng.sample(self.body, min(len(self.body), self.rng.choice((0, 0, 1, 1, 2))))
        return tuple(BodyNote(region, self.rng.choice(fitting)) for region, fitting in noticed)

    def extra(self) -> tuple[str, str]:
        """Something that happened, each used once before any comes round again."""
        if not self.extras:
            self.extras = list(_EXTRAS)
            self.rng.shuffle(self.extras)
        return self.extras.pop()

    def entry(self, moment: datetime, numbness: int) -> NewEntry:
        """One check-in: ratings, feelings, body, a prompt and a few lines of text."""
        rng = self.rng
        pool = {"heavy": _HEAVY, "middle": _MIDDLE, "lighter": _LIGHTER}[_level(numbness)]
        sentences = rng.sample(pool, rng.choice((1, 1, 2)))
        tags: set[str] = set()
        if rng.random() < 0.5:
            extra, tag = self.extra()
            sentences.insert(rng.randint(0, len(sentences)), extra)
            tags.add(tag)
        no_word = rng.random() < 0.08
        prompt = rng.choice(self.prompts) if self.prompts and rng.random() < 0.7 else None
        return NewEntry(
            text=" ".join(sentences),
            numbness=numbness,
            energy=rng.randint(2, 7) if rng.random() < 0.6 else None,
            pleasantness=max(0, min(10, 10 - numbness + rng.randint(-2, 1))),
            prompt_id=prompt.id if prompt else None,
            prompt_text=prompt.text if prompt else None,
            could_not_name=no_word,
            feelings=() if no_word else self.feelings(numbness),
            body_notes=self.body_notes(),
            tags=tuple(sorted(tags)),
            created_at=moment,
        )

    def attempt(self, moment: datetime, numbness: int) -> ImportedAttempt:
        """One strategy tried, rated before and after (sometimes with no change at all)."""
        after = max(0, numbness - self.rng.choice((0, 1, 1, 2, 2, 3)))
        return ImportedAttempt(
            strategy_id=self.rng.choice(self.exercises),
            started_at=moment,
            numbness_before=numbness,
            numbness_after=after,
            note=self.rng.choice(_NOTES),
        )


def _at(day: datetime, hour: int, minute: int) -> datetime:
    return datetime.combine(day.date(), time(hour, minute), tzinfo=day.tzinfo)


def fill_demo_journal(store: Store, now: datetime | None = None, seed: int = 7) -> int:
    """Write a few weeks of sample check-ins, strategy attempts and two trusted people.

    Returns how many entries were written.
    """
    now = now or store.connection.now()
    rng = random.Random(seed)
    writer = _DemoWriter(rng)
    entries: list[ImportedEntry] = []
    attempts: list[ImportedAttempt] = []
    for back in range(DEMO_DAYS, -1, -1):
        day = now - timedelta(days=back)
        if back and rng.random() < 0.18:
            continue  # a day without a check-in, as real weeks have
        numbness = writer.numbness(1 - back / DEMO_DAYS)
        times = [_at(day, rng.randint(7, 9), rng.randrange(0, 60, 5))]
        if rng.random() < 0.3:
            times.append(_at(day, rng.randint(19, 22), rng.randrange(0, 60, 5)))
        for moment in times:
            if moment <= now:
                entries.append(ImportedEntry(writer.entry(moment, numbness)))
        for moment in times:
            if rng.random() < 0.4 and moment + timedelta(minutes=20) <= now:
                attempts.append(writer.attempt(moment + timedelta(minutes=20), numbness))
    store.transfer.add_all(entries, attempts)
    for name, reach, note in _PEOPLE:
        store.contacts.add(name, reach, note)
    return len(entries)
