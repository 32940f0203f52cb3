"""Exports: Markdown with front matter, other formats, file names and safe writing."""
