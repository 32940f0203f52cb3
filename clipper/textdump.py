"""Library entry point for text dumps: ``from clipper.textdump import parse_text_dump``.

The stage itself lives in ``clipper.extract.text``; this name stays for the programs and
benchmarks that import it.
"""

from clipper.extract.text.dump import parse_text_dump

__all__ = ["parse_text_dump"]
