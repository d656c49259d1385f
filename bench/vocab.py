"""Word lists and sentence templates for the synthetic numbness journal.

Everything here is plain data (tuples and dicts of tuples) so the generator's
output depends only on its seed. Each template names its slots with
``str.format`` fields; every slot name is a key of ``SLOTS``. Topic names that
are also tag names (``TOPIC_TAGS``) can put a tag on the entry.
"""

from __future__ import annotations

# (word, family): the seven families of the feelings wheel plus "numb".
FEELINGS: tuple[tuple[str, str], ...] = (
    ("numb", "numb"),
    ("empty", "numb"),
    ("flat", "numb"),
    ("foggy", "numb"),
    ("detached", "numb"),
    ("blank", "numb"),
    ("frustrated", "mad"),
    ("irritated", "mad"),
    ("angry", "mad"),
    ("resentful", "mad"),
    ("sad", "sad"),
    ("tired", "sad"),
    ("lonely", "sad"),
    ("guilty", "sad"),
    ("bored", "sad"),
    ("anxious", "scared"),
    ("overwhelmed", "scared"),
    ("worried", "scared"),
    ("restless", "scared"),
    ("hopeful", "joyful"),
    ("amused", "joyful"),
    ("curious", "joyful"),
    ("excited", "joyful"),
    ("proud", "powerful"),
    ("confident", "powerful"),
    ("useful", "powerful"),
    ("calm", "peaceful"),
    ("relieved", "peaceful"),
    ("content", "peaceful"),
    ("grateful", "peaceful"),
)

NUMB_FAMILY = "numb"

# Tag names the generator may attach; each is also a topic below.
TOPIC_TAGS: tuple[str, ...] = ("work", "family", "sleep", "walk", "therapy")

SLOTS: dict[str, tuple[str, ...]] = {
    "friend": ("Maya", "Sam", "Jonas", "Priya", "Lena", "Tom", "Ines", "Kofi", "Ruth", "Alex"),
    "relative": ("mum", "dad", "my sister", "my brother", "grandma", "my aunt", "my cousin"),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "weather": (
        "grey and drizzly",
        "cold and bright",
        "warm",
        "windy",
        "foggy",
        "sunny",
        "heavy with rain",
        "humid",
        "snowing a little",
        "overcast",
    ),
    "place": (
        "the park",
        "the river path",
        "the canal",
        "the old cemetery",
        "the woods",
        "around the block",
        "the harbour",
        "the allotments",
        "the high street",
    ),
    "duration": ("ten minutes", "twenty minutes", "half an hour", "an hour", "forty minutes"),
    "hours": ("four", "five", "five and a half", "six", "seven", "eight", "nine", "ten"),
    "work_thing": (
        "the quarterly report",
        "a long meeting",
        "emails",
        "the budget spreadsheet",
        "a call with the client",
        "the team standup",
        "my performance review",
        "the migration project",
        "a deadline",
        "the onboarding docs",
    ),
    "colleague": ("my manager", "Dana from accounts", "the new intern", "Marco", "the team lead"),
    "med": ("sertraline", "the new dose", "my meds", "the pills", "venlafaxine", "melatonin"),
    "food": ("toast", "soup", "leftover pasta", "cereal", "a sandwich", "rice and eggs", "nothing"),
    "activity": (
        "read a few pages",
        "watched a film",
        "cleaned the kitchen",
        "did the laundry",
        "played guitar for a bit",
        "scrolled my phone for hours",
        "baked bread",
        "sorted old photos",
        "lay on the sofa",
        "tidied my desk",
    ),
    "body_part": ("chest", "shoulders", "jaw", "stomach", "head", "hands", "throat", "back"),
    "sensation": ("tight", "heavy", "buzzing", "hollow", "tense", "warm", "cold", "achy"),
    "sound": ("rain on the window", "birds", "traffic", "the neighbours' radio", "wind"),
    "feeling": tuple(word for word, _family in FEELINGS),
}

# topic -> templates. Weights in TOPIC_WEIGHTS decide how often each topic comes up.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "work": (
        "Work was {work_thing} all day and I felt nothing about it.",
        "Spent the morning on {work_thing}.",
        "{colleague} asked how I was doing at work and I said fine.",
        "Left work early, could not focus on {work_thing}.",
        "Got through {work_thing} without crying, which counts.",
        "Work felt like moving through wet sand.",
        "Answered emails on autopilot.",
        "Took a real lunch break away from my desk.",
    ),
    "sleep": (
        "Slept about {hours} hours.",
        "Could not sleep until after two.",
        "Woke at four and lay there listening to {sound}.",
        "Sleep was broken again, up three times.",
        "Finally a decent night of sleep.",
        "Napped for {duration} after lunch and woke up groggy.",
        "Too tired to sleep, too awake to do anything.",
        "Went to bed at ten, trying to keep the sleep routine.",
    ),
    "walk": (
        "Went for a walk to {place}.",
        "Short walk around the block, it was {weather}.",
        "Walked for {duration} and noticed {sound}.",
        "Made myself walk to {place} even though I did not want to.",
        "On the walk my {body_part} felt {sensation}.",
    ),
    "medication": (
        "Took {med} on time.",
        "Forgot {med} this morning, took it at noon.",
        "Not sure {med} is doing anything.",
        "Doctor wants to keep {med} the same for another month.",
        "Side effects from {med} are easing.",
    ),
    "friends": (
        "Texted {friend} back after three days.",
        "Had coffee with {friend}, mostly listened.",
        "{friend} called and I let it ring.",
        "Laughed at something {friend} said and it surprised me.",
        "Cancelled on {friend} again.",
    ),
    "family": (
        "Called {relative}, it was okay.",
        "Dinner with {relative} on {weekday}.",
        "{relative} asked if I was eating properly.",
        "Felt guilty for not visiting {relative}.",
    ),
    "weather": (
        "It was {weather} all day.",
        "Weather {weather}, which matched my mood.",
        "The light was nice in the afternoon, I almost noticed it.",
    ),
    "body": (
        "My {body_part} has been {sensation} since morning.",
        "Noticed my {body_part} felt {sensation} and tried to breathe into it.",
        "Body scan: {body_part} {sensation}, the rest just absent.",
        "Ate {food} standing up.",
        "Forgot to eat until four, then had {food}.",
    ),
    "therapy": (
        "Therapy today, we talked about the numbness.",
        "My therapist asked me to name three feelings and I found one.",
        "Skipped therapy homework again.",
        "In therapy I said out loud that I feel {feeling} most days.",
        "Session moved to {weekday}.",
    ),
    "feelings": (
        "Mostly {feeling} today.",
        "I think the word is {feeling}.",
        "Felt {feeling} in the evening, at least it was something.",
        "Tried to name it: {feeling}, maybe.",
        "Tired and {feeling}.",
        "Anxious in the morning, {feeling} by night.",
        "Numb most of the day, like watching through glass.",
        "Nothing much to report, the usual flatness.",
    ),
    "misc": (
        "{activity}.",
        "In the evening I {activity}.",
        "Small win: {activity}.",
        "Stayed in, {activity}.",
        "It is {weekday} and I only just noticed.",
    ),
}

TOPIC_WEIGHTS: dict[str, int] = {
    "work": 14,
    "sleep": 5,
    "walk": 8,
    "medication": 5,
    "friends": 8,
    "family": 6,
    "weather": 8,
    "body": 9,
    "therapy": 4,
    "feelings": 16,
    "misc": 15,
}
