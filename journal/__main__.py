"""Let `python -m journal` behave exactly like the `journal` command."""

from journal.cli import main

raise SystemExit(main())
