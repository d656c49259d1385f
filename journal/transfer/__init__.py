"""Getting a journal in and out: JSON, Markdown and CSV exports, imports, the appointment report.

Nothing here imports Textual; the command line and the app both use these modules.
"""
