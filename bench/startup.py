"""How fast clipper's commands start and answer, as ratios to baselines in the same run.

Usage::

    python bench/startup.py [--runs N] [--clippings N] [--first-clip-runs N]

Builds an archive of N synthetic clippings (default 10,000) as bench/search.py
does, through clipper's own save path, then runs each command N times (default 15), alternating
between them so that machine noise hits all alike, and reports the median
wall time and its ratio to the baselines (and beside them the median CPU time,
user and system, which the machine's other work doesn't lengthen):

- ``python -c "import typer"``: every command is a typer app; targets (issue
  20): ``search``, ``list``, ``show``, ``stats`` and ``tag`` at most 1.5x, and
  (issue 6) ``--version`` and ``--help`` at most 1.3x;
- ``sqlite-utils search --limit 20`` on the same archive (the same FTS5 index,
  as many results as clipper shows): clipper's search faster than it (a
  ratio under 1).

Commands print to a pipe, as in a script; ``list``, ``show`` and ``stats``
render their tables as they do on a terminal, without colours.

Then a first clip on a new machine: ``clipper clip FILE`` into a new archive
(CLIPPER_DB naming a file that doesn't exist yet) against the same clip into
an archive that exists, and what the one-time migration costs alone
(``open_db`` of a new file against an existing one, in a process each).
Target (issue 20): the first clip slower by no more than the migration.

clipper's modules are byte-compiled first, as ``pip install`` does for a user:
typer's already are, and an editable checkout run with PYTHONDONTWRITEBYTECODE
would otherwise compile clipper's source on every run and measure that instead.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TYPER = "import typer (baseline)"
SQLITE_UTILS = "sqlite-utils search (baseline)"
# The commands with a target of their own, and its bound as a ratio to import typer.
READING = ("search", "list", "show", "stats", "tag")
READING_TARGET = 1.5
HELP_TARGET = 1.3


def clipper_argv() -> list[str]:
    exe = shutil.which("clipper", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "clipper"]


def sqlite_utils_argv() -> list[str]:
    exe = shutil.which("sqlite-utils", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "sqlite_utils"]


def make_archive(path: Path, count: int) -> str:
    """``count`` clippings as bench/search.py makes them (Zipf vocabulary, four languages).

    Returns a word to search for: the one bench/search.py times the command with.
    """
    from search import Generator, build  # bench/search.py

    gen = Generator()
    build(path, count, gen)
    return gen.latin[3]


# A command line, or a function giving one (and variables of its own) for each run.
Command = list[str] | Callable[[], tuple[list[str], dict[str, str]]]


def median_times(commands: dict[str, Command], runs: int, env: dict[str, str]) -> dict[str, float]:
    """Each command's median wall seconds, the commands taken in turn, one run each per round."""
    return {name: wall for name, (wall, _) in median_costs(commands, runs, env).items()}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def median_costs(
    commands: dict[str, Command], runs: int, env: dict[str, str]
) -> dict[str, tuple[float, float]]:
    """Each command's median wall seconds and median CPU seconds (user + system), in turn.

    The CPU time is what the process itself spent, whatever else the machine
    ran meanwhile; the wall clock also counts the waits for a core.
    """
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            args, own = command() if callable(command) else (command, {})
            start, start_cpu = time.perf_counter(), _children_cpu()
            subprocess.run(
                args,
                env={**env, **own},
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                check=True,
            )
            times[name].append(time.perf_counter() - start)
            cpu[name].append(_children_cpu() - start_cpu)
    return {
        name: (statistics.median(times[name]), statistics.median(cpu[name])) for name in commands
    }


def startup(archive: Path, runs: int, clippings: int, word: str) -> None:
    env = {**os.environ, "CLIPPER_DB": str(archive)}
    env.pop("COLUMNS", None)
    clipper = clipper_argv()
    middle = max(1, clippings // 2)
    commands: dict[str, Command] = {
        TYPER: [sys.executable, "-c", "import typer"],
        SQLITE_UTILS: [
            *sqlite_utils_argv(),
            "search",
            str(archive),
            "clippings",
            word,
            "--limit",
            "20",
        ],
        "clipper --version": [*clipper, "--version"],
        "clipper --help": [*clipper, "--help"],
        "search": [*clipper, "search", word],
        "list": [*clipper, "list"],
        "show": [*clipper, "show", str(middle)],
        "stats": [*clipper, "stats"],
        "tag": [*clipper, "tag", str(middle), "bench"],
        "search --json": [*clipper, "search", word, "--json"],
        "list --json": [*clipper, "list", "--json"],
    }
    costs = median_costs(commands, runs, env)
    medians = {name: wall for name, (wall, _) in costs.items()}
    typer, sqlite_utils = medians[TYPER], medians[SQLITE_UTILS]
    typer_cpu = costs[TYPER][1]
    print(
        f"\n{'command':32} {'median ms':>10} {'/ typer':>8} {'target':>8}"
        f" {'CPU ms':>8} {'/ typer':>8}"
    )
    for name, median in medians.items():
        target = (
            f"<= {READING_TARGET}x"
            if name in READING
            else f"<= {HELP_TARGET}x"
            if name in ("clipper --version", "clipper --help")
            else ""
        )
        label = (
            name
            if name in (TYPER, SQLITE_UTILS)
            else f"clipper {name}".replace("clipper clipper", "clipper")
        )
        cpu = costs[name][1]
        print(
            f"{label:32} {median * 1000:10.1f} {median / typer:7.2f}x {target:>8}"
            f" {cpu * 1000:8.1f} {cpu / typer_cpu:7.2f}x"
        )
    print(
        f"\nclipper search / sqlite-utils search: {medians['search'] / sqlite_utils:.2f}x "
        "(target < 1)"
    )
    met = [name for name in READING if medians[name] / typer <= READING_TARGET]
    print(
        f"at most {READING_TARGET}x import typer: {len(met)} of {len(READING)} ({', '.join(met)})"
    )
    met_cpu = [name for name in READING if costs[name][1] / typer_cpu <= READING_TARGET]
    print(
        f"by CPU time: {len(met_cpu)} of {len(READING)} ({', '.join(met_cpu)}); "
        f"clipper search / sqlite-utils search: {costs['search'][1] / costs[SQLITE_UTILS][1]:.2f}x"
    )


def first_clip(tmp: Path, runs: int) -> None:
    """A clip into a new archive against one into an existing archive, and the migration alone."""
    page = tmp / "page.txt"
    page.write_text(
        "Harbour talks resume\n\n" + "The harbour talks resumed on Monday after a week. " * 40
    )
    existing = tmp / "existing.db"
    counter = iter(range(10**9))
    env = {**os.environ, "CLIPPER_DB": str(existing)}
    # The page is clipped once into the existing archive; clipping it again updates it.
    subprocess.run([*clipper_argv(), "clip", str(page)], env=env, capture_output=True, check=True)

    def fresh(prefix: str) -> Path:
        return tmp / f"{prefix}-{next(counter)}.db"

    opening = "import sys; from clipper.store import open_db; open_db(sys.argv[1]).close()"
    commands: dict[str, Command] = {
        "first clip (new archive)": lambda: (
            [*clipper_argv(), "clip", str(page)],
            {"CLIPPER_DB": str(fresh("first"))},
        ),
        "later clip (existing archive)": [*clipper_argv(), "clip", str(page)],
        "open_db, new archive": lambda: ([sys.executable, "-c", opening, str(fresh("open"))], {}),
        "open_db, existing archive": [sys.executable, "-c", opening, str(existing)],
    }
    medians = median_times(commands, runs, env)
    print(f"\n{'a first clip':32} {'median ms':>10}")
    for name, median in medians.items():
        print(f"{name:32} {median * 1000:10.1f}")
    extra = medians["first clip (new archive)"] - medians["later clip (existing archive)"]
    migration = medians["open_db, new archive"] - medians["open_db, existing archive"]
    print(
        f"first clip - later clip: {extra * 1000:.1f} ms; the one-time migration: "
        f"{migration * 1000:.1f} ms (target: no more than it; "
        f"{'met' if extra <= migration * 1.1 + 0.003 else 'not met'}, with 10% + 3 ms for noise)"
    )


def _load() -> str:
    try:
        return ", ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (>= 5)")
    parser.add_argument("--clippings", type=int, default=10_000, help="clippings in the archive")
    parser.add_argument(
        "--first-clip-runs", type=int, default=11, help="runs of each first-clip command"
    )
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "clipper", quiet=1)
    tmp = Path(tempfile.mkdtemp(prefix="clipper-startup-"))
    try:
        archive = tmp / "archive.db"
        started = time.perf_counter()
        word = make_archive(archive, args.clippings)
        print(
            f"{args.clippings:,} clippings built in {time.perf_counter() - started:.0f} s; "
            f"load average {_load()}, {os.cpu_count()} cores"
        )
        startup(archive, max(5, args.runs), args.clippings, word)
        first_clip(tmp, max(5, args.first_clip_runs))
        print(f"\nload average after: {_load()}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
