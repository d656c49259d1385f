"""`journal add`: save a check-in from the command line, without opening the app."""

from __future__ import annotations

import argparse
import sys

from journal.commands.output import CommandError, journal_path, open_journal, say, tell
from journal.models import Feeling, NewEntry
from journal.store.read_only import refuse_if_read_only
from journal.wording import NUMBNESS_SCALE

INTENSITY_MIN, INTENSITY_MAX, INTENSITY_DEFAULT = 1, 5, 3


def rating(text: str) -> int:
    """An argparse type: a numbness rating from 0 to 10."""
    if not text.isdigit() or not 0 <= int(text) <= 10:
        raise argparse.ArgumentTypeError(f"goes from {NUMBNESS_SCALE}, not {text!r}")
    return int(text)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add `add` to the command line."""
    parser = commands.add_parser(
        "add",
        parents=[common],
        help="save an entry without opening the app",
        description="Save an entry. With no TEXT, the words are read from standard input.",
        epilog='Example: journal add "Long day, felt far away" --feel tired:4,numb '
        "--numbness 6 --tag work",
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="what you want to write")
    parser.add_argument(
        "--feel",
        action="append",
        default=[],
        metavar="WORDS",
        help="feelings, separated by commas, each with an optional strength from 1 to 5 "
        "after a colon: frustrated:3,numb",
    )
    parser.add_argument(
        "--numbness", type=rating, metavar="0-10", help="how numb you feel, 0 to 10"
    )
    parser.add_argument(
        "--tag", action="append", default=[], metavar="TAGS", help="tags, separated by commas"
    )
    parser.set_defaults(run=run_add)


def parse_feelings(values: list[str]) -> tuple[Feeling, ...]:
    """Read --feel values: "frustrated:3,numb" gives two feelings, known words get a family."""
    found: dict[str, Feeling] = {}
    for value in values:
        for item in value.split(","):
            word, _, strength = item.partition(":")
            word = " ".join(word.split()).lower()
            if not word:
                continue
            if strength and not (
                strength.strip().isdigit() and INTENSITY_MIN <= int(strength) <= INTENSITY_MAX
            ):
                raise CommandError(
                    f'--feel: the strength after "{word}:" goes from 1 to 5, as in {word}:3.'
                )
            found[word] = Feeling(word, intensity=int(strength or INTENSITY_DEFAULT))
    return tuple(_with_family(feeling) for feeling in found.values())


def _with_family(feeling: Feeling) -> Feeling:
    """A word from Thaw's vocabulary gets its family; any other word is kept as the person's own."""
    from dataclasses import replace

    from journal.content.vocabulary import load_vocabulary

    known = load_vocabulary().find(feeling.word)
    if known is None:
        return replace(feeling, custom=True)
    return replace(feeling, word=known.word, family=known.family)


def _read_text(args: argparse.Namespace) -> str:
    """The words from the command line, or else from standard input."""
    if args.text:
        return " ".join(args.text)
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        say("Write your entry, then press Ctrl-D on a new line to save it (Ctrl-C to stop).")
    try:
        return sys.stdin.read()
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"Could not read the entry from standard input ({error}).") from None


def run_add(args: argparse.Namespace) -> int:
    """Save the entry and say when it was saved."""
    feelings = parse_feelings(args.feel)
    refuse_if_read_only(journal_path(args))  # before typing words that could not be saved
    text = _read_text(args).strip("\n")
    if not text.strip() and args.numbness is None and not feelings:
        raise CommandError("Nothing to save: write some words, or give --numbness or --feel.")
    tags = tuple(tag for value in args.tag for tag in value.split(","))
    entry = NewEntry(text=text, numbness=args.numbness, feelings=feelings, tags=tags)
    with open_journal(args, create=True) as store:
        saved = store.entries.add(entry)
    moment = saved.created_at
    tell(f"Saved your entry of {moment:%Y-%m-%d} at {moment:%H:%M}.")
    return 0
