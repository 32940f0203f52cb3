"""clipper: clip news articles into a searchable SQLite archive."""

__version__ = "0.13.0"
