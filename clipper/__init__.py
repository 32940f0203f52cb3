"""clipper: clip news articles into a searchable SQLite archive."""

__version__ = "0.14.0"
