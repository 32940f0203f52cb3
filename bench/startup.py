"""How fast clipper starts, as a ratio to ``python -c "import typer"`` in the same run.

Usage::

    python bench/startup.py [--runs N]

Runs each command N times (default 15), alternating between them so that
machine noise hits all alike, and reports the median wall time and its ratio
to the baseline. Target (issue 6): --version and --help at most 1.3x.

clipper's modules are byte-compiled first, as ``pip install`` does for a user:
typer's already are, and an editable checkout run with PYTHONDONTWRITEBYTECODE
would otherwise compile clipper's source on every run and measure that instead.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def clipper_argv() -> list[str]:
    exe = shutil.which("clipper", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "clipper"]


def make_small_archive(path: Path) -> None:
    from clipper import store as dbmod
    from clipper.models import Article, Page

    db = dbmod.open_db(path)
    for i in range(200):
        text = f"Article {i} about harbour bridges, trade talks and city councils. " * 40
        art = Article(text=text, html=f"<p>{text}</p>", title=f"Story number {i}")
        dbmod.save_clipping(
            db, art, Page(body=text.encode(), source=f"s{i}"), key=f"k{i}", url=None
        )
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (>= 10)")
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "clipper", quiet=1)
    tmp = Path(tempfile.mkdtemp())
    archive = tmp / "small.db"
    make_small_archive(archive)
    env = {**os.environ, "CLIPPER_DB": str(archive)}
    commands = {
        "import typer (baseline)": [sys.executable, "-c", "import typer"],
        "clipper --version": [*clipper_argv(), "--version"],
        "clipper --help": [*clipper_argv(), "--help"],
        "clipper search (200 clippings)": [*clipper_argv(), "search", "harbour bridges"],
        "clipper list": [*clipper_argv(), "list", "--limit", "5"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(max(10, args.runs)):
        for name, argv in commands.items():
            start = time.perf_counter()
            subprocess.run(
                argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
            )
            times[name].append(time.perf_counter() - start)
    base = statistics.median(times["import typer (baseline)"])
    print(f"{'command':34} {'median ms':>10} {'ratio':>7}")
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"{name:34} {median * 1000:10.1f} {median / base:7.2f}x")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
