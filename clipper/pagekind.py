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

from .models import Article


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


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.I)


RULES: tuple[Rule, ...] = (
    Rule(
        "bot-check",
        "a bot check",
        _rx(
            r"just a moment\.\.\.|checking (?:if the site connection is secure|your browser)",
            r"attention required!? \| cloudflare|cf-(?:browser-verification|challenge)|challenge-platform",
            r"verify(?:ing)? (?:that )?you are (?:a )?human|are you a robot\??|i'?m not a robot",
            r"please complete the security check|press (?:&amp; |& )?hold to confirm",
            r"ddos protection by|access to this page has been denied|px-captcha|g-recaptcha|h-captcha",
            r"enable javascript and cookies to continue|unusual traffic from your computer",
        ),
        150,
    ),
    Rule(
        "consent-wall",
        "a cookie or consent wall",
        _rx(
            r"before you continue to \w+|we value your privacy|consent\.(?:google|yahoo)\.com",
            r"(?:accept|agree to) (?:all )?cookies to (?:continue|access|view)",
            r"manage (?:cookie )?(?:settings|preferences).{0,80}(?:accept|reject) all",
        ),
        120,
    ),
    Rule(
        "login-wall",
        "a sign-in page",
        _rx(
            r"(?:sign|log) ?in to (?:continue|read|view|access)|you (?:must|need to) (?:be )?(?:logged|signed) in",
            r"please (?:log|sign) ?in to",
            r'type=["\']?password',
        ),
        120,
    ),
    Rule(
        "paywall",
        "a paywall teaser",
        _rx(
            r"subscribe (?:now )?to (?:continue|keep) reading|to continue reading,? (?:please )?(?:subscribe|log in|sign in)",
            r"this (?:article|story|content) is (?:only )?(?:available |reserved )?(?:for|to) (?:paying )?subscribers",
            r"already a subscriber\?|subscribers? only|become a (?:member|subscriber) to (?:read|continue)",
            r"abonnieren sie|réservé aux abonnés|solo para suscriptores|会員限定|有料会員|подписк[аеу] (?:для|чтобы)",
        ),
        250,
    ),
    Rule(
        "needs-javascript",
        "an empty page that needs JavaScript",
        _rx(
            r"(?:you need to |please )?enable javascript to (?:run|view|use) this (?:app|site|page)",
            r"this (?:site|page|app) requires javascript|javascript is (?:disabled|required)",
            r"<div id=[\"'](?:root|app|__next)[\"']>\s*</div>",
        ),
        60,
    ),
)

# An index of headlines: many links, little prose that isn't a link.
INDEX_MIN_LINKS = 60
INDEX_MAX_WORDS = 150
_LINK = re.compile(r"<a\s[^>]*href", re.I)


def not_an_article(page_text: str, article: Article) -> Verdict | None:
    """The reason a page is not an article, or None when it is one."""
    words = article.word_count
    head = page_text[:300_000]
    for rule in RULES:
        if words <= rule.max_words and rule.pattern.search(head):
            return Verdict(rule.label, rule.description)
    many_links = article.kind == "html" and len(_LINK.findall(head)) >= INDEX_MIN_LINKS
    if words < INDEX_MAX_WORDS and many_links:
        return Verdict("index", "an index of headlines")
    return None
