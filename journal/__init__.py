"""Thaw: a gentle terminal journal for learning to name feelings again."""

__version__ = "0.1.0"
