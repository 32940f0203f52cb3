"""clipper: clip news articles into a searchable SQLite archive."""

__version__ = "0.15.0"
