"""``python -m clipper``."""

from clipper.cli import run

run()
