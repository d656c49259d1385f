"""One entry, whole: feelings and how strong, the body, the prompt, the words, the tags,
and the strategies tried that day. From here it can be edited, trashed or restored.

What the person wrote is shown whole, however long. Feeling words, tags, body notes,
the prompt and strategy notes are labels around it: past a few hundred characters
(a paste or an import gone wrong) they end in "…", so opening the entry stays quick.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from journal.checkin import BODY_NOTHING
from journal.lines import clip, first_line
from journal.models import Entry, Feeling
from journal.resources import style_file
from journal.store.entries import TRASH_DAYS
from journal.ui.naming import region_label, strategy_title
from journal.ui.screens.area import AreaScreen
from journal.ui.screens.confirm import ConfirmScreen
from journal.ui.text import visible
from journal.ui.widgets.entry_row import family_label
from journal.ui.widgets.long_text import LongText
from journal.wording import clock_time, long_date, weekday_date

INTENSITY_DOTS = 5
WORD_WIDTH = 20

LABEL_LIMIT = 300
"""Characters shown of a feeling word, a tag, a body note or the prompt; more ends in "…"."""

NOTE_LIMIT = 2000
"""Characters shown of a strategy's note here (a few screenfuls); more ends in "…"."""


def shown(text: str, limit: int = LABEL_LIMIT) -> str:
    """`text` cut to `limit` characters, with control characters made visible."""
    return visible(clip(text, limit))


def intensity_dots(intensity: int) -> str:
    """●●●○○ for 3 of 5: strength as a shape, not only a colour."""
    filled = max(0, min(intensity, INTENSITY_DOTS))
    return "●" * filled + "○" * (INTENSITY_DOTS - filled)


def when_written(moment: datetime) -> str:
    """Fri 27 Nov 2026 at 09:30."""
    return f"{weekday_date(moment.date())} at {clock_time(moment)}"


async def edit_in_write(app: App, entry_id: int) -> None:
    """Open an entry in Write for editing, when Write offers that."""
    write = app.MODES.get("write")
    if not hasattr(write, "load_entry"):
        app.notify("Editing a past entry isn't available yet.", title="Edit")
        return
    await app.switch_mode("write")
    app.screen.load_entry(entry_id)  # type: ignore[attr-defined]


OPENING_CHARS = 40
"""How much of an entry's first line the trash question quotes, to tell entries apart."""


def ask_to_trash(
    screen: AreaScreen,
    entry_id: int,
    written: datetime,
    opening: str,
    after: Callable[[], None],
) -> None:
    """Ask gently, then move the entry to the trash and call `after`.

    The question quotes the entry's first words: two entries can share a minute.
    """
    quoted = f' ("{clip(opening, OPENING_CHARS)}")' if opening else ""
    question = (
        f"Move the entry from {when_written(written)}{quoted} to the trash?\n\n"
        f"You can bring it back from the trash (b in History) for {TRASH_DAYS} days."
    )

    def answered(yes: bool | None) -> None:
        if yes:
            screen.store.entries.trash(entry_id)
            screen.notify(f"Moved to the trash. It can be restored for {TRASH_DAYS} days.")
            after()

    screen.app.push_screen(ConfirmScreen(question, yes="Move to trash", no="Keep it"), answered)


class EntryScreen(AreaScreen):
    """Reading one entry; Escape goes back to the list."""

    CSS_PATH = style_file("entry.tcss")
    BINDINGS = [
        Binding("escape,q", "back", "Back", tooltip="Back to the list"),
        Binding("e", "edit", "Edit", tooltip="Edit this entry in Write"),
        Binding("delete", "delete", "Delete", tooltip="Move this entry to the trash"),
        Binding("r", "restore", "Restore", tooltip="Bring this entry back from the trash"),
    ]
    """Reading keys: back, edit, trash, and restore for an entry already in the trash."""

    def __init__(self, entry_id: int) -> None:
        super().__init__()
        self.entry_id = entry_id
        self.entry: Entry | None = None

    def compose_body(self) -> ComposeResult:
        """The entry in headed sections, in one scrolling column."""
        entry = self.entry = self._read()
        if entry is None:
            return
        with VerticalScroll(id="entry-view"):
            yield Static(long_date(entry.created_at.date()), id="entry-title")
            yield Static(self._subtitle(entry), id="entry-when")
            if entry.trashed_at is not None:
                yield Static(self._trash_note(entry.trashed_at), id="entry-trashed")
            if ratings := self._ratings(entry):
                yield Static(ratings, classes="entry-ratings")
            yield from self._section("Feelings", self._feelings(entry))
            yield from self._section("In your body", self._body(entry))
            if entry.prompt_text:
                prompt = Content(shown(entry.prompt_text))
                yield from self._section("The prompt", prompt, "entry-prompt")
            yield Static("What you wrote", classes="entry-heading")
            if entry.text.strip():
                yield LongText(entry.text, id="entry-text", classes="entry-text")
            else:
                yield Static("(no writing)", classes="entry-text")
            if entry.tags:
                tags = "  ".join(f"#{shown(tag)}" for tag in entry.tags)
                yield from self._section("Tags", Content(tags), "entry-tags")
            yield from self._section("Strategies you tried that day", self._strategies(entry))

    def on_mount(self) -> None:
        """Scroll with the arrow keys straight away."""
        if self.entry is None:
            self.dismiss()
            return
        self.query_one("#entry-view").focus()

    async def on_screen_resume(self) -> None:
        """Show the entry as it is now, after an edit in Write; leave if it is gone."""
        if self.entry is None or self._read() == self.entry:
            return
        await self.recompose()
        if not self.is_current:
            return  # it was closed meanwhile, after a delete or a restore
        if self.entry is None:
            self.dismiss()
        else:
            self.query_one("#entry-view").focus()

    def _read(self) -> Entry | None:
        try:
            return self.store.entries.get(self.entry_id)
        except KeyError:
            return None

    # Sections

    @staticmethod
    def _section(title: str, body: Content | None, classes: str = "entry-body") -> ComposeResult:
        if body is not None and body.plain.strip():
            yield Static(title, classes="entry-heading")
            yield Static(body, classes=classes)

    @staticmethod
    def _subtitle(entry: Entry) -> str:
        written = f"Written at {clock_time(entry.created_at)}"
        if entry.updated_at - entry.created_at > timedelta(minutes=1):
            written += f", last changed {when_written(entry.updated_at)}"
        return written

    @staticmethod
    def _trash_note(trashed_at: datetime) -> str:
        kept = (trashed_at + timedelta(days=TRASH_DAYS)).date()
        return (
            f"This entry is in the trash. It is kept until {weekday_date(kept)}, "
            "then removed for good. Press r to bring it back."
        )

    @staticmethod
    def _ratings(entry: Entry) -> str:
        parts = [
            f"{name} {value} of 10"
            for name, value in (
                ("Numbness", entry.numbness),
                ("Energy", entry.energy),
                ("Pleasantness", entry.pleasantness),
            )
            if value is not None
        ]
        return "   ".join(parts)

    @staticmethod
    def _feeling_line(feeling: Feeling) -> Content:
        word = Content.styled(shown(feeling.word), "bold")
        return Content.assemble(
            word.pad_right(max(0, WORD_WIDTH - word.cell_length)),
            f"  {intensity_dots(feeling.intensity)}  {feeling.intensity} of 5   ",
            family_label(feeling.family),
        )

    def _feelings(self, entry: Entry) -> Content | None:
        if not entry.feelings:
            if entry.could_not_name:
                return Content("You noted that you couldn't name it yet. That is noticing too.")
            return None
        return Content("\n").join(self._feeling_line(f) for f in entry.feelings)

    @staticmethod
    def _body(entry: Entry) -> Content | None:
        if entry.body_nothing:
            return Content(f"You checked in and noticed {BODY_NOTHING}. That is an answer too.")
        lines = []
        for note in entry.body_notes:
            region = shown(region_label(clip(note.region, LABEL_LIMIT)))
            lines.append(f"{region}: {shown(note.sensation)}" if note.sensation else region)
        return Content("\n".join(lines)) if lines else None

    def _strategies(self, entry: Entry) -> Content | None:
        attempts = self.store.strategies.attempts_on(entry.created_at.date().isoformat())
        lines = []
        for attempt in attempts:
            title = shown(strategy_title(clip(attempt.strategy_id, LABEL_LIMIT)))
            line = f"{clock_time(attempt.started_at)}  {title}"
            before, after = attempt.numbness_before, attempt.numbness_after
            if before is not None and after is not None:
                line += f"   numbness {before} before, {after} after"
            elif before is not None:
                line += f"   numbness {before} before"
            elif after is not None:  # a rating given only afterwards is shown too
                line += f"   numbness {after} after"
            if attempt.note.strip():
                line += f"\n       {shown(attempt.note.strip(), NOTE_LIMIT)}"
            lines.append(line)
        return Content("\n".join(lines)) if lines else None

    # Actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Edit and delete for a kept entry; restore for one in the trash."""
        trashed = self.entry is not None and self.entry.trashed_at is not None
        if action in ("edit", "delete"):
            return not trashed
        if action == "restore":
            return trashed
        return True

    def action_back(self) -> None:
        """Back to the list."""
        self.dismiss()

    async def action_edit(self) -> None:
        """Edit this entry in Write."""
        await edit_in_write(self.app, self.entry_id)

    def action_delete(self) -> None:
        """Ask, then move this entry to the trash and go back to the list."""
        if self.entry is not None:
            opening = first_line(self.entry.text[: OPENING_CHARS * 4])
            ask_to_trash(self, self.entry_id, self.entry.created_at, opening, self.dismiss)

    def action_restore(self) -> None:
        """Bring this entry back from the trash."""
        self.store.entries.restore(self.entry_id)
        self.notify("Restored. It is back in History.")
        self.dismiss()
