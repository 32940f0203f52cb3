"""Where metadata is read from: ``<meta>`` values, JSON-LD objects, and small text helpers."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from datetime import timezone
from typing import Any
from urllib.parse import urljoin

from lxml.html import HtmlElement

from clipper.extract.html import rules as rules

UTC = timezone.utc  # datetime.UTC is 3.11+; the project supports 3.10
JsonObject = dict[str, Any]

# --- <meta> ------------------------------------------------------------------


def meta_values(root: HtmlElement) -> dict[str, list[str]]:
    """Map each normalised meta key to its non-empty values, in page order."""
    values: dict[str, list[str]] = {}
    found: list[tuple[int, int, str, str]] = []
    order = 0
    for meta in root.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        for rank, attr in enumerate(("property", "name", "itemprop", "http-equiv")):
            for key in (meta.get(attr) or "").split():
                norm = key.strip().lower().replace(".", ":")
                found.append((rank, order, norm, clean_text(html.unescape(content)) or ""))
                order += 1
    # RDFa ``property`` values are the deliberate ones; ``name`` duplicates come second
    ranks: dict[str, int] = {}
    for rank, _, key, value in sorted(found):
        # a key given by ``property`` ignores same-named ``name`` metas (a duplicate)
        if ranks.setdefault(key, rank) == rank:
            values.setdefault(key, []).append(value)
    return values


def meta_first(metas: dict[str, list[str]], keys: Iterable[str]) -> str | None:
    for key in keys:
        for value in metas.get(key, ()):
            if value:
                return value
    return None


def meta_first_all(metas: dict[str, list[str]], keys: Iterable[str]) -> list[str]:
    return [v for key in keys for v in metas.get(key, ()) if v]


# --- JSON-LD -----------------------------------------------------------------


def jsonld_objects(root: HtmlElement) -> list[JsonObject]:
    """Every JSON object in the page's JSON-LD scripts, ``@graph`` and lists flattened."""
    found: list[JsonObject] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|//\s*\]\]>\s*$|\]\]>\s*$", "", raw).strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
            found.extend(_walk_jsonld(data))
        except (ValueError, RecursionError):  # malformed, or nested deeper than anyone writes
            continue
    return found


def _walk_jsonld(data: Any) -> Iterator[JsonObject]:
    if isinstance(data, list):
        for item in data:
            yield from _walk_jsonld(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk_jsonld(data["@graph"])
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict) and "@type" in main:
            yield from _walk_jsonld(main)


def ld_types(obj: JsonObject) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def article_object(objects: list[JsonObject]) -> JsonObject | None:
    """The JSON-LD object that describes the article, preferring real article types."""
    best: JsonObject | None = None
    best_rank = 3
    for obj in objects:
        kinds = ld_types(obj)
        if not kinds & rules.JSONLD_ARTICLE_TYPES:
            continue
        rank = 2 if kinds <= rules.JSONLD_WEAK_TYPES else 0
        if rank == 0 and not (obj.get("headline") or obj.get("articleBody")):
            rank = 1
        if rank < best_rank:
            best, best_rank = obj, rank
    if best is not None:
        best = dict(best)
        best["__graph__"] = objects  # for resolving {"@id": ...} references
    return best


def ld_resolve(ld: JsonObject, value: Any) -> Any:
    """Follow a bare ``{"@id": ...}`` reference to its object in the same graph."""
    if isinstance(value, dict) and set(value) == {"@id"}:
        for obj in ld.get("__graph__", ()):
            if obj.get("@id") == value["@id"] and len(obj) > 1:
                return obj
    return value


def ld_strings(ld: JsonObject | None, key: str) -> list[str]:
    """The string values of ``key``: a string, a list of them, or objects' names."""
    if ld is None:
        return []
    value = ld_resolve(ld, ld.get(key))
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        item = ld_resolve(ld, item)
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            out.append(str(item))
        elif isinstance(item, dict):
            for sub in ("name", "@value", "url", "contentUrl"):
                if isinstance(item.get(sub), str):
                    out.append(item[sub])
                    break
    return [s for s in (clean_text(html.unescape(s)) for s in out) if s]


def ld_article_body(ld: JsonObject | None) -> str | None:
    """JSON-LD ``articleBody`` with its line breaks (paragraphs) kept."""
    value = ld.get("articleBody") if ld is not None else None
    if isinstance(value, list):
        value = "\n\n".join(v for v in value if isinstance(v, str))
    if not isinstance(value, str):
        return None
    lines = (" ".join(line.split()) for line in html.unescape(value).splitlines())
    return "\n".join(line for line in lines if line) or None


def dedupe(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


NO_VALUE = frozenset({"null", "none", "undefined", "nan", "false"})


def base_url(root: HtmlElement, url: str | None) -> str | None:
    """The URL relative links are relative to: ``<base href>`` joined to the page's URL."""
    base = root.find(".//base[@href]")
    if base is not None:
        href = (base.get("href") or "").strip()
        return urljoin(url, href) if url else (href if "://" in href else None)
    return url


def absolute(link: str | None, base: str | None) -> str | None:
    if not link:
        return None
    link = link.strip()
    if base and not link.startswith(("http://", "https://", "data:")):
        return urljoin(base, link)
    return link


def is_url(text: str) -> bool:
    return bool(re.match(r"^(?:https?:)?//|^www\.", text.strip(), re.I))


def text_of(el: HtmlElement | None) -> str:
    return el.text_content() if el is not None else ""


def first_of(values: list[str]) -> str | None:
    return values[0] if values else None


def clean_text(text: str | None) -> str | None:
    """Collapse whitespace; ``None`` for nothing."""
    if text is None:
        return None
    out = " ".join(text.split())
    return out or None


def word_count(text: str) -> int:
    return len(text.split())
