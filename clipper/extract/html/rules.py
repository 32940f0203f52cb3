"""Rules as data for the HTML extract stage.

Everything the extractor and the metadata reader *recognise* lives here:
class/id patterns that mark site furniture, boilerplate phrases in several
languages, the words that surround a byline, the meta keys read for each
metadata field and their precedence. The code in ``extract.py`` and
``metadata.py`` only applies these rules; to teach clipper a new site habit,
add to a tuple here (and a fixture under ``tests/fixtures/html/``).

All values are immutable (tuples, frozensets, compiled patterns).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from clipper.extract import lexicon
from clipper.extract.firstchar import FirstChar

# --- Site furniture recognised by class / id -------------------------------
#
# Matched against each *token* of an element's class and id (split on
# whitespace, "-" and "_", lower-cased), so "share" matches ``share-bar`` and
# ``post_share`` but not ``shared-state``. A whole-token match keeps false
# positives low: real article wrappers are called "article-body", "content",
# "story", never "newsletter".
BOILERPLATE_TOKENS: frozenset[str] = frozenset(
    {
        # sharing and social widgets
        "share",
        "shares",
        "sharing",
        "sharebar",
        "sharetools",
        "social",
        "socialbar",
        "addthis",
        "sharethis",
        "sharedaddy",
        # newsletters, subscriptions, paywall prompts
        "newsletter",
        "newsletters",
        "subscribe",
        "subscription",
        "signup",
        "paywall",
        "regwall",
        # advertising
        "ad",
        "ads",
        "adv",
        "advert",
        "advertisement",
        "advertising",
        "adslot",
        "adunit",
        "dfp",
        "sponsor",
        "sponsored",
        "affiliate",  # a shopping box: a product, its price link, the commission note
        "promo",
        "outbrain",
        "taboola",
        # related / more / teasers
        "related",
        "relatedposts",
        "relatedpost",
        "relatedarticles",
        "recommended",
        "recommendations",
        "readmore",
        "more-stories",
        "morestories",
        "trending",
        "mostread",
        "mostpopular",
        # comments
        "comment",
        "comments",
        "disqus",
        # author boxes, bios
        "bio",
        "authorbio",
        "author-box",
        "authorbox",
        "about-author",
        "saboxplugin",
        # consent and pop-ups
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "popup",
        # navigation furniture
        # a post's tag list
        "tags",
        "tagcloud",
        "breadcrumb",
        "breadcrumbs",
        "pagination",
        "pager",
        "toolbar",
        "skiplink",
        "visually-hidden",
        "sr-only",
        "screen-reader-text",
        "print-only",
        "credit",
        "credits",
        # the same furniture named in other languages
        "partage",
        "partager",
        "commentaires",
        "pub",
        "publicite",
        "teilen",
        "kommentare",
        "werbung",
        "anzeige",
        "compartir",
        "comentarios",
        "publicidad",
        "condividi",
        "commenti",
        "pubblicita",
        "compartilhar",
        "publicidade",
        # ...and in more languages, as sites' own templates name them (knowledge of the
        # languages, not of any site): related stories, comments, advertising, sharing
        "relacionadas",  # es, pt
        "relacionados",
        "correlati",  # it
        "correlate",
        "connexes",  # fr
        "gerelateerd",  # nl
        "powiazane",  # pl
        "souvisejici",  # cs
        "komentarze",  # pl
        "komentare",  # cs, sk
        "komentari",  # hr, sr, sl
        "kommentarer",  # sv, da, no
        "reacties",  # nl
        "kommentit",  # fi
        "yorumlar",  # tr
        "comentarii",  # ro
        "hozzaszolasok",  # hu
        "kapcsolodo",  # hu "kapcsolódó": related
        "reklama",  # pl, cs, sk, ru
        "reklame",  # da, no
        "reklam",  # tr, sv
        "mainos",  # fi
        "advertentie",  # nl
        "publicitate",  # ro
        "hirdetes",  # hu
        "udostepnij",  # pl
        "compartilhe",  # pt
        "partilhar",  # pt-PT
        "condivisione",  # it
        "paylas",  # tr
        "meistgelesen",  # de
        # "recommended" boxes in more languages
        "recomendaciones",  # es
        "recomendados",  # es, pt
        "recomendadas",
        "recomendacoes",  # pt "recomendações"
        "consigliati",  # it
        "recommandes",  # fr "recommandés"
        "empfehlungen",  # de
        "aanbevolen",  # nl
        "polecane",  # pl
        # the site's name or logo set as text at the page's head, never the article's
        "brand",
        "logo",
    }
)

# What a state class says of an element, not what the element is ("has-sharing": a
# header with share buttons in it): such tokens are left out before the names are
# read. A BEM modifier ("box--newsletter") and a script hook ("js-related-posts")
# are read: they name the block's kind as often as its layout.
STATE_PREFIXES: tuple[str, ...] = ("has-", "with-")
# Class and id names are remembered across pages (a process-wide cache) only when
# shorter than this: a hostile page's megabyte-long names are worked out each time.
CACHED_NAME_MAX_CHARS = 200
# Links made absolute are remembered likewise, page address and link together shorter than this.
CACHED_LINK_MAX_CHARS = 1000

# Multi-token names matched as substrings of the whole class/id string.
BOILERPLATE_SUBSTRINGS: tuple[str, ...] = (
    "share-",
    "social-",
    "newsletter",
    "related-",
    "read-more",
    "more-from",
    "author-bio",
    "author-info",
    "about-the-author",
    "comment-list",
    "comments-",
    "cookie-",
    "-promo",
    "promo-",
    "advert",
    "sign-up",
    "signup-",
    "subscribe-",
    "inline-ad",
    "ad-container",
    "ad-slot",
    "ad-wrapper",
    "lire-aussi",
    "articles-lies",
    "mehr-zum-thema",
    "noticias-relacionadas",
    "leggi-anche",
    # "read also", "most read" and author boxes in more languages
    "leia-tambem",
    "veja-tambem",
    "lea-tambien",
    "lee-tambien",
    "lesen-sie-auch",
    "lees-ook",
    "czytaj-takze",
    "czytaj-rowniez",
    "zobacz-takze",
    "zobacz-rowniez",
    "citeste-si",
    "procitajte-jos",
    "procitajte-i",  # hr, sr "pročitajte i"
    "procitajte-takoder",
    "procitajte-vise",
    "mais-lidas",
    "mais-lidos",
    "mas-leidas",
    "mas-leidos",
    "mas-vistas",
    "piu-letti",
    "piu-lette",
    "plus-lus",
    "meest-gelezen",
    "bio-autor",
    "autor-bio",
    "sobre-o-autor",
    "sobre-el-autor",
    "ueber-den-autor",
    "autorenbox",
)

# Modules whose name says what they are, and whose shape must say so too (see
# ``clean._module_reason``); a name matches as a whole class token or one ``-``/``_``
# part of it ("galeria__slide", "ArticleImage_caption__1bC2d"), lower-cased.
# A photo gallery or carousel: its slides' captions and controls, never prose.
GALLERY_TOKENS: frozenset[str] = frozenset(
    {
        "gallery",
        "galleries",
        "carousel",
        "slideshow",
        "slider",
        "swiper",
        "lightbox",
        "galeria",  # es, pt, pl
        "galerie",  # de, fr, cs
        "galleria",  # it
        "galerij",  # nl
        "fotogalerie",
        "bildergalerie",
        "fotostrecke",
        "diashow",
        "diaporama",  # fr
    }
)
# A photo's caption set in a block of its own, not a <figcaption>: it joins the
# captions, kept apart from the text.
CAPTION_TOKENS: frozenset[str] = frozenset(
    {
        "caption",
        "imagecaption",
        "photocaption",
        "didascalia",  # it
        "bildunterschrift",  # de
        "bildtext",  # de, sv
        "legende",  # fr "légende", de
        "leyenda",  # es
        "legenda",  # pt, it, pl
        "onderschrift",  # nl
        "popis",  # cs, sk
        "piefoto",  # es "pie de foto"
    }
)
CAPTION_MAX_CHARS = 300
# A dateline set apart by name ("<span class='dateline'>VELMAR, March 11 (CP) -</span>"):
# a wire story's place, date and agency, metadata the expected text leaves out. Only
# this short: a paragraph named so whole (the lead, its dateline inside) stays.
DATELINE_TOKENS: frozenset[str] = frozenset({"dateline", "ortsmarke", "ortszeile"})
DATELINE_MAX_WORDS = 10
DATELINE_INLINE_TAGS: tuple[str, ...] = ("span", "strong", "b", "em", "small")
CAPTION_BLOCK_TAGS: frozenset[str] = frozenset({"p", "div"})
GALLERY_PICTURE_TAGS: tuple[str, ...] = ("img", "picture", "amp-img")
GALLERY_CAPTION_TAGS: tuple[str, ...] = ("p", "div", "figcaption", "span", "li")
GALLERY_CAPTION_MIN_WORDS = 4
# ...but a carousel of steps (a recipe's, a how-to's: a picture and a paragraph per
# slide) is the text: at least GALLERY_PROSE_MIN_SLIDES paragraphs, most of the slides'
# paragraphs, each a sentence of GALLERY_PROSE_MIN_WORDS words or more (a caption is
# a shorter line), carrying no photo credit and not repeating a picture's alt text.
GALLERY_PROSE_MIN_SLIDES = 2
GALLERY_PROSE_MIN_WORDS = 10
GALLERY_REASON = "furniture: photo gallery"
# A gallery's slides that count themselves ("1/50", "2 of 50"; clipper.extract.html.modules):
# this many counters or more, one total, stepping by one, beside this much of the block's
# text outside the gallery.
SLIDE_COUNTER = re.compile(r"(?P<k>\d{1,3})\s*(?:/|of|von|de|di|sur|z|из|з)\s*(?P<n>\d{1,3})")
SLIDE_COUNTERS_MIN = 3
SLIDES_MIN_OUTSIDE_CHARS = 600
# Widgets a sports page sets in the article's column, named so and shaped so
# (clipper.extract.html.modules.drop_named_widgets): a match's score board (the teams,
# the score as an element of its own, the scorers, "Full time") and a league table
# (its header names a points column): data beside the report, not its text.
SCOREBOARD_TOKENS: frozenset[str] = frozenset(
    {
        "scoreboard",
        "scorebox",
        "scoreline",
        "livescore",
        "matchheader",
        "matchscore",
        "spielstand",  # de
        "anzeigetafel",  # de
        "marcador",  # es, pt-PT
        "placar",  # pt-BR
        "tabellone",  # it
        "rezultat",  # hr, sr, sl
        "wynik",  # pl
    }
)
SCOREBOARD_SCORE = re.compile(r"\(?\d{1,3}\s?[:–-]\s?\d{1,3}\)?")
SCOREBOARD_MAX_CHARS = 300
STANDINGS_TOKENS: frozenset[str] = frozenset(
    {
        "standings",
        "leaguetable",
        "tabelle",  # de
        "tabellen",
        "ligatabelle",
        "classement",  # fr
        "clasificacion",  # es
        "posiciones",  # es "tabla de posiciones"
        "classifica",  # it
        "klassement",  # nl
        "stand",  # nl "de stand"
        "tablica",  # hr
        "tabela",  # pt, pl, sr
        "tabulka",  # cs, sk
    }
)
# a league table's points column, as its header cell names it
STANDINGS_POINTS = re.compile(
    r"(?:pkt|pkte|punkte|pts|points|pt|puntos|pontos|punti|bodovi|bod|body|poeng"
    r"|poäng|point|punten|ptn)\.?",
    re.I,
)
# A marker of paid content named so ("<span class='plus-badge'>LB+</span>",
# "Abonnés", "Prenumerant"): a badge of a few words standing alone, before the text
# the page let show. (The paywall's box is furniture by its name: BOILERPLATE_TOKENS.)
PREMIUM_TOKENS: frozenset[str] = frozenset(
    {"plus", "premium", "paid", "abo", "subscriber", "subscribers", "abonnent", "abonnes"}
)
PREMIUM_TAGS: tuple[str, ...] = ("span", "div", "small", "strong", "b", "em", "i", "mark", "p")
PREMIUM_MAX_WORDS = 3
PREMIUM_MAX_CHARS = 24
# A reader poll: a question, its answers as buttons or inputs, a count of votes.
POLL_TOKENS: frozenset[str] = frozenset(
    {"poll", "polls", "umfrage", "sondage", "encuesta", "enquete", "sondaggio", "ankieta", "voting"}
)
POLL_ANSWER_TAGS: tuple[str, ...] = ("button", "input", "label", "select")
POLL_COUNT_TAGS: tuple[str, ...] = ("p", "span", "div", "small", "strong")
POLL_VOTES = re.compile(
    r"(?:total:?\s*)?\d[\d.,\u00a0\u202f ]*\s*(?:votes?|stimmen|votos?|voti|voix|stemmen|"
    r"g\u0142os(?:y|\u00f3w)?|hlas\u016f|r\u00f6ster)\.?$",
    re.I,
)

# A fact sheet beside the text: a match's score, scorers, line-ups, referee and ground
# ("Goles: … Árbitro: … Estadio: …"), the box score, a recipe's "ficha" (time, yield);
# data the text tells in sentences or sets apart. Named so, in the sports desks'
# languages: a whole token or one ``-``/``_`` part of it ("ficha-tecnica", "scoreboard").
FACT_SHEET_TOKENS: frozenset[str] = frozenset(
    {
        "boxscore",
        "matchfacts",
        "matchinfo",
        "lineups",
        "ficha",  # es "ficha (técnica)", pt "ficha do jogo"
        "sintesis",  # es (Argentina) "síntesis"
        "spielinfo",  # de
        "spieldaten",
        "aufstellung",
        "aufstellungen",
        "opstellingen",  # nl
        "tabellino",  # it
    }
)
# ...and shaped as such: no line of prose longer than a caption, and short
# (a page of statistics named so is the article).
FACT_SHEET_MAX_CHARS = 600
FACT_SHEET_REASON = "furniture: fact sheet"

# Tokens that protect an element from the rules above even when it also
# carries a furniture token ("article-body comments-enabled").
CONTENT_TOKENS: frozenset[str] = frozenset(
    {"article", "articlebody", "article-body", "story", "post-content", "entry-content", "main"}
)

# Landmark roles and tags that are never article text.
BOILERPLATE_ROLES: frozenset[str] = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
)
# An element with one of these roles is a control, furniture when its label is short
# ("Bild anzeigen Bild schließen", "Show more"): longer, or in a heading or holding one,
# it may be an accordion's question that the answer under it needs
# (clipper.extract.html.clean).
CONTROL_ROLES: frozenset[str] = frozenset({"button"})
CONTROL_MAX_CHARS = 40  # non-blank characters
FURNITURE_TAGS: tuple[str, ...] = (
    "nav",
    "aside",
    "footer",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "noscript",
    "template",
    "dialog",
)

# --- Where the article usually is ---------------------------------------------
#
# Semantic containers tried when readability returns much less text than
# they hold (readability sometimes drops link-heavy lists or picks a teaser).
ARTICLE_CONTAINERS: str = (
    "//*[@itemprop='articleBody'] | //article | //main | //*[@role='main']"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' post-content ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' article-body ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' article-content ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' story-body ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' post-body ')]"
)
# The fallback replaces readability's block only when the container's prose is
# this many times longer, and its cleaned text still this many times longer.
FALLBACK_PROSE_RATIO = 3.0
FALLBACK_CLEAN_RATIO = 2.0
FALLBACK_COVER = 0.9  # and must hold this share of readability's words
FALLBACK_MIN_CHARS = 500
FALLBACK_SHORT_BODY = 800  # only when readability's text is shorter than this

# The second body candidate (trafilatura's extractor, see candidates.py) against
# readability's. JSON-LD articleBody decides when the page has one this long and
# one candidate holds this much more of its words. Otherwise a candidate this much
# longer than the other wins; between the two ratios (the same article told at
# about the same length) the one with more prose wins: paragraphs of at least
# CANDIDATE_PROSE_CHARS that end a sentence.
# Markup in an articleBody: the page put the body's HTML there, not its text.
LD_MARKUP = re.compile(
    # [^<>]: each try stops at the next "<" (with [^>] a text of unclosed "<a "
    # made every try read to its end: time in the square of its length)
    r"</?(?:p|div|br|span|a|h[1-6]|strong|em|b|i|ul|ol|li|blockquote|figure|img)\b[^<>]*>",
    re.I,
)
CANDIDATE_LD_MIN_CHARS = 300
CANDIDATE_LD_MARGIN = 0.1
CANDIDATE_LONGER = 1.2
CANDIDATE_SHORTER = 0.8
CANDIDATE_PROSE_CHARS = 80
CANDIDATE_PROSE_MAX_CHARS = 1500
# Of two about as long, trafilatura's wins on prose only with more than this share
# more of it: a paragraph or two more (a notice, a teaser) is the same article.
# The trade-off: when readability's block lacks one short real paragraph (under
# this share of the prose), that paragraph is lost with trafilatura's candidate.
CANDIDATE_PROSE_TIE = 0.02
# ...nor a shorter trafilatura candidate lacking this many of readability's subheadings
# (a live blog's post headings, a key-points box): its prose more is a paragraph or so.
CANDIDATE_LOST_HEADINGS = 3
# ...but not trafilatura's when it has fewer than 1/CANDIDATE_FLATTENED of
# readability's paragraphs and a longest one this many times longer: the same
# text run together into a few lines.
CANDIDATE_FLATTENED = 2
# trafilatura's candidate is set aside when more than this share of its text is
# the page's link texts (those of at least CANDIDATE_LINK_MIN_CHARS; the first
# CANDIDATE_MAX_LINKS links are looked at, so a page of links costs bounded time).
CANDIDATE_MAX_LINKED = 0.7
# trafilatura (the body candidate, its author rules) reads pages of up to this many
# elements; above it, readability's candidate alone: real articles stay far below
# (the largest of the 597 corpus pages has about 10,000), and a page of 60,000
# paragraphs would take twice as long for nothing.
CANDIDATE_MAX_ELEMENTS = 25_000
CANDIDATE_MIN_CHARS = 100  # and it has at least this much text
CANDIDATE_LINK_MIN_CHARS = 12
CANDIDATE_MAX_LINKS = 3000
SENTENCE_END = re.compile(r"[.!?:;…。！？」”\"')]$")

# Removed from the page (once its metadata is read) before either extractor sees
# it: never article text (trafilatura deletes them as well, and clipper's furniture
# rules drop them from what either candidate keeps), and scripts and styles are
# often most of a page's bytes; without sidebars, footers, forms and <head>
# the extractors have a fifth less page to copy and score.
PRE_READABILITY_DROP: tuple[str, ...] = (
    "head",
    "aside",
    "footer",
    "form",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "iframe",
    "button",
    "select",
    "textarea",
    "link",
    # ruby annotations: the reading set above a word (furigana), not text of its
    # own; kept, it runs into the word it annotates (子こども)
    "rt",
    "rp",
)

# The first <h1> inside the article wins over a metadata title that holds it
# with more around it (a kicker, a site part) when it has this many words and
# this share of the title's length.
TITLE_ARTICLE_H1 = "//article//h1 | //main//h1"
TITLE_H1_MIN_WORDS = 3
TITLE_H1_MIN_SHARE = 0.3
# Marks of a heading's markup that are not its text: soft hyphens, zero-width spaces,
# word joiners, byte-order marks (zero-width joiners go only where they join nothing:
# inside a word they are its spelling).
TITLE_INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"
# ...and elements inside a heading that are no part of its text as shown: styles,
# scripts, and ruby's reading aids (the kana above kanji in Japanese headlines).
TITLE_NOT_SHOWN_TAGS: tuple[str, ...] = ("style", "script", "rt", "rp")
# A <h1> that opens with an element of at most this many words, then more text,
# opens with a kicker ("<span>Corona-Pandemie</span> Es kommt darauf an"); what
# separates the two is dropped from the headline.
TITLE_KICKER_MAX_WORDS = 5
TITLE_KICKER_PUNCTUATION = " -–—:|·•/"
# The hAtom microformat's headline of a blog post or an entry: the one element
# with this class (in <h1> to <h3>) gives the title the page shows.
TITLE_ENTRY_CLASS = "entry-title"
TITLE_ENTRY_TAGS: tuple[str, ...] = ("h1", "h2", "h3")
# A page's single <h1> stands in for a title that is only the site's name when
# it has at least this many words (one word is a logo or a section name).
TITLE_H1_MIN_WORDS_ALONE = 2

# A dropped element above is kept when the article is inside it: broken markup
# (an unclosed <li> in the menu) can make the parser nest the whole page in <nav>.
DROP_UNLESS_ARTICLE_INSIDE: frozenset[str] = frozenset({"nav", "aside", "footer", "form"})
# ...and these when they hold at least this share of the page's paragraph text:
# that is where the page put its article (a sidebar holds a little of it; an
# ASP.NET page wraps all of itself in one <form>).
DROP_UNLESS_MOST_PROSE_INSIDE: frozenset[str] = frozenset({"aside", "footer", "form"})
SIDE_ARTICLE_PROSE_SHARE = 0.5
ARTICLE_INSIDE = ".//article | .//main | .//*[@itemprop='articleBody']"
# Overlays (a consent wall, a sign-in or newsletter modal: a dialog by its role, its
# aria-modal or its tag) are dropped from the page before trafilatura reads it, unless
# one holds more paragraph text than this (or half the page's): a story set in a modal.
OVERLAY_XPATH = ".//*[@role='dialog' or @role='alertdialog' or @aria-modal='true'] | .//dialog"
OVERLAY_MAX_PROSE = 1200
# readability keeps a code block's wrappers (a highlighter's <div>, a copy button's)
# that hold little more than their <pre>: at most this many characters besides it.
CODE_WRAPPER_TAGS: frozenset[str] = frozenset({"div", "section", "table"})
CODE_WRAPPER_EXTRA_CHARS = 80
# Blocks named as furniture are dropped from the page before trafilatura reads it
# (its rebuilt HTML loses the names): these containers only.
NAMED_FURNITURE_TAGS: tuple[str, ...] = ("div", "section", "ul", "ol", "dl", "table")
# ... and only when its shape says furniture too: this share of its text is link
# text, or it holds less paragraph text than this; never one of this many or more
# same-named siblings holding paragraphs (a listicle's items).
NAMED_FURNITURE_LINK_DENSITY = 0.5
NAMED_FURNITURE_MAX_PROSE = 200
LISTICLE_MIN_ITEMS = 3
# A <noscript> with this much paragraph text is the page a browser without
# JavaScript shows (some sites wrap their whole page in one), not a notice.
NOSCRIPT_PAGE_MIN_CHARS = 500
# Scripts whose text is HTML the page shows (a blog post's body written in by a
# script); their HTML goes into the page before extraction.
TEMPLATE_SCRIPT_TYPES: frozenset[str] = frozenset({"text/template", "text/x-template"})
# ...when their text is markup: a template holding JSON (a component's data, its
# captions written as escaped HTML) or code (a consent manager's held-back script)
# is for a script, not the reader. These wrappers around the text are set aside first.
TEMPLATE_WRAPPERS: tuple[tuple[str, str], ...] = (("<![CDATA[", "]]>"), ("<!--", "-->"))

# Lead recovery: readability sometimes keeps only the part of an article
# after a "read more" split or an ad slot. Paragraphs just before its block,
# up to LEAD_CLIMB levels up, are taken back when they read as prose.
LEAD_CLIMB = 3
LEAD_MIN_CHARS = 60  # a paragraph shorter than this is not taken back
LEAD_MAX_CHARS = 3000  # a lead, not another article
LEAD_MAX_LINK_DENSITY = 0.3
# A short block with a date in figures (04.05.2015, 4/5/15) is a dateline, not a lead.
NUMERIC_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}")
# Met on the way back: the headline or page furniture ends the search.
LEAD_STOP_TAGS: frozenset[str] = frozenset(
    {"h1", "header", "nav", "aside", "footer", "form", "ul", "ol", "table"}
)

# Standfirst recovery: the article's lead paragraph (a deck, an intro, an
# abstract) often sits in the page's header between the headline and the body,
# apart from the block either candidate keeps. An element named as a lead that
# stands after the last <h1> before the body's first paragraph comes back in
# front of the body when it reads as prose (the words below, as whole tokens of
# its class or id, split on whitespace, "-" and "_").
STANDFIRST_NAMES: frozenset[str] = frozenset(
    {
        "lead",
        "lede",
        "intro",
        "introtext",
        "standfirst",
        "deck",
        "dek",
        "excerpt",
        "abstract",
        "teaser",
        "teasertext",
        "summary",
        "chapo",
        "chapeau",
        "sapo",
        "entradilla",
        "sumario",
        "bajada",
        "vorspann",
        "subheadline",
    }
)
# The body's first block is found in the page among these, by its first characters.
STANDFIRST_ANCHORS: tuple[str, ...] = ("p", "h2", "h3", "h4", "li", "blockquote")
# ...or, when none starts so, one of these whose own text (before any child) does
STANDFIRST_BARE_ANCHORS: tuple[str, ...] = ("div", "section", "article", "td", "span")
# Marked as a lead by schema.org microdata (itemprop, case-folded)...
STANDFIRST_ITEMPROPS: frozenset[str] = frozenset({"description", "abstract", "alternativeheadline"})
# ...only outside any item or in an article's item (STANDFIRST_ITEM_TYPES, below).
# ...or set right under the headline, as its next element: a subheading or a
# paragraph of at least STANDFIRST_MIN_WORDS words that ends a sentence.
STANDFIRST_DECK_TAGS: frozenset[str] = frozenset({"h2", "h3", "p"})
# A headline set alone in a wrapper (``<div><h1>…</h1></div><p>deck</p>``): the
# deck is the next element after the wrapper, up this many wrappers that hold
# nothing but the headline.
DECK_HEADLINE_WRAPPERS = 3
# A subheading right under the headline is a sentence without its stop too when
# it is this long (decks in <h2> often leave the stop off; a section's heading
# is shorter)
DECK_HEADING_MIN_WORDS = 12
# It is the deck when the page's description says the same (this share of the
# deck's words is in it); otherwise only when it is no boilerplate and no notice
# of the kind set under headlines: an audio player's line, an archive warning, a
# picture credit, an affiliate note, a first-published or by-our-staff line.
DECK_DESCRIPTION_OVERLAP = 0.6
DECK_NOTICE = re.compile(
    r"\blisten to (?:this|the) (?:article|story)|\baudio version\b"
    r"|\bh(?:ö|oe)ren sie (?:diesen|den) (?:artikel|beitrag)|\b(?:é|e)couter (?:cet|l')article"
    r"|\bescucha(?:r)? (?:este|el) art(?:í|i)culo"
    r"|\bmore than (?:a|an|one|\w+) (?:years?|months?) old\b"
    r"|\b(?:mehr als|über|älter als) (?:ein|\w+) (?:jahre?|monate?) alt\b"
    r"|^(?:photos?|pictures?|images?|fotos?|bild|credits?)\s*:"
    r"|\b(?:earn|receive|get|make) (?:a )?(?:small )?commission|\bcommission (?:on|from) (?:sales|purchases)"
    r"|\baffiliate[- ]links?|\bprovision (?:erhalten|bekommen)|\b(?:une|de) commission sur"
    r"|\buna comisi(?:ó|o)n"
    r"|\b(?:first|originally) published\b|\bzuerst (?:in|im|auf|bei|erschienen)\b"
    r"|\berstmals erschienen|\bpubli(?:é|e) (?:initialement|pour la premi(?:è|e)re fois)"
    r"|\bpublicado originalmente|\bcorrect at the time of"
    r"|^(?:by|von|de|par) (?:our|unserer|unserem|notre|nuestra|nuestro) ",
    re.IGNORECASE,
)
STANDFIRST_KEY_CHARS = 40
STANDFIRST_MIN_WORDS = 8  # fewer words must end a sentence (and be at least 4)
STANDFIRST_MAX_CHARS = 1500
STANDFIRST_MAX_LINK_DENSITY = 0.3
# Not looked at inside these: furniture, and the headline's own block.
STANDFIRST_SKIP_TAGS: frozenset[str] = frozenset(
    {
        "nav",
        "aside",
        "footer",
        "form",
        "button",
        "figure",
        "figcaption",
        "a",
        "h1",
        "li",
        "ul",
        "ol",
    }
)
# ...but a list named or marked as the lead is one when it is a list of sentences
# (summary bullets under the headline): every item ends a sentence and has this
# many words at least.
STANDFIRST_LISTS: frozenset[str] = frozenset({"ul", "ol"})
STANDFIRST_LIST_ITEM_WORDS = 6
STANDFIRST_LIST_LINE_WORDS = 8  # ...or this many, without a final stop, and no links

# Gap recovery: when an article is split into several containers (sections
# between ads, a quote box, a list), readability keeps the biggest and may
# drop the ones in between. Blocks that stand between two blocks it kept,
# inside the element holding everything it kept, come back when they read
# as prose and nothing around them is named as furniture.
# (A table is a unit so that its cells aren't looked into; it never comes back.)
GAP_UNITS: frozenset[str] = frozenset(
    {"p", "pre", "blockquote", "ul", "ol", "dl", "table", "h2", "h3", "h4", "h5", "h6"}
)
# Not looked into for blocks: furniture, and figures (captions are kept apart).
GAP_SKIP_TAGS: frozenset[str] = frozenset(
    {"figure", "figcaption", "aside", "nav", "footer", "header", "form", "button", "select"}
)
# Class / id words that keep a block out even where they wouldn't mark the
# block as furniture on their own: readers' comments and replies, bios,
# bylines, teasers, credits.
GAP_SKIP_NAMES: frozenset[str] = frozenset(
    {
        "comment",
        "comments",
        "reply",
        "replies",
        "discussion",
        "bio",
        "author",
        "byline",
        "related",
        "promo",
        "newsletter",
        "share",
        "social",
        "ad",
        "ads",
        "advert",
        "sidebar",
        "meta",
        "credit",
        "caption",
    }
)
GAP_MIN_WORDS = 8  # a paragraph this long is prose; a shorter one must end a sentence
GAP_MIN_SENTENCE_WORDS = 3
GAP_LIST_ITEM_WORDS = 8  # mean words per item of a list taken back
GAP_MAX_LINK_DENSITY = 0.3
# ...a list of shorter items comes back under its label (a how-to's materials, a
# recipe's ingredients): the element right before it, at most GAP_LABEL_MAX_WORDS
# words ending in ":" (not a poll's question, GAP_POLL_LABEL); at least GAP_LABELLED_LIST_MIN_ITEMS items of at most
# GAP_LABELLED_LIST_ITEM_WORDS words, at most GAP_LABELLED_LIST_LINKED link text
GAP_LABEL_MAX_WORDS = 6
GAP_POLL_LABEL = re.compile(
    r"\b(poll|vote|survey|quiz|umfrage|abstimmung|sondage|votez|encuesta|vota|sondaggio)\b", re.I
)
GAP_LABELLED_LIST_MIN_ITEMS = 3
GAP_LABELLED_LIST_ITEM_WORDS = 12
GAP_LABELLED_LIST_LINKED = 0.1
GAP_HEADING_MAX_WORDS = 20  # a heading taken back must lead a paragraph taken back
GAP_MIN_KEY_CHARS = 25  # blocks shorter than this don't anchor the matching
GAP_KEY_CHARS = 80  # a block is matched with readability's copy by its opening
GAP_MAX_COPIES = 4  # a block kept more often than this anchors no match
GAP_MAX_BLOCKS = 500  # blocks in all the gaps together; past this, nothing comes back

# --- Boilerplate phrases -----------------------------------------------------
#
# A short block whose whole text matches one of these is furniture, in any of
# the languages listed. Matched case-insensitively against the block's text
# with whitespace collapsed; kept to whole-block patterns so that an article
# sentence mentioning "advertisement" survives.
_PHRASES: tuple[str, ...] = (
    # advertising labels
    r"advertisement|advertisements|advert|ad|ads|sponsored( content)?|anzeige|werbung"
    r"|publicité|publicidad|publicidade|pubblicità|reklama|advertentie|annons|mainos"
    r"|реклама|広告|广告",
    lexicon.ADVERTISEMENT_LABELS,  # the other languages' (lexicon.ADVERTISEMENT)
    r"(story|article|text) continues (below|after)( (the )?(advertisement|ad))?|skip (advertisement|ad)"
    r"|advertisement\W+(scroll|continue).{0,30}|(scroll|continue reading) (down|below).{0,30}",
    # an audio player's label, a reading time, a caption's label (set as text lines)
    r"(listen to (this|the) (article|story)|artikel (anhören|vorlesen( lassen)?)|écouter (cet|l')"
    r" ?article|escuchar (este|el) artículo|ascolta (questo|l')"
    r" ?articolo|ouvir (este|o) artigo|luister naar (dit|het) artikel)"
    r"( \d{1,3} ?(min|mins|minutes|minuten|minutos|minuti))?\.?",
    r"\d{1,3} ?(min|mins|minute|minutes)\.? read"
    r"|(reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura"
    r"|tempo di lettura|tempo de leitura|leestijd|czas czytania|lästid|læsetid|lukuaika)"
    r"\s?:?\s?(ca\.\s?)?\d{1,3} ?(min|mins|minute|minutes|minuten|minutos|minuti|minut|minuter"
    r"|minutter|minuuttia)\.?",
    # the other languages' (lexicon.LISTEN, READING_TIME)
    rf"(?:{lexicon.LISTEN_LABELS})( \d{{1,2}}:\d{{2}})?\W{{0,3}}",
    rf"(?:{lexicon.READING_TIME_LABELS})\s?:?\s?~?\s?\d{{1,3}}\s?(?:{lexicon.MINUTE_WORDS})?\.?"
    rf"|\d{{1,3}}\s?(?:{lexicon.MINUTE_WORDS})\s?(?:{lexicon.MINUTES_READ})",
    r"(image|media|video) (caption|source)(,.{0,80})?",
    # a video player's or playlist's label in capitals, over the clip's title ("WATCH: …",
    # "VÍDEOS: veja …", "VIDÉO. …"): the player's, not the article's
    r"(?-i:WATCH|VIDEOS?|VÍDEOS?|VIDÉOS?|ASSISTA|MIRA|REGARDEZ|GUARDA|SEHEN SIE)\s?[:.]\s.{1,150}",
    r"\(\w{1,20} (photo|foto|image)s?/[^()]{1,60}\)",
    # read more / related
    r"(read|see|view) (more|also|next|the full story)[:.…]*.*",
    r"zum thema:?",
    # the newsroom asking for tips, to itself ("us", an address): not a police appeal
    # ...after a line of its own ("We pay for your stories!", "Thank you for reading.")
    r"([^.!?]{0,60}[.!?] )?(do you )?(got|have) a (news )?(tip|story( idea)?)( for [\w .'’-]{1,60})?\?"
    r".{0,120}\b(e-?mail|call|contact|send|write"
    r"|text)\b.{0,80}(\bus\b|@).{0,120}",
    r"(more|related)( stories| articles| coverage| news| content| from [\w .]+)?:?",
    r"more( [\w'’-]+){0,3} (news|stories|articles|coverage|videos|reads)\s*:?",
    r"(related|recommended|most (read|popular|viewed|shared)|trending|top stories|"
    r"you (may|might) (also )?like|what to read next|more on this story).{0,40}",
    rf"(?:{lexicon.MOST_READ_LABELS})\W{{0,3}}",  # the other languages' (lexicon.MOST_READ)
    rf"(?:{lexicon.RECOMMENDED_LABELS})\W{{0,3}}",  # ... and lexicon.RECOMMENDED
    r"lire aussi.*|à lire aussi.*|voir aussi.*|sur le même sujet.*|lesen sie (auch|mehr).*|siehe auch.*"
    r"|mehr zum thema.*|das könnte sie auch interessieren.*|leia (também|mais).*"
    r"|lea también.*|lee también.*|te puede interesar.*|leggi anche.*|potrebbe interessarti.*"
    r"|mirá también.*|leé también.*"  # es: Rioplatense Spanish's voseo ("Mirá también …")
    r"|lees ook.*|czytaj (też|także|więcej).*|читайте также.*|相关阅读.*|関連記事.*",
    # the other languages' (lexicon.READ_ALSO), alone, before a mark, or in capitals
    rf"(?:{lexicon.READ_ALSO_LABELS})(\s*{lexicon.READ_ALSO_MARK}.{{0,200}})?\W{{0,3}}"
    rf"|(?-i:{lexicon.READ_ALSO_CAPITALS})\s.{{1,200}}",
    # sharing
    r"(share|tweet|pin|email|print|save)( (this|the) (article|story|page|post))?"
    r"( on (facebook|twitter|x|linkedin|whatsapp|reddit|email))?[:.!]?",
    r"share( this)?( on)?:?( (facebook|twitter|x|linkedin|whatsapp|reddit|email|copy link))*",
    r"(partager|teilen|compartir|condividi|compartilhar|delen|udostępnij)( (sur|auf|en|su|em))?.*",
    # the other languages' (lexicon.SHARE), a row of labels and networks' names, "Follow us"
    rf"(?:{lexicon.SHARE_LABELS}|{lexicon.SHARE_NETWORK_LABELS})\s*:?",
    rf"((?:{lexicon.SHARE_LABELS}|{lexicon.SHARE_NETWORK_LABELS}|facebook|twitter|x|whatsapp|telegram"
    rf"|linkedin|e-?mail|messenger|viber|line|kakaotalk|zalo)\s*[|/·,:]?\s*){{2,}}",
    rf"(?:{lexicon.FOLLOW_US_LABELS})(?!\w).{{0,160}}",
    r"(follow|like) us( on [\w ]+)?[.!]?",
    r"follow [\w .'’@-]{1,40}( on|:)\s*(twitter|facebook|instagram|x|linkedin|threads|bluesky)\b.{0,60}",
    r"(like|share) this:?|reuse (this )?content|order reprints\b.{0,80}",
    r"(分享到|转播到|分享至).{0,30}|\[?(责任编辑|编辑)[:：].{0,20}\]?",
    r"copy link|link copied|copied!?",
    # newsletters and subscriptions
    r"(sign up|subscribe|register)( (now|today|here|for (our|the|free)[\w ,'-]*))?[.!:]?",
    r"(get|receive) (our|the) [\w ]{0,40}newsletter.*",
    r"(abonnez-vous|abonnieren|suscríbete|iscriviti|assine|abonneer).*",
    r"already (a subscriber|have an account)\??.*",
    # the other languages' (lexicon.SUBSCRIBE, lexicon.NEWSLETTER)
    rf"(?:{lexicon.SUBSCRIBE_LABELS})(?!\w)\W{{0,3}}",
    rf"((?:{lexicon.SUBSCRIBE_LABELS})(?!\w).{{0,40}})?(?<!\w)(?:{lexicon.NEWSLETTER})(?!\w)\W{{0,3}}",
    # comments
    r"(\d+ )?(comments?|kommentare?)( \(\d+\)| insgesamt:? \d+| total:? \d+)?|(leave|post|write|add) a (comment|reply)|"
    r"show comments|view comments|join the (conversation|discussion)|"
    r"kommentare?|commentaires?|comentarios?|commenti",
    # the other languages' (lexicon.COMMENTS, lexicon.COMMENT_PROMPTS)
    # and the text stage's others (its _COMMENT_NOUN)
    rf"(\d+ )?(?:{lexicon.COMMENTS_LABELS}|comentários?|reacties|комментарии|коментарі|komentarze"
    r"|komentáře|kommentarer|kommentit|hozzászólások|comentarii|comentaris|yorumlar|komentar|σχόλια)"
    rf"( ?\(\d+\)| \d+)?|(?:{lexicon.COMMENT_PROMPT_LABELS})(?!\w).{{0,30}}",
    # the words that may mean reactions or views too, with a count only
    rf"\d+ (?:{lexicon.COMMENTS_COUNTED_LABELS})|(?:{lexicon.COMMENTS_COUNTED_LABELS}) ?(?:\(\d+\)|\d+)",
    # image credits
    r"(photo|image|picture|illustration|video|foto|bild|crédit|credit|source|quelle)s?"
    r"( credit)?\s*[:©].{0,80}",
    r"(©|\(c\)|copyright)\s.{0,80}|.{0,80}(무단\s?전재|무단\s?복제|재배포\s?금지).{0,80}",
    r"(getty images|afp|reuters|ap photo|shutterstock|istock)(/[\w .]+)?\.?",
    r"[\w .'’-]{0,40}/\s?(getty images|afp|ap|reuters|epa|dpa|shutterstock|alamy|istock)"
    r"(\s?/\s?[\w .'’-]{1,30})*\.?",
    # review lines
    r"(medically )?(reviewed|fact[- ]checked) by .{1,80}",
    # pagination and navigation
    r"(previous|next)( (page|article|post|story))?[ »›>]*|[«‹<]* ?(previous|next)"
    r"|page \d+ (of|/) \d+|back to top|go to top|skip to (main )?content|next page\b.{0,60}|"
    r"(show|load) more|continue reading.*",
    # print / email tools
    r"print( this)?( article| page)?|e-?mail( this)?( article| page| story)?|"
    r"email the author|report (a|an) (error|typo|correction)",
    # encyclopedia hatnotes
    r"(main articles?|further information|see also|for other uses, see|not to be confused with)"
    r"\s*:?.*",
    # tags and topics lines, and the bare label of one
    r"(tags?|topics?|filed under|categor(y|ies)|themen|thèmes|etiquetas|temas|kategorien?"
    r"|schlagw(ö|oe)rter|schlagworte|stichw(ö|oe)rter|rubriken?)\s*:.*",
    r"(tags|topics|themen|temas|thèmes|schlagw(ö|oe)rter|schlagworte|kategorien)",
    # calls to action written as sentences (issue #14): a paywall's prompt, an app,
    # a channel, a letter or tip to send, a membership; all short blocks (PHRASE_MAX_CHARS)
    r"to (view|read|access|continue reading) (the|this) (full )?(story|article|content)\b.{0,160}",
    r"(get|receive) (the latest|breaking|all|our|the latest) (news|stories|headlines|updates)\b.{0,60}"
    r"\b(app|inbox|phone|whatsapp|telegram)\b.{0,80}",
    r"(follow|find|like|join) us on (twitter|facebook|instagram|x|linkedin"
    r"|youtube|telegram|whatsapp|tiktok|threads|bluesky)\b.{0,200}",
    # another account is named by a proper name ("Follow the Harbour Post on ..."), and
    # the block doesn't go on as a sentence after the network ("..., organisers urged")
    r"(follow|find|join) (the )?(?-i:[A-Z@])[\w .'’@-]{0,40} on (twitter|facebook|instagram"
    r"|linkedin|youtube|telegram|whatsapp|tiktok|threads|bluesky)\b(?!,).{0,200}",
    r"(s[ií]guenos|s[ií]ganos|folgen sie uns|folgt uns|folge uns|suivez-nous|seguici)\b.{0,160}",
    r"(submit|send) (us )?(your|a) (letters?|tips?|news tips?|story ideas?|photos?)\b.{0,120}",
    r"(support|unterstütze|unterstützen sie) (us|our (work|journalism)|independent journalism"
    r"|uns|[\w-]+ (bereits )?(mit|ab) \d).{0,120}",
    r"(become|werden sie|werde) (a |an )?(member|mitglied|patron|supporter|abonnent(in)?)\b.{0,120}",
    r"(let us know|tell us|schreibt uns|schreiben sie uns|erzählt uns|verraten sie( uns)?"
    r"|verratet uns|dites-nous)\b.{0,80}"
    r"\b(in the comments|in den kommentaren|dans les commentaires|en los comentarios)\b.{0,100}",
    # advertising and affiliate disclosures
    r"\*?(werbung|anzeige|advertisement|sponsored|publicidad|publicité)(\*|\.|\s[-–—|])\s?.{0,200}",
    # a broadcaster's note of when it reported the story; an opinion column's disclaimer
    # (not the reporters who "contributed to this report": readers keep that line)
    r"über dieses thema (berichtete|berichteten|hat|haben) .{1,160}",
    r"(the )?(views|opinions) expressed (in this (article|column|piece)|here|are)\b.{0,200}"
    r"|(las|los) opiniones expresadas\b.{0,200}|les (opinions|propos) exprimée?s\b.{0,200}",
    # post footers and labels: a blog engine's line, a login notice, an author box's heading
    r"this entry was posted\b.{0,200}",
    r"(you are|you're)( currently)? not (logged|signed) in.{0,60}"
    r"|(sie sind|du bist)( (aktuell|derzeit|momentan|gerade|noch))? nicht (eingeloggt|angemeldet).{0,60}",
    # ...and the one the comment form sets in its place
    r"(you must|you need to) be (logged|signed) in to (post|leave|write|add) a (comment|reply)\.?"
    r"|um (einen kommentar|kommentare) (zu )?\w+,? (loggen|melden) sie sich( bitte)? (ein|an)\.?"
    r"|sie müssen (eingeloggt|angemeldet) sein,? um .{0,40}\bkommentar.{0,30}",
    r"(über den autor|über die autorin|über mich|about the author|about me|à propos de l'auteur"
    r"|sobre el autor|sobre la autora|sobre o autor)\s*:?",
    r"(loading|wird geladen|chargement|cargando|caricamento)( comments| more)?\s?(\.\.\.|…)?",
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}(,? \d{1,2}:\d{2}( ?[ap]\.?m\.?)?)?",
    # ...the same under a date's label, or the label left with no date ("Release Date:"),
    # and the category line a CMS sets after it ("News date : 04/21/2022 Category : …")
    r"((news|release|publication|post(ed)?|published) )?date\s?:"
    r"(\s?\d{1,2}[./]\d{1,2}[./]\d{2,4})?(\s?categor(y|ies)\s?:.{0,60})?",
    r"(crédits?|credits?) (photos?|images?)\s*:.{0,80}",
    rf"(?:{lexicon.CREDITS_LABELS})\s*[:：©].{{0,80}}",  # the other languages' (lexicon.CREDITS)
    rf"(?:{lexicon.TAGS_LABELS})\s*[:：].*",  # ... and their tags lines (lexicon.TAGS)
    # navigation back, and the next article
    r"back to (the )?(top|list|overview|index|news|all [\w ]{1,20})"
    r"|zurück( (nach oben|zum seitenanfang|zur (übersicht|liste|listenansicht|startseite)))?"
    r"|retour (en haut|à la liste)|volver (arriba|al inicio)",
    r"(nächster|vorheriger|voriger) (artikel|beitrag)\b.{0,60}",
    # related articles, in more languages
    r"(lesen sie hier|hier lesen sie|mehr dazu( lesen sie)?( hier)?|auch interessant"
    r"|ebenfalls interessant|puedes ver|mira también|ver también"
    r"|te recomendamos|también te puede interesar)\s*(:.*)?",
    r"((empfohlene|ähnliche|verwandte|weitere|passende|beliebte|neueste|aktuelle|mehr|andere)\s){1,2}"
    r"\w*(beiträge|artikel|themen|news|nachrichten|meldungen|posts|tipps|rezepte|videos)\s*:?",
    r"(articles similaires|articles liés|artículos relacionados|noticias relacionadas"
    r"|notizie correlate|articoli correlati)\b.{0,60}",
    r"(weitere|mehr) (informationen|infos)( finden sie)?( (unter|zum thema|zu [\w ]{1,30}|auf|bei)\b)?"
    r"\s*:?(\s*(www\.|https?:)\S+( \.)?)?"
    r"|(plus d'informations|más información|more information)\s*:?",
)
# the same pattern, each text asked only of the phrases its first character can start
# (one regex call either way; the phrases in forty languages made it 20 µs a block)
BOILERPLATE_PHRASES = FirstChar([f"(?:{p})" for p in _PHRASES], re.I, prefix="^(?:", suffix=")$")

# Furniture written as a sentence, with the words that must be in it for it to
# match: each pattern floats over the block (a prefix of any words), which costs
# time, so it is tried only on a block holding one of its words (lower-cased).
_RIGHTS_RESERVED: tuple[str, ...] = (
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "todos os direitos reservados",
    "alle rechten voorbehouden",
)
_INTERVIEW_WORDS: tuple[str, ...] = (
    "interview",
    "conversation",
    "q&a",
    "entretien",
    "entrevista",
    "intervista",
    "interjú",
    "gespräch",
    "gesprek",
)
_SENTENCES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("newsletter",),
        r".{0,60}newsletter.{0,80}(sign up|subscribe|inbox|email address).{0,60}",
    ),
    (
        ("inbox",),
        r"\[?.{0,120}\bin your inbox\b.{0,20}",
    ),
    # cookies and consent
    (
        ("cookie",),
        r".{0,80}(we use cookies|uses cookies|cookie (policy|settings|preferences)|"
        r"accept (all )?cookies).{0,200}",
    ),
    # a wire's copyright and use notice ("Copyright 2026 … All rights reserved. This material
    # may not be published, broadcast, rewritten or redistributed without permission.")
    (
        _RIGHTS_RESERVED,
        r".{0,160}\b(" + "|".join(_RIGHTS_RESERVED) + r")(\.\s?.{0,200})?",
    ),
    # an embed held back until the reader agrees ("Ce contenu est bloqué car vous n'avez
    # pas accepté les cookies", "Dieser Inhalt wird erst nach Zustimmung zu Cookies angezeigt"):
    # the content, its blocking or the consent asked, then the cookies
    (
        ("cookie",),
        r".{0,80}\b(content|contenu|inhalt|inhalte|contenido|contenuto|conte[uú]do|inhoud)\b.{0,80}"
        r"\b(bloqu|block|accept|akzeptier|zustimm|consent|einwillig|acept|accett|aceit)\w*\b.{0,60}"
        r"\bcookies?\b.{0,120}",
    ),
    # an interview's editing note ("This interview has been edited and condensed for
    # clarity.", "Az interjút szerkesztett, rövidített formában közöljük."): how the text
    # was made, not part of it; a short block opening with the interview, then the editing
    (
        _INTERVIEW_WORDS,
        r"(?!.{0,200}\b(said|says|told|sagte|sagt|a déclaré|a dit|dijo|ha detto|disse)\b)"
        r"\W{0,3}(this|the|our|cet|cette|l['’]|la|le|esta|este|das|dieses|dit|het|az|a|o|questa)?"
        r"\s?(interview|conversation|q&a|entretien|entrevista|intervista|interjú|interjút"
        r"|gespräch|gesprek)\b.{0,50}\b(edited|condensed|shortened|abridged|édité|condensé"
        r"|raccourci|editad[ao]|condensad[ao]|resumid[ao]|editat[ao]|condensat[ao]|gekürzt"
        r"|redigiert|ingekort|geredigeerd|szerkesztett|rövidített|szerkesztve|rövidítve)\b.{0,60}",
    ),
    # a photo's caption set as a paragraph, its credit after a ©
    (
        ("©",),
        r".{0,160}\s©\s*(?![\s\d])[^.!?]{1,80}",
    ),
    (
        (
            "publi",
            "pubblicato",
            "updated",
            "posted",
            "veröffentlich",
            "aktualisiert",
            "erschienen",
            "mis à jour",
            "actualizado",
            "aggiornato",
        ),
        r".{0,40}\b(first published|published|updated|last updated|posted|veröffentlicht|veröffentlichung"
        r"|aktualisiert|erschienen|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato)\b:?"
        r"\s[\w ,.:]{0,25}\d{4}"
        r"([ ,:.]*(at |à |um |a las |alle )?\d{1,2}[:.]\d{2}\s?([ap]\.?m\.?)?(\s?[A-Z]{2,4})?)?\.?",
    ),
    (
        ("subscri", "sign up", "log", "regist"),
        r".{0,80}\b(subscribe|sign up|log ?in|register)\b.{0,60}\b(full (story|article)"
        r"|(continue|keep) reading|unlimited access|immediate access)\b.{0,120}",
    ),
    (
        ("already",),
        r".{0,60}\balready (a subscriber|subscribed)\b.{0,160}",
    ),
    (
        ("sign up", "subscribe", "register", "join us"),
        r"(.{0,120}[?!] )?(sign up|subscribe|register|join us) (here|now|today)[.!]?",
    ),
    (
        ("download",),
        r".{0,100}\bdownload (our|the) [\w .'’-]{0,40}\bapps? (for|on|from) (ios|android|iphone|ipad"
        r"|google play|the app store)\b.{0,80}|.{0,60}\bdownload our app\b.{0,80}",
    ),
    (
        ("canal", "channel", "kanal"),
        r".{0,80}\b(our|unse?re?n?|nuestro|notre|have an?) (canal|channel|kanal) (de |on |auf |en "
        r"|sur )?(telegram|whatsapp)\b.{0,120}",
    ),
    # a messaging channel's promo: "Recibe las noticias en tu WhatsApp. Únete al canal"
    (
        ("whatsapp", "telegram"),
        r".{0,60}\b(recibe|reciba|receba|recebe|get|receive|erhalten sie|recevez)\b.{0,40}"
        r"\b(noticias|notícias|news|nachrichten|actualités|infos?)\b.{0,30}\b(whatsapp|telegram)\b"
        r".{0,60}|.{0,80}\b(whatsapp|telegram)\b.{0,40}\b(únete|súmate|join|entre no|participe"
        r"|rejoignez|beitreten|abonnieren)\b.{0,40}"
        r"|.{0,40}\b(únete|súmate|join|entre|rejoignez|rejoins|tritt|treten sie)\b.{0,40}"
        r"\b(whatsapp|telegram)\b.{0,60}",
    ),
    (
        ("klick", "click", "cliquez", "clic"),
        r".{0,80}\b(hier klicken|click here|cliquez ici|haga clic aquí|klicken sie hier)\b.{0,100}",
    ),
    (
        ("newsletter",),
        r".{0,60}\b(unser(em|en)?|our) newsletter\b.{0,100}",
    ),
    (
        (
            "affiliate",
            "werbung",
            "advertis",
            "sponsor",
            "references to products",
            "provisionslinks",
            "partnerlinks",
        ),
        r".{0,80}\b(this|the|dieser|diese[rs]?) (post|article|page|beitrag|artikel|seite) (contains"
        r"|includes|may contain|enthält|beinhaltet)\b.{0,30}\b(affiliate|werbung|advertis|sponsor"
        r"|references to products|provisionslinks|partnerlinks).{0,200}",
    ),
    (
        ("affiliate",),
        r".{0,80}\baffiliate[- ]links?\b.{0,120}",
    ),
)
SENTENCE_FURNITURE: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (words, re.compile(r"^(?:" + pattern + r")$", re.I)) for words, pattern in _SENTENCES
)

# A credit at the end of a caption ("… Photo: Jan Novak", "… (Reuters)"),
# removed from ``Article.captions``.
CAPTION_CREDIT = re.compile(
    r"\s*(?:[|/–—-]\s*)?[(\[]?\s*(?:(?:photo|image|picture|illustration|foto|bild|crédit|credit)s?"
    r"(?:\s+credit)?\s*(?:[:©]|by\b)|©)[^.]{0,80}[)\]]?\.?\s*$",
    re.I,
)

# An author's bio at the end of an article, without a class saying so:
# "<name> is a reporter…", "<name> covers…". Matched after one of the
# article's author names, on one of the last BIO_LAST_BLOCKS short blocks.
AUTHOR_BIO = re.compile(
    r"^\W*(?:is|was|covers|writes|reports|has (?:been|covered|written)|joined|est|ist|es)\b",
    re.I,
)
BIO_LAST_BLOCKS = 3
BIO_MAX_CHARS = 400
# A bio opening with the author's full name goes with a heading of at most this
# many words just above it ("About the author").
BIO_HEADING_WORDS = 4

# A block longer than this is never judged by BOILERPLATE_PHRASES alone.
PHRASE_MAX_CHARS = 220

# --- Link density --------------------------------------------------------
#
# A list or block whose text is mostly link text is a teaser list, a menu or
# a tag cloud; a paragraph with an inline link or two is not. Paragraphs are
# not judged by link density at all: a short paragraph that is one link is as
# often a source or a contact address as a teaser (teasers are caught by
# their "Read more:"/"Related:" labels in BOILERPLATE_PHRASES instead).
LINK_DENSITY_MAX = 0.5  # blocks (div, section, ul, ol, table)
# ...but a list whose items (at least CREDITED_LIST_MIN_ITEMS) each hold a word of
# their own (with letters: not a date; not a label ending in ":") beside a link of at
# least CREDITED_LIST_LINK_WORDS words going on in lower case reads as sentences
# ("Ana Ruiz <a>fixed the crash when a tab closes</a>"), not as headlines: it stays.
CREDITED_LIST_MIN_ITEMS = 2
CREDITED_LIST_LINK_WORDS = 4

# readability-lxml drops every heading whose text is more than a third link text
# (Readability.js doesn't): a listicle's items, linked to the game or the product
# they name, lost their titles. Such a heading stays when all its links lead to
# another site or to a place on the page (clipper.extract.html.links); one that
# links to another page of the same site is a teaser for another story, and goes.
READABILITY_HEADINGS: tuple[str, ...] = ("h1", "h2", "h3", "h4", "h5", "h6")
# hrefs that lead to no page (neither this site's nor another's)
NOT_A_PAGE_SCHEMES: tuple[str, ...] = ("javascript:", "mailto:", "tel:", "data:")

# An inline teaser for another story: a paragraph that is a short label (at most
# INLINE_TEASER_LABEL_WORDS words, ending with one of INLINE_TEASER_LABEL_ENDS:
# "Related:", "Read more »", "Lee también:") and one link to another page of the
# same site, the link at least INLINE_TEASER_LINKED of the paragraph's text. Worded
# labels of any language, without listing them; a link to another site (a source,
# a report) is no teaser.
INLINE_TEASER_LABEL_WORDS = 4
INLINE_TEASER_LABEL_ENDS: tuple[str, ...] = (":", "»", "›", "|")
# ...or a label of at most this many words with no mark at all, set apart from the
# link only by the markup ("<span>Läs också</span> <a>…</a>", "Lesen Sie auch …"): a
# sentence of its own has more words before a link than that
INLINE_TEASER_BARE_LABEL_WORDS = 3
INLINE_TEASER_LINKED = 0.6
# ...and the link reads as a headline: this many words at least (not an address
# shown as its own text, "Infos: www.example.com/summer", even through the site's
# own redirect)
INLINE_TEASER_HEADLINE_WORDS = 3
# ...and its label says no more than "another story": a label naming what the link
# is (results, tickets, a programme, a timetable, a source, a document) marks a
# reference the article gives, and the line stays (synth's review of 17b4681)
INLINE_REFERENCE_LABEL = re.compile(
    r"\b(results?|standings|tickets?|booking|programme|program|programm|schedule|timetable"
    r"|fixtures|agenda|map|source|sources|download|document|full text|transcript"
    r"|ergebnisse|tabelle|karten|fahrplan|quelle|résultats|billets|horaires"
    r"|resultados|entradas|programa|horarios|fuente|risultati|biglietti|programma|fonte)\b",
    re.I,
)

# A page holding several stories (the next ones appended below, infinite scroll)
# sets each in one of these with its own <h1>; the one whose headline the title
# names is the article (clipper.extract.html.stories).
STORY_TAGS = "article"
# ...only when that story holds prose of its own (this many paragraphs of at least
# STORY_PARAGRAPH_CHARS: not a live blog's header over posts, not a briefing's first
# item), and only the stories after it that carry a byline or a date of their own
# (a <time>, or an element whose class names one of STORY_BYLINE_NAMES) go.
STORY_MIN_PARAGRAPHS = 3
STORY_PARAGRAPH_CHARS = 80
STORY_BYLINE_NAMES: tuple[str, ...] = ("byline", "author", "dateline")
# A story's headline: its first <h1>, else its first <h2> (an infinite-scroll page
# that sets every story's headline in an <h2>, the site's name in the <h1>); or the
# <h1> standing just above the story's <article> when the story has neither. Of the
# stories after the named one, those headed by an <h2> go only with a byline of
# their own as well (a live blog's posts carry a time, seldom a byline each).
STORY_HEADLINES: tuple[str, ...] = ("h1", "h2")
# An appended story also holds an article's prose (STORY_MIN_PARAGRAPHS paragraphs)
# under a headline of at least STORY_HEADLINE_WORDS words that is not the title's
# ("Re: <title>"); STORY_POST_RUN or more such after the named story are a live
# blog's posts or a thread's replies (infinite scroll appends one or two): all stay.
STORY_HEADLINE_WORDS = 3
# A story signed in words at its head: a line of these tags, no child element, at most
# this long, opening as a byline (BYLINE_PREFIX) and holding a date (HEADLINE_DATE).
STORY_SIGNATURE_TAGS: frozenset[str] = frozenset({"p", "div", "span"})
STORY_SIGNATURE_MAX_CHARS = 100
STORY_POST_RUN = 3
# A page that sets its stories in other elements (<section>, <div>): the story is
# the first element holding STORY_MIN_PARAGRAPHS paragraphs above the one headline
# naming the title, at most STORY_CLIMB levels up (of the page's first
# STORY_MAX_HEADINGS <h1>/<h2>); its later siblings of its tag that are stories go.
STORY_CLIMB = 4
STORY_MAX_HEADINGS = 200
# Teaser cards set in <article>s after the named story, outside it: every heading
# (one of POST_HEADINGS or h2) wholly a link's text, at most STORY_CARD_PARAGRAPHS
# paragraphs of prose, STORY_CARD_CHARS characters in all.
STORY_CARD_PARAGRAPHS = 1
STORY_CARD_CHARS = 300
# The next story appended inside the article's own container
# (clipper.extract.html.appended): a headline after the article's prose, signed as a
# story's head. Its byline and date are looked for in the STORY_SIGN_REACH elements
# under it (before its first paragraph); a block of its own says its address in one
# of STORY_ADDRESS_ATTRS (infinite scroll sets each story's, to show it in the
# address bar as the story comes into view); a line above it may announce it.
STORY_SIGN_REACH = 12
STORY_ADDRESS_ATTRS: tuple[str, ...] = (
    "data-url",
    "data-canonical",
    "data-canonical-url",
    "data-permalink",
    "data-article-url",
    "data-post-url",
    "data-history-url",
)
# A page laid out in a table (clipper.extract.html.layout): the article's cell is
# the innermost <td> holding LAYOUT_CELL_SHARE of the page's unlinked text, at least
# LAYOUT_MIN_CHARS of it; the cells and rows beside it on its way up go when they
# hold less than LAYOUT_SIDE_MAX_CHARS unlinked characters, or LAYOUT_SIDE_LINKED of
# their text is links.
LAYOUT_CELL_SHARE = 0.6
LAYOUT_MIN_CHARS = 300
LAYOUT_SIDE_MAX_CHARS = 150
LAYOUT_SIDE_LINKED = 0.5
# The article's cell is looked for no more than this many tables deep.
LAYOUT_MAX_NESTING = 8
# A live blog's posts: at least this many sibling <article>s, each with a heading
# (one of POST_HEADINGS) in its <header> and a paragraph of its own; their headers
# are unwrapped (readability drops an element named as a header, heading and all).
POST_RUN_MIN = 2
POST_HEADINGS: tuple[str, ...] = ("h2", "h3", "h4")
# (siblings that each carry a heading and a byline of their own are stories, not
# posts: appended stories are no run.)
# readability's choice is one post of a run: the run's holder is the article when,
# within POST_RUN_CLIMB levels above readability's choice, POST_RUN_MIN siblings
# alike (same tag, a class in common) each hold paragraph text of at least
# POST_RUN_SHARE of the post's own, at most POST_RUN_LINKED of it link text.
POST_RUN_CLIMB = 2
POST_RUN_SHARE = 0.2
POST_RUN_LINKED = 0.3

# Teasers for the site's other stories at the end of a body (a "More from Opinion"
# box a candidate took in): a run of at least TEASER_MIN_ITEMS headings, each mostly
# (TEASER_HEADING_LINKED) a link to another page of the same site, each followed by
# at most one paragraph of at most TEASER_MAX_CHARS (its standfirst), and the run's
# own label above it. Never when the run is more than TEASER_MAX_SHARE of the body:
# then it is the article (a round-up of the site's reviews).
TEASER_MIN_ITEMS = 2
# The run must stand under its label, and the label must say it is other stories:
# it opens with one of these words (or is a related-stories phrase of
# BOILERPLATE_PHRASES). Without that evidence a run of linked headings with a line
# each is as often the article's own (an FAQ linking to help pages, a "what's on"
# list linking to listings, picks linking to the site's reviews); a heading that is
# a question is an FAQ's, never a teaser's.
TEASER_LABEL = re.compile(
    r"^(more|other|others|related|latest|recent|recommended|popular|further|also"
    r"|weitere|mehr|andere|neueste|autres|plus|derniers|dernières|más|otras|otros"
    r"|últimas|altri|altre|ultime)\b",
    re.I,
)
TEASER_HEADING_LINKED = 0.5
TEASER_MAX_CHARS = 300
TEASER_MAX_SHARE = 0.4

# A <time> alone on its line whose text is a bare clock time (a live blog's post
# stamp "16:52", "4.52pm", "16h52") is metadata, not prose: alone in wrappers of
# TIMESTAMP_WRAPPERS that hold nothing else, between blocks of TIMESTAMP_LINE_BLOCKS
# (clipper.extract.html.chrome). A date stays: an event's ("Fri 13 March, 20:00"), a
# timeline's year ("1881") are the article's text.
TIMESTAMP_CLOCK = re.compile(
    r"^\d{1,2}[:.h]\d{2}(:\d{2})?\s?([ap]\.?m\.?|uhr|h)?(\s?[a-z]{2,5}|\s?[+-]\d{2}:?\d{2})?$",
    re.I,
)
TIMESTAMP_LINE_MAX_CHARS = 40  # longer is no stamp (and the pattern reads no more)
# ...or a post's age ("41m ago", "1h ago", "vor 5 Minuten", "il y a 2 h", "hace 3 horas"):
# a live blog's stamp as the page renders it when first served, no more text than that
TIMESTAMP_AGO = re.compile(
    r"^(\d{1,3}\s?(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago|just now"
    r"|vor\s+\d{1,3}\s?(min\.?|minuten?|std\.?|stunden?|sek\.?|sekunden?|tag(en)?)"
    r"|il y a\s+\d{1,3}\s?(s|sec|secondes?|min|minutes?|h|heures?|j|jours?)"
    r"|hace\s+\d{1,3}\s?(s|seg|segundos?|min|minutos?|h|horas?|d[ií]as?)"
    r"|há\s+\d{1,3}\s?(s|seg|segundos?|min|minutos?|h|horas?|dias?)"
    r"|\d{1,3}\s?(min|minuti|ore|giorni|secondi)\s+fa"
    r"|\d{1,3}\s?(min|minuten|uur|dagen|seconden)\s+geleden)$",
    re.I,
)
# Clock times set in a <span> or a <div> (no <time>) are post stamps when the block
# holds this many (clipper.extract.html.chrome).
TIMESTAMP_UNTAGGED_MIN = 2
# A post's header line of its stamp and a name (clipper.extract.html.chrome): the name at
# most this many words, the line's children of these inline tags only.
STAMP_NAME_MAX_WORDS = 4
STAMP_LINE_INLINE: frozenset[str] = frozenset(
    {"time", "span", "a", "b", "strong", "em", "i", "small"}
)
TIMESTAMP_HOLDERS: frozenset[str] = frozenset(
    {"div", "article", "section", "header", "footer", "main", "body", "aside"}
)
# A <time> in one of these is the article's text (a fixtures
# table's kick-off, a timeline's year): unwrapped for trafilatura, which drops <time>.
TIME_VALUE_HOLDERS: frozenset[str] = frozenset({"td", "th", "dt", "dd"})
TIMESTAMP_WRAPPERS: frozenset[str] = frozenset(
    {"span", "strong", "em", "b", "i", "small", "a", "p", "div"}
)
TIMESTAMP_LINE_BLOCKS: frozenset[str] = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "blockquote",
        "table",
        "br",
        "hr",
    }
)

# A video module among the paragraphs: an element one of whose class/id words is
# one of VIDEO_MODULE_NAMES, holding at most VIDEO_MODULE_MAX_WORDS words (a title
# "Watch: …", "VIDÉO. …", a credit line), no blurb: the player's label, not the text.
VIDEO_MODULE_NAMES: frozenset[str] = frozenset({"video", "videos", "player", "videoplayer"})
VIDEO_MODULE_MAX_WORDS = 16
# An audio or video player's controls: an element named as a player (AUDIO_PLAYER_NAMES)
# whose every piece of text is a control ("Play", "00:00 / 32:10", "1x", "-15 s",
# "Download") or a listen label, at most PLAYER_CONTROLS_MAX_PIECES of them.
AUDIO_PLAYER_NAMES: frozenset[str] = frozenset(
    {"player", "audioplayer", "videoplayer", "podcastplayer", "mediaplayer", "lecteur"}
)
PLAYER_CONTROL = re.compile(
    rf"(?:{lexicon.PLAYER_CONTROLS}|{lexicon.LISTEN_LABELS}|play|pause|mute|unmute|abspielen|reproducir"
    r"|riproduci|afspelen|listen|écouter|hören|escuchar|ascolta|[▶►⏵⏸⏯⏮⏭⏪⏩])\W{0,2}",
    re.I,
)
PLAYER_CONTROLS_MAX_PIECES = 12
PLAYER_REASON = "furniture: player controls"
# ...not when a word of its name says content (a player's rating, a video's transcript)
VIDEO_CONTENT_NAMES: frozenset[str] = frozenset(
    {"rating", "ratings", "transcript", "profile", "profiles", "stats", "description", "bio"}
)
# ...and only showing the player: one of these inside it, an empty box named so, or
# a label opening its text
VIDEO_CUE_TAGS: frozenset[str] = frozenset(
    {"img", "picture", "video", "iframe", "object", "embed", "button", "svg"}
)
VIDEO_LABEL = re.compile(
    r"^(watch|videos?|vidéos?|vídeos?|ver vídeo|regarder|ansehen|guarda|play|playing|reproduciendo)"
    r"\s?[:.|–—-]",
    re.I,
)

# A box among the paragraphs (one of SIGNUP_BOX_TAGS holding blocks, at most
# SIGNUP_BOX_MAX_WORDS words) with a call to sign up and a mail channel in it: the
# site's newsletter pitch set as a callout card (clipper.extract.html.chrome).
# An embedded social post: a <blockquote> (how every network's embed code sets the
# post before its script runs) linking to one post's own address on the network, or
# signed the way the embeds sign it ("— Fire Brigade (@fw_city) 1 March 2026"). A
# quote the article prints links to no post, and is signed by no handle.
SOCIAL_POST_PATH = re.compile(
    r"/status(?:es)?/\d+|^/(?:p|reel|tv)/[\w-]+/?$|^/@[\w.]+/(?:video/|post/)?\w+/?$"
    r"|^/profile/[^/]+/post/\w+|^/[^/]+/posts/\d+|/permalink\.php"
)
SOCIAL_POST_SIGNATURE = re.compile(r"[—–]\s?[^()—–]{1,60}\(@\w{1,30}\)")
# ...a post link counts when it leads to another site than the page's and its text
# signs the post as embeds do: a date ("1 March 2026"), a handle ("@fw_city"), or
# nothing (a picture). A link worded as prose ("published on the city website") to
# a page whose path looks like a post (a site's "/news/posts/4412") cites a source.
SOCIAL_POST_LINK_TEXT = re.compile(r"\d|@\w|^$")

SIGNUP_BOX_TAGS: tuple[str, ...] = ("div", "aside", "section")
SIGNUP_BOX_MAX_WORDS = 50
# A form asking for an e-mail address (clipper.extract.html.chrome.mail_form_box) goes
# from the page with the box around it: up to SIGNUP_FORM_CLIMB levels of SIGNUP_BOX_TAGS,
# at most SIGNUP_BOX_MAX_WORDS words in all, whatever language its prompt is in.
SIGNUP_FORM_CLIMB = 3
SIGNUP_CALL = re.compile(
    r"\b(sign up|signup|subscribe|join (our|the) (list|mailing)|abonnieren|melden sie sich"
    r"|inscrivez-vous|abonnez-vous|suscr[ií]bete|reg[ií]strate|iscriviti)\b",
    re.I,
)
SIGNUP_CHANNEL = re.compile(
    r"(e-?mail|inbox|newsletter|mailing list|posteingang|postfach|courriel|boîte mail"
    r"|correo|bolet[ií]n|casella)",
    re.I,
)

# --- Bylines ---------------------------------------------------------------

# Leading words of a byline line, in several languages ("By", "Par", "Von"…).
BYLINE_PREFIX = re.compile(
    r"^\s*(?:written by|posted by|published by|reported by|story by|words by|text by|"
    r"words (?:&|and) (?:pictures|photos?|photographs|images) by|"
    r"(?:pictures|photos?|photographs) by|"
    r"text (?:&|und|and) (?:fotos?|photos?|bilder)|text/(?:fotos?|photos?|bilder)|"
    r"eingestellt von|beitrag von|geschrieben von|verfasst von|text von|autor|autorin|autoren|"
    r"submitted by|gespeichert von|eingereicht von|"
    r"by|from|par|de|von|"
    r"por|di|door|av|af|przez|автор|文|作者|著者|記者"
    rf"|{lexicon.BY_WORD_LABELS})\s*[:\-–—]?\s+"  # the other languages' (lexicon.BY_WORDS)
    rf"|^\s*(?:{lexicon.BY_LABEL_LABELS})\s*:\s*",  # ... with their colon (lexicon.BY_LABELS)
    re.I,
)

# Words and phrases that are not part of a person's name. Everything from the
# first of these on (after a separator) is dropped; a name made only of them
# is rejected.
BYLINE_JUNK_WORDS: frozenset[str] = frozenset(
    {
        "staff",
        "writer",
        # a form's or template's label where a name would be
        "name",
        "edit",
        "admin",
        # a content system's default for a visitor who gave no name
        "anonymous",
        "anonymous (not verified)",
        "datum",
        "no author",
        "published by",
        "publisher",
        "autor",
        "autorin",
        "unbenannt",
        "quelle",
        "source",
        *lexicon.ENGLISH_WEEKDAYS,
        "staff writer",
        "senior writer",
        "reporter",
        "staff reporter",
        "correspondent",
        "editor",
        "senior editor",
        "contributor",
        "contributing writer",
        "columnist",
        "author",
        "follow",
        "follow author",
        "email",
        "email the author",
        "email author",
        "twitter",
        "updated",
        "last",
        "last updated",
        "published",
        "posted",
        "more by",
        "view all posts",
        "all articles",
        "ma",
        "phd",
        "md",
        "the associated press",
        "associated press",
    }
)

# Trailing noise after a name: dates, "Updated …", "| Twitter", a job title,
# the credit for the pictures ("Text von Ann Lee, Fotos von Bob Ray").
BYLINE_TRAILERS = re.compile(
    r"(?:\s*,(?:\s+[A-Z]\w+){1,3}|(?:\s+[A-Z]\w+)?)\s+(?:editor|correspondent|reporter|writer|columnist)\b.*$"
    r"|(?:\s*[|•·,–—-]\s*|\s+)(?:illustrations?|fotos?|photos?|bilder|grafiken?)"
    r"(?:\s+(?:von|by)\b|\s*:).*$"
    r"|(?:\s*[|•·,–—-]\s*|\s+)(?:updated|published|posted|last updated|on|edited by|"
    r"am\s+(?=\d|\w+tag\b)|"  # German "am 07.08.2013", "am Samstag"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\d{1,2}[./ -]\w+|\w+ \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|email the author|follow|"
    r"staff writer|senior writer|staff reporter|correspondent|contributor|reporter|"
    r"editor|columnist|twitter|@\w+)\b.*$",
    re.I,
)

# A byline's line after a line break that gives the author's desk or job, not more of
# the name ("By ANN LEE<br>GAZETTE STAFF", "By Ann Lee<br>Associated Press"): it and the
# lines after it are left out of the byline. A line of more words is prose, not a desk.
BYLINE_DESK_LINE = re.compile(
    r"\b(?:staff|writers?|reporters?|correspondents?|editors?|columnists?|contributors?"
    r"|press|agency|agencies|redakteur(?:in)?|korrespondent(?:in)?|redaktion)\b",
    re.I,
)
BYLINE_DESK_LINE_MAX_WORDS = 6

# The job titles BYLINE_TRAILERS drops that a two-word pen name may end with
# ("Rasender Reporter"): such a name is kept whole.
BYLINE_JOB_WORDS: frozenset[str] = frozenset(
    {"editor", "correspondent", "reporter", "writer", "columnist", "contributor"}
)
# Words of a desk's or a role's name, not a person's ("Site Admin", "Guest Contributor",
# "Editorial Team"): a page description's "Posted by" naming one names no author.
DESK_WORDS: frozenset[str] = BYLINE_JOB_WORDS | frozenset(
    {
        "admin",
        "administrator",
        "editorial",
        "editors",
        "guest",
        "staff",
        "team",
        "webmaster",
        "redaktion",
        "anonymous",
    }
)

# A date (and anything after it) at the end of a byline line: dropped from the
# byline as displayed ("By Nathan Willis March 25, 2015" -> "Nathan Willis").
BYLINE_DATE_TAIL = re.compile(
    r"\s*[|•·,–—-]?\s*(?:(?:last )?updated|published|posted|on|am)?:?\s*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
    r"(?:[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}\.? [A-Za-z]{3,9}\.? \d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4}).*$",
    re.I,
)
# A German job title before a name, alone or at the end of a compound
# ("Gastautorin Ann Lee", "FOCUS-Online-Experte Ann Lee", "Korrespondent Ann Lee").
JOB_TITLE_BEFORE_NAME = re.compile(
    r"^[\w-]*(?:autor|autorin|experte|expertin|korrespondent|korrespondentin|redakteur|"
    r"redakteurin|reporter|reporterin|kolumnist|kolumnistin)\s+(?=[^\W\d_])",
    re.I,
)
# Academic and professional letters after a name ("Brenda Goodman, MA"),
# matched in their usual capitals only, so "Jack Ma" keeps his name.
NAME_SUFFIXES = lexicon.NAME_SUFFIXES
NAME_SUFFIX_TAIL = re.compile(
    r",?\s+(?:" + "|".join(re.escape(x) for x in sorted(NAME_SUFFIXES)) + r")(?=$|[\s,;])"
)

# A news agency's short code after a person's name and a slash ("Peter Maahn/SP-X",
# "Ann Lee / dpa"): the agency that supplied the story, no part of the name. (Only
# after a full name: "AFP/The Local" names two sources.)
NAME_AGENCY_TAIL = re.compile(r"(?<!\s)\s*/\s*[A-Za-z][A-Za-z-]{0,5}$")  # one try per run
# A person's or desk's name is at most this long (longer: a sentence, or hostile input).
NAME_MAX_CHARS = 60

# Conjunctions that join several authors in a byline: the lexicon's.
BYLINE_AND = re.compile(r"\s*(?:" + "|".join(lexicon.AUTHOR_JOINERS) + r")\s*", re.I)
# Lines after a label alone ("By") read for the names it gives, joiners included
# ("Ann Lee", ",", "Bob Ray", "and", "Eve Cole").
BYLINE_LABEL_LINES = 9

# The label of a labelled meta value that holds the author (twitter:label1).
AUTHOR_LABEL = re.compile(
    r"(?:written|posted|published) by$|(?:verfasst|geschrieben) von$|aut(?:hor|or|orin|eur)$",
    re.I,
)
# An e-mail address, spelt out or hidden from harvesters ("ann@paper.example",
# "ann[at]paper.example", "ann (at) paper.example", Cloudflare's "[email protected]"): no name.
EMAIL_LIKE = re.compile(
    r"[\w.+-]+\s*(?:@|\[at\]|\(at\)|\{at\})\s*[\w-]+(?:\.|\[dot\]|\(dot\))\w[\w.]*"
    r"|\[email\s*protected\]",
    re.I,
)
# A user name as forums and blogs show it: one word of letters and then digits
# ("freeman1984", "delta201"), lower-case letters among them; a date, a number or
# a code ("CC7567") is not one.
USER_HANDLE = re.compile(r"[A-Za-z]*[a-z]{3}[A-Za-z]*\d+")

# A byline in the short lines beside the headline ("By Ann Lee", "Von Ann Lee
# 09.03.2022", "Posted by Ann under News", a label "Autor" and the name after it):
# a piece of text that starts with one of these words, then the names.
HEADLINE_BYLINE_WORD = re.compile(
    r"^(?:written by|posted by|published by|geschrieben von|verfasst von|publicado por|"
    r"eine kolumne von|ein kommentar von|text (?:&|und) fotos?|text/fotos?|"
    r"by|von|par|por|door|av|af|przez|escribe|text(?=\s*:)|autor|autorin|author|redaktion)"
    r"\s*:?(?:\s+|$)",
    re.I,
)
# ("Text" only as a label, with its colon: "Text Size A A A" is a page widget.)
# A declared author that is a newsroom, not a person (letters only, case-folded,
# accents off: "Rédaction" is "redaction"):
# the page's own byline is looked for first.
NEWSROOM_WORDS: frozenset[str] = frozenset(
    {"redaktion", "redaction", "redaccion", "redazione", "redactie", "newsroom", "newsdesk"}
)
# A date (and a time) or a separator that opens such a line before its by-word
# ("05.02.2020 - Von …", "- Redaktion: …").
BYLINE_LEADING_DATE = re.compile(
    r"^\s*(?:(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?\s+\d{1,2}:\d{2}(?:\s*Uhr)?)?)?\s*[-–—|,·•]?\s*"
)
# The names after it: capitalised words (particles and initials between them),
# joined by commas, "&" and the lexicon's "and"s; whatever follows is not a name.
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_NAME_PARTICLE = r"(?:de|da|van|von|der|den|la|le|di|du|del|dos|bin|al|ten|ter)"
# A lower-case word inside a person's name ("Ludwig van Beethoven"); another one ("für",
# "of") makes a part of a byline an organisation's name, not a list of persons
# ("Landesanstalt für Wald und Forstwirtschaft" is one name).
NAME_PARTICLE = re.compile(rf"{_NAME_PARTICLE}|zu|zum|zur|dei|della|do|das|e|y|ibn|bint|af|av")
_ONE_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_PARTICLE}\s+)*{_NAME_WORD}){{0,3}}"
HEADLINE_BYLINE_NAMES = re.compile(
    rf"{_ONE_NAME}(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*{_ONE_NAME})*"
)
# A page's description that opens with its byline, as blog engines write it when the
# byline is part of the post ("Posted by Ann Lee and Bob Ray - Security team  Over the
# past…"): "Posted by" or "Written by" (a bare "By" opens sentences and how-to's too), the
# names, then a separator or a bracket before anything else.
DESCRIPTION_BYLINE = re.compile(
    rf"(?i:posted by|written by)\s+(?P<names>{_ONE_NAME}"
    rf"(?:\s*(?:,|&|\band\b)\s*{_ONE_NAME})*)\s*(?:[-–—|]\s|\(|$)"
)
# A dateline that names its author after the date and time and a separator.
# (A run of separators is one mark and the spaces after each, never spaces on
# both sides of each: "- - - -" would split its spaces 2^n ways on a failing match.)
_DATELINE_SEPS = r"\s*[|,·•–—-](?:\s*[|,·•–—-])*\s*"
DATELINE_NAMES = re.compile(
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+\d{4})"
    rf"(?:,?\s+\d{{1,2}}[:.]\d{{2}}(?:\s*Uhr)?)?{_DATELINE_SEPS}"
    rf"(?:\d{{1,2}}[:.]\d{{2}}(?:\s*Uhr)?{_DATELINE_SEPS})?"
    rf"(?P<names>{_ONE_NAME}(?:\s*(?:,|&|\band\b|\bund\b)\s*{_ONE_NAME})*)\s*(?:$|[|·•])"
)

# A user name given as the author ("ann.lee", "ann_lee", "annlee"): looked up
# among the page's short pieces of text for the name it spells.
# (runs of letters between single marks: an optional mark between two runs would let
# a long run of letters split 2^n ways before a failing match gives up)
USER_SLUG = re.compile(r"[a-z]{2,}(?:[._-][a-z]{2,})*")
USER_SLUG_TEXT = (
    "//body//text()[string-length(normalize-space()) < 60]"
    "[not(ancestor::script or ancestor::style)]"
)

# Class/id words that mark a byline element (besides rel=author and
# itemprop=author), and those that mark an element holding a written-out date.
BYLINE_HINT = re.compile(r"byline|author|writtenby|dateline|article-?by", re.I)
# Byline-looking elements that belong to something else: a "follow the
# author" widget, a comment's author, a teaser's byline, an author bio box.
NOT_BYLINE_HINT = re.compile(
    r"follow|comment|related|recommend|promo|teaser|widget|avatar|authorization|"
    r"more-from|more-by",
    re.I,
)
DATE_HINT = re.compile(r"date|time|byline|published|posted|meta", re.I)
# Class/id words of a readers' comment, whose <time> is no date of the article.
COMMENT_HINT = re.compile(r"comment|kommentar", re.I)
# A byline line, whoever it names: "Posted by Ann Lee, Engineer", "Par Jean
# Dupont". The name must start with a capital (checked in code).
BYLINE_LINE = re.compile(
    r"^(?:by|posted by|written by|words by|story by|reported by|text by|text von|par|von|por|"
    r"submitted by|gespeichert von|eingereicht von|"
    r"autor|autorin|autoren|author|authors|door|av|af|przez|(?-i:di)|a cura di|"
    r"words (?:&|and) (?:pictures|photos?|photographs|images) by|"
    r"text (?:&|und|and) (?:fotos?|photos?|bilder)|text/(?:fotos?|photos?|bilder))"
    r"(?:\s*:\s*|\s+)[^\W\d_]",  # (one run of spaces either way: linear on long ones)
    re.I,
)
BYLINE_LINE_MAX_CHARS = 100
# A dateline's place before the story's first words ("KOBE –", "WASHINGTON, D.C. —"), in
# an element a byline's class names ("dateline"): a place, not an author.
PLACE_DATELINE = re.compile(r"[^\W\d_][\w.,' ]{0,40}?\s*[–—-]")

# A content system's "Submitted by" line ("Gespeichert von rasos am 24. Juli 2017"): its
# by-words are used for nothing else, so the user name after them may be in lower case.
SUBMITTED_BY = re.compile(r"^\s*(?:submitted by|gespeichert von|eingereicht von)\s", re.I)
# ...whose first part, before a spaced separator, is read alone: "Par Ann Lee ·
# Publié le 1er mars · Lecture 4 min." is a byline whatever its meta parts end with
BYLINE_META_SPLIT = re.compile(r"\s[·|•]\s")
BYLINE_META_HEAD_WORDS = 7  # ...when that part is this short ("By Ann Lee and Bob Roe")
# A line opening with the author's name, then one of these, then a date (digits) is
# the byline's meta line ("Ann Lee · 3 March 2026 · Temps de lecture : 3 min."); a
# comma after the name is a sentence going on ("Ann Lee, who…") and stays.
META_SEPARATORS = frozenset("·|•–—-/")
# ...and it asks or says nothing: a question, an exclamation or a sentence ending inside
# it make it a line of the text (a transcript's "Ann Lee – Rob, how much…?")
META_LINE_SENTENCE = re.compile(r"[?!]|[a-z]{2}\. \w")
# A label element that names the author in the element or text after it
# ("<b>Autor:</b> <a>Ann Lee</a>", "<h4>Autor</h4><p>Ann Lee</p>", "<span>Von:</span>
# Ann Lee<br>"): the label's whole text. A by-word or "Text" only with its colon:
# alone, they are words of anything ("ORDER BY" in code, a "Text" widget).
AUTHOR_FIELD_LABEL = re.compile(
    r"(?:autor|autorin|autoren|author|authors|auteur|auteurs|autore|autori|verfasser|"
    r"verfasserin)\s*:?"
    r"|(?:von|by|written by|geschrieben von|verfasst von|text|texte)\s*:",
    re.I,
)
AUTHOR_FIELD_TAGS: tuple[str, ...] = (
    "b",
    "strong",
    "span",
    "em",
    "i",
    "small",
    "label",
    "dt",
    "th",
    "h4",
    "h5",
    "h6",
    "p",
    "div",
)
AUTHOR_FIELD_SIBLINGS = 4  # elements after the label looked at for the name

# By-words that are ordinary words in other languages ("Door Closing Times",
# "Par Avion" on an English page): each is a by-word only on a page of its
# languages, or one that declares none.
BY_WORD_LANGUAGES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "von": frozenset({"de"}),
        "par": frozenset({"fr"}),
        "por": frozenset({"es", "pt"}),
        "door": frozenset({"nl"}),
        "av": frozenset({"sv", "no", "nb", "nn"}),
        "af": frozenset({"da"}),
        "przez": frozenset({"pl"}),
        "di": frozenset({"it"}),
        "a cura di": frozenset({"it"}),
    }
)
# German "von" is both "by" and "from": "Von Berlin nach Hamburg", "von Mai bis
# Juli" are a span (from … to …), a heading's or a route's, not a byline.
BYLINE_SPAN = re.compile(r"^\s*von\s+\S.*?\s(?:nach|bis)\s+\S", re.I)

# An element's first text starting like a byline ("By ", then maybe a link):
# a cheap test before its whole text is checked against BYLINE_LINE.
BY_WORD = re.compile(
    r"^\s*(?:by|posted by|written by|words by|story by|reported by|text by|text von|par|von|por|"
    r"submitted by|gespeichert von|eingereicht von|"
    r"autor|autorin|autoren|author|authors)\b|^\s*(?:text|words) ?(?:&|und|and|/)",
    re.I,
)
# The elements whose text may open with one: a byline is a line of its own or set
# in italics or bold ("<i>von Ann Lee</i>").
BY_WORD_TAGS: tuple[str, ...] = ("p", "div", "span", "address", "i", "em", "b", "strong", "small")
# (of those, the inline ones count only as the whole of their line, with full names,
# by the headline or with less than INLINE_BYLINE_MAX_PROSE_BEFORE characters of
# paragraphs before them; the first INLINE_BYLINES_MAX of them are looked at)
BY_WORD_INLINE_TAGS: frozenset[str] = frozenset({"i", "em", "b", "strong", "small"})
INLINE_BYLINE_MAX_PROSE_BEFORE = 200
INLINE_BYLINES_MAX = 20
# A by-word is one in the language the page is written in, told from its title,
# description and first paragraphs (this many <p>); a page's declared language
# may be its template's.
WRITTEN_LANG_PARAGRAPHS = 3

# --- Metadata keys and precedence -------------------------------------------
#
# ``<meta>`` keys are read from ``property``, ``name`` and ``itemprop``
# (space-separated values each count), lower-cased, "." normalised to ":".
# Each tuple lists keys in order of preference.
META_TITLE: tuple[str, ...] = (
    "dc:title",
    "dcterm:title",
    "dcterms:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
    "sailthru:title",
)
META_AUTHOR: tuple[str, ...] = (
    "dc:creator",
    "dcterm:creator",
    "dcterms:creator",
    "author",
    "parsely-author",
    "article:author",
    "og:article:author",
    "sailthru:author",
    "byl",
    "citation_author",
    "twitter:creator",
)
META_DESCRIPTION: tuple[str, ...] = (
    "dc:description",
    "dcterm:description",
    "dcterms:description",
    "og:description",
    "weibo:article:description",
    "weibo:webpage:description",
    "description",
    "twitter:description",
)
META_SITE_NAME: tuple[str, ...] = ("og:site_name", "application-name", "twitter:site_name")
META_PUBLISHED: tuple[str, ...] = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "parsely-pub-date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc:date",
    "dcterms:date",
    "dc:date:issued",
    "dcterms:created",
    "dcterms:issued",
    "citation_publication_date",
    "citation_date",
    "sailthru:date",
    "article:published",
    "datepublished",
    "date_published",
    "originalpublicationdate",
    "article_date_original",
    "cxenseparse:recs:publishtime",
)
META_MODIFIED: tuple[str, ...] = (
    "article:modified_time",
    "og:updated_time",
    "og:modified_time",
    "datemodified",
    "last-modified",
    "dcterms:modified",
    "lastmod",
)
META_IMAGE: tuple[str, ...] = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image")
META_SECTION: tuple[str, ...] = ("article:section", "parsely-section", "section", "og:section")
META_TAGS: tuple[str, ...] = ("article:tag", "keywords", "news_keywords", "parsely-tags")
META_URL: tuple[str, ...] = ("og:url", "twitter:url", "parsely-link")
META_LANG: tuple[str, ...] = ("og:locale", "content-language", "language", "dc:language")

# schema.org types whose JSON-LD object describes the article itself.
JSONLD_ARTICLE_TYPES: frozenset[str] = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "techarticle",
        "scholarlyarticle",
        "medicalscholarlyarticle",
        "report",
        "satiricalarticle",
        "advertisercontentarticle",
        "review",
        "creativework",
        "webpage",
        "itempage",
        "medicalwebpage",
        "recipe",
        "howto",
    }
)
# A microdata lead counts only outside any item or in an item of these same types
# (the last part of the itemtype URL, lower-cased): never an image's caption, a
# video's blurb or an author's bio by the byline.
STANDFIRST_ITEM_TYPES: frozenset[str] = JSONLD_ARTICLE_TYPES
# Lower rank = preferred when a page holds several typed objects.
JSONLD_WEAK_TYPES: frozenset[str] = frozenset(
    {"creativework", "webpage", "itempage", "medicalwebpage"}
)

# Separators between a headline and the site's name in ``<title>``.
TITLE_SEPARATORS: tuple[str, ...] = (
    " | ",
    " - ",
    " – ",
    " — ",
    " : ",
    " :: ",
    " / ",
    " // ",
    " » ",
    " · ",
    " • ",
    " │ ",
)
# A separator with nothing after it at the end of a title ("Headline -": the
# template's site part left blank).
TITLE_EMPTY_TAIL = re.compile(r"(?<=\S)\s+[-–—|]$")
# Separators written without spaces ("NEWS WEB EASY|Headline"), looked for only
# where a title holds a headline the page shows.
TITLE_TIGHT_SEPARATORS: tuple[str, ...] = ("|", "｜")
# A code in brackets between the headline and a site part ("Name (40222) - Site").
TITLE_BRACKETED_CODE = re.compile(r"\s*\([\w /.-]{1,20}\)")
# A title of at most this many words is a section's or site's label ("About Us",
# "Medienmitteilungen") where the page's one <h1> is a headline of at least the
# other many words, and other ones.
TITLE_LABEL_MAX_WORDS = 2
TITLE_LABEL_H1_MIN_WORDS = 4
# A <h1> that is the title and at most this many words more, the sentence going
# on in lower case ("... erhöht Kapazität" / "... erhöht Kapazität in Tennessee").
TITLE_CONTINUED_MAX_WORDS = 4
# A page's one <h1> that words the title's headline with more words, this share of the
# title's words in it in the same order (words of TITLE_CONTENT_WORD_CHARS letters or
# more: not "the", "of", "in"), is the headline (clipper.extract.html.titles).
TITLE_FULLER_MIN_SHARE = 0.6
TITLE_CONTENT_WORD_CHARS = 4
TITLE_FULLER_MIN_WORDS = 3  # such words in the title, for the share to say anything
# A <title> with no ellipsis is taken for one cut short only from this length: near
# the lengths search results, share cards and CMS fields cut titles at (50 to 70
# characters, less the word cut off): "Apple releases new iPhone" was not cut.
TITLE_CUT_MIN_CHARS = 40
# Between a kicker and the headline ("Kicker: Headline") in a title.
TITLE_KICKER_SEPARATORS: tuple[str, ...] = (": ",)
# A date and a separator before the headline ("23.01.2022 - Headline",
# "2022-01-23 | Headline"): set aside when it is the day of publication.
TITLE_LEADING_DATE = re.compile(
    r"(?:(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})|(?P<iso>\d{4}-\d{2}-\d{2}))"
    r"\s*[-–—|:·•]\s*(?=\S)"
)
# The file type at the end of an address's last part ("…/essen-westviertel.htm").
URL_PAGE_SUFFIX = re.compile(r"\.(?:html?|php|aspx?|jsp|cfm)$", re.I)
# The page's first <h2> elements looked at for the headline when no <h1> shows it.
TITLE_SUBHEADINGS = 5
# On a page with no <h1>, a part of a title in parts ("Site - Headline") shown whole in one
# of the first TITLE_SHOWN_ELEMENTS elements of these tags, of this many words or more,
# is the headline (clipper.extract.html.titles).
TITLE_SHOWN_TAGS: tuple[str, ...] = ("b", "strong", "font", "big")
TITLE_SHOWN_ELEMENTS = 40
TITLE_SHOWN_MIN_WORDS = 3
# On a page with no <h1>, a heading or bold headline (TITLE_SHOWN_TAGS, h2, h3) among the
# first TITLE_SHOWN_ELEMENTS that goes on where the title was cut short ("… hire a
# part-time code" / "… code enforcement officer", or a title ending in "…") is the
# headline, when it has at most this many words (clipper.extract.html.titles).
TITLE_CUT_SHORT_MAX_WORDS = 20
# A site's name read from the end of <title> is at most this many words.
SITE_NAME_MAX_WORDS = 5

# Dates in URLs: /2024/11/18/, /2024-11-18/, /20241118/.
URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|-|$)"
    r"|/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"
)

# A time declared in UTC can sit on another calendar day than the publisher's:
# the day written under the headline wins when it is the next one and the UTC
# hour is at least this (offsets up to +12 reach past midnight), or the previous
# one and the hour is below this (offsets down to -8); an hour between is the
# same day everywhere a publisher is likely to be.
UTC_NEXT_DAY_FROM_HOUR = 12
UTC_PREVIOUS_DAY_BEFORE_HOUR = 8

# A date written out beside the article's headline ("Von Ann Lee 09.03.2022",
# "Familie17/02/2022", "3. Februar 2022", "May 4, 2022"), in the languages of
# ``lexicon.HEADLINE_MONTHS``: looked for in the page's text up to this many
# characters after the headline and this many before it (a dateline above it);
# the one nearest the headline wins.
HEADLINE_DATE_AFTER_CHARS = 250
HEADLINE_DATE_BEFORE_CHARS = 60
# ...up to the first piece of text this long (prose: the article has begun).
HEADLINE_DATE_PROSE_CHARS = 100
_ANY_MONTH = "|".join(
    re.escape(m) for m in sorted(lexicon.HEADLINE_MONTHS, key=len, reverse=True) if len(m) >= 3
)
# Each alternative has its own groups of year, month (a number or a name) and day;
# a and b are day and month, or month and day, around slashes.
HEADLINE_DATE = re.compile(
    r"(?<![\d.])(?P<d1>\d{1,2})\.\s?(?P<m1>\d{1,2})\.\s?(?P<y1>(?:19|20)\d{2})(?!\d)"
    r"|(?<!\d)(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{2})-(?P<d2>\d{2})(?!\d)"
    r"|(?<!\d)(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y3>(?:19|20)\d{2})(?!\d)"
    rf"|(?<!\d)(?P<d4>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?(?P<mon4>{_ANY_MONTH})\.?,?"
    r"\s+(?:de[l]?\s+)?(?P<y4>(?:19|20)\d{2})(?!\d)"
    rf"|\b(?P<mon5>{_ANY_MONTH})\.?\s+(?P<d5>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y5>(?:19|20)\d{{2}})(?!\d)",
    re.I,
)
# Dublin Core's plain "date" is any date of the resource's life (often its last
# change), not the publication's: a date shown by the headline beats it.
META_GENERIC_DATES: frozenset[str] = frozenset({"date", "dc:date", "dcterms:date"})
# A paragraph that opens with a date and a dash is a dateline ("29.11.2022 – The
# ministry said"): looked for, before htmldate, in the page's first paragraphs.
DATELINE_DASH = re.compile(r"\s*[–—-]\s")
DATELINE_PARAGRAPHS = 40
# Where the headline's neighbourhood is read from: the page's text without these.
HEADLINE_DATE_SKIP_TAGS: frozenset[str] = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "select", "option"}
)
WRITTEN_MONTHS: Mapping[str, int] = lexicon.HEADLINE_MONTHS

# A label the page's text puts before the publication's date, the date right after
# it: read where the page declares no date and none stands by the headline.
PUBLISHED_LABEL = re.compile(
    r"(?:^|\s)(?:erschienen|veröffentlicht|publiziert|published|posted|publié|publicado|"
    r"pubblicato|gepubliceerd|erscheinungsdatum|publication date|date of publication)"
    r"(?:\s+(?:am|on|le|el|il|op))?\s*:?\s*",
    re.I,
)
# (the pieces of text that may hold one: a cheap test before the label's pattern)
PUBLISHED_LABEL_TEXT = (
    "//body//text()[contains(., 'ubli') or contains(., 'rschien') or contains(., 'ffentlich')"
    " or contains(., 'osted')][string-length() < 200]"
)

# Month names for dates written out in text: English only, unlike the text
# dump's (``textrules.MONTHS``), since other languages' dates come from
# metadata, which is nearly always machine-readable.
MONTHS: Mapping[str, int] = lexicon.ENGLISH_MONTHS

# The inline tags readability-lxml 0.9 lets stand inside a <div> it turns into a
# paragraph (clipper.extract.html.readable repeats that step, faster).
READABILITY_INLINE_TAGS: frozenset[str] = frozenset(
    {"a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"}
)

# Blocks kept in the clean article HTML; everything else is unwrapped.
KEEP_BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "ul",
        "ol",
        "li",
        "blockquote",
        "pre",
        "code",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "caption",
        "figure",
        "figcaption",
        "dl",
        "dt",
        "dd",
        "hr",
        "br",
        "img",
    }
)
KEEP_INLINE_TAGS: frozenset[str] = frozenset(
    {"a", "em", "strong", "i", "b", "sub", "sup", "code", "mark", "s", "del", "ins", "q", "abbr"}
)
# Attributes kept, per tag; everything else (class, style, id, on*) goes.
KEEP_ATTRIBUTES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "a": ("href", "title"),
        "img": ("src", "alt", "title"),
        "td": ("colspan", "rowspan"),
        "th": ("colspan", "rowspan", "scope"),
        "ol": ("start",),
        "abbr": ("title",),
    }
)
# Block-level tags that end a paragraph in the plain-text rendering.
TEXT_BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "blockquote",
        "pre",
        "table",
        "tr",
        "dl",
        "dt",
        "dd",
        "figure",
        "header",
        "main",
        "hr",
    }
)


# --- Tag sets the cleaning and rendering steps use ----------------------------

NOT_CONTENT_TAGS: frozenset[str] = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "meta", "link"}
)

# Elements judged by their whole text against the boilerplate phrases.
PHRASE_TAGS: frozenset[str] = frozenset(
    {"p", "div", "span", "li", "h2", "h3", "h4", "h5", "h6", "section", "strong", "em", "a"}
)
# ...and a table cell, when it is the only cell of its table holding text: a table
# laid out as a box around one line ("Kommentare insgesamt: 0"); a data table's cells
# (a date, a mark) are never judged one by one.
PHRASE_CELL_TAGS: frozenset[str] = frozenset({"td", "th"})
# A block of these opening with a label that is a boilerplate phrase ("Siehe auch",
# "Read more:") and then only links, however long: a list of other pages set as lines
# of one paragraph. At most LABELLED_LINKS_UNLINKED non-blank characters after the
# label are not link text (the separators, a stray word).
LABELLED_LINKS_TAGS: frozenset[str] = frozenset({"p", "div"})
LABELLED_LINKS_LABEL_MAX_CHARS = 40
LABELLED_LINKS_UNLINKED = 0.1

INLINE_TAGS: frozenset[str] = frozenset({"span", "strong", "em", "a", "b", "i"})

# A block named as furniture goes unless it holds half the body (the article's
# wrapper, named after the post's tags); a list whose text is at least this share
# of link text never is that wrapper (a related-posts list), one of prose items
# may be (recipe steps, a listicle in <ul class="recommended-books">).
NEVER_ARTICLE_WRAPPERS: frozenset[str] = frozenset({"ul", "ol"})
NAMED_LIST_LINK_DENSITY = 0.5

# Elements judged by link density.
LIST_TAGS: frozenset[str] = frozenset({"ul", "ol", "div", "section", "table", "dl"})

BLOCK_OUT_TAGS: frozenset[str] = frozenset(
    {
        "p",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "table",
        "figure",
        "dl",
        "hr",
    }
)

# A kicker: a line above the headline of at most this many words, not a sentence
# (a section's name, "Column", "Analysis"); it goes with the headline.
KICKER_MAX_WORDS = 3
HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# The body's first heading, when it words the title in another order ("<h1><span>
# Flood</span> River level falls</h1>" under "Flood on the river: level falls"): at
# least this many distinct words, this share of them the title's, and this share of
# the title's words in it, is the headline (clipper.extract.html.edges). A subheading
# sharing the title's subject ("The top five" under "The top five and the bottom
# five of 2021") leaves too many of the title's words out.
HEADLINE_REWORDED_MIN_WORDS = 4
HEADLINE_REWORDED_SHARE = 0.8
HEADLINE_REWORDED_COVER = 0.8
# The first heading opening with the whole title (this many characters or more) is the
# headline the title shortened (clipper.extract.html.edges).
HEADLINE_EXTENDED_MIN_CHARS = 20

# A press release's end mark, a block of its own ("###", "-30-", "- END -"): the
# release ends there, and what follows (its source line, the wire's links) goes with it.
END_MARK = re.compile(r"^(?:#{3,}|-\s?30\s?-|-\s?(?:end|ends)\s?-)$", re.I)
END_MARK_AFTER_SHARE = 0.5  # only in the body's second half (by blocks)
END_MARK_TAIL_SHARE = 0.3  # ...with less text after it than this share of the text before
# ...and no paragraph of prose after it (END_MARK_PROSE_WORDS words or more, ending
# as a sentence ends) without a link, an address or a number to call in it, or a
# label above it ("About Brightwell"): a release's tail is its source line, contact
# block and boilerplate; a story's closing paragraph after a "###" is a scene break.
END_MARK_PROSE_WORDS = 10
END_MARK_PROSE = re.compile(r"[.!?…][\"'”’»)]?$")
# The contact block just above an end mark: a few short lines, one an e-mail address or
# a telephone number ("Media Contact:<br>Jordan Price<br>press@…<br>+1 559-555-0142").
CONTACT_LINE = re.compile(r"\S+@\S+\.\w+|(?:^|:\s?)(?:\+|\()?\d[\d ()./-]{6,}\d$")
CONTACT_MAX_LINES = 8
CONTACT_LINE_WORDS = 6
# ...or, with no end mark, one of the last CONTACT_LAST_BLOCKS blocks whose first line
# is a label of at most CONTACT_LABEL_WORDS words ("Pressekontakt:", "Media contact:"),
# when no block from it on is longer than PHRASE_MAX_CHARS
CONTACT_LAST_BLOCKS = 3
CONTACT_LABEL_WORDS = 3
# ...or a label set as a block of its own, a contact's ("Kontakt:", "Media contacts:":
# RELEASE_TAIL_LABEL, ending in a colon), one of the last CONTACT_LABEL_LAST_BLOCKS blocks,
# with a contact block right under it (one per person named) and no longer block after it
CONTACT_LABEL_LAST_BLOCKS = 5
# A company's boilerplate at a release's end: a label "About <Name>" (a heading, or
# a line set in bold) and a paragraph that names it in its first words and describes
# it ("Brightwell Systems is a leading maker of…"), in the body's second part (less
# text from it on than before it). It goes, with everything after it, when all
# that follows is more of the same: other "About" sections, short labels
# ("Forward-looking statements", "Media contact:") and their paragraphs, contacts.
# The body's last paragraph pointing to the site's other pages: a "more" word, then
# "our" (the site's own pages), at most POINTER_MAX_WORDS words, a link to the site.
CLOSING_POINTER = re.compile(
    # (the Romance words for "other" and "more" that are also a sentence's determiners,
    # "Outros dois suspeitos...", "Más tarde, el alcalde nos...", only before a stories
    # noun: the second alternative)
    r"^(?:more|further|find more|mehr|weitere|plus d[e'’]|davantage|meer|więcej|další"
    # the Romance languages' others: "Retrouvez toute l'actualité ... sur notre site",
    # "Lee más noticias en nuestra web", "Leggi altre notizie", "Citește mai multe ..."
    r"|d['’]autres|retrouvez|découvrez|lee más|consulta más|encuentra más|descubre más"
    r"|sigue (?:toda|todas)|leia mais|veja mais|confira mais|acompanhe|descubra mais"
    r"|leggi (?:altre|altri|tutte|tutti)|scopri (?:altre|altri|di più)"
    r"|citește mai multe|descoperă|llegeix més|descobreix|le máis)\b"
    r".*\b(?:our|unser(?:e|er|em|en)?|notre|nos|nuestr[oa]s?"
    r"|nostr[oaie]|noss[oa]s?|onze|nasz\w*|naš\w*|noastr[eă]|nostru|noștri|nostres?|nostra"
    r"|nos[ao]s?)\b"
    # ... or, with no "our", a "more" word and the name of a site's stories: "More stories
    # from Business", "Otras noticias de Economía", "Altri articoli", "Mais notícias"
    r"|^(?:more|más|otras|altre|altri|mais|outras|plus d['’]|d['’]autres|mai multe|alte|més"
    r"|altres|máis|outros|otros)\s+(?:stories|news|articles|noticias|notícias|notizie|articoli"
    r"|actualités|infos|știri|stiri|articole|notícies|novas|artigos)\b",
    re.I,
)
# Not a pointer: a comparison ("More than 300 people..."), or more about the story's own
# subject ("Further details of the scheme, including how to apply, are on our website").
POINTER_NOT = re.compile(
    r"^(?:more than|mehr als|plus de \d+|más de \d+|mais de \d+|meer dan|więcej niż|more and more"
    r"|mai (?:mult|multe) de|més de \d+|máis de \d+|più di"
    r"|(?:more|further) (?:details?|information|info)|weitere (?:informationen|infos|details)"
    r"|mehr (?:informationen|infos|details)|plus d['’](?:informations?|infos|détails)"
    r"|(?:más|mais) (?:información|informações|detalles|detalhes)|altre informazioni"
    r"|mai multe (?:informații|detalii)|més (?:informació|detalls)|máis (?:información|detalles)"
    r"|meer informatie|więcej informacji|další informace)\b",
    re.I,
)
POINTER_MAX_WORDS = 20
# A subheading with nothing under it (clipper.extract.html.edges.drop_orphan_headings):
# a label this short at most.
ORPHAN_HEADING_MAX_WORDS = 10
ORPHAN_HEADING_TAGS: frozenset[str] = frozenset({"h2", "h3", "h4", "h5", "h6"})
# The writer's own sign-off set as a heading at the very end ("Happy reading!",
# "Stay safe, and see you next week"): punctuated as a sentence (a closing "!" or
# ".", a comma inside) or signed ("— The Editors"), which the furniture's labels
# ("Related", "More from us") are not; only under text, not under another heading.
SIGN_OFF_HEADING = re.compile(r"[!.]$|\w,\s+\w|^[—–]\s*\w")
# Only words that say "about" and nothing else: the bare prepositions ("über", "over",
# "sobre", "om", "o", "про") head ordinary sections too ("Über Weihnachten", "Over
# Christmas"). ABOUT_COMPANY: the labels naming no company ("Über das Unternehmen").
# Either is taken only on a page that shows itself a release (RELEASE_DATELINE, an
# END_MARK, a RELEASE_TAIL_LABEL after the section).
ABOUT_LABEL = re.compile(
    r"^(?:about|à propos d[e'’]|a propos d[e'’]|acerca de|informazioni su"
    r"|o společnosti|o spoločnosti|o firmie|о компании|despre|σχετικά με"
    r"|tentang|về)\s+(?P<name>\S.{0,60}?)\s*:?$"
    r"|^(?P<name2>\S.{0,60}?)\s+(?:hakkında|について)\s*:?$",
    re.I,
)
ABOUT_COMPANY = re.compile(
    r"^(?:about (?:the company|us)|über (?:das unternehmen|uns|die firma)"
    r"|à propos de (?:la société|l['’]entreprise|nous)|acerca de (?:la empresa|nosotros)"
    r"|sobre (?:a empresa|la empresa|nós|nosotros)|over (?:het bedrijf|ons)"
    r"|om (?:företaget|selskapet|virksomheden|oss|os)|o (?:společnosti|spoločnosti|firmie|nas)"
    r"|о компании|о нас)\s*:?$",
    re.I,
)
# A release wire's dateline opening the body: "LEEDS, England, Dec. 2, 2026 /PRNewswire/ --",
# "HALIFAX, Dec. 2, 2026 (GLOBE NEWSWIRE) --", "SAN FRANCISCO--(BUSINESS WIRE)--": the
# wire between slashes, or in brackets with a double dash ("(Reuters) -", one dash: news).
RELEASE_DATELINE = re.compile(
    r"^.{0,120}?(?:/[^/\s][^/]{0,30}/\s*[-–—]|\([^()]{2,30}\)\s*--)", re.S
)
ABOUT_LABEL_MAX_WORDS = 8
ABOUT_TEXT_MIN_WORDS = 8  # the description is a sentence, not a link or a line
ABOUT_NAME_WITHIN_WORDS = 12  # ...naming the company in its first words
# The labels a release's tail may hold after its "About" (headings or bold lines);
# any other heading is the story's, and the section stays.
RELEASE_TAIL_LABEL = re.compile(
    r"^(?:(?:media|press|investor|investors|news|editorial)\s+)?(?:contacts?|enquiries|inquiries)"
    r"|^forward[- ]looking statements?|^(?:cautionary|safe harbou?r)\b|^disclaimer|^source\b"
    r"|^notes? (?:to|for) editors|^(?:presse)?kontakte?|^pressekontakt|^contacts? (?:presse|médias?)"
    r"|^contactos?(?: de prensa)?|^contatti|^contatos?|^kontakt(?: dla mediów| pro média)?"
    r"|^(?:zukunftsgerichtete aussagen|déclarations prospectives|declaraciones prospectivas)",
    re.I,
)
# A line at the body's head that is a date and at most DATE_LINE_OTHER_WORDS words
# more (a weekday, "Publié le", "kl 06.00"), up to DATE_LINE_MAX_CHARS: the page's
# date, read as its metadata, not its text ("Mittwoch, 14. Mai 2003", "01 dicembre 2026").
DATE_LINE_MAX_CHARS = 60
DATE_LINE_OTHER_WORDS = 2
# ...or a date within DATE_LINE_NEAR_DAYS of the page's with nothing beside it but a
# weekday and a clock time's words ("at 6:00 a.m. EST", "um 16:45 Uhr")
DATE_LINE_NEAR_DAYS = 3
DATE_LINE_CLOCK_WORDS: frozenset[str] = frozenset(
    {
        "at", "um", "à", "a", "las", "alle", "om", "kl", "às", "o",
        "uhr", "h", "am", "pm", "a.m", "p.m", "a.m.", "p.m.",
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst",
        "cet", "cest", "mez", "mesz", "jst", "kst", "aest",
    }
)  # fmt: skip
WEEKDAY_WORDS: frozenset[str] = lexicon.WEEKDAYS
# ...and what a date line may carry beside its date without a word of text: a clock
# time written with an "h" ("11h40", Portuguese and French), an update's label and how
# long ago it was ("Atualizado há 3 horas", "Updated 2 hours ago", "aktualisiert vor 3
# Stunden"): the page's date and its last change, not the article's text.
DATE_LINE_STAMPS = re.compile(
    r"(?<!\w)\d{1,2}h\d{2}(?!\w)"
    rf"|(?:(?<!\w)(?:{lexicon.UPDATED_LABELS})(?!\w)\s*:?\s*)?"
    r"(?:(?:há|hace|vor|il y a|před)\s+\d{1,3}\s*(?:min(?:uto|ute|uten?)?s?|minut\w*"
    r"|horas?|hours?|hrs?|stunden?|heures?|h|hodin\w*)"
    r"|\d{1,3}\s*(?:min(?:ute)?s?|hours?|hrs?|minuti|ore)\s+(?:ago|fa))(?!\w)",
    re.I,
)
# The body's last paragraph when it is only a sign-off in brackets: the writer's or
# agency's initials ("(kb)", "(dpa/lni)", "(red.)"), a byline, not text.
SIGN_OFF = re.compile(r"^[(\[]\s?[^\W\d_][\w/.,-]{0,11}\s?[)\]]$")
# A link showing an address as its text ("www.example.org", "http://…/report.pdf"): a
# reference the article gives (a press release's source), never the page's chrome.
SHOWN_ADDRESS = re.compile(r"https?://|www\.|^[\w.-]+\.[a-z]{2,6}(?:/\S*)?$", re.I)
# What a line of links is split by ("Print | E-mail this story · Back to News").
LINE_SEPARATORS = re.compile(r"[|·•/\-–—\[\]()]")

LINK_ATTRIBUTES: frozenset[str] = frozenset({"href", "src"})

# A button holding a heading's whole text is an accordion's question only when
# the fold it opens holds an answer: this many words, not nearly all links (a
# table of contents is).
ACCORDION_ANSWER_MIN_WORDS = 5
ACCORDION_ANSWER_MAX_LINKED = 0.75
# ...and only in a heading of at most this many elements (the button, an icon)
HEADING_BUTTON_MAX_CHILDREN = 3

# An <aside> set inside the article's text that opens with one of these labels is
# the article's own note on itself (a correction, an editor's note), not a
# sidebar: it stays, up to ARTICLE_NOTE_MAX_CHARS of text, when paragraphs of
# the article stand beside it.
ARTICLE_NOTE_LABEL = re.compile(
    r"(?:corrections?|clarification|editor['’]s note|note from the editor"
    r"|korrektur|richtigstellung|berichtigung|anmerkung der redaktion"
    r"|rectificatif|correctif|note de la rédaction|fe de errores|corrección|aclaración"
    r"|nota del editor|nota de la redacción|nota della redazione|rettifica)\s*[:.–—-]",
    re.IGNORECASE,
)
ARTICLE_NOTE_MAX_CHARS = 800
# ...and so is an <aside> inside the page's <main> or <article> that is the story's
# summary: its first words one of these labels, then a list of sentences (items
# mostly not links, at most SUMMARY_BOX_MAX_LINKED of the list's text), up to
# SUMMARY_BOX_MAX_CHARS (a live blog's key points, a story's "at a glance").
SUMMARY_BOX_LABEL = re.compile(
    r"(?:key (?:points|facts|takeaways)|summary|at a glance|what we know(?: so far)?|in brief"
    r"|das wichtigste(?: in kürze)?|auf einen blick|in kürze|kurz und knapp"
    r"|(?:les )?points? clés|l['’]essentiel|en bref|ce qu['’]il faut (?:savoir|retenir)"
    r"|puntos clave|lo (?:más )?(?:importante|esencial)|claves|en resumen|resumen"
    r"|punti chiave|in sintesi|in breve|em resumo|pontos[- ]chave|resumo|destaques"
    r"|belangrijkste punten|in het kort|samenvatting|najważniejsze|w skrócie"
    r"|главное|коротко|hlavní body|ve zkratce|özet|öne çıkanlar|sammanfattning|i korthet)"
    r"\b\s*[:.–—-]?",
    re.IGNORECASE,
)
SUMMARY_BOX_MAX_CHARS = 1500
# ...but "In brief", "En bref", "In Kürze" head a box of the paper's other short news
# too, set among a story's paragraphs: under these labels the items must speak of the
# story, SUMMARY_BOX_TOPIC_SHARE of their content words back in the headline and the
# first SUMMARY_BOX_LEAD_PARAGRAPHS paragraphs.
SUMMARY_BOX_BRIEF_LABEL = re.compile(
    r"(?:in brief|briefly|in kürze|kurz und knapp|kurz notiert|en bref|in breve|en resumen"
    r"|resumen|em resumo|resumo|in het kort|w skrócie|коротко|ve zkratce|i korthet)"
    r"\b\s*[:.–—-]?",
    re.IGNORECASE,
)
SUMMARY_BOX_TOPIC_SHARE = 0.25  # as the text stage asks of a box (BOX_TOPIC_SHARE)
SUMMARY_BOX_LEAD_PARAGRAPHS = 3
SUMMARY_BOX_LEAD_ELEMENTS = 300  # ...among the story's first elements, read no further
SUMMARY_BOX_MAX_LINKED = 0.5
