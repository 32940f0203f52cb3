"""How fast ``clipper clip FOLDER`` goes, against readability-lxml alone, and its memory.

Usage::

    python bench/batch.py [--pages N] [--sizes A,B,...] [--corpus DIR]
    python bench/batch.py --rerun-duplicates N [--pages N]

Builds a folder of N saved pages (default 1,000) from the Readability test
pages, each copy given a unique paragraph inside its article so that no two
are the same page or the same text. Then, in the same run:

- readability-lxml alone: ``Document(html).summary()`` on every page in this
  process (the floor: what extraction costs without clipper around it);
- ``clipper clip FOLDER --jobs 1`` and ``--jobs 2``, the real command in a
  subprocess, each with a fresh database;
- peak memory of ``--jobs 2`` at a few batch sizes: the largest single process
  (getrusage) and the whole process tree (main process plus workers, sampled
  from /proc on Linux).

Targets: jobs 1 at most 1.15x readability's time and jobs 2 at least 1.85x
faster than jobs 1 (issue 20; 1.3x and 1.7x in issue 7); peak RSS under
300 MB and flat as the batch grows (issue 7).

With ``--warc`` (issue 18) it times the same N pages clipped from one WARC file
(``pages.warc.gz``, written with warcio) against clipping them as a folder of
files, ``--jobs 1`` (target: at most 1.2x the folder's time). With
``--images`` it serves the pages from a loopback server, each showing three
images (PNG, JPEG-sized and an SVG), and times ``clip --from LIST --images``
against the same batch without ``--images``.

With ``--rerun-duplicates N`` it times running a batch again instead: the
folder gets N more pages, each a copy of one of the others with the same text
but another address (so the batch reports it as a duplicate); the folder is
clipped once, then the same command runs again, ``--jobs 1`` and ``--jobs 2``,
and the second run is timed: every page is then skipped or a duplicate.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from helpers import CORPUS  # noqa: E402

# Runs of text between tags, and what isn't text: the longest runs are the article's.
TEXT_RUN = re.compile(rb">([^<]{40,})")
NOT_TEXT = re.compile(
    rb"<(script|style|title|textarea|noscript|template)\b.*?</\1\s*>", re.I | re.S
)
BODY = re.compile(rb"<body\b[^>]*>", re.I)
HEAD = re.compile(rb"<head\b[^>]*>", re.I)


def clipper_argv() -> list[str]:
    exe = shutil.which("clipper", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "clipper"]


def build_folder(corpus: Path, folder: Path, count: int) -> list[Path]:
    """``count`` pages cycling through the corpus, each with its own numbered sentence.

    The sentence goes at the start of the page's three longest runs of text
    (outside scripts and styles), at least one of which is in the article, so
    no two copies extract to the same text. Each copy also declares its own
    address (a saved page with a canonical URL is the page at that URL).
    """
    sources = sorted(corpus.glob("*/source.html"))
    if not sources:
        raise SystemExit(f"No pages in {corpus}: give --corpus DIR.")
    bodies = [p.read_bytes() for p in sources]
    folder.mkdir(parents=True)
    paths = []
    for i in range(count):
        body = bodies[i % len(bodies)]
        unique = (
            f"Batch copy {i} of this page, number {i * 7919 % 100003}, "
            f"filed as item {i} in the benchmark folder. "
        ).encode()
        skip = [m.span() for m in NOT_TEXT.finditer(body)]
        runs = [
            m
            for m in TEXT_RUN.finditer(body)
            if m.group(1).strip() and not any(a <= m.start() < b for a, b in skip)
        ]
        longest = sorted(runs, key=lambda m: len(m.group(1).strip()), reverse=True)[:3]
        body_tag = BODY.search(body)
        spots = sorted({m.start(1) for m in longest} or {body_tag.end() if body_tag else len(body)})
        for at in reversed(spots):
            body = body[:at] + unique + body[at:]
        # The first rel=canonical wins: put this copy's own before the page's.
        head = HEAD.search(body)
        at = head.end() if head else 0
        body = (
            body[:at]
            + f'<link rel="canonical" href="https://bench.example/copy-{i}">'.encode()
            + body[at:]
        )
        path = folder / f"page-{i:05d}.html"
        path.write_bytes(body)
        paths.append(path)
    return paths


def add_duplicates(paths: list[Path], count: int) -> list[Path]:
    """``count`` copies of the first pages, each declaring another address: the same text.

    A copy's bytes differ from its page's only in the canonical link, so its
    text is the page's and its identity isn't: the batch reports a duplicate.
    """
    copies = []
    for i in range(count):
        original = paths[i % len(paths)]
        body = original.read_bytes().replace(
            b'href="https://bench.example/copy-', b'href="https://mirror.example/copy-', 1
        )
        copy = original.with_name(f"mirror-{i:05d}.html")
        copy.write_bytes(body)
        copies.append(copy)
    return copies


@dataclass(frozen=True)
class Run:
    """One timed run: wall and CPU seconds, peak memory, what clipper said."""

    seconds: float
    cpu: float  # user + system, every process of the run
    largest_rss: int = 0  # bytes, the largest single process
    tree_rss: int = 0  # bytes, the main process and its workers together
    said: str = ""


def time_readability(paths: list[Path]) -> Run:
    """readability-lxml alone over the pages, in this process."""
    from readability import Document

    started, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        # A page readability can't do still counts its time.
        with contextlib.suppress(Exception):
            Document(path.read_bytes().decode("utf-8", errors="replace")).summary()
    return Run(time.perf_counter() - started, time.process_time() - cpu)


def time_both_extractors(paths: list[Path]) -> Run:
    """readability-lxml and trafilatura's extractor alone over the pages, in this process.

    What clipper's two body candidates cost without clipper around them (issue 14
    made trafilatura's extractor the second): readability's ``summary()``, then
    trafilatura's ``extract()`` in its fast mode (its own extractor, no fallbacks),
    each parsing the page itself.
    """
    import logging

    import trafilatura
    from readability import Document

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    started, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        html = path.read_bytes().decode("utf-8", errors="replace")
        with contextlib.suppress(Exception):
            Document(html).summary()
        with contextlib.suppress(Exception):
            trafilatura.extract(html, fast=True, include_comments=False, include_tables=True)
    return Run(time.perf_counter() - started, time.process_time() - cpu)


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and its descendants, from /proc (0 where unavailable)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, ppid in parents.items():
            if ppid == parent and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(rss.get(p, 0) for p in tree)


def run_clipper(folder: Path, jobs: int, db: Path) -> Run:
    """``clipper clip FOLDER -j JOBS`` in a subprocess, with a fresh database."""
    env = {**os.environ, "CLIPPER_DB": str(db)}
    # A wrapper process, so that RUSAGE_CHILDREN covers this run alone.
    wrapper = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,"
        " text=True)\n"
        "sys.stderr.write(done.stderr)\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(u.ru_maxrss, u.ru_utime + u.ru_stime)\n"
        "sys.exit(done.returncode)\n"
    )
    argv = [sys.executable, "-c", wrapper, *clipper_argv(), "clip", str(folder), "-j", str(jobs)]
    peak_tree = 0
    started = time.perf_counter()
    process = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not stop.wait(0.05):
            if sys.platform.startswith("linux"):
                peak_tree = max(peak_tree, tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    elapsed = time.perf_counter() - started
    stop.set()
    sampler.join()
    if process.returncode not in (0, 7):
        raise SystemExit(f"clipper failed ({process.returncode}):\n{err}")
    said = next((line for line in err.splitlines() if " sources: " in line), err.strip())
    largest_kb, cpu = out.strip().splitlines()[-1].split()
    return Run(elapsed, float(cpu), int(largest_kb) * 1024, peak_tree, said)


# Issue 20's targets: --jobs 1 against readability-lxml alone, and --jobs 2's speed-up.
JOBS1_TARGET = 1.15
SPEEDUP_TARGET = 1.85


def print_targets(bare: Run, runs: dict[int, Run], both: Run | None = None) -> None:
    """The two ratios beside their targets, measured in this run."""
    overhead = runs[1].seconds / bare.seconds
    speedup = runs[1].seconds / runs[2].seconds
    print(
        f"jobs 1 / readability alone: {overhead:.2f}x wall, "
        f"{runs[1].cpu / bare.cpu:.2f}x CPU  (target <= {JOBS1_TARGET}x: "
        f"{'met' if overhead <= JOBS1_TARGET else 'not met'})"
    )
    if both is not None:
        print(
            f"jobs 1 / readability and trafilatura alone (clipper's two candidates): "
            f"{runs[1].seconds / both.seconds:.2f}x wall, {runs[1].cpu / both.cpu:.2f}x CPU"
        )
    print(
        f"jobs 1 / jobs 2 (speed-up): {speedup:.2f}x  (target >= {SPEEDUP_TARGET}x: "
        f"{'met' if speedup >= SPEEDUP_TARGET else 'not met'})"
    )


def _load() -> str:
    try:
        return ", ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def mb(n: int) -> str:
    return f"{n / 1_000_000:,.0f} MB" if n else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000, help="pages in the folder (1,000)")
    parser.add_argument(
        "--sizes",
        default="",
        help="batch sizes for the memory runs, comma-separated (default: 1/10, 1/3 and all)",
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="Readability test pages")
    parser.add_argument(
        "--rerun-duplicates",
        type=int,
        default=None,
        metavar="N",
        help="time a second run of the batch instead, with N duplicate pages among the others",
    )
    parser.add_argument(
        "--warc", action="store_true", help="time the pages clipped from a WARC against files"
    )
    parser.add_argument(
        "--images",
        action="store_true",
        help="time a batch of served pages with --images against the same batch without",
    )
    args = parser.parse_args()
    if args.warc:
        warc_against_files(args.corpus, args.pages)
        return
    if args.images:
        images_against_none(args.corpus, args.pages)
        return
    if args.rerun_duplicates is not None:
        rerun(args.corpus, args.pages, args.rerun_duplicates)
        return
    sizes = sorted(
        {int(s) for s in args.sizes.split(",") if s.strip()}
        or {max(1, args.pages // 10), max(1, args.pages // 3), args.pages}
    )
    tmp = Path(tempfile.mkdtemp(prefix="clipper-bench-"))
    try:
        paths = build_folder(args.corpus, tmp / "pages", args.pages)
        print(f"{args.pages:,} pages, {sum(p.stat().st_size for p in paths) / 1e6:,.1f} MB")

        print(f"load average before: {_load()}, cores: {os.cpu_count()}")
        bare = time_readability(paths)
        both = time_both_extractors(paths)
        runs = {jobs: run_clipper(tmp / "pages", jobs, tmp / f"jobs{jobs}.db") for jobs in (1, 2)}
        rows = [("readability-lxml alone (1 process)", bare)]
        rows += [("readability + trafilatura alone", both)]
        rows += [(f"clipper clip --jobs {jobs}", run) for jobs, run in runs.items()]
        print()
        print(f"{'':38} {'seconds':>8} {'pages/s':>8} {'CPU s':>8}")
        for name, run in rows:
            print(f"{name:38} {run.seconds:8.1f} {args.pages / run.seconds:8.1f} {run.cpu:8.1f}")
        print()
        print_targets(bare, runs, both)
        print(
            f"jobs 2 uses {runs[2].cpu / runs[1].cpu - 1:+.0%} CPU over jobs 1: on two idle cores "
            f"its speed-up could reach {2 * runs[1].cpu / runs[2].cpu:.2f}x"
        )
        print(f"jobs 2 said: {runs[2].said}")

        print()
        print(f"{'peak RSS, --jobs 2':20} {'largest process':>16} {'whole tree':>12}")
        for size in sizes:
            if size == args.pages:
                run = runs[2]
            else:
                folder = tmp / f"size-{size}"
                folder.mkdir()
                for path in paths[:size]:
                    os.symlink(path, folder / path.name)
                run = run_clipper(folder, 2, tmp / f"size-{size}.db")
            print(f"{size:>8,} pages{'':7} {mb(run.largest_rss):>16} {mb(run.tree_rss):>12}")
        print(f"load average after: {_load()}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def rerun(corpus: Path, pages: int, duplicates: int) -> None:
    """Clip a folder with duplicates in it, then time the same batch again."""
    tmp = Path(tempfile.mkdtemp(prefix="clipper-bench-"))
    try:
        paths = build_folder(corpus, tmp / "pages", pages)
        add_duplicates(paths, duplicates)
        print(f"{pages:,} pages and {duplicates:,} duplicates of them")
        print(f"load average before: {_load()}, cores: {os.cpu_count()}")
        print()
        print(f"{'':24} {'first run s':>12} {'second run s':>13} {'sources/s':>10}")
        said = {}
        for jobs in (1, 2):
            db = tmp / f"rerun-jobs{jobs}.db"
            first = run_clipper(tmp / "pages", jobs, db)
            second = run_clipper(tmp / "pages", jobs, db)
            total = pages + duplicates
            print(
                f"clipper clip --jobs {jobs:<4} {first.seconds:12.2f} {second.seconds:13.2f} "
                f"{total / second.seconds:10.1f}"
            )
            said[jobs] = (first.said, second.said)
        for jobs, (first_said, second_said) in said.items():
            print(f"jobs {jobs}, first run said:  {first_said}")
            print(f"jobs {jobs}, second run said: {second_said}")
        print(f"load average after: {_load()}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --- issue 18: WARC files and images (kept apart from the other runs, to merge easily) ----


def run_clipper_args(args: list[str], db: Path) -> Run:
    """``clipper ARGS`` in a subprocess with a fresh database: wall and CPU seconds."""
    env = {**os.environ, "CLIPPER_DB": str(db)}
    wrapper = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,"
        " text=True)\n"
        "sys.stderr.write(done.stderr)\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(u.ru_maxrss, u.ru_utime + u.ru_stime)\n"
        "sys.exit(done.returncode)\n"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", wrapper, *clipper_argv(), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 7):
        raise SystemExit(f"clipper failed ({done.returncode}):\n{done.stderr}")
    said = next((line for line in done.stderr.splitlines() if " sources: " in line), "")
    largest_kb, cpu = done.stdout.strip().splitlines()[-1].split()
    return Run(elapsed, float(cpu), int(largest_kb) * 1024, 0, said)


def write_warc(paths: list[Path], target: Path) -> Path:
    """The pages as response records of one gzipped WARC, each at its declared address."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with target.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i, path in enumerate(paths):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://bench.example/copy-{i}",
                "response",
                payload=BytesIO(path.read_bytes()),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-01-02T03:04:05Z"},
            )
            writer.write_record(record)
    return target


def warc_against_files(corpus: Path, pages: int) -> None:
    """The same pages clipped from a WARC and from a folder of files, ``--jobs 1`` each."""
    tmp = Path(tempfile.mkdtemp(prefix="clipper-bench-"))
    try:
        paths = build_folder(corpus, tmp / "pages", pages)
        warc = write_warc(paths, tmp / "pages.warc.gz")
        print(f"{pages:,} pages; WARC {warc.stat().st_size / 1e6:,.1f} MB (gzip)")
        print(f"load average before: {_load()}, cores: {os.cpu_count()}")
        folder = run_clipper_args(["clip", str(tmp / "pages"), "-j", "1"], tmp / "files.db")
        archive = run_clipper_args(["clip", str(warc), "-j", "1"], tmp / "warc.db")
        print(f"{'':30} {'seconds':>8} {'pages/s':>8} {'CPU s':>8}")
        for name, run in (("folder of files, --jobs 1", folder), ("one WARC, --jobs 1", archive)):
            print(f"{name:30} {run.seconds:8.1f} {pages / run.seconds:8.1f} {run.cpu:8.1f}")
        print(
            f"WARC / files: {archive.seconds / folder.seconds:.2f}x wall, "
            f"{archive.cpu / folder.cpu:.2f}x CPU  (target <= 1.2x)"
        )
        print(f"files said: {folder.said}")
        print(f"WARC said:  {archive.said}")
        print(f"load average after: {_load()}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _bench_png(width: int, height: int, seed: int) -> bytes:
    import struct
    import zlib

    row = b"\x00" + bytes(b for x in range(width) for b in ((seed + x) % 256, seed % 256, x % 256))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


IMAGES_PER_PAGE = 3
OWN_IMAGES = re.compile(rb"<(img|source|image)\b[^>]*>", re.I)


def images_against_none(corpus: Path, pages: int) -> None:
    """A batch of pages from a loopback server, with ``--images`` and without."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    tmp = Path(tempfile.mkdtemp(prefix="clipper-bench-"))
    try:
        paths = build_folder(corpus, tmp / "pages", pages)
        bodies: dict[str, tuple[str, bytes]] = {}
        for i, path in enumerate(paths):
            figures = "".join(
                f'<figure><img src="/img/{i}-{k}.png" alt="Figure {k}"></figure>'
                for k in range(IMAGES_PER_PAGE)
            ).encode()
            # The pages' own images are on the web; this benchmark asks loopback alone.
            body = OWN_IMAGES.sub(b"", path.read_bytes())
            at = body.find(b"Batch copy ")
            at = body.find(b"<", at) if at >= 0 else -1
            body = body[:at] + figures + body[at:] if at >= 0 else body + figures
            bodies[f"/page-{i}.html"] = ("text/html; charset=utf-8", body)
            for k in range(IMAGES_PER_PAGE):
                bodies[f"/img/{i}-{k}.png"] = ("image/png", _bench_png(320, 200, i * 7 + k))

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                kind, body = bodies.get(self.path, ("text/plain", b"not found"))
                self.send_response(200 if self.path in bodies else 404)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.server_address[1]
        listing = tmp / "urls.txt"
        listing.write_text(
            "".join(f"http://127.0.0.1:{port}/page-{i}.html\n" for i in range(pages))
        )
        print(f"{pages:,} served pages, {IMAGES_PER_PAGE} images each; load average {_load()}")
        common = ["clip", "--from", str(listing), "--delay", "0", "-j", "2"]
        plain = run_clipper_args(common, tmp / "plain.db")
        images = run_clipper_args([*common, "--images"], tmp / "images.db")
        server.shutdown()
        print(f"{'':30} {'seconds':>8} {'pages/s':>8} {'CPU s':>8}")
        for name, run in (("without --images", plain), ("with --images", images)):
            print(f"{name:30} {run.seconds:8.1f} {pages / run.seconds:8.1f} {run.cpu:8.1f}")
        print(
            f"--images / without: {images.seconds / plain.seconds:.2f}x wall, "
            f"{images.cpu / plain.cpu:.2f}x CPU ({pages * IMAGES_PER_PAGE:,} images)"
        )
        print(f"without said:       {plain.said}")
        print(f"with --images said: {images.said}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
