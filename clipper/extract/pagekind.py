"""Tell pages that are not articles from articles (pure; rules as data).

A fetch can succeed and still bring back no article: a bot check, a login or
consent wall, a paywall teaser, an empty shell that needs JavaScript, or an
index of headlines. Each rule below pairs phrases such a page shows with a
ceiling on how much article text was extracted: a real article that happens
to mention "captcha" or "subscribe" has far more text than the wall does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clipper.models import Article


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why a page is not an article, in words for the user."""

    label: str  # stored with a clipping kept with --force
    description: str  # "a bot check", used in "looks like a bot check"


@dataclass(frozen=True, slots=True)
class Rule:
    label: str
    description: str
    pattern: re.Pattern[str]
    max_words: int  # only pages with at most this much article text match
    # Where to look: "page" (the raw page) for markers only such pages carry,
    # "text" (the extracted title and text) for phrases that a banner on an
    # ordinary article page could also show.
    where: str = "page"


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.I)


RULES: tuple[Rule, ...] = (
    Rule(
        "bot-check",
        "a bot check",
        _rx(
            r"<title>\s*just a moment\.\.\.|checking (?:if the site connection is secure|your browser before)",
            r"attention required!? \| cloudflare|cf-browser-verification",
            r"verify(?:ing)? (?:that )?you are (?:a )?human|are you a robot\?",
            r"please complete the security check|press (?:&amp; |& )?hold to confirm you are",
            r"ddos protection by|access to this page has been denied|px-captcha",
            r"enable javascript and cookies to continue|unusual traffic from your computer network",
        ),
        150,
    ),
    Rule(
        "consent-wall",
        "a cookie or consent wall",
        _rx(
            r"before you continue to \w+|we value your privacy|consent\.(?:google|yahoo)\.com",
            r"(?:accept|agree to) (?:all )?cookies to (?:continue|access|view)",
        ),
        120,
        where="text",
    ),
    Rule(
        "login-wall",
        "a sign-in page",
        _rx(
            r"(?:sign|log) ?in to (?:continue|read|view|access)|you (?:must|need to) (?:be )?(?:logged|signed) in",
            r"please (?:log|sign) ?in to",
        ),
        120,
        where="text",
    ),
    Rule(
        "paywall",
        "a paywall teaser",
        _rx(
            r"subscribe (?:now )?to (?:continue|keep) reading|to continue reading,? (?:please )?(?:subscribe|log in|sign in)",
            r"this (?:article|story|content) is (?:only )?(?:available |reserved )?(?:for|to) (?:paying )?subscribers",
            r"become a (?:member|subscriber) to (?:read|continue)",
            r"réservé aux abonnés|solo para suscriptores|会員限定|有料会員限定",
        ),
        250,
    ),
    Rule(
        "needs-javascript",
        "an empty page that needs JavaScript",
        _rx(
            r"(?:you need to |please )?enable javascript to (?:run|view|use) this (?:app|site|page)",
            r"this (?:site|page|app) requires javascript",
            r"<div id=[\"'](?:root|app|__next)[\"']>\s*</div>",
        ),
        60,
    ),
)

TINY_WORDS = 30

# An index of headlines: little article text, and a great many links whose
# text reads like a headline (menus and footers have short link texts, so an
# ordinary article page in its site's chrome doesn't count).
INDEX_MIN_HEADLINE_LINKS = 40
INDEX_MAX_WORDS = 150
HEADLINE_LINK_MIN_WORDS = 4
_LINK_TEXT = re.compile(r"<a\s[^>]*href[^>]*>(.*?)</a>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def _headline_links(page: str) -> int:
    return sum(
        1
        for inner in _LINK_TEXT.findall(page)
        if len(_TAG.sub(" ", inner).split()) >= HEADLINE_LINK_MIN_WORDS
    )


def not_an_article(page_text: str, article: Article) -> Verdict | None:
    """The reason a page is not an article, or None when it is one."""
    words = article.word_count
    head = page_text[:300_000]
    extracted = f"{article.title or ''}\n{article.text}"
    for rule in RULES:
        # With next to no article text there is nothing a banner could be
        # mistaken beside: read the whole page.
        haystack = head if rule.where == "page" or words <= TINY_WORDS else extracted
        if words <= rule.max_words and rule.pattern.search(haystack):
            return Verdict(rule.label, rule.description)
    if (
        article.kind == "html"
        and words < INDEX_MAX_WORDS
        and _headline_links(head) >= INDEX_MIN_HEADLINE_LINKS
    ):
        return Verdict("index", "an index of headlines")
    return None
