"""Settings: `clipper config path`, `clipper config show`."""

from pathlib import Path
from typing import Any

import typer

from clipper.cli.common import ClipperGroup, JsonOption, app, print_json

config_app = typer.Typer(
    cls=ClipperGroup,
    help="Settings you set once (template, folders, tags, jobs, database): where the file "
    "is and what is in force.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(config_app, name="config")


def _shown(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    return value


@config_app.command("path")
def config_path_command() -> None:
    """Print where the settings file is (or would be); $CLIPPER_CONFIG moves it.

    Example: clipper config path
    """
    import os

    from clipper.config import CONFIG_ENV, config_path

    path = config_path()
    typer.echo(str(path))
    why = f"chosen by ${CONFIG_ENV}" if os.environ.get(CONFIG_ENV) else "the default place"
    state = "exists" if path.is_file() else "not there yet: create it to change a setting"
    typer.echo(f"({why}; {state})", err=True)


@config_app.command("show")
def config_show_command(as_json: JsonOption = False) -> None:
    """Show every setting, its value and where it came from (variable, file line, default).

    Options given to a command beat environment variables, which beat the file,
    which beats the built-in default.

    Example: clipper config show
    """
    from clipper.cli.paths import resolve_db_path
    from clipper.config import show

    values = show()
    rows = []
    for v in values:
        value, origin = v.value, v.origin
        if v.key == "database":
            value, origin = resolve_db_path(None)
            origin = "default (your data folder)" if origin == "default" else origin
        rows.append({"key": v.key, "value": _shown(value), "origin": origin})
    if as_json:
        print_json(rows)
        return
    from rich.table import Table
    from rich.text import Text

    from clipper.cli.common import console
    from clipper.untrusted import printable

    table = Table(show_edge=False, header_style="bold", pad_edge=False)
    table.add_column("setting", no_wrap=True)
    # Paths are single words: folded across lines, never cut short with "…".
    table.add_column("value", overflow="fold")
    table.add_column("from", style="dim", overflow="fold")
    for row in rows:
        value = row["value"]
        text = "(none)" if value in (None, []) else str(value)
        if isinstance(value, list) and value:
            text = ", ".join(value)
        if isinstance(value, bool):
            text = "true" if value else "false"
        table.add_row(row["key"], Text(printable(text, single_line=True)), Text(row["origin"]))
    console().print(table)
