"""The defaults that bound one page, in one place (the CLI, fetch and file reading share them)."""

DEFAULT_TIMEOUT = 20.0  # seconds to wait for a server, and for a page's whole body
DEFAULT_MAX_BYTES = 10_000_000  # the largest page clipper reads, after decompression
