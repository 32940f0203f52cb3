"""The clippings the export golden files are made from: real fixtures, clipped into a real archive.

Times and paths that change from run to run are pinned, so that each built-in
template's output can be compared byte for byte with tests/golden/export/.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from clipper.models import Clipping

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden" / "export"
CLIPPED_AT = "2026-11-27T10:00:00+00:00"

# name -> (fixture, tags, note, corrected title)
CASES = {
    "article": ("article.html", ["transport", "city"], "Compare with the 2016 closure.", None),
    "jsonld": ("html/news_jsonld_graph.html", [], None, 'A Corrected Headline: Yes, "Quoted"'),
    "captions": ("dumps/photo_captions.txt", ["photos"], None, None),
    "japanese": ("dumps/ja_news.txt", [], "メモ", None),
}


def build(db_path: Path, name: str) -> Clipping:
    """Clip the case's fixture into the archive at db_path and curate it; pinned for goldens."""
    from clipper import store
    from clipper.curate import edit
    from clipper.pipeline import ClipOptions, clip

    fixture, tags, note, title = CASES[name]
    db = store.open_db(db_path)
    saved = clip(db, str(FIXTURES / fixture), ClipOptions(), tags=tuple(tags))
    cid = saved.clipping.id
    if note:
        store.set_note(db, cid, note)
    if title:
        edit(db, cid, title=title)
    clipping = store.get_clipping(db, cid)
    return replace(clipping, clipped_at=CLIPPED_AT, source=f"/archive/{fixture}")
