"""`clipper serve` at scale: server time of its main pages beside the library calls they make.

Usage::

    python bench/serve.py [--size 100000] [--requests 200] [--keep DIR]

Builds an archive of synthetic clippings through clipper's own storing code
(bench/search.py's generator), starts a real ``clipper serve`` process on a
free loopback port, and asks it, over one keep-alive HTTP connection, for
the archive page (its first pages), a search (common words, as the CLI's
``search`` would run them) and a reading view (random clippings). For each it
reports the server's own time (the ``Server-Timing`` header: from the request
reaching the app to the answer starting) and the whole round trip, p50 and
p95, and beside them the same query through the library call in this process
(``list_clippings``, ``search``, ``get_clipping`` + ``list_highlights``), so
the web layer's share is a ratio measured in the same run. Target: p95 of the
server time at most 50 ms at 100,000 clippings.
"""

from __future__ import annotations

import argparse
import http.client
import queue
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search import Generator, build, percentile  # noqa: E402

from clipper import store  # noqa: E402
from clipper.store.query import to_fts_query  # noqa: E402

PAGE = 31  # what a page of the web app asks the store for (30 shown, one to know of more)


def start_server(db_path: Path) -> tuple[subprocess.Popen[str], int]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "clipper", "serve", "--port", "0", "--db", str(db_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.put(line)
        lines.put("")

    threading.Thread(target=read, daemon=True).start()
    while True:
        line = lines.get(timeout=120)
        if not line:
            raise SystemExit("clipper serve exited before serving")
        if found := re.search(r"on http://127\.0\.0\.1:(\d+)/", line):
            return proc, int(found.group(1))


def timed_get(conn: http.client.HTTPConnection, port: int, path: str) -> tuple[float, float]:
    """(server ms from Server-Timing, round-trip ms) for one GET."""
    start = time.perf_counter()
    conn.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
    response = conn.getresponse()
    response.read()
    took = (time.perf_counter() - start) * 1000
    if response.status != 200:
        raise SystemExit(f"GET {path} answered {response.status}")
    timing = response.getheader("server-timing") or ""
    found = re.search(r"dur=([\d.]+)", timing)
    return (float(found.group(1)) if found else float("nan")), took


def timed_call(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def read_one(db: object, clipping_id: int) -> object:
    """What the reading view asks the store for."""
    return store.get_clipping(db, clipping_id), store.list_highlights(db, clipping_id)  # type: ignore[arg-type]


def summary(samples: list[float]) -> str:
    return f"{statistics.median(samples):6.1f} {percentile(samples, 0.95):6.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="clippings in the archive")
    parser.add_argument("--requests", type=int, default=200, help="requests of each kind")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the archive in this folder")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="clipper-bench-serve-"))
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / f"serve-{args.size}.db"
    gen = Generator()
    if not db_path.exists():  # else: the vocabulary is the same, from the same seed
        rate, _ = build(db_path, args.size, gen)
        print(f"built {args.size:,} clippings at {rate:,.0f} a second", file=sys.stderr)
    rng = random.Random(16)
    words = gen.latin[:20]
    ids = [rng.randint(1, args.size) for _ in range(args.requests)]
    db = store.open_db(db_path)
    # A few highlights, so the reading view has some to mark.
    for cid in ids[:20]:
        if not store.list_highlights(db, cid):
            text = store.get_clipping(db, cid).text
            store.add_highlight(db, cid, text[40:120])

    n = args.requests
    pages = [30 * (i % 5) for i in range(n)]
    queries = [words[i % len(words)] for i in range(n)]
    kinds: dict[str, tuple[list[str], list[Callable[[], object]]]] = {
        "archive page": (
            [f"/?offset={o}" if o else "/" for o in pages],
            [partial(store.list_clippings, db, limit=PAGE, offset=o) for o in pages],
        ),
        "search (common word)": (
            [f"/search?q={quote(w)}" for w in queries],
            [partial(store.search, db, to_fts_query(w) or "", limit=PAGE) for w in queries],
        ),
        "reading view": (
            [f"/clip/{cid}" for cid in ids],
            [partial(read_one, db, cid) for cid in ids],
        ),
    }
    proc, port = start_server(db_path)
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for paths, _ in kinds.values():  # warm both sides' caches alike
            for path in paths[:20]:
                timed_get(conn, port, path)
        for _, calls in kinds.values():
            for call in calls[:20]:
                call()
        print(f"\nat {args.size:,} clippings, {n} requests each (ms)")
        print(f"{'':22} {'server p50':>10} {'p95':>6} {'round trip p50':>15} {'p95':>6} "
              f"{'library p50':>12} {'p95':>6} {'server/library p50':>19}")  # fmt: skip
        worst = 0.0
        for name, (paths, calls) in kinds.items():
            server_ms: list[float] = []
            trip_ms: list[float] = []
            library_ms: list[float] = []
            # Alternate: both sides see the same machine load.
            for path, call in zip(paths, calls, strict=True):
                s, t = timed_get(conn, port, path)
                server_ms.append(s)
                trip_ms.append(t)
                library_ms.append(timed_call(call))
            ratio = statistics.median(server_ms) / statistics.median(library_ms)
            worst = max(worst, percentile(server_ms, 0.95))
            print(
                f"{name:22} {summary(server_ms):>17} {summary(trip_ms):>22} "
                f"{summary(library_ms):>19} {ratio:>18.1f}x"
            )
        conn.close()
        verdict = "met" if worst <= 50 else "NOT met"
        print(f"\nworst server p95: {worst:.1f} ms (target <= 50 ms: {verdict})")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        db.close()
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
