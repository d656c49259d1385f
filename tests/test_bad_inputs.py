"""Strings that break text programs, through every input, view and export of Thaw.

The corpus is tests/data/bad_inputs.json: markup, terminal escape sequences, control
characters, lone surrogates, right-to-left text, combining marks, emoji sequences,
SQL and FTS syntax, and very large text. Each one must be saved, shown literally
(every stretch of printable characters appears on screen), searched, exported and
imported unharmed, and its escape sequences must never reach the terminal raw.
Lone surrogates are stored as U+FFFD by design, so they are compared through `storable`.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import shlex
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from textual import events
from textual.app import App
from textual.containers import VerticalScroll
from textual.pilot import Pilot

from journal.cli import main
from journal.models import BodyNote, Entry, Feeling, NewEntry, first_line
from journal.store import Store, open_store
from journal.store.fts import fts_query
from journal.store.text import normalise_tag, normalise_word, storable
from journal.transfer.csv_format import COLUMNS, entry_row
from journal.ui.editor import edit_text
from journal.ui.screens.entry import EntryScreen
from journal.ui.screens.write import edit_entry
from journal.ui.widgets.word_list import OWN_WORD, WordList
from tests.history_support import open_history
from tests.support import FakeClock, build_test_app, press_each, running, settle
from tests.test_draft_crash import ANSI, CTRL_Q, ENTER, Terminal

DATA = Path(__file__).parent / "data" / "bad_inputs.json"
HUGE = frozenset({"one-megabyte", "long-single-word", "many-lines"})
"""Too big to paste through every screen: they go through the store, CLI, exports and one view."""

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
LAYOUT = re.compile(r"[\s\u2500-\u259f]+")
"""Whitespace and box-drawing: what lies between the pieces of wrapped text on a screen."""


@dataclass(frozen=True)
class BadInput:
    """One string of the corpus."""

    name: str
    why: str
    text: str


def load_bad_inputs() -> list[BadInput]:
    """The corpus, with `repeat` applied."""
    items = json.loads(DATA.read_text(encoding="utf-8"))["inputs"]
    return [
        BadInput(item["name"], item["why"], item["text"] * item.get("repeat", 1)) for item in items
    ]


BAD = load_bad_inputs()
TYPABLE = [bad for bad in BAD if bad.name not in HUGE]


def printable_runs(text: str, limit: int = 40) -> list[str]:
    """What a screen must show of `text`: each stretch of a line between control characters,
    without whitespace (screens wrap and pad), cut to `limit` characters."""
    lines = storable(text).splitlines()
    runs = (LAYOUT.sub("", run)[:limit] for line in lines for run in CONTROL.split(line))
    return [run for run in runs if run]


def screen_text(app: App[object]) -> str:
    """Every character on the current screen, without whitespace and frames, so that text
    wrapped inside a box reads on unbroken."""
    return LAYOUT.sub("", "".join(strip.text for strip in app.screen._compositor.render_strips()))


def assert_shown(app: App[object], text: str) -> None:
    """Fail unless every printable stretch of `text` is on the current screen."""
    shown = screen_text(app)
    missing = [run for run in printable_runs(text) if run not in shown]
    assert not missing, f"not on screen: {missing!r}"


def as_typed_in_one_line(text: str) -> str:
    """What a one-line input keeps of a paste: the first line."""
    lines = storable(text).splitlines()
    return lines[0] if lines else ""


def moment(index: int) -> datetime:
    """A distinct time for corpus entry `index`, within the last weeks (so reports include it)."""
    return datetime.now().astimezone().replace(microsecond=0) - timedelta(hours=index + 1)


def full_entry(index: int, text: str) -> NewEntry:
    """An entry holding `text` in every field a person can fill."""
    return NewEntry(
        text=text,
        numbness=index % 11,
        prompt_text=text,
        feelings=(Feeling(text, text, 2, custom=True), Feeling("calm", "peaceful", 3)),
        body_notes=(BodyNote("chest", text),),
        tags=(text, "plain"),
        created_at=moment(index),
    )


def fill(store: Store, bad_inputs: list[BadInput], *, huge_words: bool = True) -> None:
    """One entry, one contact and one strategy note per string.

    Without `huge_words`, a huge string is only an entry's text. Rows and the entry view
    cut huge words, tags and notes (tests/test_long_fields.py), but each view still shows a
    page of every strategy note of its day, and paging through all of them adds 20 seconds.
    """
    everywhere = [bad for bad in bad_inputs if huge_words or bad.name not in HUGE]

    def entry(index: int, bad: BadInput) -> NewEntry:
        if bad in everywhere:
            return full_entry(index, bad.text)
        return NewEntry(text=bad.text, created_at=moment(index))

    store.connection.transact(
        lambda: [store.entries.insert(entry(i, b)) for i, b in enumerate(bad_inputs)]
    )
    for index, bad in enumerate(everywhere):
        store.contacts.add(bad.text[:200], bad.text[:500], bad.text[:1000])
        store.strategies.record("box-breathing", 6, 4, bad.text, started_at=moment(index))


def test_the_corpus_is_broad_and_described() -> None:
    names = [bad.name for bad in BAD]
    assert len(BAD) >= 40 and len(set(names)) == len(names)
    assert all(bad.why.strip() and bad.text for bad in BAD)
    texts = "".join(bad.text for bad in TYPABLE)
    for needed in (
        "[/]",
        "[@click=app.quit]",
        "\x1b[2J",
        "\x1b]52;c;",
        "\x00",
        "\ud800",
        "👨\u200d👩",
    ):
        assert needed in texts, needed
    assert max(len(bad.text) for bad in BAD) >= 1_000_000


# The store, the command line and the exports


def test_every_string_survives_export_and_import(tmp_path: Path) -> None:
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    with open_store(first) as store:
        fill(store, BAD)
        saved = sorted(store.queries.entries(), key=lambda e: e.created_at)
    for bad, entry in zip(BAD, reversed(saved), strict=True):
        expected = storable(bad.text)
        assert entry.text == entry.prompt_text == expected, bad.name
        assert entry.body_notes == (BodyNote("chest", expected),), bad.name
        words = [f.word for f in entry.feelings]
        assert words == [w for w in (normalise_word(bad.text), "calm") if w], bad.name
        assert set(entry.tags) == {normalise_tag(bad.text), "plain"} - {""}, bad.name

    exported = tmp_path / "journal.json"
    assert main(["--db", str(first), "export", "-o", str(exported)]) == 0
    assert main(["--db", str(second), "import", str(exported)]) == 0
    again = tmp_path / "again.json"
    assert main(["--db", str(second), "export", "-o", str(again)]) == 0
    assert again.read_text(encoding="utf-8") == exported.read_text(encoding="utf-8")
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert [e["text"] for e in document["entries"]] == [storable(b.text) for b in reversed(BAD)]
    assert sorted(c["note"] for c in document["contacts"]) == sorted(
        storable(b.text[:1000]) for b in BAD
    )


def _row_texts(path: Path) -> list[str]:
    """The text column of a CSV export (a cell can hold the whole megabyte)."""
    limit = csv.field_size_limit(2**31 - 1)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
    finally:
        csv.field_size_limit(limit)
    assert tuple(rows[0]) == COLUMNS
    return [row[COLUMNS.index("text")] for row in rows[1:]]


def test_every_string_goes_into_markdown_csv_and_the_report(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    with open_store(db) as store:
        fill(store, BAD)
        entries: list[Entry] = store.queries.entries()
    files = {kind: tmp_path / f"out.{kind}" for kind in ("markdown", "csv", "report")}
    for kind in ("markdown", "csv"):
        assert main(["--db", str(db), "export", "--format", kind, "-o", str(files[kind])]) == 0
    assert main(["--db", str(db), "report", "-o", str(files["report"])]) == 0

    unescaped = re.sub(r"[\s\\]", "", files["markdown"].read_text(encoding="utf-8"))
    for bad in BAD:
        missing = [r for r in printable_runs(bad.text.replace("\\", "")) if r not in unescaped]
        assert not missing, (bad.name, missing)
    column = COLUMNS.index("text")
    assert sorted(_row_texts(files["csv"])) == sorted(str(entry_row(e)[column]) for e in entries)
    assert "# My check-ins" in files["report"].read_text(encoding="utf-8")


def test_what_the_command_line_prints_holds_no_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "journal.db"
    with open_store(db) as store:
        fill(store, TYPABLE)
    runs = [
        ["list", "--all"],
        ["export", "--format", "markdown"],
        ["report"],
        *(["search", bad.text] for bad in TYPABLE),
    ]
    for argv in runs:
        code = main(["--db", str(db), *argv])
        out, err = capsys.readouterr()
        assert code in (0, 1) and "Traceback" not in err, argv
        risky = set(CONTROL.findall(out + err)) - {"\n", "\t"}
        assert not risky, (argv[:1], risky)


def test_journal_add_saves_every_string(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "journal.db"
    for bad in BAD:
        monkeypatch.setattr(sys, "stdin", io.StringIO(bad.text))
        assert main(["--db", str(db), "add", "--tag", bad.text]) == 0, capsys.readouterr().err
    capsys.readouterr()
    with open_store(db) as store:
        texts = [e.text for e in reversed(store.queries.entries())]
    assert texts == [storable(bad.text).strip("\n") for bad in BAD]


def test_an_editor_saving_other_bytes_than_utf8_keeps_the_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "latin1_editor.py"
    script.write_text(
        "import sys\nopen(sys.argv[1], 'ab').write(b' caf\\xe9 \\xff end')\n", encoding="utf-8"
    )
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}")
    assert edit_text("my words", contextlib.nullcontext) == "my words caf\ufffd \ufffd end"


# The app: typed (pasted) in, and shown


async def paste(pilot: Pilot, text: str) -> None:
    """Paste `text` into whatever has the keyboard, as a terminal delivers a paste."""
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


def batches(items: list[BadInput], size: int) -> list[list[BadInput]]:
    """The strings in groups, so one screen can take (or show) many at once."""
    return [items[start : start + size] for start in range(0, len(items), size)]


def same_lines(saved: str, given: str) -> bool:
    """Equal but for the kind of line break (a text box keeps one kind)."""
    return saved.splitlines() == storable(given).splitlines()


def tags_from(lines: list[str]) -> set[str]:
    """The tags a person means by typing these lines into the tags box, comma-separated."""
    return {normalise_tag(piece) for line in lines for piece in line.split(",")} - {""}


async def choose_own_word(pilot: Pilot) -> None:
    """In the feeling picker, move to "Use my own word" and press Enter."""
    words = pilot.app.screen.query_one(WordList)
    for _ in range(words.option_count):
        option = words.highlighted_option
        if option is not None and option.id == OWN_WORD:
            break
        await pilot.press("down")
    await pilot.press("enter")


async def test_write_takes_every_string_and_gives_it_back_to_edit(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app, (160, 60)) as pilot:
        for batch in batches(TYPABLE, 27):
            lines = [as_typed_in_one_line(bad.text) for bad in batch]
            await pilot.press("ctrl+n", "ctrl+n")  # to the feelings, in the search box
            for bad in batch:
                await paste(pilot, bad.text)
                await choose_own_word(pilot)
            await pilot.press("ctrl+n")
            await paste(pilot, "\n".join(bad.text for bad in batch))
            await pilot.press("ctrl+t")
            await paste(pilot, ", ".join(lines))
            await pilot.press("ctrl+s")
            await pilot.pause()

            entry = app.store.queries.entries(limit=1)[0]
            assert same_lines(entry.text, "\n".join(bad.text for bad in batch))
            assert [f.word for f in entry.feelings] == [normalise_word(line) for line in lines]
            assert set(entry.tags) == tags_from(lines)

            edit_entry(app, entry.id)
            await pilot.pause()
            for bad in batch:
                assert_shown(app, bad.text)
            await press_each(pilot, "ctrl+s", "f2")  # saving an edit goes back to History
            again = app.store.entries.get(entry.id)
            assert same_lines(again.text, entry.text)
            assert (again.feelings, again.tags) == (entry.feelings, entry.tags)


async def test_contacts_take_every_string_and_show_it(tmp_path: Path) -> None:
    app = build_test_app(tmp_path)
    async with running(app, (120, 40)) as pilot:
        await press_each(pilot, "f3", "r")
        for number, nine in enumerate(batches(TYPABLE, 9)):  # three strings pasted in each field
            await pilot.press("a")
            await pilot.pause()
            fields = [nine[start : start + 3] for start in (0, 3, 6)]
            for three in fields:
                for bad in three:
                    await paste(pilot, bad.text)
                await pilot.press("enter")
            await pilot.press("ctrl+s")
            await pilot.pause()
            person = app.store.contacts.all()[-1]
            typed = ["".join(as_typed_in_one_line(bad.text) for bad in three) for three in fields]
            assert [person.name, person.reach, person.note] == [t.strip() for t in typed]
            for field in (person.name, person.reach, person.note):
                assert_shown(app, field)
            await pilot.press("c")  # copy how to reach them: the message names them
            await pilot.pause()
            assert_shown(app, person.name)
            if number % 2 == 0:  # the same question for every name: ask it now and then
                await pilot.press("d")  # "Remove ... from your list?"
                await pilot.pause()
                assert_shown(app, person.name)
                await pilot.press("n")
                await pilot.pause()


def fill_combined(store: Store, bad_inputs: list[BadInput]) -> list[int]:
    """Older entries that each hold a batch of strings in every field; return their ids."""
    ids = []
    for number, batch in enumerate(batches(bad_inputs, 18)):
        texts = [bad.text for bad in batch]
        entry = NewEntry(
            text="\n".join(texts),
            feelings=tuple(Feeling(text, text, 3, custom=True) for text in texts),
            tags=tuple(texts),
            created_at=moment(len(BAD) + number),
        )
        ids.append(store.entries.add(entry).id)
    return ids


async def test_every_view_shows_every_string_literally(tmp_path: Path) -> None:
    clock = FakeClock(moment(-1))
    app = build_test_app(tmp_path, clock)
    fill(app.store, BAD, huge_words=False)
    combined = fill_combined(app.store, TYPABLE)
    async with running(app, (160, 50)) as pilot:
        history = await open_history(pilot)
        pages = screen_text(app)
        while history.entry_list.cursor < history.entry_list.total - 1:
            await pilot.press("pagedown")
            pages += screen_text(app)
        for bad in BAD:  # every row of the list: the first line of the text
            missing = [run for run in printable_runs(first_line(bad.text)) if run not in pages]
            assert not missing, (bad.name, missing)

        await pilot.press("slash")
        for bad in BAD:  # pasted into the search box; run at once rather than after a pause
            history.search.value = ""
            await paste(pilot, bad.text)
            history.apply(now=True)
            await pilot.pause()
            query = fts_query(history.search.value)
            if query is not None and " NOT " not in query:  # a leading minus leaves words out
                assert history.entry_list.total >= 1, bad.name

        for entry_id in combined:
            app.push_screen(EntryScreen(entry_id))
            await settle(pilot)
            view = app.screen.query_one("#entry-view", VerticalScroll)
            shown = screen_text(app)
            while view.scroll_y < view.max_scroll_y:
                await pilot.press("pagedown")
                shown += screen_text(app)
            entry = app.store.entries.get(entry_id)
            for part in (entry.text, *(f.word for f in entry.feelings)):
                missing = [run for run in printable_runs(part) if run not in shown]
                assert not missing, missing
            await pilot.press("escape")
            await pilot.pause()

        app.store.entries.trash(combined[0])
        await pilot.press("escape", "c", "b")  # to the list, every entry again, the trash
        await settle(pilot)
        assert_shown(app, first_line(app.store.entries.get(combined[0]).text))
        await pilot.press("escape", "t")  # Trends: feelings named most, words by month
        await settle(pilot)
        assert "calm" in screen_text(app)
        await pilot.press("escape", "f1")
        await settle(pilot)
        await pilot.press("escape", "f3")  # Strategies, then the people to reach out to
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        for bad in BAD[:3]:  # the people the list has room for, with their ways to reach
            assert_shown(app, bad.text[:200])


# The real app in a terminal: no escape sequence from the journal is ever sent raw

ESCAPING = [bad for bad in TYPABLE if CONTROL.search(bad.text)]
CTRL_B = "\x02"
PAYLOADS = (
    "\x1b[2J",
    "\x1b]52;",
    "\x1b]0;",
    "\x1b[5A",
    "\x1b[10D",
    "\x1b]8;;https",
    "\x1b[?1049lscreen",
    "\x1b[201~",
    "\x1b[6n",
    "\x9b",
    "\x00",
)
"""Sequences from the corpus that Textual itself never writes while running."""


def press_and_wait(terminal: Terminal, keys: str, words: str, timeout: float = 20.0) -> None:
    """Type `keys`, then wait until `words` is drawn by what the app writes after them."""
    mark = len(terminal._chunks)
    wanted = "".join(words.split())
    terminal.type(keys)
    deadline = time.monotonic() + timeout
    while True:
        drawn = ANSI.sub("", "".join(terminal._chunks[mark:]))
        if wanted in "".join(drawn.split()):
            return
        assert terminal.process.poll() is None, "the app ended"
        assert time.monotonic() < deadline, f"never saw {words!r} after {keys!r}"
        time.sleep(0.02)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_escape_sequences_never_reach_the_terminal(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    texts = [bad.text for bad in ESCAPING]
    everything = NewEntry(
        text="\n".join(texts),
        feelings=tuple(Feeling(text, text, 3, custom=True) for text in texts[:6]),
        tags=tuple(texts),
        created_at=moment(-1),
    )
    with open_store(db) as store:
        store.settings.set("welcome_seen", True)
        fill(store, ESCAPING)
        store.entries.add(everything)  # the newest: first in History
    terminal = Terminal(db)
    try:
        terminal.wait_for("How numb or disconnected")
        for keys, shows in [
            ("\x1bOS", "Enter opens"),  # F4: History
            (ENTER, "What you wrote"),  # the entry holding every string
            ("e", "Editing your entry"),  # in the writing box and the tags, to edit
            (CTRL_B, "You chose"),  # the feelings, with the words chosen
            ("\x1bOS", "What you wrote"),  # back to History, where the entry is still open
            ("qt", "How numb, week by week"),  # the list, then Trends
            ("q\x1bOR", "Ways to cope"),  # back, then F3: Strategies
            ("r", "People you trust"),  # Reach out
            ("d", "from your list?"),  # the question names the person
        ]:
            press_and_wait(terminal, keys, shows)
        shown = terminal.screen_text()
        written = "".join(terminal._chunks)
        terminal.type("n" + CTRL_Q)
        assert terminal.process.wait(timeout=15) == 0
    finally:
        terminal.close()

    assert "copy" in shown and "before" in shown and "after" in shown
    leaked = [payload for payload in PAYLOADS if payload in written]
    assert leaked == []
