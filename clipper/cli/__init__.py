"""The command line: parse arguments, call one function, render, map errors.

Each group of commands lives in its own module and registers itself on the
shared app. Heavy modules (readability, lxml, requests, rich renderables) are
imported inside the commands that need them so that ``--help`` and
``--version`` start fast.

``clipper.cli.app`` has every command. The console script builds less for the
reading commands run dozens of times a day (:data:`FAST_COMMANDS`): only the
module that defines the command is imported, and typer turns that one command
into click's, not all of them.
"""

from __future__ import annotations

import copy
import importlib
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import typer

__all__ = ["FAST_COMMANDS", "app", "app_for", "run"]

# Importing a command module registers its commands; --help lists them in this order.
COMMAND_MODULES = ("clip", "browse", "curate", "highlight", "db", "config", "serve", "feeds")
# The commands that start on their own, and the module each is defined in.
FAST_COMMANDS = {
    "list": "browse",
    "show": "browse",
    "search": "browse",
    "stats": "browse",
    "tag": "curate",
}


def full_app() -> typer.Typer:
    """The app with every command registered."""
    for module in COMMAND_MODULES:
        importlib.import_module(f"clipper.cli.{module}")
    from clipper.cli.common import app

    return app


def app_for(args: list[str]) -> typer.Typer:
    """The app to run ``args`` with: for a fast command, that command alone; else every one."""
    name = args[0] if args else None
    module = FAST_COMMANDS.get(name) if name is not None else None
    if module is None:
        return full_app()
    importlib.import_module(f"clipper.cli.{module}")
    from typer.main import get_command_name

    from clipper.cli.common import app

    only = copy.copy(app)
    only.registered_groups = []
    only.registered_commands = [
        info
        for info in app.registered_commands
        if (info.name or get_command_name(info.callback.__name__ if info.callback else "")) == name
    ]
    return only


def run() -> None:
    """Console-script entry point."""
    app_for(sys.argv[1:])(prog_name="clipper")


def __getattr__(name: str) -> Any:
    if name == "app":
        return full_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":
    run()
