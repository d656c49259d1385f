"""Load and validate Thaw's data files in `prompts/`: feelings, body, prompts, strategies, help.

This package is core, not UI: it never imports Textual. Every loader is cached,
takes an optional path (for tests), and raises ContentError naming the file and
entry at fault when the data is invalid.
"""

from __future__ import annotations

from journal.content.body import Body, Region, Sensation, load_body
from journal.content.context import CONDITIONS, PromptContext
from journal.content.errors import ContentError
from journal.content.prompts import (
    FALLBACK,
    Prompt,
    PromptLibrary,
    RenderedPrompt,
    choose_prompt,
    load_prompts,
)
from journal.content.resources import CrisisLine, Resources, load_resources
from journal.content.strategies import (
    Appointment,
    Pacing,
    ReachOut,
    Strategy,
    StrategyLibrary,
    load_strategies,
    suited_strategies,
    suits,
)
from journal.content.vocabulary import (
    QUADRANTS,
    EmotionWord,
    Family,
    Nearby,
    Vocabulary,
    load_vocabulary,
)

__all__ = [
    "CONDITIONS",
    "FALLBACK",
    "QUADRANTS",
    "Appointment",
    "Body",
    "ContentError",
    "CrisisLine",
    "EmotionWord",
    "Family",
    "Nearby",
    "Pacing",
    "Prompt",
    "PromptContext",
    "PromptLibrary",
    "ReachOut",
    "Region",
    "RenderedPrompt",
    "Resources",
    "Sensation",
    "Strategy",
    "StrategyLibrary",
    "Vocabulary",
    "choose_prompt",
    "load_body",
    "load_prompts",
    "load_resources",
    "load_strategies",
    "load_vocabulary",
    "suited_strategies",
    "suits",
]
