"""Everything Textual: the app, its screens and widgets. Never speaks SQL."""
