"""The export choices the CLI offers, kept apart from the exporters so `--help` stays light."""

from __future__ import annotations

from enum import Enum


class ExportFormat(str, Enum):
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"
    html = "html"
    epub = "epub"


# File names: the published (else clipped) date and a slug of the title.
DEFAULT_TEMPLATE = "{published}-{slug}"
