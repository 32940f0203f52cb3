"""Search at scale: build synthetic archives and time queries.

Usage::

    python bench/search.py [--sizes 1000,10000,100000] [--repeat 3] [--keep DIR]

For each size it builds an archive of synthetic clippings (Zipf-distributed
vocabulary, lognormal lengths around 600 words; English, French, Russian and
Japanese), through clipper's own save path, and reports: insert rate; database
size per clipping and as a ratio to the stored clean text plus compressed raw
sources; in-process query latency p50/p95 for common words, rare words,
phrases, filtered and CJK queries, by the wall clock and by the process's CPU
time (what the search itself costs, whatever else the machine runs); and p50
of the whole ``clipper search`` command. Figures are ratios against the smallest size in the same run where
that is what the target asks for.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clipper import store as dbmod  # noqa: E402
from clipper.models import Article, Filters, Page  # noqa: E402
from clipper.store.query import to_fts_query  # noqa: E402

SYLLABLES = [
    "ka",
    "ri",
    "to",
    "na",
    "mo",
    "se",
    "lu",
    "pa",
    "de",
    "vi",
    "zo",
    "ga",
    "en",
    "al",
    "or",
    "th",
    "st",
    "re",
    "an",
    "in",
    "er",
    "on",
    "ve",
]
RU = [
    "при",
    "ве",
    "ст",
    "но",
    "ка",
    "ра",
    "ли",
    "те",
    "ро",
    "го",
    "ва",
    "ми",
    "да",
    "ко",
    "ны",
    "по",
]
JA = list("安倍首相大統領会談東京政府経済外交日本国民選挙議会市場企業技術")
SITES = ["Daily Wire Service", "The Harbour Times", "Le Journal", "Вести", "日経", "Metro Post"]


def vocabulary(rng: random.Random, n: int, parts: list[str]) -> list[str]:
    words = {"".join(rng.choice(parts) for _ in range(rng.randint(1, 4))) for _ in range(n * 2)}
    return sorted(words)[:n]


class Generator:
    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.latin = vocabulary(self.rng, 30000, SYLLABLES)
        self.cyr = vocabulary(self.rng, 10000, RU)
        # Zipf: the i-th word is 1/i as frequent as the first (cumulative, for speed).
        self.latin_w = list(itertools.accumulate(1 / (i + 1) for i in range(len(self.latin))))
        self.cyr_w = list(itertools.accumulate(1 / (i + 1) for i in range(len(self.cyr))))

    def text(self, lang: str, n: int) -> str:
        if lang == "ja":
            return "".join(
                "".join(self.rng.choices(JA, k=self.rng.randint(8, 30))) + "。"
                for _ in range(n // 10)
            )
        pool, w = (self.cyr, self.cyr_w) if lang == "ru" else (self.latin, self.latin_w)
        words = self.rng.choices(pool, cum_weights=w, k=n)
        sentences = [" ".join(words[i : i + 15]).capitalize() + "." for i in range(0, n, 15)]
        return "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4))

    def article(self, i: int) -> tuple[Article, Page]:
        lang = self.rng.choices(["en", "fr", "ru", "ja"], weights=[6, 2, 1, 1])[0]
        n = max(80, int(self.rng.lognormvariate(6.2, 0.5)))  # ~500-700 words
        text = self.text(lang, n)
        title = self.text(lang, 8).split(".")[0][:90]
        day = f"20{self.rng.randint(15, 25)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"
        art = Article(
            text=text,
            html="".join(f"<p>{p}</p>" for p in text.split("\n\n")),
            title=title,
            site_name=self.rng.choice(SITES),
            lang=lang,
            published=day,
            authors=(f"Author {i % 500}",),
        )
        raw = f"<html><head><title>{title}</title></head><body><nav>menu</nav>{art.html}</body></html>"
        return art, Page(body=raw.encode("utf-8"), source=f"https://example.com/{i}")


def build(path: Path, size: int, gen: Generator) -> tuple[float, int]:
    db = dbmod.open_db(path)
    payload = 0
    start = time.perf_counter()
    batch = 500
    for first in range(0, size, batch):
        with dbmod.writing(db):
            for i in range(first, min(size, first + batch)):
                art, page = gen.article(i)
                payload += len(art.text.encode()) + len(zlib.compress(page.body, 6))
                dbmod.save_clipping(db, art, page, key=f"k{i}", url=page.source)
    elapsed = time.perf_counter() - start
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return size / elapsed, payload


def reused(path: Path) -> tuple[float, int]:
    """An archive built before (--reuse): no insert rate; its payload read back from it."""
    db = dbmod.open_db(path)  # brings it up to date, as clipper would
    payload = sum(
        len((text or "").encode()) + len(body or b"")
        for text, body in db.execute(
            "SELECT c.text, r.body FROM clippings c JOIN raw_sources r ON r.clipping_id = c.id"
        )
    )
    db.close()
    return float("nan"), payload


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def query_sets(gen: Generator) -> dict[str, list[tuple[str, Filters | None]]]:
    common = gen.latin[:20]
    rare = gen.latin[5000:5020]
    return {
        "common word": [(w, None) for w in common],
        "rare word": [(w, None) for w in rare],
        "phrase": [(f'"{a} {b}"', None) for a, b in itertools.pairwise(common)],
        "filtered": [(w, Filters(site="Le Journal", since="2020-01-01")) for w in common[:10]],
        "CJK": [(w, None) for w in ["大統領", "会談", "東京", "経済", "外交日本"]],
    }


def measure(
    path: Path, gen: Generator, repeat: int
) -> dict[str, tuple[float, float, float, float]]:
    """Each query kind's wall-clock p50 and p95, then the same of the process's CPU time.

    On a shared machine a query waits for a core now and then, which the wall
    clock counts and the CPU time doesn't: the two side by side tell the
    search's own cost from the machine's load.
    """
    db = dbmod.open_db(path)
    out: dict[str, tuple[float, float, float, float]] = {}
    for name, queries in query_sets(gen).items():
        samples: list[float] = []
        cpu: list[float] = []
        for _ in range(repeat):
            for text, filters in queries:
                fts = to_fts_query(text) or ""
                start, start_cpu = time.perf_counter(), time.process_time()
                dbmod.search(db, fts, limit=20, filters=filters)
                samples.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
        out[name] = (
            statistics.median(samples),
            percentile(samples, 0.95),
            statistics.median(cpu),
            percentile(cpu, 0.95),
        )
    db.close()
    return out


def command_p50(path: Path, word: str, runs: int = 7) -> float:
    exe = shutil.which("clipper", path=str(Path(sys.executable).parent))
    argv = [exe] if exe else [sys.executable, "-m", "clipper"]
    env = {**os.environ, "CLIPPER_DB": str(path)}
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*argv, "search", word], env=env, capture_output=True, check=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _load() -> str:
    try:
        return ", ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=3, help="passes over each query set")
    parser.add_argument(
        "--keep", type=Path, help="build the archives in this folder and leave them there"
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="with --keep: query the archives already in that folder instead of building them",
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    tmp = args.keep or Path(tempfile.mkdtemp())
    tmp.mkdir(parents=True, exist_ok=True)
    results = {}
    for size in sizes:
        gen = Generator()
        path = tmp / f"a{size}.db"
        if args.reuse and args.keep and path.exists():
            rate, payload = reused(path)
        else:
            for old in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                old.unlink(missing_ok=True)
            rate, payload = build(path, size, gen)
        db_bytes = path.stat().st_size
        lat = measure(path, gen, args.repeat)
        cmd = command_p50(path, gen.latin[3])
        results[size] = (rate, db_bytes, payload, lat, cmd)
        print(f"\n== {size:,} clippings", flush=True)
        print(f"insert rate      {rate:,.0f} clippings/s")
        print(
            f"database         {db_bytes / 1e6:,.1f} MB, {db_bytes / size / 1024:,.1f} KiB/clipping, "
            f"{db_bytes / payload:.2f}x (clean text + compressed raw)"
        )
        print(f"{'':16} {'wall clock':^28}   {'CPU time':^28}   (target: p95 < 10 ms)")
        for name, (p50, p95, cpu50, cpu95) in lat.items():
            print(
                f"{name:16} p50 {p50 * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms   "
                f"p50 {cpu50 * 1000:7.2f} ms   p95 {cpu95 * 1000:7.2f} ms"
            )
        print(f"load average     {_load()}")
        print(f"clipper search   p50 {cmd * 1000:7.1f} ms (whole command)")
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        print(f"\n== p50 ratio {large:,} / {small:,} clippings")
        for name in results[small][3]:
            ratio = results[large][3][name][0] / results[small][3][name][0]
            print(f"{name:16} {ratio:6.2f}x")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
