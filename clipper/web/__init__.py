"""`clipper serve`: the archive in the browser, and clipping from it (bookmarklet).

A front end like the CLI: each request is parsed, handed to one function of
the core (``clipper.store``, ``clipper.pipeline``, ``clipper.export``), and
rendered. Starlette routes, Jinja2 renders, uvicorn serves; every asset ships
in this package, so a page makes no request beyond this server.

- ``app``: the routes and what each one calls;
- ``guard``: what every request must pass (its Host, the password, the size
  cap, the archive's token for anything that changes state) and the headers
  every answer carries (a strict Content-Security-Policy);
- ``bookmarklet``: the ``javascript:`` URL that sends a page here;
- ``charts``: the stats page's bar charts as inline SVG;
- ``marks``: highlights marked in the article's HTML.
"""
