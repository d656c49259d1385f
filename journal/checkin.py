"""The check-in being built on the Write screen, as plain values with no UI in them.

The Write screen gathers what the person chose into a `CheckIn`; this module turns it
into a `NewEntry` to save, into the draft's state dict and back (so an unsaved
check-in survives a crash), into the `PromptContext` that picks a writing prompt,
and into the short acknowledgement shown after saving. It never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from journal.content.context import PromptContext
from journal.content.prompts import PromptLibrary
from journal.models import BodyNote, Entry, Feeling, NewEntry

STEPS: tuple[str, ...] = ("numbness", "body", "feelings", "write")
"""The check-in's steps, in order; every one can be skipped."""

STEP_LABELS: dict[str, str] = {
    "numbness": "Numbness",
    "body": "Body",
    "feelings": "Feelings",
    "write": "Write",
}
"""What the step indicator calls each step."""

STATE_VERSION = 1
"""Written into every draft state, so a later Thaw can read older drafts."""

BODY_NOTHING = "nothing right now"
"""The body step's own answer when nothing stands out, as summaries, entries and exports say it."""

SCALE_MIN, SCALE_MAX = 0, 10
INTENSITY_MIN, INTENSITY_MAX, INTENSITY_DEFAULT = 1, 5, 3

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


@dataclass(frozen=True)
class CheckIn:
    """Everything chosen so far in one check-in, plus where the person is in the flow."""

    numbness: int | None = None
    energy: int | None = None
    pleasantness: int | None = None
    body: tuple[BodyNote, ...] = ()
    body_nothing: bool = False
    feelings: tuple[Feeling, ...] = ()
    could_not_name: bool = False
    prompt_id: str | None = None
    prompt_text: str | None = None
    text: str = ""
    tags: tuple[str, ...] = ()
    quick: bool = False
    step: str = STEPS[0]

    @property
    def is_empty(self) -> bool:
        """True when the person has not given anything worth keeping yet."""
        return self.content == CheckIn().content

    @property
    def content(self) -> tuple[object, ...]:
        """What would be saved, leaving out where the person is and which prompt is shown."""
        return (
            self.numbness,
            self.energy,
            self.pleasantness,
            self.body,
            self.body_nothing,
            self.feelings,
            self.could_not_name,
            self.text.strip(),
            self.tags,
        )

    @property
    def regions(self) -> tuple[str, ...]:
        """The body regions noted, each once, in the order they were chosen."""
        return tuple(dict.fromkeys(note.region for note in self.body))

    def to_new_entry(self) -> NewEntry:
        """The check-in as an entry to save; the prompt is kept only when something was written."""
        wrote = bool(self.text.strip())
        return NewEntry(
            text=self.text,
            numbness=self.numbness,
            energy=self.energy,
            pleasantness=self.pleasantness,
            prompt_id=self.prompt_id if wrote else None,
            prompt_text=self.prompt_text if wrote else None,
            could_not_name=self.could_not_name,
            feelings=self.feelings,
            body_notes=() if self.body_nothing else self.body,
            body_nothing=self.body_nothing,
            tags=self.tags,
        )

    def prompt_context(self, *, first_checkin: bool = False) -> PromptContext:
        """What the prompt chooser needs to offer a prompt that fits what was just chosen."""
        return PromptContext.from_feelings(
            self.feelings,
            numbness=self.numbness,
            regions=self.regions,
            no_word=self.could_not_name,
            body_nothing=self.body_nothing,
            first_checkin=first_checkin,
            quick=self.quick,
        )

    def to_state(self) -> dict[str, object]:
        """Everything except the text, as JSON-ready values for the draft."""
        return {
            "version": STATE_VERSION,
            "step": self.step,
            "numbness": self.numbness,
            "energy": self.energy,
            "pleasantness": self.pleasantness,
            "body": [[note.region, note.sensation] for note in self.body],
            "body_nothing": self.body_nothing,
            "feelings": [
                {"word": f.word, "family": f.family, "intensity": f.intensity, "custom": f.custom}
                for f in self.feelings
            ],
            "could_not_name": self.could_not_name,
            "prompt_id": self.prompt_id,
            "prompt_text": self.prompt_text,
            "tags": list(self.tags),
            "quick": self.quick,
        }

    @classmethod
    def from_state(cls, state: Mapping[str, object], text: str = "") -> CheckIn:
        """Rebuild a check-in from a draft's state; anything unreadable is left out, never fatal."""
        step = state.get("step")
        return cls(
            numbness=_scale(state.get("numbness")),
            energy=_scale(state.get("energy")),
            pleasantness=_scale(state.get("pleasantness")),
            body=tuple(_body_notes(state.get("body"))),
            body_nothing=state.get("body_nothing") is True,
            feelings=tuple(_feelings(state.get("feelings"))),
            could_not_name=state.get("could_not_name") is True,
            prompt_id=_text_or_none(state.get("prompt_id")),
            prompt_text=_text_or_none(state.get("prompt_text")),
            text=text,
            tags=tuple(t for t in _list(state.get("tags")) if isinstance(t, str) and t.strip()),
            quick=state.get("quick") is True,
            step=step if isinstance(step, str) and step in STEPS else STEPS[0],
        )

    @classmethod
    def from_entry(cls, entry: Entry) -> CheckIn:
        """A saved entry opened again for editing, starting at the writing step."""
        return cls(
            numbness=entry.numbness,
            energy=entry.energy,
            pleasantness=entry.pleasantness,
            body=entry.body_notes,
            body_nothing=entry.body_nothing,
            feelings=entry.feelings,
            could_not_name=entry.could_not_name,
            prompt_id=entry.prompt_id,
            prompt_text=entry.prompt_text,
            text=entry.text,
            tags=entry.tags,
            step="write",
        )

    def with_step(self, step: str) -> CheckIn:
        """The same check-in at another step."""
        return replace(self, step=step)


def prompts_for(checkin: CheckIn, library: PromptLibrary) -> PromptLibrary:
    """The prompts to choose from. "I can't name it yet" with no word named leads only to
    prompts written for that moment (body and senses), never to a general one."""
    if not checkin.could_not_name or checkin.feelings:
        return library
    focused = tuple(p for p in library.prompts if "no_word" in p.when)
    return replace(library, prompts=focused) if focused else library


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as 'work, sleep, #family': split on commas, trimmed, each once (any case)."""
    seen: dict[str, str] = {}
    for piece in text.split(","):
        tag = " ".join(piece.strip().lstrip("#@").split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


def acknowledgement(
    checkin: CheckIn, *, edited: bool = False, region_label: Callable[[str], str] = str
) -> str:
    """A short, warm sentence about what the person did; never a score, a streak or guilt."""
    if edited:
        return "Your changes are saved."
    done: list[str] = []
    count = len(checkin.feelings)
    if count:
        done.append("named a feeling" if count == 1 else f"named {count} feelings")
    elif checkin.could_not_name:
        done.append("stayed with a feeling that has no name yet")
    regions = checkin.regions if not checkin.body_nothing else ()
    if regions:
        done.append(f"noticed {_places(regions, region_label)}")
    elif checkin.body_nothing:
        done.append("checked in with your body")
    if checkin.text.strip():
        done.append("put some of it into words")
    if not done:
        return "Saved. Thank you for checking in."
    return f"Saved. Today you {_join(done)}."


def summary(checkin: CheckIn, region_label: Callable[[str], str] = str) -> str:
    """One line recalling what was chosen, shown above the prompt: 'Numbness 6 · chest: tight'."""
    parts: list[str] = []
    if checkin.numbness is not None:
        parts.append(f"Numbness {checkin.numbness}")
    if checkin.body_nothing:
        parts.append(f"body: {BODY_NOTHING}")
    for region in checkin.regions:
        sensations = [n.sensation for n in checkin.body if n.region == region and n.sensation]
        place = region_label(region).lower()
        parts.append(f"{place}: {', '.join(sensations)}" if sensations else place)
    if checkin.feelings:
        parts.append(", ".join(f.word for f in checkin.feelings))
    return " · ".join(parts)


def when_phrase(moment: datetime, now: datetime) -> str:
    """'today at 09:30', 'yesterday at 21:05' or 'on Tuesday 24 November at 21:05'."""
    local = moment.astimezone(now.tzinfo) if now.tzinfo else moment
    clock = f"{local.hour:02d}:{local.minute:02d}"
    days = (now.date() - local.date()).days
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"yesterday at {clock}"
    weekday = _WEEKDAYS[local.weekday()]
    year = f" {local.year}" if local.year != now.year else ""
    return f"on {weekday} {local.day} {_MONTHS[local.month - 1]}{year} at {clock}"


def _places(regions: tuple[str, ...], label: Callable[[str], str]) -> str:
    """'something in your chest (and your throat)', or '3 places in your body'."""
    if len(regions) > 2:
        return f"{len(regions)} places in your body"
    return "something in " + " and ".join(f"your {label(r).lower()}" for r in regions)


def _join(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _scale(value: object, low: int = SCALE_MIN, high: int = SCALE_MAX) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if low <= value <= high else None


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _body_notes(value: object) -> list[BodyNote]:
    notes = []
    for item in _list(value):
        if isinstance(item, list) and len(item) == 2 and all(isinstance(p, str) for p in item):
            if item[0]:
                notes.append(BodyNote(item[0], item[1]))
    return notes


def _feelings(value: object) -> list[Feeling]:
    feelings = []
    for item in _list(value):
        if not isinstance(item, dict) or not isinstance(item.get("word"), str):
            continue
        word = item["word"].strip()
        family = item.get("family")
        intensity = _scale(item.get("intensity"), INTENSITY_MIN, INTENSITY_MAX)
        if word:
            feelings.append(
                Feeling(
                    word=word,
                    family=family if isinstance(family, str) else "",
                    intensity=INTENSITY_DEFAULT if intensity is None else intensity,
                    custom=item.get("custom") is True,
                )
            )
    return feelings
