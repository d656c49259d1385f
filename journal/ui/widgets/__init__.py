"""Reusable widgets; only these keep DEFAULT_CSS."""
