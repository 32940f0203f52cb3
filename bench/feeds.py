"""How fast ``clipper feed update`` goes, against ``clipper clip --from`` of the same pages.

Usage::

    python bench/feeds.py [--feeds 50] [--entries 20] [--jobs N] [--rounds 1]

A loopback server (tests/feedsite.py) serves FEEDS RSS feeds of ENTRIES entries
each, every entry an article page of its own (1,000 pages by default). In the
same run, each with a fresh archive and the real command in a subprocess:

- ``clipper clip --from urls.txt`` of every article's address (the baseline);
- ``clipper feed update`` of the same feeds' first update (after ``feed add``,
  not timed), which checks every feed and clips the same pages;
- ``clipper feed update`` again with nothing changed: every feed answers 304.

Both clipping runs use ``--delay 0`` (every feed is on 127.0.0.1, so the default
politeness delay would time the delay) and the same ``--jobs``. With several
rounds the two orders alternate and the best time of each is kept.

Targets (issue 17): the first update at most 1.1x the time of clip --from;
the update where nothing changed under 2 s, nearly all of it 304s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from feedsite import FeedSite, rss  # noqa: E402


def clipper_argv() -> list[str]:
    exe = shutil.which("clipper", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "clipper"]


def timed(args: list[str], db: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    env = {**os.environ, "CLIPPER_DB": str(db), "NO_COLOR": "1"}
    started = time.perf_counter()
    done = subprocess.run(
        [*clipper_argv(), *args], env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"clipper {' '.join(args[:3])}... failed ({done.returncode}):\n{done.stderr}")
    return elapsed, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=None, help="default: clipper's own")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []

    with FeedSite() as site, tempfile.TemporaryDirectory() as tmp_text:
        tmp = Path(tmp_text)
        feeds, links = [], []
        for f in range(args.feeds):
            items = site.items(f * 1000, args.entries, prefix=f"/site{f}")
            feeds.append(site.put(f"/site{f}/feed.xml", rss(f"Site {f}", items)))
            links.extend(item.link for item in items)
        urls = tmp / "urls.txt"
        urls.write_text("\n".join(links) + "\n")
        print(f"{args.feeds} feeds x {args.entries} entries = {len(links):,} pages on loopback")

        best_clip = best_update = float("inf")
        nothing_new = requests_304 = 0.0
        for round_ in range(args.rounds):
            order = ("clip", "update") if round_ % 2 == 0 else ("update", "clip")
            for what in order:
                db = tmp / f"{what}-{round_}.db"
                if what == "clip":
                    elapsed, _ = timed(["clip", "--from", str(urls), "--delay", "0", *jobs], db)
                    best_clip = min(best_clip, elapsed)
                    print(f"  clip --from:            {elapsed:7.2f} s")
                    continue
                timed(["feed", "add", *feeds], db)
                elapsed, done = timed(["feed", "update", "--delay", "0", *jobs], db)
                clipped = done.stdout.count("Clipped #")
                if clipped != len(links):
                    sys.exit(f"feed update clipped {clipped} of {len(links)} pages:\n{done.stderr}")
                best_update = min(best_update, elapsed)
                print(f"  feed update (first):    {elapsed:7.2f} s")
                before = sum(site.not_modified.values())
                elapsed, done = timed(["feed", "update", "--delay", "0", *jobs], db)
                if "Clipped" in done.stdout:
                    sys.exit("the update where nothing changed clipped something")
                nothing_new = elapsed
                requests_304 = sum(site.not_modified.values()) - before
                print(
                    f"  feed update (no change): {elapsed:7.2f} s, "
                    f"{requests_304:.0f} of {args.feeds} feeds answered 304"
                )

    ratio = best_update / best_clip
    print()
    print(f"first update / clip --from: {ratio:.2f}x (target <= 1.1x)")
    print(f"update with nothing new:    {nothing_new:.2f} s (target < 2 s)")
    ok = ratio <= 1.1 and nothing_new < 2.0 and requests_304 == args.feeds
    print("PASS" if ok else "MISS")


if __name__ == "__main__":
    main()
