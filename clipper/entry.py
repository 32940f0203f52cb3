"""The console script and ``python -m clipper``: answers ``--version`` before loading the CLI."""

from __future__ import annotations

import sys


def run() -> None:
    if sys.argv[1:] == ["--version"]:
        from clipper import __version__

        print(f"clipper {__version__}")
        return
    from clipper.cli import run as run_cli

    run_cli()
