"""The `journal` sub-commands, one module each, sharing `journal.commands.output`."""
