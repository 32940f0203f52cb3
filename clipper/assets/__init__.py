"""What the web loses: a clipping's images, web-archive copies of dead pages.

- :mod:`clipper.assets.images`: what an image's bytes are (by magic, never by
  the server's word), its size in pixels read from its header, the limits, and
  SVG sanitising (pure).
- :mod:`clipper.assets.embedded`: ``data:`` images of single-file pages, and
  the short stand-ins the extractor sees in their place (pure).
- :mod:`clipper.assets.collect`: which images the clean article shows, and
  fetching them through :mod:`clipper.sources.fetch` (I/O).
- :mod:`clipper.assets.archive`: finding a dead page's newest copy in the
  Internet Archive (I/O).
- :mod:`clipper.assets.export`: images beside an exported note, or inlined
  into a self-contained HTML page (pure but for writing files).
"""
