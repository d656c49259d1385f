"""Which writing prompt a check-in shows, and when it changes.

A prompt is chosen to fit what the person has chosen so far (how numb, where in the
body, which feelings). It stays while they write; it is chosen anew when those choices
change before anything is written, or when they ask for another. An entry opened for
editing keeps the prompt it was written with, and gets none if it had none.
"""

from __future__ import annotations

import random

from journal.checkin import CheckIn, prompts_for
from journal.content.context import PromptContext
from journal.content.prompts import RenderedPrompt, choose_prompt, load_prompts


class PromptChoice:
    """The prompt on screen for one check-in, and what it was chosen for."""

    def __init__(self) -> None:
        self.current: RenderedPrompt | None = None
        self._chosen_for: PromptContext | None = None

    def restore(self, checkin: CheckIn, context: PromptContext) -> None:
        """Take the prompt a check-in already has (from the draft or a saved entry), if any."""
        self.current = (
            RenderedPrompt(checkin.prompt_id or "", checkin.prompt_text)
            if checkin.prompt_text
            else None
        )
        self._chosen_for = context

    def refresh(
        self,
        checkin: CheckIn,
        context: PromptContext,
        rng: random.Random,
        *,
        editing: bool,
        another: bool = False,
    ) -> None:
        """Choose a prompt if there is none yet, if the choices it was chosen for changed
        before anything was written, or if `another` is asked for (never the same twice)."""
        stale = context != self._chosen_for and not checkin.text.strip()
        editing_without_prompt = editing and self.current is None
        if another or (self.current is None and not editing_without_prompt) or stale:
            previous = self.current.id if self.current else None
            library = prompts_for(checkin, load_prompts())
            self.current = choose_prompt(library, context, previous, rng)
            self._chosen_for = context

    def written_for_no_word(self) -> bool:
        """Whether the prompt was written for "I can't name it yet" (body and senses)."""
        written = load_prompts().get(self.current.id) if self.current else None
        return written is not None and "no_word" in written.when
