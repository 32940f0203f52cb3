"""URL identity: what counts as a URL, and the one canonical form a clipping is stored under.

Pure functions: no network, no DNS. Two links to the same article (one with
``?utm_source=twitter``, one with ``#comments``, one with an upper-case host)
canonicalise to the same string so the archive doesn't store it twice; a page
that names its own ``rel=canonical`` on the same site (``www.`` or not) is
stored under that address.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, unquote_plus, urljoin, urlsplit, urlunsplit

from clipper.errors import UsageError

SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}

# Query parameters that identify the click, not the page. Matched case-insensitively.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "li_fat_id",
        "igshid",
        "igsh",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "__hssc",
        "__hstc",
        "__hsfp",
        "hsctatracking",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "vero_conv",
        "wickedid",
        "rb_clickid",
        "s_cid",
        "ref_src",
        "ref_url",
        "cmpid",
        "ncid",
        "sr_share",
        "spm",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "matomo_")

# Second-level labels under which a country TLD sells names (example.co.uk),
# so "registrable host" works without shipping the Public Suffix List.
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go", "gob"})

# Hosting platforms that give each user a subdomain: there, alice.substack.com
# and bob.substack.com are different sites (the Public Suffix List's private part).
SHARED_HOSTING = (
    "appspot.com",
    "blogspot.com",
    "github.io",
    "gitlab.io",
    "herokuapp.com",
    "medium.com",
    "neocities.org",
    "netlify.app",
    "pages.dev",
    "substack.com",
    "tumblr.com",
    "vercel.app",
    "wordpress.com",
)

_HOST_LABEL = re.compile(r"^(?!-)[\w-]{1,63}(?<!-)$", re.UNICODE)


def is_url(s: str) -> bool:
    """True for an absolute http(s) URL with a host; anything else is a path or junk."""
    try:
        parts = urlsplit(s.strip())
        port = parts.port  # raises ValueError for a non-numeric or out-of-range port
    except ValueError:
        return False
    return parts.scheme.lower() in SCHEMES and _valid_host(parts.hostname) and port != 0


def check_url(s: str) -> str:
    """Return the URL without surrounding whitespace, or raise UsageError saying what is wrong."""
    url = s.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        raise UsageError(f"{s!r} is not a valid URL. Check it and try again.") from None
    scheme = parts.scheme.lower()
    if scheme == "file":
        raise UsageError(f"clipper doesn't fetch file: URLs ({url}). Give the file's path instead.")
    if scheme and scheme not in SCHEMES and (parts.netloc or not _looks_like_host_port(url)):
        raise UsageError(
            f"clipper fetches only http:// and https:// URLs, not {scheme}: ({_short(url)})."
        )
    if scheme and not parts.netloc and url.lower().startswith(f"{scheme}://"):
        raise UsageError(f"{url} has no host name. Check the URL and try again.")
    if not scheme or not parts.netloc:
        raise UsageError(
            f"{_short(url)!r} is not a full URL. "
            f"Add the scheme, e.g. https://{url.removeprefix('//')}"
        )
    try:
        port = parts.port
    except ValueError:
        raise UsageError(f"{url} has an invalid port. Check the URL and try again.") from None
    if not _valid_host(parts.hostname):
        raise UsageError(f"{url} has no valid host name. Check the URL and try again.")
    if port == 0:
        raise UsageError(f"{url} has an invalid port. Check the URL and try again.")
    return url


def canonical_url(url: str, page_canonical: str | None = None) -> str:
    """The form a clipping's URL is stored and compared under.

    Lower-cases scheme and host, drops credentials, the default port, the
    fragment and tracking parameters (keeping the others in order), and gives
    an empty path as "/". When the page names its own ``rel=canonical`` URL on
    the same site (``www.`` and subdomains aside), that URL is used instead,
    resolved against ``url``; a canonical pointing at another site, or one that
    isn't an http(s) URL, is ignored.
    """
    base = url.strip()
    if page_canonical and page_canonical.strip():
        try:
            candidate = urljoin(base, page_canonical.strip())
        except ValueError:  # the page's markup is untrusted: "http://[::1" and worse
            candidate = ""
        if is_url(candidate) and same_site(base, candidate):
            base = candidate
    try:
        parts = urlsplit(base)
    except ValueError:
        return base
    return urlunsplit(_normalise(parts))


def same_site(a: str, b: str) -> bool:
    """True when two URLs are on the same registrable domain (www. and subdomains aside)."""
    try:
        host_a, host_b = urlsplit(a).hostname, urlsplit(b).hostname
    except ValueError:
        return False
    if not host_a or not host_b:
        return False
    return registrable_domain(host_a) == registrable_domain(host_b)


def registrable_domain(host: str) -> str:
    """An approximation of the registrable domain: example.com for news.example.com.

    Without the Public Suffix List this knows only the common ccTLD second
    levels (co.uk, com.au, ne.jp …) and the big platforms in SHARED_HOSTING;
    any other platform's users' subdomains count as one site.
    """
    host = host.lower().rstrip(".")
    if _is_ip(host):
        return host
    labels = host.split(".")
    shared = host.endswith(tuple("." + suffix for suffix in SHARED_HOSTING))
    country = len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL
    return ".".join(labels[-3:] if shared or country else labels[-2:])


def _normalise(parts: SplitResult) -> tuple[str, str, str, str, str]:
    scheme = parts.scheme.lower()
    netloc = _netloc(parts, scheme)
    path = parts.path or "/"
    query = "&".join(p for p in parts.query.split("&") if p and not _is_tracking(p))
    return scheme, netloc, path, query, ""


def _netloc(parts: SplitResult, scheme: str) -> str:
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:  # IPv6 literal: hostname drops the brackets
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    # user:password@ is dropped too: it isn't part of the page's identity and
    # mustn't end up stored in the archive.
    return host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"


def _is_tracking(param: str) -> bool:
    name = unquote_plus(param.partition("=")[0]).strip().lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def _valid_host(host: str | None) -> bool:
    if not host:
        return False
    host = host.rstrip(".")
    if _is_ip(host):
        return True
    return bool(host) and all(_HOST_LABEL.match(label) for label in host.split("."))


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _looks_like_host_port(s: str) -> bool:
    # "example.com:8080/page" parses as scheme "example.com"; that's a URL missing its scheme.
    return bool(re.match(r"^[\w.-]+\.[a-z]{2,}:\d+(/|$)", s, re.I))


def _short(s: str, limit: int = 80) -> str:
    return s if len(s) <= limit else s[: limit - 1] + "…"
