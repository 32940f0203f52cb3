"""The routes of `clipper serve`: each parses its request, calls the core once, renders.

Routes are plain functions, which Starlette runs in its thread pool; each
thread keeps its own connection to the archive (SQLite connections stay in
the thread that opened them), and writes go through the store's
transactions, so the server and the CLI can write the archive at once.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from clipper.errors import ClipperError, ExitStatus, UsageError
from clipper.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from clipper.models import HIGHLIGHT, Filters
from clipper.web.guard import CLIP_PATH, FORM_KEY, Guard

if TYPE_CHECKING:
    from sqlite_utils import Database

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 30
# The statuses the pages answer with for each kind of expected failure.
STATUS = {
    ExitStatus.USAGE: 400,
    ExitStatus.NOT_FOUND: 404,
    ExitStatus.FETCH: 502,
    ExitStatus.NOT_ARTICLE: 422,
    ExitStatus.DATABASE: 503,
}
EXPORTS = {"markdown": "text/markdown", "html": "text/html", "json": "application/json"}


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """What a server needs to know: its archive, its address, its secrets, its limits."""

    db_path: Path
    base_url: str  # http://127.0.0.1:8765
    token: str  # the bookmarklet's: it only clips (the pages it runs on can read it)
    page_token: str  # the server's own forms': every other change
    allowed_hosts: frozenset[str] | None
    password: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT  # each image download, when images are kept
    images: bool = False  # keep the images of the pages the bookmarklet sends


def create_app(config: ServeConfig) -> Guard:
    """The whole web app, its guard around it."""
    web = _Web(config)
    routes = [
        Route("/", web.archive),
        Route("/search", web.search),
        Route("/clip/{cid:int}", web.reading),
        Route("/clip/{cid:int}/export/{fmt}", web.export),
        Route("/clip/{cid:int}/tags", web.tags, methods=["POST"]),
        Route("/clip/{cid:int}/note", web.note, methods=["POST"]),
        Route("/clip/{cid:int}/highlights", web.add_highlight, methods=["POST"]),
        Route(
            "/clip/{cid:int}/highlights/{hid:int}/delete", web.delete_highlight, methods=["POST"]
        ),
        Route("/clip/{cid:int}/delete", web.delete, methods=["GET", "POST"]),
        Route(CLIP_PATH, web.clip_from_browser, methods=["POST"]),
        Route("/stats", web.stats),
        Route("/bookmarklet", web.setup),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={404: web.not_found, 405: web.not_allowed})
    return Guard(
        app,
        token=config.page_token,
        clip_token=config.token,
        max_bytes=config.max_bytes,
        allowed_hosts=config.allowed_hosts,
        password=config.password,
    )


def snippet_html(snippet: str) -> Markup:
    """A search snippet with its matches in <mark>, everything else escaped."""
    start, end = HIGHLIGHT
    text = str(escape(snippet.replace(start, "\0s").replace(end, "\0e")))
    return Markup(text.replace("\0s", "<mark>").replace("\0e", "</mark>"))


def _form(request: Request) -> dict[str, list[str]]:
    form: dict[str, list[str]] = request.scope.get(FORM_KEY, {})
    return form


# SQLite's integers stop here; a larger id in a URL is simply no clipping's.
MAX_ID = 2**63 - 1


def _id(request: Request, name: str) -> int:
    value: int = request.path_params[name]
    return value if value <= MAX_ID else 0


def _origin(url: str) -> str:
    """An http(s) URL's origin as a browser's Origin header spells it (scheme://host[:port])."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    try:
        port = parts.port
    except ValueError:
        port = None
    shown = f":{port}" if port is not None and port != default else ""
    return f"{parts.scheme.lower()}://{host}{shown}"


def _field(request: Request, name: str) -> str:
    return (_form(request).get(name) or [""])[0]


class _Web:
    """The route functions, sharing the config, the templates and a connection per thread."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.local = threading.local()
        self.env = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["snippet"] = snippet_html
        self.env.filters["number"] = lambda n: f"{n:,}"
        self.env.filters["day"] = lambda s: (s or "")[:10]
        self.env.globals["token"] = config.page_token

    # --- plumbing ---------------------------------------------------------

    def db(self) -> Database:
        db = getattr(self.local, "db", None)
        if db is None:
            from clipper.store import open_db

            db = self.local.db = open_db(self.config.db_path)
        return db

    def page(self, request: Request, template: str, status: int = 200, **values: Any) -> Response:
        html = self.env.get_template(template).render(request=request, **values)
        return HTMLResponse(html, status_code=status)

    def error(self, request: Request, exc: ClipperError) -> Response:
        status = STATUS.get(exc.exit_status, 500)
        return self.page(request, "error.html", status=status, message=str(exc))

    def not_found(self, request: Request, exc: Exception) -> Response:
        return self.page(request, "error.html", status=404, message="No such page.")

    def not_allowed(self, request: Request, exc: Exception) -> Response:
        return self.page(request, "error.html", status=405, message="Not allowed here.")

    def filters(self, request: Request) -> tuple[Filters, dict[str, Any]]:
        """The CLI's filters from the query string, and the values to refill the form with."""
        from clipper.cli.dates import parse_bound

        q = request.query_params
        values = {
            name: q.get(name, "").strip() for name in ("site", "author", "lang", "since", "until")
        }
        tags = [t.strip() for t in q.getlist("tag") if t.strip()]
        filters = Filters(
            site=values["site"] or None,
            author=values["author"] or None,
            tags=tuple(tags),
            lang=values["lang"] or None,
            since=parse_bound(values["since"], end=False) if values["since"] else None,
            until=parse_bound(values["until"], end=True) if values["until"] else None,
        )
        return filters, {**values, "tags": tags}

    @staticmethod
    def offset(request: Request) -> int:
        value = request.query_params.get("offset", "0")
        return min(int(value), MAX_ID) if value.isdigit() and len(value) < 19 else 0

    @staticmethod
    def paging(request: Request, offset: int, more: bool) -> dict[str, str | None]:
        """Links to the previous and next page, keeping every other parameter."""

        def link(to: int) -> str:
            params = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]
            if to:
                params.append(("offset", str(to)))
            return f"{request.url.path}?{urlencode(params)}" if params else request.url.path

        return {
            "newer": link(max(0, offset - PAGE_SIZE)) if offset else None,
            "older": link(offset + PAGE_SIZE) if more else None,
        }

    def back_to(self, cid: int, anchor: str = "") -> Response:
        return RedirectResponse(f"/clip/{cid}{anchor}", status_code=303)

    # --- reading ----------------------------------------------------------

    def archive(self, request: Request) -> Response:
        from clipper.store import list_clippings

        try:
            filters, values = self.filters(request)
            offset = self.offset(request)
            found = list_clippings(self.db(), limit=PAGE_SIZE + 1, offset=offset, filters=filters)
        except ClipperError as exc:
            return self.error(request, exc)
        return self.page(
            request,
            "archive.html",
            clippings=found[:PAGE_SIZE],
            form=values,
            filtered=filters != Filters(),
            paging=self.paging(request, offset, len(found) > PAGE_SIZE),
        )

    def search(self, request: Request) -> Response:
        from clipper.store import search as run_search
        from clipper.store import snippet_around
        from clipper.store.query import cjk_words, to_fts_query

        query = request.query_params.get("q", "").strip()
        sort = request.query_params.get("sort", "relevance")
        if sort not in ("relevance", "newest", "oldest"):
            sort = "relevance"
        try:
            filters, values = self.filters(request)
            offset = self.offset(request)
            fts = to_fts_query(query) if query else None
            hits = []
            if fts:
                db = self.db()
                hits = run_search(
                    db, fts, limit=PAGE_SIZE + 1, offset=offset, sort=sort, filters=filters
                )
                if words := cjk_words(query):
                    hits = [snippet_around(db, hit, words) for hit in hits[:PAGE_SIZE]]
        except ClipperError as exc:
            return self.error(request, exc)
        return self.page(
            request,
            "search.html",
            query=query,
            sort=sort,
            nothing=bool(query) and not fts,
            hits=hits[:PAGE_SIZE],
            form=values,
            paging=self.paging(request, offset, len(hits) > PAGE_SIZE),
        )

    def reading(self, request: Request) -> Response:
        from clipper.export.sanitize import display_html
        from clipper.store import get_clipping, list_highlights
        from clipper.web.marks import mark_passages

        cid = _id(request, "cid")
        try:
            db = self.db()
            clipping = get_clipping(db, cid)
            highlights = list_highlights(db, cid)
        except ClipperError as exc:
            return self.error(request, exc)
        body = display_html(clipping.html) if clipping.html.strip() else ""
        body = mark_passages(body, [(h.id, h.passage) for h in highlights])
        paragraphs = [] if body else [p for p in clipping.text.split("\n\n") if p.strip()]
        return self.page(
            request,
            "reading.html",
            c=clipping,
            body=Markup(body),
            paragraphs=paragraphs,
            highlights=highlights,
            link=clipping.url if (clipping.url or "").startswith(("http://", "https://")) else None,
            exports=EXPORTS,
        )

    def export(self, request: Request) -> Response:
        from clipper.export.filenames import file_stem
        from clipper.export.formats import EXTENSIONS, render_one
        from clipper.export.options import ExportFormat
        from clipper.store import get_clipping

        fmt = request.path_params["fmt"]
        if fmt not in EXPORTS:
            return self.page(request, "error.html", status=404, message="No such export format.")
        try:
            clipping = get_clipping(self.db(), _id(request, "cid"))
        except ClipperError as exc:
            return self.error(request, exc)
        kind = ExportFormat(fmt)
        name = file_stem(clipping) + EXTENSIONS[kind]
        return Response(
            render_one(clipping, kind),
            media_type=f"{EXPORTS[fmt]}; charset=utf-8",
            headers={
                "content-disposition": f"attachment; filename*=UTF-8''{quote(name)}",
            },
        )

    def stats(self, request: Request) -> Response:
        from clipper.store import stats as read_stats
        from clipper.web.charts import month_chart, site_chart

        try:
            figures = read_stats(self.db(), self.config.db_path)
        except ClipperError as exc:
            return self.error(request, exc)
        return self.page(
            request,
            "stats.html",
            s=figures,
            months=month_chart(figures.by_month),
            sites=site_chart(figures.by_site),
        )

    def setup(self, request: Request) -> Response:
        from clipper.web.bookmarklet import bookmarklet

        return self.page(
            request,
            "bookmarklet.html",
            bookmarklet=bookmarklet(self.config.base_url, self.config.token),
            base_url=self.config.base_url,
        )

    # --- changing (the guard has checked the token) -----------------------

    def tags(self, request: Request) -> Response:
        from clipper.store import change_tags

        cid = _id(request, "cid")
        add = [t.strip() for t in _field(request, "add").split(",") if t.strip()]
        remove = [t for t in _form(request).get("remove", []) if t.strip()]
        try:
            change_tags(self.db(), cid, add=add, remove=remove)
        except ClipperError as exc:
            return self.error(request, exc)
        return self.back_to(cid, "#tags")

    def note(self, request: Request) -> Response:
        from clipper.store import set_note
        from clipper.untrusted import printable

        cid = _id(request, "cid")
        note = printable(_field(request, "note")).strip() or None
        try:
            set_note(self.db(), cid, note)
        except ClipperError as exc:
            return self.error(request, exc)
        return self.back_to(cid, "#note")

    def add_highlight(self, request: Request) -> Response:
        from clipper.store import add_highlight

        cid = _id(request, "cid")
        try:
            highlight = add_highlight(
                self.db(), cid, _field(request, "passage"), _field(request, "note") or None
            )
        except ClipperError as exc:
            return self.error(request, exc)
        return self.back_to(cid, f"#h{highlight.id}")

    def delete_highlight(self, request: Request) -> Response:
        from clipper.store import delete_highlight, list_highlights

        cid, hid = _id(request, "cid"), _id(request, "hid")
        try:
            if all(h.id != hid for h in list_highlights(self.db(), cid)):
                raise UsageError(f"Clipping {cid} has no highlight {hid}.")
            delete_highlight(self.db(), hid)
        except ClipperError as exc:
            return self.error(request, exc)
        return self.back_to(cid, "#highlights")

    def delete(self, request: Request) -> Response:
        from clipper.store import delete_clippings, get_clipping

        cid = _id(request, "cid")
        try:
            if request.method == "GET":
                return self.page(request, "delete.html", c=get_clipping(self.db(), cid))
            delete_clippings(self.db(), [cid])
        except ClipperError as exc:
            return self.error(request, exc)
        return RedirectResponse("/", status_code=303)

    def clip_from_browser(self, request: Request) -> Response:
        """The bookmarklet's form: the page as the browser has it, clipped as if fetched."""
        from clipper.pipeline import ClipOptions, clip_page
        from clipper.sources.browser import browser_page
        from clipper.sources.urls import is_url

        url = _field(request, "url").strip()
        selection = _field(request, "selection")
        try:
            if not is_url(url):
                raise UsageError(
                    "The bookmarklet clips web pages (http or https addresses) only; "
                    "save this one and clip the file."
                )
            sender = request.headers.get("origin")
            if sender is not None and sender != _origin(url):
                return self.page(
                    request,
                    "clipped.html",
                    status=403,
                    error=(
                        f"This page ({sender}) sent the address of another site ({_origin(url)}), "
                        "so nothing was stored. Clip that page from its own tab."
                        if sender != "null"
                        else "This page hides its address from other sites (its "
                        "Referrer-Policy), so the bookmarklet can't vouch for it and nothing was "
                        "stored. Clip it with `clipper clip --render URL` instead."
                    ),
                    hint=None,
                    url=url,
                )
            page = browser_page(_field(request, "html"), url, _field(request, "title"), selection)
            tags = tuple(t.strip() for t in _field(request, "tags").split(",") if t.strip())
            options = ClipOptions(
                timeout=self.config.timeout,
                max_bytes=self.config.max_bytes,
                images=self.config.images,
            )
            result = clip_page(
                self.db(), page, options, tags=tags, selection=bool(selection.strip())
            )
        except ClipperError as exc:
            hint = (
                "To keep it anyway, select the text you want and click the bookmarklet again: "
                "a selection is kept as it is."
                if exc.exit_status is ExitStatus.NOT_ARTICLE and not selection.strip()
                else None
            )
            return self.page(
                request,
                "clipped.html",
                status=STATUS.get(exc.exit_status, 500),
                error=str(exc).replace(", or use --force to store it anyway", ""),
                hint=hint,
                url=url,
            )
        return self.page(
            request,
            "clipped.html",
            c=result.clipping,
            created=result.created,
            selection=bool(selection.strip()),
            highlight=result.highlight,
            images=self.config.images,
            image_failures=len(result.image_failures),
        )
