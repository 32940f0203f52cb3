"""The command line: parse arguments, call one function, render, map errors.

Each group of commands lives in its own module and registers itself on the
shared app. Heavy modules (readability, lxml, requests, rich renderables) are
imported inside the commands that need them so that ``--help`` and
``--version`` start fast.
"""

from __future__ import annotations

from clipper.cli.common import app

# Importing a command module registers its commands; --help lists them in this order.
# isort: off
from clipper.cli import clip  # noqa: F401
from clipper.cli import browse  # noqa: F401
from clipper.cli import curate  # noqa: F401
from clipper.cli import highlight  # noqa: F401
from clipper.cli import db  # noqa: F401
from clipper.cli import config  # noqa: F401
from clipper.cli import serve  # noqa: F401
from clipper.cli import feeds  # noqa: F401

# isort: on

__all__ = ["app", "run"]


def run() -> None:
    """Console-script entry point."""
    app(prog_name="clipper")


if __name__ == "__main__":
    run()
