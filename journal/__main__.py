"""Let `python -m journal` behave exactly like the `journal` command."""

from journal.cli import command

command()
