"""Screenshots of `clipper serve` for the README, taken by headless Chromium (Playwright).

Usage::

    python bench/screenshots.py [--browser-path /usr/bin/chromium] [--out docs/screenshots]

Clips a dozen of Mozilla Readability's test pages (../shared/corpora) into a
new archive through the normal pipeline, tags and annotates a few, starts a
real ``clipper serve`` and photographs the archive, a search, a reading view
(wide and at phone width in dark mode), the stats and the set-up page.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from clipper import store  # noqa: E402
from clipper.pipeline import ClipOptions, clip  # noqa: E402
from conftest import CORPUS, ServeProcess  # noqa: E402

PAGES = {
    "seattletimes-1": ("food", "business"),
    "guardian-1": ("nature", "new-zealand"),
    "bbc-1": ("us", "politics"),
    "theverge": ("tech",),
    "ars-1": ("tech", "security"),
    "citylab-1": ("cities", "design"),
    "wapo-1": ("world",),
    "engadget": ("tech", "games"),
    "telegraph": ("world", "politics"),
    "lemonde-1": ("france", "politique"),
    "medium-1": ("journalism",),
    "herald-sun-1": ("australia", "politics"),
}


def build(db_path: Path) -> int:
    """The demo archive; returns the id of the clipping to show in the reading view."""
    db = store.open_db(db_path)
    rng = random.Random(3)
    shown = 0
    for name, tags in PAGES.items():
        source = CORPUS / name / "source.html"
        result = clip(db, str(source), ClipOptions(force=True), tags=tags)
        cid = result.clipping.id
        # Spread the clipped dates over a year, so the month chart has a shape.
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T09:00:00+00:00"
        with store.writing(db):
            db.execute("UPDATE clippings SET clipped_at = ? WHERE id = ?", [day, cid])
        if name == "guardian-1":
            shown = cid
    words = store.get_clipping(db, shown).text.split()
    store.add_highlight(db, shown, " ".join(words[14:27]), note="Ask a marine biologist why.")
    store.set_note(db, shown, "Compare with the 2018 strandings on Stewart Island.")
    db.close()
    return shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--browser-path", default="/usr/bin/chromium")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} is needed for the demo archive")
    from playwright.sync_api import sync_playwright

    from clipper.sources.render import CHROMIUM_FLAGS

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "demo.db"
        shown = build(db_path)
        with ServeProcess(db_path) as server, sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=args.browser_path, args=list(CHROMIUM_FLAGS)
            )
            wide = browser.new_page(viewport={"width": 1200, "height": 760})
            shots = [
                ("archive", "/"),
                ("search", "/search?q=government"),
                ("reading", f"/clip/{shown}"),
                ("stats", "/stats"),
                ("bookmarklet", "/bookmarklet"),
            ]
            for name, path in shots:
                wide.goto(server.url(path))
                wide.screenshot(path=str(args.out / f"{name}.png"))
            phone = browser.new_page(
                viewport={"width": 390, "height": 780}, color_scheme="dark", device_scale_factor=1
            )
            phone.goto(server.url(f"/clip/{shown}"))
            phone.screenshot(path=str(args.out / "reading-phone-dark.png"))
            browser.close()
    for png in sorted(args.out.glob("*.png")):
        print(f"{png.relative_to(ROOT)}  {png.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
