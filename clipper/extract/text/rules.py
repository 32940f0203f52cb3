"""Rules as data for the plain-text page-dump stage (``dump.py`` and the modules it calls).

A text dump is what a browser's "select all, copy" or a text-only saver leaves
of a page: the article's lines with the site's furniture still around them.
``dump.py`` decides mostly from *structure* (where the prose is, what is
short, what sits at the edges); the patterns here are the *names* of things it
recognises, in several languages. To teach clipper a new site habit, add to a
tuple here and a fixture under ``tests/fixtures/dumps/``.

Every line pattern is matched with ``fullmatch`` against one line after
whitespace normalisation and bullet removal, case-insensitively unless noted,
so a rule such as ``share`` removes a line that *is* "Share" and never a
paragraph that merely contains the word.

All values are immutable (tuples, frozensets, mappings built once, compiled
patterns).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from clipper.extract import lexicon
from clipper.extract.topics import TOPIC_COMMON_WORDS as TOPIC_COMMON_WORDS
from clipper.extract.topics import TOPIC_MIN_LETTERS as TOPIC_MIN_LETTERS
from clipper.extract.topics import TOPIC_PREFIX as TOPIC_PREFIX

_I = re.IGNORECASE


# A capital and a small letter of the cased scripts, where case alone tells two
# run-together words apart ("tambiénLa": the end of one, the start of the next).
_UPPER = "[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĘĚŁŃŇŐŘŚŠŤŮŰŹŻŽА-ЯЁΑ-Ω]"
_LOWER = "[a-zß-öø-ÿāăąćčďđęěłńňőřśšťůűźżžа-яёα-ω]"


def _rx(*alternatives: str) -> re.Pattern[str]:
    """One case-insensitive pattern from several alternatives."""
    return re.compile("|".join(f"(?:{a})" for a in alternatives), _I)


# --- Normalisation -----------------------------------------------------------

# The Unicode normal form of a dump's text, as the HTML reader gives its text
# (composed: "é" one character, not "e" and a combining accent).
UNICODE_FORM: Literal["NFC"] = "NFC"
# Odd whitespace a browser copy leaves behind (NBSP, thin and ideographic
# spaces, tabs); mapped to a plain space. Zero-width spaces, word joiners, BOM
# and soft hyphens are removed outright; zero-width joiners and non-joiners only
# where they join nothing (``untrusted.without_loose_joiners``): inside a word they
# are its spelling, as the HTML reader keeps them.
SPACE_CHARS: str = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
DROP_CHARS: str = "\u200b\u2060\ufeff\u00ad"
# Icon-font glyphs ("\ue096 Share"): private-use code points carry no text,
# and removed outright they leave the button's label for the chrome rules.
ICON_FONT_CHARS: range = range(0xE000, 0xF900)

# Markdown, as "copy as Markdown" tools and reader apps give a page: headings'
# hashes, emphasis and link syntax go, a link keeps its text and an image
# becomes its file name (an image file line). Underscores are left alone
# (snake_case, "__init__.py"), and so is a lone "*"; "**" glued to a word
# is code ("2**32", "f(**a) + g(**b)"), not bold. A
# link's text holds no bracket and its address no space and at most one level
# of parentheses, and bold text no "**": each match then stops at the next
# bracket, parenthesis or "**", so a long line with many unclosed ones is read
# in linear time.
MARKDOWN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^#{1,6}\s+(?=\S)"), ""),
    (re.compile(r"^!\[[^\]]*\]\((?:[^)\s]*/)?([^)\s/]+)(?:\s+\"[^\"]*\")?\)$"), r"\1"),
    (
        re.compile(r"(?<!!)\[([^\[\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"]*\")?\)"),
        r"\1",
    ),
    (re.compile(r"(?<![\w*])\*\*(?=[^\s*])((?:[^*]|\*(?!\*))+?)(?<=[^\s*])\*\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
)

# A list bullet at the start of a line ("  • Category:Event", "- item").
# En and em dashes are *not* bullets: Russian and French dialogue opens with them.
BULLET = re.compile(r"^(?:[•·▪▫◦‣⁃●○■□►▶▸✓✔]|[-*+](?=\s))\s*")
# Two blocks of prose with only list items, subheadings or code between them
# (no chrome, marker, image or metadata line) are one article, when the lines
# between weigh at most this much (see ``_gap_weight``): a long run of labels
# is a feed or a widget even where no rule names it.
PLAIN_GAP_MAX_WEIGHT = 20
PREMIUM_BADGE = "chrome: premium badge"
# A link to a video or a gallery set inside the article, its kind in capitals before
# its headline: "WATCH Moment lottery winner ...", "VIDÉO. Les images de ...". Over
# the body the same line may be the article's own headline ("VIDEO: ..."), so only
# a short line inside the body is read so (``assembly.py``).
MEDIA_TEASER = re.compile(
    r"(?:WATCH|VIDEO|VIDÉO|VÍDEO|IN PICTURES|EN IMAGES|EN IMÁGENES|BILDERSTRECKE|FOTOS)[.:]?"
    r" [A-ZÀ-ÖØ-Þ].{4,200}"
)
MEDIA_TEASER_REASON = "chrome: media teaser"
# Chrome that stands inside articles too, so it doesn't mark furniture
# between two blocks of prose.
IN_ARTICLE_CHROME: frozenset[str] = frozenset(
    {
        "chrome: stray punctuation",
        "chrome: advertisement",
        "chrome: premium badge",  # PREMIUM_BADGE
        "chrome: live blog button",
        "chrome: post time",  # STAMP_REASON: a live blog's posts are one article
        "chrome: post share row",  # STAMP_ROW_REASON
    }
)
# ... and the chrome that weighs nothing in a gap between two blocks (``body.py``)
GAP_FREE_CHROME: frozenset[str] = frozenset(
    {"chrome: advertisement", "chrome: post time", "chrome: post share row", "chrome: slideshow"}
)
# An item of a numbered list ("3. Australia", "10) Spain").
NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s+\S")

# UTF-8 text a browser decoded with a page's stale legacy charset
# (``mojibake.py``): the charsets tried, in order, to encode it back; a repair
# must shorten the text by this many characters and leave undecodable at most
# this share of that (or no more than the browser's own replacement characters).
MOJIBAKE_CHARSETS: tuple[str, ...] = ("cp1252", "gb18030", "shift_jis", "big5", "euc_kr")
MOJIBAKE_MIN_SHRINK = 4
MOJIBAKE_MAX_LOSS = 0.5

# --- What counts as prose ----------------------------------------------------

# A line "ends a sentence" when its last character (ignoring closing quotes and
# brackets) is one of these.
SENTENCE_END = re.compile(r"[.!?…。！？‼⁉][\"'”’»)\]）」』]*$")
# What a post may set after its last sentence: hashtags and emoji ("... is the
# highlight. 🌿 #vintage #plants"). Set aside when asking whether a line ends a
# sentence; a hashtag begins with a letter ("Mistake #11" is a number).
TRAILING_TAG = re.compile(r"#[^\W\d_][\w-]*|[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+")
TRAILING_TAGS = re.compile(rf"(?:\s+(?:{TRAILING_TAG.pattern}))+$")
# CJK sentence punctuation anywhere in a line.
CJK_SENTENCE_PUNCT = re.compile(r"[。！？]")
# Characters of scripts written without spaces between words are
# ``clipper.cjk.CJK_RUN``; kana and hangul tell Japanese and Korean apart.
KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
HANGUL = re.compile(r"[\uac00-\ud7af]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Thresholds, in words for spaced scripts and characters for CJK.
PROSE_MIN_WORDS = 8  # a sentence-final line this long is a paragraph
PROSE_ANY_WORDS = 20  # any line this long is a paragraph, punctuation or not
UNSPACED_WORD_CHARS = 4  # Thai, Lao, Khmer, Myanmar: letters to a word (``unspaced.py``)
# A line of TAG_LIST_MIN_ITEMS or more capitalised items set apart by commas, each
# of at most TAG_LIST_ITEM_WORDS words, lists a post's categories: no headline.
TAG_LIST_MIN_ITEMS = 4
TAG_LIST_ITEM_WORDS = 3
PROSE_MIN_CJK = 15  # CJK line with 。！？ and this many characters
PROSE_ANY_CJK = 60
# ... or, with its clauses set apart by spaces instead of 。, this many
# characters in clauses of PROSE_CJK_CLAUSE characters on average. Not by
# commas: a Chinese or Japanese headline often has one ("台積電宣布…，預計…").
PROSE_SPACED_CJK = 24
PROSE_CJK_CLAUSE = 8
CJK_CLAUSE_BREAK = re.compile(r"\s+")
HEADLINE_WORDS = (3, 25)  # inclusive range for a headline-like line
# A line a browser copied with tabs between at least this many cells is a row
# of a table or of a menu ("Archives<TAB>Calendar<TAB>Subscribe"), never a headline.
ROW_MIN_CELLS = 3
HEADLINE_CJK = (6, 60)
# Without any such line, short sentences of at least four words make the body
# when they hold this many words together (a short note, not a menu).
SHORT_NOTE_MIN_WORDS = 12
# A dump of at most this many lines, all plain short lines (no chrome, marker,
# metadata or photo), is kept whole: there is no furniture in it to strip.
SHORT_DUMP_MAX_LINES = 4
# ... unless a line is an error page's (denied, not found, "go back home"): that
# page is no article, and is refused. (extract/pagekind.py has no such rule: its
# rules are for walls in front of an article.)
ERROR_PAGE_WORDS = re.compile(
    r"\baccess (?:is )?denied\b|\bpermission denied\b|\bforbidden\b|\bunauthori[sz]ed\b"
    r"|\b(?:do not|don't) have (?:the )?permission\b|\b(?:page|file|article|site) not found\b"
    r"|\bnot found\b|\b(?:could|can)(?:n['’]t| ?not) (?:be )?(?:find|found)\b|\b(?:40[134]|50[023])\b.{0,20}\berror\b"
    r"|\berror\b.{0,20}\b(?:40[134]|50[023])\b|\bno longer (?:exists|available)\b"
    r"|\bgo (?:back )?(?:to (?:the )?)?home(?: ?page)?\b|\bback to (?:the )?home ?page\b"
    r"|\bseite (?:wurde )?nicht gefunden\b|\bzugriff verweigert\b|\bzur(?:ück zur)? startseite\b"
    r"|\bpage introuvable\b|\baccès refusé\b|\bp[áa]gina no encontrada\b|\bacceso denegado\b",
    re.IGNORECASE,
)
SUBHEADING_MAX_WORDS = 14  # a short line between paragraphs this long is an <h2>
SUBHEADING_MAX_CJK = 40

# Hard-wrapped text (a saved .txt wrapped at 72 columns): the longest line is
# within this range, lines at least this share of it count as full-width, and
# at least this many full-width lines end mid-sentence.
WRAP_WIDTH = (60, 100)
WRAP_FULL_SHARE = 0.75
WRAP_MIN_BREAKS = 3
# On a page not wrapped throughout, a run of lines (no blank between) is
# wrapped when at least this share of its full-width lines end mid-sentence
# with the next line going on in lower case.
WRAP_RUN_GOING_ON = 0.6

# A line of program code (kept as <pre> in the body, never a heading, and no
# sign that the article has ended).
CODE_LINE = re.compile(
    r"[{};]\s*$|^\s*(?://|/\*|#include|def |class |import |return\b|\$ )|\s=\s"
    # a line that calls and ends with the call's bracket: looked for once from the
    # line's start (from each "x(", a line of "a(a(a(…" took time in its square)
    r"|^(?=.*?\w\().*\)\s*[;{]?$"
    # a block's opening line in Python and its kin: "if i == 1:", "try:", "except KeyError as e:"
    r"|^\s*(?:if|elif|else|for|while|try|except|finally|with)\b[^:]*:\s*$"
)
# A code block or a console's output, copied from a page's <pre>: a run of
# lines with no blank between, of which at least CODE_RUN_SHARE (prose aside)
# are indented (CODE_INDENT: a browser collapses the spaces of any other text)
# or written in a program's syntax (CODE_SYNTAX), at least one of them in
# syntax and a second indented or in syntax. Its lines are code (``code.py``)
# whatever they look like alone: "SELECT" is no menu item, a log row's date no
# byline's, "</head>" no link to the previous entry.
CODE_INDENT = re.compile(r"(?: {2,}|\t+ *)\S")
CODE_SYNTAX = re.compile(
    r"^</?[A-Za-z!][\w:-]*(?:\s[^<>]*)?/?>"  # markup: "<div id=\"x\">", "</head>"
    r"|[{}]|^[)\]]|[│┃┼─━┆]"  # braces, a closing bracket first, a console table's rules
    r"|\w[.:]\w+\(|\w\([^()\t]*\)\s*[;:,]?$"  # calls: "chai.expect(", "avg(n)"
    r"|==|!=|&&|\|\||=>|->|::|\+=|:=|\s=\s"  # operators
    r"|[a-z]_[a-z]|^(?:\$|>>>|\.\.\.) "  # snake_case names, shell and REPL prompts
    r"|^(?://|/\*|#include|def |class |import |return\b)"  # comments, definitions
)
CODE_RUN_MIN_LINES = 2
CODE_RUN_SHARE = 0.5
# ... unless more than this share of the dump's lines are indented: a page that
# keeps its source's spacing throughout, or one long <pre> (a plain-text RFC).
CODE_INDENT_MAX_SHARE = 0.75
# What ``Line.reason`` says of a line of such a run.
CODE_REASON = "code"
# A formula copied one symbol per line (``formulas.py``): lines of at most
# FORMULA_SYMBOL_MAX_CHARS characters ("x", "2", "+", "σ", "(") standing
# FORMULA_MIN_SYMBOLS or more in a row, one of them an operator; the line that
# goes on the sentence after it opens with a space (" , there are two
# solutions to ", " and they are").
FORMULA_SYMBOL_MAX_CHARS = 3
FORMULA_MIN_SYMBOLS = 4
FORMULA_OPERATOR = re.compile(r"[=+−±×÷≤≥≠<>∑∏∫√∂∇→↦⋅∞≈≡∈∉⊂⊆∪∩]")
FORMULA_GOING_ON = re.compile(r" [a-z,.;:)]")
# A data table copied with a tab alone on a line between its cells
# (``tables.py``): at least TABLE_MIN_TABS such tabs, each at most
# TABLE_GAP_LINES lines with text from the last, and no fewer lines with text
# than tabs. The first row's first cell and the last row's last cell are the
# TABLE_EDGE_LINES lines at most next to the outer tabs. A page laid out in a
# table has a tab or two.
TABLE_MIN_TABS = 6
TABLE_GAP_LINES = 6
TABLE_EDGE_LINES = 2
CELL_REASON = "table cell"
# ... or copied one row a line, its cells set apart by tabs: TABLE_MIN_ROWS such
# rows one under another, each with as many cells.
TABLE_MIN_ROWS = 3
ROW_REASON = "table row"
# Headlines cut to fit a box of other articles (``teasers.py``): this many
# lines in a row (blank lines aside) ending in an ellipsis are a list.
CUT_OFF = re.compile(r"(?:…|\.\.\.)[\"'”’»)\]]*$")
CUT_TEASERS_MIN = 3
# A slideshow copied in place (``slides.py``): each slide's caption opens with
# its counter ("3/50 Rail revenue falls"), SLIDE_RUN_MIN or more counters in a
# row stepping by one under one total of at least SLIDE_TOTAL_MIN. Each
# slide's lines (counter to next counter) are the gallery's, not the article's.
SLIDE_COUNTER = re.compile(r"(?P<k>\d{1,3}) ?/ ?(?P<n>\d{1,3})(?=\s+\S)")
SLIDE_RUN_MIN = 3
SLIDE_TOTAL_MIN = 3
# A slide has at most this many lines with text (counter, caption, credit).
SLIDE_MAX_LINES = 4
# Prose lines that must stand outside the slideshow for it to be stripped:
# a photo story whose captions are all its text keeps them.
SLIDE_PROSE_OUTSIDE_MIN = 3
SLIDE_REASON = "chrome: slideshow"
# Slides that hold most of the page's prose are a listicle's items below this many.
SLIDE_MANY = 10
# A link card set in an article (``cards.py``): its headline copied two or
# more times on one line (the link's text in each of the card's layers), at
# least CARD_HEADLINE_MIN_WORDS words, no sentence end; the excerpt under it
# cut with an ellipsis and at most CARD_TAIL_MAX_WORDS words after it ("Read more").
CARD_HEADLINE_MIN_WORDS = 3
CARD_TAIL_MAX_WORDS = 4
CARD_EXCERPT_CUT = re.compile(r"(?:…|\.\.\.)\s*(?P<tail>[^….]*)$")
CARD_REASON = "chrome: link card"
# A reader poll (``polls.py``): a question of at most POLL_QUESTION_MAX_WORDS words,
# under it its answers on one line of at most POLL_ANSWERS_MAX_WORDS words, run
# together ("YesNoAlready have one": a bare "12 votes" under a question is a Q&A's score)
# and ending with a vote button, or over a
# vote count ("1,204 votes"); a label may stand over the question.
POLL_QUESTION_MAX_WORDS = 20
POLL_ANSWERS_MAX_WORDS = 8
QUESTION_MARKS = ("?", "？", "؟", "\u037e")
RUN_TOGETHER = re.compile(r"[a-zà-ÿа-я][A-ZÀ-ÞА-Я]")
POLL_VOTE = re.compile(
    r"(?:[\d.,\s]+\s*(?:votes?|stimmen|votos?|voix|voti|stemmen|głos(?:y|ów)?|röster|hlasů|голос(?:а|ов)?))"
    r"|(?:vote|abstimmen|votar|voter|vota|stemmen|głosuj|rösta|hlasovat|голосовать)\s*$",
    _I,
)
POLL_LABEL = re.compile(
    r"poll|umfrage|sondage|encuesta|sondaggio|enquete|peiling|ankieta|omröstning|anketa|опрос", _I
)
POLL_REASON = "chrome: poll"
# A live blog's post stamps (``stamps.py``): a line that is a clock time and nothing
# else but its unit ("15:30 Uhr", "10:42 p.m.", "11:42 hrs", "14h05") and maybe the
# post's author, run together or after a separator ("01:40Tariq Hussain", "14:32 Nadia
# Holm"). An author counts only when two stamps name the same one: "16:52 Power back
# for most homes" is a key event's headline. Taken when STAMPS_MIN stamps stand in the
# copy; then a short line of at most STAMP_ROW_MAX_WORDS words found right under a stamp
# or right over one STAMPS_MIN - 1 times or more is a post's share row ("ShareCopy link"),
# wherever it stands from the first stamp on.
POST_STAMP = re.compile(
    # a clock's time, or how long ago the post went up ("6m ago", "1h agoBy Jane Roe")
    r"(?P<clock>[0-2]?\d[:.h][0-5]\d(?::[0-5]\d)?|\d{1,2} ?(?:m|mins?|h|hrs?) ago"
    r"|vor \d{1,2} (?:min\.?|minuten|std\.?|stunden))\s*"
    r"(?:[ap]\.\s?m\.|[ap]m\b|uhr\b|hrs?\b|h\b|น\.|ч\.)?\s*[·•|,–—-]?\s*"
    r"(?P<name>(?:[^\W\d_][\w'’.-]*(?:\s+|$)){0,4})",
    _I,
)
STAMPS_MIN = 3
STAMP_MAX_WORDS = 7
STAMP_ROW_MAX_WORDS = 3
STAMP_REASON = "chrome: post time"
STAMP_ROW_REASON = "chrome: post share row"
# A chart's labels (``charts.py``): at least CHART_MIN_LABELS short lines in a
# row (blank lines aside), each a value or at most CHART_WORD_MAX_WORDS words,
# and at least CHART_VALUE_SHARE of them values ("$915", "13.0%", "’17").
CHART_VALUE = re.compile(r"[’'$€£¥~≈<>+−-]?\d[\d.,:/]*\s?(?:%|[kKMB]|bn|mn)?")
CHART_MIN_LABELS = 6
CHART_VALUE_SHARE = 0.6
CHART_WORD_MAX_WORDS = 2
CHART_REASON = "chart labels"
# ...and only a run with an axis: at least CHART_AXIS_TICKS values in a row that
# step by the same amount ("’17", "’18", "’19", "’20"; "900", "600", "300", "0").
# A results or stats box ("Yes", "61.4%", "8,120", "No", …) is the article's data.
CHART_AXIS_TICKS = 4
CHART_NUMBER = re.compile(r"\d+(?:\.\d+)?")  # a value label's number, its commas taken out
CHART_STEP_TOLERANCE = 1e-9  # steps equal but for floating-point rounding ("0.1", "0.2", "0.3")
# A bare link or a long file path on its own line ("genealogy.com/Records_War",
# an avatar's image URL): never prose, and never a headline.
BARE_LINK = re.compile(r"(?:https?://|www\.)\S+|(?=\S{12,}$)\S*[/?=&]\S*")
BARE_LINK_REASON = "chrome: bare link"

# --- Finding the body ----------------------------------------------------------
#
# Prose lines form blocks; a gap of this many short lines between two
# paragraphs separates two blocks (an article and, say, a teaser list). Link-
# like labels count 1, longer lines 0.5, chart numbers and code 0; recognised
# chrome (share buttons, sign-in prompts) counts CHROME_GAP_WEIGHT, and
# advertisements nothing: they stand inside articles.
CLUSTER_GAP_LINES = 6
# ... and this many headlines, each over its date, between two paragraphs are
# a list of other articles: they part two blocks however few they are.
DATED_HEADLINES_BREAK = 2
DATE_ALONE_MAX_WORDS = 3  # "03/11/2023", "March 3, 2025"; not "Termin: 21.02.2020, 19 Uhr"
CHROME_GAP_WEIGHT = 0.5
# A recipe's list of ingredients under its heading, above the steps (the
# body's prose): at most this many short lines, nothing else between.
INGREDIENTS_HEADING = re.compile(
    r"(?:the |die |les |los |gli )?(?:ingredients?|zutaten|ingrédients|ingredientes|ingredienti"
    r"|składniki|ingrediënten)(?: (?:for|für|pour|para|per) [^:]{1,40})?\s*:?",
    re.IGNORECASE,
)
INGREDIENTS_MAX_LINES = 80
INGREDIENTS_MIN_QUANTITY_SHARE = 1 / 3  # of its lines that hold a digit ("250 g", "2")
# A short line this long that ends in a colon between two paragraphs is the
# author's lead-in to what follows ("Consider the following file:", "Was uns
# gefällt:"): it says the article goes on, so it adds nothing to the gap.
# Menus' items and labels ("Tags:", "Share:") are shorter, or chrome already.
LEAD_IN_MIN_WORDS = 4
# A dek right over the body (``deks.py``): a headline-like line of at least this many
# words, longer than the headline that stands among this many lines above it.
DEK_MIN_WORDS = 8
DEK_HEADLINE_REACH = 4
# A comments label in the singular over this many paragraphs in a row, nothing
# between them, heads a section of the article's own commentary (``sections.py``);
# the plural ("Comments", "Kommentare") labels a thread.
SECTION_PROSE_RUN = 3
# A "More information" line ("Weitere Informationen:", "Więcej informacji") is a
# soft end marker only over a run of at least MORE_INFO_LINK_RUN link-like lines:
# short titles with no sentence mark and no colon (a list of links). Over fact
# lines ("Opening hours: 10-18") or prose it is the article's own subheading.
MORE_INFO_LABEL = re.compile(
    r"(?:(?:weitere|mehr) (?:informationen|infos)|(?:more|further) information"
    r"|więcej informacji|plus d'informations|más información|mais informações"
    r"|ulteriori informazioni|meer informatie)(?: ?[:：])?",
    re.IGNORECASE,
)
MORE_INFO_LINK_RUN = 2
MORE_INFO_LINK_WORDS = 20
LINK_LIKE_BAD = re.compile(r"[:：]")
COMMENTARY_LABEL = re.compile(
    r"comment|kommentar|komentarz|commentaire|comentario|commento|komentář", re.IGNORECASE
)
# ... and under the body's last paragraph it opens a list of at most this many lines,
# unless it speaks of the site's own lists: its articles, tags, topics, galleries
# ("Diese Artikel könnten dich auch interessieren:", "Tags for this post:", "More of
# our coverage ...:", "Aus unserem Archiv:") or asks
# the reader's consent (a share button's prompt).
LEAD_IN_LIST_MAX_LINES = 40
SITE_LIST_LEAD_IN = re.compile(
    r"\b(?:artikel|beitr[aä]g|articles?|art[ií]culos?|posts?|stor(?:y|ies)|schlagw[oö]rt|tags?"
    r"|themen|topics?|th[eè]mes?|interess|interest|newsletter|galer|gallery|fotostrecke|bilder"
    r"|archiv|coverage|berichterstattung|zustimm|consent|einwillig)",
    re.IGNORECASE,
)
# A comments marker introduces a block when it stands among this many lines
# above it, and no headline or byline stands as close above the marker.
COMMENTS_MARKER_REACH = 5
# End markers whose kind means a comment thread follows: never crossed.
COMMENT_MARKERS: frozenset[str] = frozenset({"comments", "trackback"})
# End markers whose kind means a list of other articles follows: the block
# right under one is that list's teasers, never the article (unless it is the
# page's first block).
LIST_MARKERS: frozenset[str] = frozenset(
    {"popular and recent lists", "recommendations", "related links"}
)
# A block with this share of the heaviest block's weight beats any block
# that a comments marker introduces.
MIN_SHARE_OVER_COMMENTS = 0.1
# A block below a comments marker is comments when the block just above the
# marker has several paragraphs and this share of the heaviest block's weight
# (or JOIN_ENOUGH_WEIGHT): the article the comments are about.
ARTICLE_ABOVE_COMMENTS_SHARE = 0.25
# Lighter blocks may stand between that article and the marker (an author bio,
# a "Tried this recipe?" box) when together they weigh less than this share of it.
BETWEEN_ARTICLE_AND_COMMENTS_SHARE = 0.5
# A marker with this many lines this short on each side is a menu's item.
MENU_ITEM_MAX_WORDS = 2
MENU_ITEMS_AROUND = 2
# A block of prose beyond a long gap joins the article when it has at least
# this many paragraphs and this share of the article's weight; across a list
# marker ("Most Read") standing between, it needs JOIN_ACROSS_MARKER_SHARE.
JOIN_MIN_PARAGRAPHS = 3
# ... and past at most this many smaller blocks (fewer paragraphs) between,
# when it stands under the section heading that numbers on from the last one in
# the article ("12. Examples" in it, "13. Security" over the block).
JOIN_SKIP_BLOCKS = 3
SECTION_NUMBER = re.compile(r"(\d{1,2})\. [^\W\d_][^.!?]*")
JOIN_MIN_SHARE = 0.25
JOIN_ACROSS_MARKER_SHARE = 0.3
# ... and below a list marker ("Most Read", "Related posts"), as much weight as
# the article above it: a box in the middle of an article has as much article
# below it, while what follows a list at the article's end is lighter.
JOIN_BELOW_LIST_SHARE = 1.0
# ... but a list marker over at most INLINE_BOX_MAX_LINKS short lines and nothing
# else is a box of links set inside the article ("Te recomendamos" over two
# headlines): below it, INLINE_BOX_BELOW_SHARE of the article's weight is the
# article going on (a box stands some paragraphs in, with the rest below it), in as
# few as INLINE_BOX_BELOW_PARAGRAPHS paragraphs (a story's last quote and closing line).
INLINE_BOX_MAX_LINKS = 3
INLINE_BOX_BELOW_SHARE = 0.3
INLINE_BOX_BELOW_PARAGRAPHS = 2
# ... or, with no marker between, at least this weight (characters) whatever
# the article's length: three paragraphs of an introduction above a table of
# contents are the article's even when the rest is ten times longer.
JOIN_ENOUGH_WEIGHT = 800
# ... nor a block below this many of the page's footer links ("Impressum",
# "Datenschutz", "Contact us") in the gap: what stands under the footer is no article.
FOOTER_GAP_LINKS = 2
FOOTER_LINK_REASONS: frozenset[str] = frozenset({"chrome: footer link"})
# A block of at least TEASER_MIN_ITEMS paragraphs, this share of them right
# under a headline-like line and the median one at most TEASER_MAX_BLURB
# characters, is a list of teasers for other articles: its weight is damped.
TEASER_MIN_ITEMS = 4
TEASER_HEADED_SHARE = 0.7
TEASER_MAX_BLURB = 300
# ... and this many such teasers (each under a headline under a label or
# over a date, not under the paragraph before) end an article's block. A
# longer run, or one whose shape the body above it has too, is the article's
# own (a live blog's entries, a listicle's items).
TAIL_TEASERS_MIN_ITEMS = 2
TAIL_TEASERS_MAX_ITEMS = 3
# A teaser right under the blurb of the one above (no label of its own) counts
# when both blurbs are at most this long (characters): one short sentence each.
CHAINED_TEASER_MAX_BLURB = 120
# A teaser box's label may read as a headline ("More long reads") when it has at
# most this many words and its teaser's headline more.
BOX_LABEL_MAX_WORDS = 3
# A line that only gives a time or a date is no teaser box's label: live blogs
# head their entries so.
TIME_OR_DATE_LINE = re.compile(
    r"[\d\s.:/,|-]{0,20}(?:\d{1,2}[:.h]\d{2}|\d{4})(?:\s?(?:am|pm|uhr|h))?[\d\s.:/,|-]{0,20}",
    re.IGNORECASE,
)
DATED_TEASER_MAX_BLURB = 600  # a dated teaser's blurb may run longer
# Chrome that may carry a teaser's date ("Montag | 22. Juli 2019" reads as a
# navigation row).
TEASER_DATE_REASONS: frozenset[str] = frozenset({"chrome: navigation row", "chrome: relative time"})
TEASER_DAMPING = 0.3  # also for a consent notice (CONSENT_WORDS in most paragraphs)
# A news ticker (``blocks.is_ticker``): at least this many headlines led by
# their time ("14:32 Storm closes the harbour", "14h32 …", "9.05 Uhr …"; not
# "2.15 million …"), and more of them than paragraphs; damped and never joined,
# as teasers are.
TICKER_MIN_ITEMS = 5
TIMED_HEADLINE = re.compile(
    r"(?:[01]?\d|2[0-3])(?::[0-5]\d|h[0-5]\d|\.[0-5]\d\s?uhr)(?:\s?uhr)?\s+\w", re.IGNORECASE
)
# A comment's own furniture: the line over it ("Kristine says:", "Rafael sagt:")
# and the link under it ("Reply", "Antworten"). A block whose paragraphs mostly
# stand between such lines is a comment thread: its weight is damped like a
# teaser list's, and it never joins the article.
# "said:" and "schreibt:" also introduce a quote in news ("In a statement, the
# company said:"): with them the head must be a name's shape (one to four
# capitalised words, no comma, no article).
COMMENT_AUTHOR_LINE = re.compile(
    r"[^.!?:]{1,40}\s(?:says|sagt|dit|dice|disse|napisał[a]?|zegt)\s?:"
    r"|(?!(?:the|a|an|der|die|das|ein|eine)\s)(?-i:[A-ZÄÖÜ][\w'’.-]*(?:\s[A-ZÄÖÜ][\w'’.-]*){0,3})"
    r"\s(?:said|schreibt)\s?:",
    re.IGNORECASE,
)
# ("ReplyDelete": Blogger's two links run together)
REPLY_LINK = re.compile(
    r"(?:reply|antworten|antwort|répondre|responder|rispondi|odpowiedz|beantwoorden|svara|svar|vastaa"
    r"|odpovědět|válasz|răspunde|respon|yanıtla|balas|απάντηση|відповісти|ответить)(?:\s*delete)?\s*[↓↑→↩]?",
    re.IGNORECASE,
)
COMMENT_THREAD_MIN_ITEMS = 3
# A comment thread running on in the article's block is cut off when this
# much prose (characters) stands above its first comment.
THREAD_ARTICLE_MIN_WEIGHT = 400
COMMENT_THREAD_SHARE = 0.5
# What a site's pitch under the article speaks of: its newsletter, its app,
# its social accounts, the reader's inbox. A closing paragraph of at most
# PROMO_MAX_WORDS words that says one of these is the site's, not the article's.
PROMO_WORDS = re.compile(
    r"newsletter|\binbox(?:es)?\b|\bpostfach\b|\bposteingang\b|\bapps? (?:for|für|pour|para) (?:ios|android|iphone)"
    r"|\b(?:download|herunterladen|installieren|descarga|télécharge[rz]?)\b[^.!?]{0,60}\bapps?\b"
    r"|\bstraight to your (?:phone|inbox|device)|\bdirekt (?:auf|in) (?:dein|ihr)e?s? (?:handy|smartphone|gerät|postfach)"
    r"|\b(?:follow|folgen sie|folge|suivez|síguenos|sigue)\b[^.!?]{0,60}\b(?:twitter|facebook|instagram|linkedin|youtube|telegram|whatsapp)",
    re.IGNORECASE,
)
PROMO_MAX_WORDS = 60
# A short hook before a pitch: a question of at most eight words ("Want more?",
# "Lust auf mehr?"); a lead-in with a colon ("The verdict: get the app ...") is the
# article's as often as the site's.
PITCH_HOOK = re.compile(r"\W{0,3}(?:[^\s.!?:]{1,30} ){0,7}[^\s.!?:]{1,30}\? ")
# A site's pitch speaks to the reader from its first word ("Follow us on
# Twitter", "Get the latest news ...", "Download our app"); an article's
# sentence that mentions an app or a page ("Residents can follow updates on
# the council's Facebook page") does not.
PROMO_START = re.compile(
    r"\W{0,3}(?:(?:for|für|pour|para) [^,.!?]{1,60}, )?(?:follow us|join\b|folgen sie uns|folge uns|suivez-nous|síguenos|sígueme|get\b|download\b"
    r"|sign up|subscribe|abonnieren sie|abonniere|holen sie sich|laden sie|lade dir|lass dir|lassen sie sich|installieren sie"
    r"|melden sie sich|melde dich"
    r"|téléchargez|inscrivez-vous|abonnez-vous|suscríbete|descarga)",
    re.IGNORECASE,
)
# ... and a short line inside the body (no sentence) that says one of these or
# offers something "by email" is a sign-up box's ("Our daily edition by email
# Free Sign Up") when it also asks the reader to sign up: "Sacked by email" and
# "Why newsletters are booming" are subheadings.
BY_EMAIL = re.compile(r"\b(?:by|per) e-?mail\b", re.IGNORECASE)
# A newsletter box over its "Sign up" button: at most this many lines (its name, its
# blurb), each at most this many words, one of them naming an inbox or "by email".
SIGN_UP_BOX_LINES = 2
SIGN_UP_BOX_MAX_WORDS = 20
PROMO_CALL = re.compile(
    r"\b(?:sign(?: |-)?up|subscribe|abonnier\w*|anmelden|registrieren|get our|get the latest"
    r"|receive our|free|gratis|kostenlos|inscri(?:vez|re|bete|ption)\w*|abonnez|suscr[ií]b\w*)\b",
    re.IGNORECASE,
)
# What a quotation opens with: a paragraph that does is someone's words, not a pitch.
QUOTE_MARKS: tuple[str, ...] = ('"', "“", "„", "«", "»", "‘", "'", "‚", "「", "『")
# The chrome rule whose lines head such a pitch ("Sign up for our newsletter").
SUBSCRIBE_PROMPT = "chrome: sign-in or subscribe prompt"
# ... and the short line over such a prompt is the box's heading only when the prompt
# calls the reader to sign up or asks for an address, not when it only names a newsletter.
SIGN_UP_CALL = re.compile(
    r"\b(?:sign(?: |-)?up|subscribe|abonnier\w*|anmelden|registrieren|inscri(?:vez|re|bete)\w*"
    r"|abonnez|suscr[ií]b\w*)\b|\be-?mail\b",
    re.IGNORECASE,
)
# A paragraph's first sentence: up to a sentence end followed by a space.
FIRST_SENTENCE = re.compile(r"[^.!?]*(?:[.!?](?!\s)[^.!?]*)*")
# A cookie dialog's button labels (a line of them is its furniture).
_CONSENT_BUTTON = (
    r"(?:accept(?: all)?(?: cookies)?|reject all|cookie (?:settings|policy|preferences)"
    r"|manage (?:cookies|preferences|options|settings))"
)
# What a cookie or privacy dialog's paragraphs speak of.
CONSENT_WORDS = re.compile(
    r"\bcookies?\b|クッキー|쿠키|\bconsent\b|\bdatenschutz|\beinwilligung|\bprivacy (?:policy|settings)"
    r"|\bconsentement\b|\bconsentimiento\b|\bzgod[ayę]\b|\bpliki cookie",
    re.IGNORECASE,
)
# A cookie dialog over the page: its paragraph (CONSENT_WORDS), its buttons on the
# next line (at most CONSENT_BUTTONS_MAX_WORDS words, no sentence), and more short
# lines (section, headline, byline) before the article's first paragraph: at least
# CONSENT_DIALOG_MIN_LINES_UNDER lines in all. One short line is a subheading.
CONSENT_BUTTONS_MAX_WORDS = 6
CONSENT_DIALOG_MIN_LINES_UNDER = 2
# A soft end marker ("Related", "Read more") inside the body ends the article
# only when less prose than this share of what came before follows it.
SOFT_MARKER_TAIL_RATIO = 1 / 3
# ... nor when at most BOX_MAX_LINKS short lines (a box of links) stand under
# it and then BOX_PARAGRAPHS_AFTER paragraphs follow one another, at least
# BOX_TOPIC_SHARE of their content words found in the article's lead (as
# TOPIC_* compare them): the article goes on under its box (teasers' blurbs
# each stand under their headline; a site's "about us" speaks of the site).
BOX_MAX_LINKS = 6
BOX_PARAGRAPHS_AFTER = 2
BOX_TOPIC_SHARE = 0.25
# ... unless each of those paragraphs opens with the same label ("Your views: ...",
# at most four words before a colon): the items of a list, not the article.
ITEM_LABEL = re.compile(r"(\w+(?:[ '’-]\w+){0,3}) ?:\s")
# An author box under the article: a line opening with a name (two or three
# capitalised words), at most AUTHOR_BOX_NAME_WORDS words long, among the
# AUTHOR_BOX_NAME_REACH lines right above a paragraph that opens with the same name.
# Each word is bounded and the words are parted by one space, so a long
# capitalised token is read once (linear); it is matched on the first
# NAME_OPENING_PREFIX characters of a paragraph only.
NAME_OPENING = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]{1,30}(?: (?:de|da|van|von|der|den|la|le|di|du))?"
    r" [A-ZÀ-ÖØ-Þ][\w'’-]{1,30}(?: [A-ZÀ-ÖØ-Þ][\w'’-]{1,30})?)(?=[\s,]|$)"
)
NAME_OPENING_PREFIX = 120
AUTHOR_BOX_NAME_WORDS = 6
# The heading of a box about the site or the author: "Über uns", "About me",
# "À propos" over any paragraph; "About Jane Roe", "Über Steffi 1009 Artikel",
# "À propos de Lena" only over a paragraph that opens with that name ("Über
# Nacht", "About Time" are subheadings).
ABOUT_US_HEADING = re.compile(
    r"(?i:about (?:us|me)|über (?:uns|mich)|à propos(?: de (?:nous|moi))?"
    r"|(?:sobre|acerca de) (?:nosotros|mí|nós|mim))(?: \d[\d.,]* \w+)?"
)
ABOUT_NAME_HEADING = re.compile(
    r"(?i:about|über|à propos de|acerca de|sobre)"
    r" (?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]{0,30}(?: [A-ZÀ-ÖØ-Þ][\w'’.-]{0,30}){0,2})(?: \d[\d.,]* \w+)?"
)
# How a bio under "About Jane" may introduce her before her name: "I'm Jane, ...".
SELF_INTRODUCTION = re.compile(
    r"(?:hi|hello|hallo|hej|salut|hola)?[,!]?\s*(?:i am|i'm|i’m|my name is|ich bin|ich heiße|mein name ist"
    r"|je suis|je m'appelle|je m’appelle|soy|me llamo|sono|mi chiamo) ",
    re.IGNORECASE,
)
# A box signal besides the name over a paragraph that opens with it: a count
# or a role after the name on its line, or the paragraph tells what the person
# writes ("Jane Roe is a reporter ...", "Jane Roe writes about ..."). A last
# section under a person's or a place's name ("Anna Berg / Anna Berg runs the
# ferry ...") has none.
AUTHOR_BIO = re.compile(
    r"\b(?:is an? (?:[\w-]{1,30} ){0,3}(?:reporter|journalist|writer|editor|correspondent|author"
    r"|columnist|photographer|blogger|contributor|freelancer)\b|writes (?:about|for|on)\b"
    r"|has (?:been )?writ(?:ten|ing) (?:about|for)\b|covers\b"
    r"|schreibt (?:über|für)\b"
    r"|ist (?:[\w-]{1,30} ){0,3}(?:redakteur|chefredakteur|journalist|autor|reporter)\w*"
    r"|est (?:[\w-]{1,30} ){0,3}(?:journaliste|rédact\w+|auteur)\b|écrit (?:sur|pour)\b"
    r"|es (?:[\w-]{1,30} ){0,3}(?:periodista|redactor\w*|escritor\w*)|escribe (?:sobre|para)\b"
    r"|é (?:[\w-]{1,30} ){0,3}(?:jornalista|repórter|redator\w*))",
    re.IGNORECASE,
)
AUTHOR_BIO_PREFIX = 300  # the bio says it in its first characters
# What may follow the name on its line: nothing, a count ("312 posts"), a role
# after a comma or a bar ("Jane Roe, Editor").
AFTER_BOX_NAME = re.compile(r"\s*(?:\d[\d.,]*\s+\w+|[,|]\s*[^,|]{1,40})?")
AUTHOR_BOX_NAME_REACH = 2
# What AFTER_BOX_NAME allows after a name, to take off it: a count at the line's
# end ("Jane Roe 312 posts"), or what follows a comma or a bar ("Jane Roe, Editor").
BOX_NAME_TAIL = re.compile(r"\s+\d[\d.,]*\s+\w+$")
BOX_NAME_SPLIT = re.compile(r"\s*[,|]")
# A paragraph opening as a note does ("(1) ...", "[2] ...", "* ..."): what an
# article signed with its author's name has under the signature (``authorbox.py``).
NOTE_OPENING = re.compile(r"\s*(?:[(\[]\d{1,3}[)\]]|\d{1,3}[.)]\s|[*†‡])")
# A paragraph opening as the article's own note does (``notes.py``): a
# postscript ("P.S.", "PS:", "Nachtrag:"), an editor's note ("Anm. d. Red.:",
# "N.d.R.", "Editor's note:"), a correction or an update ("Correction, 3
# December 2026: ...", "Berichtigung:", "Rectificatif :", "Fe de errores:",
# "Update:"). The word is followed by its colon, a comma, a dash or a date, so
# "Updates to the timetable are ..." or "Correction officers say ..." are not notes.
ARTICLE_NOTE_OPENING = re.compile(
    r"\s*(?:(?-i:P\.\s?S\.|PS\b)|post[- ]?scriptum\b|anm\.\s?d\.\s?red\.|n\.\s?d\.\s?(?:r|l?a\s?r)\."
    r"|(?:nachtrag|anmerkung der redaktion|hinweis der redaktion|editor['’]?s['’]? note|note from the editor"
    r"|note de la rédaction|nota de la redacción|nota della redazione|nota do editor|nota da redação"
    r"|noot van de redactie|correction|clarification|berichtigung|korrektur|richtigstellung"
    r"|rectificatif|rectification|erratum|errata|fe de errores|corrección|rettifica|correção"
    r"|update|updated|aktualisierung|nachtrag der redaktion|mise à jour|actualización|aggiornamento"
    r"|actualização|sprostowanie|oprava|ispravak|ralat)s?(?:\s*[:,(–—-]|\s+\d))",
    re.IGNORECASE,
)
# A standfirst (one paragraph between headline and byline) is at most this long.
STANDFIRST_MAX_WORDS = 45
# The headline stands among this many lines above the byline or date line
# (a kicker, a standfirst between), and that line among BYLINE_REACH lines
# above the body (share bars, a lead photo, a sign-in box between).
HEADLINE_OVER_BYLINE_LINES = 3
# A block under a headline and a byline or date line this near (non-blank lines
# up from its first paragraph) opens an article; the first such block of at
# least this share of the heaviest block's weight (none when the heaviest is
# under a head of its own), this many characters and paragraphs is the
# article, though a longer story or a cookie notice follows it.
HEADED_REACH = 8
HEADED_MIN_SHARE = 0.2
HEADED_MIN_WEIGHT = 400
HEADED_MIN_PARAGRAPHS = 2
# A head with this many teasers above it (another headline over its byline or
# date each) and an article's paragraph above them, or HEADED_LONG_BOX_ITEMS
# teasers whatever stands above, or HEADED_LIST_ITEMS other headlines, is the
# last item of a box or list of teasers, not an article's head.
HEADED_BOX_ITEMS = 1
HEADED_LONG_BOX_ITEMS = 3
HEADED_LIST_ITEMS = 3
# A headline with a byline and a date in the next this many non-blank lines
# opens another article: the one before it ends there.
# A wire story's dateline opening its first paragraph: a place in capitals (a
# comma, a date, an agency in brackets may follow), then a dash: "САМАРА, 2 дек —",
# "LYON (AFX) –", "VELMAR, March 11 (Continental Press) -". Case-sensitive.
DATELINE_OPENING = re.compile(
    r"[^\W\d_a-zà-ÿа-я][^\Wa-zà-ÿа-я]{1,25}(?:[ /-][^\W\d_a-zà-ÿа-я][^\Wa-zà-ÿа-я]{1,25}){0,2}"
    r"(?:,[^—–\n]{1,40}?|\s*\([^)]{1,40}\))?\s+[—–-]\s"
)
NEXT_ARTICLE_BYLINE_LINES = 2  # this many headlines or dated lines above: a list of teasers
# A line announcing the next story an infinite-scroll page appends ("Next article",
# lexicon.NEXT_STORY): a story's headline under it opens another article.
NEXT_STORY_LINE = re.compile(rf"(?:{lexicon.NEXT_STORY_LABELS})\W{{0,3}}", re.IGNORECASE)
# This many headlines over a bare name and a date in one copy are a live blog's posts, not
# stories appended below the article (as the HTML reader's STORY_POST_RUN).
NAME_HEAD_POSTS = 3
# A story's head may be its headline over a date line alone: at most this many words, not
# opening as a quote's attribution does (clipper.extract.text.heads).
HEAD_DATE_MAX_WORDS = 6
ATTRIBUTION_OPENERS = frozenset("—–-~(\"“„«'")
BYLINE_REACH = 30
# A headline speaks of what its lead says: at least TOPIC_MIN_SHARED and
# TOPIC_SHARE of its content words (TOPIC_MIN_LETTERS letters or more,
# compared by their first TOPIC_PREFIX) come back in the body's first
# TOPIC_LEAD_CHARS characters. Sought among TOPICAL_HEADLINE_REACH lines above
# the body when the line just above it doesn't.
TOPIC_MIN_SHARED = 2
TOPIC_SHARE = 0.4
TOPIC_LEAD_CHARS = 1500
# A breadcrumb trail on the headline's line ("Home » News » Headline"): its
# separators, and at most BREADCRUMB_STEP_WORDS words in each step before the headline.
TITLE_TRAIL_SEPARATOR = re.compile(r"\s*[»›]\s*|\s*>\s+|\s+>\s*")
TITLE_TRAIL_PLAIN = re.compile(r"\s*›\s*|\s*>\s+|\s+>\s*")
BREADCRUMB_STEP_WORDS = 3
# A name-only byline ("Marta Lindqvist" alone over the body) is a heading
# instead when its first word is an article, a determiner or a quantifier, which
# opens headings ("Der Verlag", "Mehr Eishockey", "Our Team") and never a name.
HEADING_OPENERS: frozenset[str] = frozenset(
    {
        # English
        "the", "a", "an", "more", "all", "our", "your", "my", "other", "latest", "recent",
        "some", "every", "this", "these", "those", "its", "their",
        # German
        "der", "die", "das", "ein", "eine", "mehr", "weitere", "alle", "unsere", "unser",
        "ihre", "neue", "dieser", "diese", "dieses", "letzte", "aktuelle",
        # French, Spanish, Italian, Portuguese
        "le", "une", "plus", "nos", "notre", "el", "los", "las", "una", "unos", "más", "otros",
        "nuestro", "nuestros", "il", "gli", "altri", "os", "mais", "outros", "nossos",
    }
)  # fmt: skip
TOPICAL_HEADLINE_REACH = 60
# When no headline on the article's topic (judged by its first
# HEADLINE_LEAD_LINES paragraphs) stands over the block found, the article may
# begin up to HEADLINE_BLOCKS_BACK blocks further up, under one that does.
HEADLINE_BLOCKS_BACK = 3
HEADLINE_LEAD_LINES = 6
# A headline that reads as prose (a question) is the title when the body's
# prose goes on within this many lines after it.
HEADLINE_BODY_REACH = 12
# ... or when it is in title case: this share of its longer words capitalised.
TITLE_CASE_SHARE = 0.8
# The site's name is sought in the first this many copyright lines.
FOOTER_LINES = 5
# A date line among this many first lines of the body is metadata; further
# in, it is the article's text.
BODY_HEAD_LINES = 4
# A line opening with a full date, then a separator or a space ("29.11.2022 – Die Stadt
# hat ...", "08.11.2021 | Fachtag zum ...", "05.02.2020 - Redaktion: ..."): a dateline.
# When no metadata line dates the article, the dateline nearest the body's start is its
# date: the body's first line, or one of the DATELINE_REACH lines (not blank) above it.
DATELINE_SEPARATOR = re.compile(r"\s*(?:[–—|•·/,:-]|\s|$)")
DATELINE_REACH = 8
# An image file name's next line is its caption when a credit follows it, or
# when it is at most this long and a blank line follows.
CAPTION_MAX_WORDS = 30

# --- Image files and photo captions -----------------------------------------

# A bare image file name, possibly with a query string or a size note:
# "io3ssogw9xfcu8jebrv3_320_320-0997301a.jpg", "photo.webp (1200×800)".
IMAGE_FILE = re.compile(
    r"(?:(?:image|photo|file|bild|画像|фото)\s*[:：]\s*)?"
    r"\S+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)(?:\?\S*)?"
    r"(?:\s*[(\[]?\s*\d+\s*[x×]\s*\d+\s*(?:px)?[)\]]?|\s+\d+w|\s*\(\d+(?:\.\d+)?\s*[kKmM]i?B\))?",
    _I,
)

# A whole line that is a photo credit ("Photo: kazuhiro nogi/AFP/Getty Images",
# "(AP Photo/Eugene Hoshiko)", "写真: 共同", "Фото: ТАСС").
CREDIT = _rx(
    r"\(?\s*(?:photo(?:graph)?s?|images?|pictures?|credits?|photo credit|illustration|graphic|video"
    r"|foto(?:s|grafie)?|bild(?:er)?|quelle|crédits?(?: photos?)?|crédito|fotografía|ilustración"
    r"|фото(?:графия)?|иллюстрация|источник фото|写真|画像|撮影|提供)"
    r"\s*(?:[:：=＝©]|by\b|von\b|de\b)\s*.{1,200}?\)?",
    r"\(\s*(?:AP|AFP|EPA|Reuters|dpa|Kyodo|Getty|Xinhua|ANP|TASS|РИА)(?: Photo| Images)?\s*/[^)]{1,100}\)",
    r"(?:[^\s/][^/]{0,60}/){1,3}\s*(?:getty images|afp|reuters|ap|associated press|epa(?:-efe)?|shutterstock"
    r"|alamy|bloomberg|dpa|picture[- ]alliance|tass|kyodo|xinhua|the new york times|redux|sipa|imago)"
    r"(?: via .{1,60})?",
    r"getty images|ap photo|afp photo|reuters photo|shutterstock|(?:©\s*)?imago(?: images)?",
    r"(?:image source|credit|bildquelle)\s*(?:,|\.\.\.|…)\s*.{1,120}",
    r"\(?\s*(?:fot\.|źródło|imagen|fuente|quelle|bildquelle)\s*[:：]?\s+.{1,120}?\)?",
    r"(?:AP|AFP|EPA|PAP|APA|ANP|dpa|Reuters|KEYSTONE|Getty)\s*/\s*[^/]{2,60}",
    # the other languages' labels (lexicon.CREDITS): "Fotoğraf: AA", "Ảnh: Reuters", "사진: 연합뉴스"
    rf"\(?\s*(?:{lexicon.CREDITS_LABELS})\s*[:：]\s*.{{1,200}}?\)?",
)

# A line naming a photographer or an image's source is a caption, never a
# headline: "Main image: Hori Parata. Photograph: Adrian Malloch" (but "In
# pictures: Kite festival returns" is a headline's label).
CREDIT_INSIDE = re.compile(
    r"\b(?<!\bin )(?:photograph|photo|image|picture|illustration|foto|bild|фото)s?\s*(?::|by\b)"
    r"|\((?:AP|AFP|EPA|Reuters|dpa|Getty)\b[^)]*/",
    _I,
)

# A caption that carries its credit at the end: "... Japan. (AP Photo/Name)".
INLINE_CREDIT = re.compile(
    r"(?P<caption>.+?)\s*(?P<credit>\((?:(?:AP|AFP|EPA|Reuters|dpa|Getty)\s+)?"
    r"(?:photo|foto|фото|写真|credit|image|quelle|source|bild(?:quelle)?)s?\s*[/:：=＝][^)]{1,120}\)"
    r"|（写真[=＝:：][^）]{1,80}）"
    # "... on Thursday Credit: STR/AFP", "... Photograph: Adrian Malloch for the Guardian"
    # (a dot inside a name, "Shutterstock.com", "CC BY 2.0", is no sentence end)
    r"|(?<=\s)(?-i:Credit|Photograph|Photo|Picture|Image|Foto|Bild|Imagen|Quelle|Źródło)s?(?: credit)?\s*:\s*(?:[^.!?]|\.(?=\S)){2,80}"
    # "Roman Prymula, photo: Government Archives"
    r"|(?<=,\s)(?:photo|foto|bild|photograph)\s*:\s*(?:[^.!?]|\.(?=\S)){2,80}"
    r"|(?<=\s)(?-i:Fot)\.\s+[^.!?]{2,80}"
    # "Bike ride into the green © Tourism Board / Jane Roe": the holder after the caption,
    # also where the copy glues it to the caption's last word ("... the green© Jane
    # Roe") or names it by its domain ("© jane_roe - stock.example.com")
    r"|(?<=\s)©\s*[^\s\d©](?:[^.!?©]|\.(?=\S)){1,100}"
    # glued to the caption's last word ("... in January© Jane Roe"), the holder capitalised:
    # "Monopoly© classic edition" is a trademark glyph in a list item
    r"|(?<=\S)©\s*(?-i:[A-ZÀ-ÖØ-Þ])(?:[^.!?©]|\.(?=\S)){1,100}"
    # the photographer's name glued to a caption's last word, as a copy runs a figcaption's
    # credit on ("... in der Kammer der DiputadosJane Roe"): see GLUED_CREDIT_MIN_WORDS
    r"|(?<=(?-i:[a-zß-ÿ]{6}))(?-i:[A-ZÀ-ÖØ-Þ][a-zß-ÿ]{2,20} [A-ZÀ-ÖØ-Þ][a-zß-ÿ-]{2,20})$"
    # "... at the ramp. By JANE ROE": a credit in capitals after the caption's sentence,
    # or the photographer's name alone in capitals ("... la inauguración. JAVIER ROS"; two
    # to four words of two letters or more, so "... in 2020. AP" is no credit)
    r"|(?<=[.!?]\s)(?-i:By [A-Z][A-Z.&'’-]{1,30}(?: [A-Z][A-Z.&'’-]{0,30}){1,6})$"
    r"|(?<=[.!?]\s)(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){1,3})$"
    # "... in October. Photo by the reserve warden.": a credit that says whose photo it is
    r"|(?<=[.!?]\s)(?:photo(?:graph)?s?|pictures?|images?|fotos?) (?:by|von|de|di) [^.!?]{2,80}\.?$"
    # "... provinciale 24 (foto Vigili del Fuoco)": the label and a name in brackets
    r"|\((?:photo|foto|ph\.)\s+(?-i:[A-ZÀ-ÖØ-Þ])[^()]{1,80}\)$"
    # the other languages' labels after the caption's sentence (lexicon.CREDITS):
    # "... কৃষকেরা। ছবি: রাশেদ হাসান", "... Kariakoo. Picha: Maktaba"
    rf"|(?<=[.!?।。]\s)(?:{lexicon.CREDITS_LABELS})\s*[:：]\s*[^.!?।。]{{2,80}}$"
    # "... on Thursday. Mike Blake/Reuters files": the photographer and the agency
    r"|(?<=[.!?]\s)(?:[^\s/][^/]{0,60}/){1,2}\s*(?:getty images|afp|reuters|ap|associated press|epa(?:-efe)?"
    r"|shutterstock|bloomberg|dpa|picture[- ]alliance|the canadian press|(?-i:Pool))(?: files?| via [^/]{1,60})?)$",
    _I,
)

# A "©" glued to a caption's last word credits it after a sentence or a caption
# of this many words; after a name alone ("LEGO© Star Wars") it is a trademark.
# A name glued on ("... DiputadosJane Roe") credits a caption of this many words
# and no sentence.
GLUED_CREDIT_MIN_WORDS = 5
STOP_MARK = re.compile(r"[.!?…。！？]")
# ... and a name in capitals credits a caption whose sentence ends on a word.
CAPTION_SENTENCE_END = re.compile(r"(?-i:[a-zß-ÿ]){2}[.!?]$")
GLUED_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ]{2,20} [A-ZÀ-ÖØ-Þ][a-zß-ÿ-]{2,20}")

# A line that says it is a caption: "Image caption, Smoke rises over ..."
# (BBC), "Bildunterschrift: ...".
CAPTION_LEAD = re.compile(
    r"(?:image caption|caption|photo caption|bildunterschrift|légende|подпись(?: к фото)?)"
    r"\s*[,:：]\s*(?P<caption>.{2,400})",
    _I,
)

# --- End markers -------------------------------------------------------------
#
# A line that says "the article is over, here comes something else". Hard
# markers end the article wherever they follow prose (comments are prose too,
# so only a marker can tell them apart). Each entry is (kind, pattern); the
# kind names the removal reason ("after article end: comments").
# The word for a page's comments in the lexicon's languages (``lexicon.py``),
# as a thread's count line says it: "Réactions (34)", "5 comments:",
# "Reacties: 4", "3 comentarios en «The post's title»" (a count, the word, a
# short preposition, the title in quotation marks: "19 reactions to ..." unquoted
# is a headline). The nouns alone ("Kommentarer") head a
# thread too; "reactions" and "replies" alone may be a post's share bar.
_COMMENT_NOUN = (
    r"(?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties"
    r"|комментари(?:и|ев|й|я)|коментар(?:і|ів)|komentarz(?:e|y)?|komentáře|komentářů"
    r"|kommentarer|kommentit|kommenttia|hozzászólások|comentarii|comentaris|yorumlar|komentar|σχόλια"
    rf"|{lexicon.COMMENTS_LABELS})"  # the other languages' (lexicon.COMMENTS)
)
# ...and the words that may mean reactions or views too, counted only (lexicon.COMMENTS_COUNTED)
_COMMENT_WORD = (
    rf"(?:{_COMMENT_NOUN}|responses|replies|reactions|reaktionen|réactions?|respuestas"
    rf"|{lexicon.COMMENTS_COUNTED_LABELS})"
)
# The bare noun, with no count: a thread's heading, or the comment button of a
# share row ("Bagikan / Komentar") above an article that has not begun: at
# most COMMENT_BUTTON_MAX_PROSE_ABOVE paragraphs (a standfirst) above it, next to
# a share button (``comments.mark_comment_buttons``).
COMMENT_NOUN_ALONE = re.compile(_COMMENT_NOUN, re.IGNORECASE)
COMMENT_BUTTON_MAX_PROSE_ABOVE = 1
SHARE_WIDGET = "chrome: share widget"
COMMENT_COUNT_LINES: tuple[str, ...] = (
    rf"{_COMMENT_NOUN}",
    rf"{_COMMENT_WORD}\s*[(\[]\d+[)\]]:?",
    rf"\d+\s+{_COMMENT_WORD}:?",
    rf"{_COMMENT_WORD}:\s*\d+",
    rf"\d+\s+{_COMMENT_NOUN}\s+\w{{1,4}}\s+[«“„\"‘‹].{{1,200}}",
    # a count before a singular ("12 yorum") or after the noun ("댓글 3")
    r"\d+\s+(?:yorum|komen|bình luận)|(?:댓글|评论|評論|bình luận|yorumlar)\s*\d+",
)
HARD_END_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "comments",
        _rx(
            *COMMENT_COUNT_LINES,
            r"comments?(?:\s*[(\[]\d+[)\]])?:?",
            r"\d+\s+comments?",
            r"comment\(s\).*",
            r"(?:write|post|add|leave)\s+(?:a\s+|your\s+)?(?:comment|reply)s?.*",
            r"(?:show|view|read|load)\s+(?:all\s+)?(?:\d+\s+)?comments?.*",
            r"join the (?:conversation|discussion).*",
            r"reader comments|(?:responses|replies)\s*\(\d+\)|discussion about this (?:post|article)",
            r"\d+\s+(?:responses?|replies)(?:\s+to\b.*)?",
            r"no comments(?: yet)?\.?",
            r"there (?:are|is) (?:\d+|no|one) comments?\.?",
            r"(?:\d+|one|two|three) (?:thoughts?|repl(?:y|ies)|responses?) (?:on|to)\b.{1,200}",
            r"コメント.{0,30}",
            r"(?:网友)?评论.{0,20}|发表评论|留言.{0,10}",
            r"комментари[иейя].{0,40}",
            r"\d+\s+комментари.{0,20}",
            r"(?:\d+\s+)?kommentare?.{0,40}",
            # readers' letters under the article: "Leserpost", "Leserbriefe (12)", "Leserkommentare"
            r"leser(?:post|briefe?|kommentare?|stimmen|meinungen)(?:\s*\(\d+\))?:?",
            r"(?:\d+\s+)?commentaires?.{0,40}",
            r"réagir.{0,30}",
            r"(?:\d+\s+)?comentarios?.{0,40}",
            r"(?:deja|dejá|escribe|escribí|env[ií]a|enviá)\s+(?:un|tu)\s+comentario.*|comparte tu opini[oó]n|deixe (?:seu|um) coment[aá]rio.*",
            r"what (?:people|readers) are saying\W*|[\d.,]+k?\s+reactions?\b.{0,40}",
            r"(?:\d+\s+)?(?:commenti|comentários|reacties|komentáře|komentarze?|diskuse)(?:\s*\(\d+\))?:?",
            r"(?:lascia|deixe|laat|napište|dodaj) (?:un |um |een |komentář|komentarz).{0,30}",
            r"(?:schreibe?|hinterlasse|hinterlassen sie|verfasse) (?:einen |eine |deinen |ihren )?(?:kommentar|antwort).{0,30}",
            r"kommentar (?:schreiben|verfassen|hinzufügen|abgeben).{0,30}|(?:keine|\d+) kommentare.{0,60}|kommentare sind geschlossen\.?",
            r"\d+\s+(?:antworten|gedanken|kommentare|reaktionen)\s+(?:zu|auf)\b.{1,200}|diskutieren sie mit.{0,30}",
            r"laisser un commentaire.{0,30}|vos (?:réactions|commentaires).{0,20}|\d+\s+réactions?|ajouter un commentaire",
            r"(?:deja|dejar|escribe) (?:una respuesta|un comentario).{0,30}|\d+\s+respuestas?\s+a\b.{1,200}",
            rf"(?:{lexicon.COMMENT_PROMPT_LABELS})(?!\w).{{0,30}}",  # lexicon.COMMENT_PROMPTS
        ),
    ),
    (
        "trackback",
        _rx(r"trackbacks?.{0,60}", r"トラックバック.{0,40}", r"pingbacks?.{0,40}"),
    ),
    (
        # A paywall's gate over the rest: "Continue reading with VP+", "Subscribe
        # to keep reading"; the offer under it is no part of the article.
        "paywall",
        _rx(
            r"continue reading (?:with|on|for) .{1,40}|(?:subscribe|sign in|log in|register) to (?:continue|keep) reading.{0,40}",
            r"(?:jetzt )?weiterlesen mit .{1,40}|continuer (?:la lecture|à lire) avec .{1,40}|(?:sigue|seguir) leyendo con .{1,40}",
            r"lesen sie (?:jetzt |hier )?(?:weiter|den (?:ganzen|kompletten|vollständigen) artikel) mit .{1,40}",
        ),
    ),
    (
        "popular and recent lists",
        _rx(
            r"(?:the\s+)?most\s+(?:popular|read|viewed|shared|emailed)(?:\s+\w+){0,3}",
            r"popular(?:\s+(?:posts|articles|stories|now|on .{1,30}))?",
            r"trending(?:\s+(?:now|stories|topics|articles|posts|news))?",
            r"recent\s+(?:entries|posts|articles|stories|comments|updates)",
            r"latest(?:\s+(?:news|stories|posts|articles|headlines))?",
            r"top\s+stories|editor'?s'?\s+picks|what to read next|read next|up next|don'?t miss|more to explore",
            r"explore more on these topics|site index|site information navigation|more in .{1,40}",
            r"人気(?:記事|エントリー|の記事).{0,20}",
            r"(?:最近の|最新|新着)(?:記事|エントリー|投稿).{0,20}",
            r"アクセスランキング.{0,20}|ランキング",
            r"热门(?:新闻|文章|推荐)?|最新(?:新闻|文章)|排行榜",
            r"популярное|самое (?:читаемое|популярное)|последние новости|главное за .{1,20}",
            r"(?:die )?meist ?gelesen.{0,40}|.{0,30}am meisten gelesen.{0,20}|beliebte(?:ste)? (?:artikel|beiträge|themen).{0,20}",
            r"neueste (?:artikel|beiträge|nachrichten|meldungen)|aktuelle (?:beiträge|artikel|dossiers)|top[- ]themen|meist gesucht:?",
            r"les articles les plus lus|dans la même rubrique|à la une",
            r"les plus (?:lus|partagés|commentés)|à la une",
            r"lo m[aá]s (?:le[ií]do|visto)(?: (?:de|en) .{1,40})?|(?:las |los )?m[aá]s (?:le[ií]das|le[ií]dos|vistas|vistos)",
            r"(?:i )?più (?:letti|lette|visti)|mais (?:lidas|lidos|vistas)|meest (?:gelezen|bekeken)",
            r"nejčtenější.{0,20}|najczęściej (?:czytane|komentowane)|najnowsze|právě se děje|nejnovější zprávy",
            rf"(?:{lexicon.MOST_READ_LABELS})\W{{0,3}}",  # the other languages' (lexicon.MOST_READ)
        ),
    ),
    (
        "recommendations",
        _rx(
            r"recommended(?:\s+(?:for you|stories|articles|reading|videos))?|we recommend|editors? recommend",
            r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in).{0,20}",
            r"more\s+(?:from|in|stories|news|articles|to read)\b.{0,50}|more for you",
            r"around the web|sur le web|aus dem web|en la red|dal web",
            r"(?:further|more|suggested) reading",
            r"おすすめ.{0,20}|オススメ.{0,20}|あわせて読みたい.{0,20}|こちらもおすすめ",
            r"рекомендуем.{0,20}|похожие (?:статьи|материалы|новости)|другие новости",
            r"weitere (?:aktuelle |interessante )?(?:artikel|beiträge|themen|nachrichten|news|meldungen|inhalte)\b.{0,40}|empfohlene artikel",
            r"entdecke(?:n sie)? (?:weitere|mehr|jetzt)\b.{0,40}",
            r"(?:das|dies) (?:könnte|dürfte) (?:sie|dich|ihnen|dir|euch) (?:auch |ebenfalls )?interessieren.{0,3}",
            r"(?:ähnliche|verwandte|passende) (?:beiträge|artikel|themen|posts|nachrichten|einträge|inhalte)\W{0,3}",
            r"(?:das|dies) (?:könnte|dürfte) (?:dich|sie) auch interessieren.{0,3}|noch mehr (?:news|themen|artikel|infos)\b.{0,30}",
            r"pour approfondir|(?:à )?lire (?:également|ensuite)|ça peut vous intéresser|vous aimerez aussi.{0,10}",
            r"(?:ti )?potrebbe(?:ro)? interessarti|(?:más|mas) noticias|te recomendamos",
            r"articles similaires|sur le même sujet|nos (?:autres )?articles",
            r"noticias relacionadas",
        ),
    ),
    (
        "sidebar",
        _rx(
            r"archives?|categories|tags|blogroll|links|profile|about(?: me| the author| this blog)?",
            r"search this blog|subscribe to (?:posts|this blog).*|follow (?:us|me).{0,30}",
            r"カテゴリー?(?:一覧)?|アーカイブ|プロフィール|最近のコメント|リンク|月別アーカイブ",
            r"архив|рубрики|метки|об авторе",
            r"archiv|kategorien|schlagwörter|über mich|markiert mit|themen in diesem artikel",
            # an author box's heading, for either or both genders: "Über den Autor/ die Autorin"
            r"über (?:den autor|die autorin)(?:\s*/\s*(?:den autor|die autorin))?",
            r"catégories|à propos",
        ),
    ),
)

# Soft markers may stand *inside* an article as an inserted teaser box; they
# end it only when little prose follows (see SOFT_MARKER_TAIL_RATIO).
SOFT_END_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "related links",
        _rx(
            r"related|read more|read also|also read|see also|more (?:on|about)\b.{0,50}|read more (?:on|about) [^.!?]{1,40}",
            r"related\s+(?:articles|stories|posts|coverage|content|entries|topics|news|videos|links)",
            r"[【\[［]?関連(?:記事|リンク|ニュース)?[】\]］]?",
            r"相关(?:新闻|阅读|文章|链接|报道)|延伸阅读|推荐阅读",
            r"читайте также|см\. также|по теме|читать также",
            r"mehr zum thema|lesen sie (?:auch|mehr)|auch interessant\W{0,3}|zum thema|zum weiterlesen|lust auf mehr\??|want more\??",
            r"(?:weitere )?(?:artikel|beiträge|inhalte) zum thema.{0,30}|mehr (?:zu|zum|über|aus) .{1,40}",
            r"(?:à )?lire aussi|voir aussi|(?:en|pour en) savoir plus|articles? en relation",
            r"lee también|ver también|leer más|art[ií]culos relacionados|artigos relacionados|articles liés",
            # Spanish sites put this box inside the article as often as under it
            r"(?:también )?te puede interesar",
            r"(?:articoli |notizie )?correlat[ie]|leggi anche|leia (?:também|mais)|veja também|(?:notícias )?relacionad[ao]s",
            r"lees ook|gerelateerd(?:e artikelen)?|související(?: články)?|čtěte také|(?:zobacz|czytaj) (?:też|także)|powiązane",
            r"lue (?:myös|lisää)(?: aiheesta)?\W{0,3}|lue aiheesta lisää\W{0,3}",  # Finnish "read also"
            r"kapcsolódó\W{0,3}",  # Hungarian "related", alone over a box's links
            rf"(?:{lexicon.READ_ALSO_LABELS})\W{{0,3}}",  # the other languages' (lexicon.READ_ALSO)
            rf"(?:{lexicon.RECOMMENDED_LABELS})\W{{0,3}}",  # ... and lexicon.RECOMMENDED
        ),
    ),
    (
        # A live blog's box over its posts of links to a few of them. The posts under
        # it are the article, no list of others (not in LIST_MARKERS). A box of "Key
        # points" is the article's summary in sentences: its own.
        "key events",
        _rx(r"key events|summary of key events"),
    ),
)

# A label's colon: "Weiterlesen:" or "Read more:" over a few headlines labels
# links to other stories, where a bare "Weiterlesen" is a button.
LABEL_COLON = re.compile(r" ?[:：]$")
CONTINUE_READING = "chrome: continue reading"

# --- Chrome: whole lines that are site furniture ---------------------------
#
# The networks a share row names in Latin letters, beside the lexicon's labels.
_NETWORK_NAMES = (
    r"facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|messenger|viber|reddit|pinterest"
    r"|flipboard|bluesky|threads|line|vk|ok|kakaotalk|zalo"
)
#
# (reason, pattern) pairs, tried in order; the reason is what ``--dry-run``
# shows. Patterns are fullmatched, so each names a whole line.
# A JavaScript-off notice in other words is at most this many words long, unless it opens
# with its switch word or with "JavaScript", or names the reader's browser (CHROME_RULES below).
SCRIPT_NOTICE_MAX_WORDS = 15
SCRIPT_NOTICE_BROWSER = (
    r"browser\w*|navegador|navigateur|przeglądar\w*|prohlížeč\w*|webbläsare|nettleser|selain\w*"
    r"|böngész\w*|tarayıcı\w*|браузер\w*"
)
# A gallery's buttons either side of its counter ("‹ Previous 3 of 8 Next ›").
_GALLERY_BACK = (
    r"[‹<«←]?\s*(?:previous|prev|back|anterior|précédent|precedente|zurück|vorige|poprzednie)"
)
_GALLERY_ON = (
    r"(?:next|siguiente|suivant|successiva|successivo|próxima|weiter|volgende|następne)\s*[›>»→]?"
)
# A podcast's apps and the labels over them (CHROME_RULES: "chrome: podcast player or links").
_PODCAST_APPS = (
    r"apple podcasts|google podcasts|spotify|deezer|amazon music|youtube music|youtube|pocket casts"
    r"|overcast|castbox|castro|stitcher|podcast addict|tunein|iheart(?:radio)?|soundcloud|audible"
    r"|player\.fm|podimo|ard audiothek|(?:flux |the )?rss(?:[- ]feed| feed)?|podcast-app"
)
_PODCAST_LABELS = (
    r"(?:listen|subscribe|follow)(?: (?:and (?:subscribe|follow) )?(?:on|via|in|to|with|wherever you get your podcasts))?"
    r"|also (?:available|on)(?: on)?|available on|écouter(?: sur| via)?|écoutez(?:-nous)? sur|s'abonner|abonnez-vous(?: sur)?"
    r"|disponible sur|(?:jetzt )?hören (?:bei|auf|in)|abonnieren(?: bei| auf)?|überall wo es podcasts gibt"
    r"|escucha(?:r)?(?: en)?|suscríbete(?: en)?|disponible en|ascolta(?: su)?|iscriviti(?: su)?"
    r"|luister(?: op| via)?|abonneer(?: op)?|ouça(?: no| na)?|siga(?: no| na)?"
)
# A read-also label's headline on its line, when no mark stands between (CHROME_RULES).
READ_ALSO_HEADLINE_MAX_CHARS = 160
CHROME_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chrome: stray punctuation", re.compile(r"[^\w]+")),
    (
        "chrome: loading indicator",
        _rx(
            r"loading\b.{0,30}",
            r"please wait\.*|just a moment\.*",
            r"読み込み中.{0,3}|ロード中.{0,3}|загрузка.{0,3}|wird geladen.{0,3}|lädt.{0,3}",
            r"chargement.{0,3}|cargando.{0,3}",
        ),
    ),
    (
        "chrome: skip link",
        _rx(
            r"skip\s+(?:to\s+)?(?:main\s+)?(?:content|navigation|article|search|footer|comments)",
            r"jump to (?:main )?(?:content|navigation)(?: jump to search)?|(?:back|return|go) to top|to top|top of page|↑\s*top",
            r"skip to (?:main )?content ?skip to (?:site index|navigation|search)",
            r"zum inhalt(?: springen)?|springe zum inhalt|nach oben",
            r"перейти к (?:содержанию|основному содержанию|контенту)|наверх",
            r"aller au contenu(?: principal)?|ir al contenido(?: principal)?|本文へ(?:スキップ)?|ページ(?:の)?トップへ.*",
            r"(?:ページの)?先頭へ(?:戻る)?|トップに戻る|ページトップ|回到顶部",
        ),
    ),
    (
        "chrome: search box",
        _rx(
            r"search(?:\s+(?:this site|the site|for|…|\.\.\.))?(?:\s*[:…]|\.\.\.)?",
            r"search\s+(?:query|term|articles|news)s?",
            r"検索.{0,6}|サイト内検索|поиск(?: по сайту)?|suche(?:n)?|rechercher|recherche|buscar|búsqueda",
            r"go|submit|ok",
        ),
    ),
    (
        "chrome: navigation",
        _rx(
            r"menu|main menu|navigation|toggle navigation|open (?:menu|navigation)|close(?: menu)?|sections|home(?:page)?",
            r"all sections|site map|sitemap|more sections|index|front page|top page",
            r"首页|导航|菜单|メニュー|ホーム|トップ(?:ページ)?|サイトマップ|главная|меню|разделы|startseite|navigation öffnen",
            r"accueil|rubriques|inicio|portada|secciones",
        ),
    ),
    (
        "chrome: sign-in or subscribe prompt",
        _rx(
            r"(?:sign|log)\s*(?:in|out|up)(?:\s+(?:to|for|with)\b.{0,60})?|login|logout|register|my account|account",
            r"(?:sign|log)\s*in\s*(?:/|\||or)\s*(?:sign\s*up|register|subscribe)|create (?:a |your )?(?:free )?account",
            r"subscribe(?:\s+(?:now|today|for .{1,60}|to .{1,60}))?|subscriber(?:s)? only|already a subscriber\?.*",
            # a paywall's note to who has paid: "If you're seeing this message but you're already a subscriber, ..."
            r"if you(?:'|’)re (?:seeing this (?:message|page|note),? but you(?:'|’)re )?already an? (?:subscriber|member)\b.{0,200}",
            r"(?:sind sie )?bereits (?:abonnent|abonnentin|abonniert)\?.{0,120}",
            # the site's messaging channel: "¿Ya sabías que en X tenemos canal de Telegram? Únete ...",
            # "Folgen Sie unserem Kanal auf WhatsApp" (a quotation is someone's words)
            r"(?![\"“„«‘'])[^\"“„«]{0,80}\b(?:tenemos|we have|wir haben|nous avons|join|únete a|folgen sie|folge|follow|suivez|rejoignez)"
            r"\s+(?:(?:our|unserem|unseren|nuestro|notre|el|le|un|einen|den)\s+)?"
            r"(?:(?:canal|channel|kanal|chaîne)\b[^\"“„«]{0,40}\b(?:telegram|whatsapp)|(?:telegram|whatsapp)[- ]?(?:canal|channel|kanal|chaîne))"
            r"\b[^\"“„«]{0,160}",
            # A metered paywall's count: "You have read 2 of 4 free articles this month."
            r".{0,20}\b(?:you(?:'|’)ve read|you have read|vous avez lu|sie haben|has leído|hai letto) \d+ (?:of|out of|des?|sur|von|de|di) \d+"
            r" (?:free |kostenlosen |gratuits? |gratis )?(?:articles?|artikeln?|beiträgen?|art[ií]culos|articoli|stories)"
            r"\b.{0,200}",
            # A paywall's prompt: "To read the full story, please subscribe to ..."
            r"to (?:view|read|continue reading|access|unlock) (?:the|this) (?:full |entire |whole )?(?:story|article)\b,? (?:please )?(?:subscribe|sign in|log in|register)\b.{0,200}",
            # A newsletter's pitch: "... direkt in dein Postfach!", "Bleiben Sie auf dem Laufenden"
            r".{0,120}\b(?:direkt |bequem )?in (?:dein|ihr|euer) (?:e-mail-)?postfach\b.{0,40}",
            r"bleiben sie (?:immer )?(?:auf dem laufenden|informiert)\b.{0,120}",
            # A blog's follow-by-email box: "Enter your email address to follow this blog ..."
            r"enter your e-?mail address to (?:follow|subscribe)\b.{0,200}",
            r"(?:bitte )?(?:gib|geben sie) (?:deine|ihre) e-mail-adresse ein,? um (?:diesem|dem|unserem) blog\b.{0,200}",
            r"um neue (?:beiträge|artikel|posts) per e-mail zu erhalten\b.{0,120}",
            r"(?:you need to|please) (?:log ?in|sign in|register|subscribe).{0,40}",
            r"(?:get|start) (?:your )?(?:free )?(?:trial|access).{0,60}|create (?:a )?(?:free )?account.{0,40}",
            r"sign up for (?:our|the|free)\b.{0,80}|(?:get|receive) (?:our|the) .{0,40}newsletter.{0,40}",
            r"newsletter(?:s)?|subscribe to (?:our|the) newsletter.*",
            r".{0,80}\bsubscribe (?:for free|now|today|to (?:get|receive|support))\b.{0,160}",
            r"(?:type|enter) your e-?mail(?: address)?.{0,20}|thanks for reading.{0,160}",
            r"ログイン|会員登録|新規登録|ログアウト|войти|вход|регистрация|подписаться.{0,40}",
            r"anmelden|abmelden|registrieren|abonnieren.{0,40}|jetzt abonnieren.*|jetzt (?:für|zum) .{1,60}anmelden\W{0,2}",
            r"(?:jetzt |kostenlos )?registrieren\b.{0,40}|schon registriert\?.{0,40}|(?:hier )?einloggen|ingresar|zaloguj się",
            r"[^.!?]{0,50}\bnewsletter\b[^.!?]{0,50}|newsletter abonnieren.{0,40}",
            r"se connecter|connexion|s'abonner.{0,40}|iniciar sesión|suscríbete.{0,40}|regístrate",
            r"(?:recibe|suscríbete a) (?:nuestro|el) bolet[ií]n\b.{0,40}",
            # Hungarian puts the case on the noun: "Iratkozzon fel hírlevelünkre" (to our newsletter)
            r"(?:iratkozzon|iratkozz) fel (?:a |az )?(?:\w+ )?hírlevel\w*\W{0,3}",
            r"abonnez-vous\b.{0,60}|déjà abonné.{0,40}|gérez votre abonnement|recevez nos newsletters?",
            r"assine\b.{0,40}|já é assinante\?.{0,40}|abbonati\b.{0,40}|sei già abbonato\?.{0,40}",
            # the other languages' (lexicon.SUBSCRIBE, lexicon.NEWSLETTER): the button alone,
            # a newsletter's name alone or after it, "Abone ol: günün bülteni"
            rf"(?:{lexicon.SUBSCRIBE_LABELS})(?!\w)\W{{0,3}}",
            rf"(?:(?:{lexicon.SUBSCRIBE_LABELS})(?!\w).{{0,40}})?(?<!\w)(?:{lexicon.NEWSLETTER})(?!\w)\W{{0,3}}",
        ),
    ),
    (
        SHARE_WIDGET,
        _rx(
            r"share(?:\s+(?:this|on|via|to|article|story|page)\b.{0,40})?|shares?\s*\d*",
            r"tweet|retweet|pin(?: it)?|copy link|link copied|save(?: article| for later)?",
            r"(?:print|e-?mail|share|send)(?: this)?(?: (?:page|article|story|post|link))?(?: to a friend)?",
            r"facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|flipboard|bluesky|threads|mastodon|line|vk|ok",
            r"(?:(?:share|tweet|pin|facebook|twitter|x|linkedin|whatsapp|reddit|email|e-mail|print|telegram|vk|line)\s*[|/·,]?\s*){2,}",
            r"gift (?:this )?article|give this article|share full article|\d+\s+shares?",
            r"\d*\s*click to (?:share|email|print|tweet)\b.{0,80}|.{0,80}\(opens in (?:a )?new window\)\d*",
            r"like this:?|like loading\.*|\d+\s+likes?|be the first to like this\.?",
            r"分享(?:到.{0,20})?|转发|收藏|点赞|微信|微博",
            r"(?:(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣|分享到)\s*){2,}",  # "微信 微博 QQ"
            r"読者になる|リブログ|フォロー(?:する)?|編集(?:する)?|Pocket|いいね！?\s*\d*",
            r"シェア(?:する)?|ツイート|はてブ|はてなブックマーク.{0,20}|このエントリーを.{0,40}|いいね！?\s*\d*|ブックマーク|LINEで送る",
            r"поделиться.{0,30}|твитнуть|teilen.{0,30}|twittern|partager.{0,30}|compartir.{0,30}|tuitear",
            # "Share" alone in the lexicon's other languages (the button, the whole line)
            r"condividi|compartilhar|partilhar|delen|dela|jaa|udostępnij|sdílet|zdieľať|megosztás"
            r"|distribuie|comparteix|paylaş|bagikan|kongsi|podijeli|podeli|поділитися|κοινοποίηση",
            # ... and the lexicon's (lexicon.SHARE), a row of them and the networks' names in
            # other scripts ("فيسبوك تويتر واتساب نسخ الرابط"), "Follow us" over the accounts
            rf"(?:{lexicon.SHARE_LABELS}|{lexicon.SHARE_NETWORK_LABELS})\s*:?",
            rf"(?:(?:{lexicon.SHARE_LABELS}|{lexicon.SHARE_NETWORK_LABELS}|{_NETWORK_NAMES})\s*[|/·,:]?\s*){{2,}}",
            rf"(?:{lexicon.FOLLOW_US_LABELS})(?!\w)\s*:?(?:\s*[^.!?]{{1,60}})?",
            r"(?:beitrag|artikel|inhalt|seite|post|link|jetzt|per e-?mail)\s+teilen.{0,30}|url zum kopieren|link kopieren",
            r"(?:seite |artikel |beitrag )?drucken(?: etc\.)?|imprimer|imprimir|stampa",
            r"empfiehl (?:dies|diesen (?:artikel|beitrag)).{0,40}|(?:den |diesen )?(?:artikel|beitrag) (?:mit anderen |jetzt )?teilen.{0,30}",
            r"(?:dir |ihnen )?(?:hat )?(?:der|dieser) (?:artikel|beitrag) gefallen\?.{0,60}|artikel gefallen\?.{0,60}",
        ),
    ),
    (
        "chrome: text size or listen widget",
        _rx(
            r"(?:a\s*){2,4}|a\+?\s*a-?|[+-]\s*a|(?:text|font) size\b.{0,20}|resize(?: text)?|zoom",
            r"click (?:here )?to (?:enlarge|expand|zoom|view).{0,30}|page \d+ of \d+",
            r"listen(?: to (?:this|the) (?:article|story))?(?:\s*[\d:]+.*)?|play audio|audio|read aloud|listen now",
            r"(?:artikel )?(?:anhören|vorlesen)|audio abspielen|écouter(?: cet article)?|escuchar(?: (?:este )?art[ií]culo)?",
            r"ouvir (?:o )?(?:texto|artigo|notícia)|(?:increase|decrease|enlarge|reduce) (?:the )?(?:font|text)(?: size)?",
            r"(?:aumentar|diminuir|reduzir|disminuir|reducir) (?:a |el |la )?(?:fonte|letra|fuente|texto|tamaño(?: de (?:la )?(?:letra|fuente))?)",
            r"(?:agrandir|réduire|diminuer) (?:le texte|la police|la taille du texte)|schrift (?:vergrößern|verkleinern)",
            r"(?:слушать|прослушать)(?: статью| новость)?|記事を(?:聞く|読み上げる)|音声で聞く",
            r"\d+\s*(?:min(?:ute)?s?|мин\.?|minuten)\s*(?:read|lesezeit|чтения|de lecture)?|reading time.{0,20}",
            r"文字(?:サイズ|の大きさ).{0,20}|読了(?:時間|目安).{0,20}|размер шрифта|schriftgröße|lesezeit.{0,20}",
            # "Temps de lecture : 3 min.", "Tempo di lettura: 3 minuti", "Leestijd 4 minuten"
            r"(?:temps de lecture|tempo di lettura|tiempo de lectura|tempo de leitura|leestijd|czas czytania"
            r"|lästid|læsetid|lesetid|lukuaika|время чтения|час читання)\s*:?\s*\d+\s*\w{0,8}\.?",
            # the other languages' (lexicon.READING_TIME, LISTEN): "Okuma süresi: 3 dk",
            # "3 phút đọc", "Makaleyi dinle"
            rf"(?:{lexicon.READING_TIME_LABELS})\s*:?\s*~?\s*\d+\s*(?:{lexicon.MINUTE_WORDS})?\.?",
            rf"\d+\s*(?:{lexicon.MINUTE_WORDS})\s*(?:{lexicon.MINUTES_READ})",
            rf"(?:{lexicon.LISTEN_LABELS})(?:\s*\d{{1,2}}:\d{{2}})?\W{{0,3}}",
            # a transcript's toggle: "Show transcript", "Read the full transcript",
            # "Afficher la transcription", "Transkript anzeigen"
            r"(?:show|hide|read|view|see|open|close|toggle|expand|collapse) (?:the )?(?:full |video |episode )?transcript\W{0,2}",
            r"(?:afficher|masquer|lire|voir|ouvrir|fermer) la transcription(?: (?:de la vidéo|complète))?\W{0,2}",
            r"(?:das )?transkript (?:anzeigen|lesen|ausblenden|einblenden|öffnen)\W{0,2}",
            r"(?:ver|mostrar|ocultar|leer|abrir) (?:la |a )?(?:transcripción|transcrição)(?: completa)?\W{0,2}",
            r"(?:mostra|nascondi|leggi|apri) (?:la )?trascrizione\W{0,2}|transcript (?:tonen|bekijken|lezen|verbergen)\W{0,2}",
            r"(?:pokaż|ukryj) transkrypcję\W{0,2}|transkripti (?:göster|gizle|oku)\W{0,2}",
            r"(?:hide|show) caption|expand|collapse|enlarge(?: this image)?|view (?:gallery|image|slideshow).{0,20}",
            r"view image in fullscreen|open image in (?:a )?new (?:tab|window)|read in app|open in app",
            r"bild (?:anzeigen|schließen|vergrößern)(?: bild (?:anzeigen|schließen|vergrößern))?|zum vergrößern .{0,40}klicken.{0,40}",
            r"image|photo|video|gallery|\[(?:image|photo|video|img)\]|\d+\s*(?:of|/)\s*\d+(?:\s*(?:photos|images))?",
        ),
    ),
    (
        "chrome: advertisement",
        _rx(
            r"advertisement|advertising|advert|ad|ads|sponsored(?: content| by .{1,40})?|paid (?:post|content).{0,30}|promoted",
            r".{1,40} is sponsored by\b.{0,40}|(?:presented|brought to you) by .{1,40}",
            r"(?:sponsored|promoted|partner) (?:links|stories|content|posts)|from our partners",
            r"(?:(?:sponsored|promoted) links\s*){2}|(?:by (?:taboola|outbrain)\s*){1,2}|report this ad|ad ?choices",
            r"(?:story|article) continues (?:below|after).{0,30}|continue reading(?: (?:below|the main story|the article))?",
            r"supported by|send any friend a story|reuse this content|support (?:the guardian|our journalism).{0,60}",
            r"scroll (?:down )?to continue.{0,30}|(?:ad|advertisement) ?[-–—] ?scroll.{0,30}",
            r"広告|スポンサー(?:リンク)?|ＰＲ|PR",
            r"реклама|партнерский материал|на правах рекламы",
            r"anzeige|werbung|publicité|publicidad|patrocinado|reklama|pubblicità",
            lexicon.ADVERTISEMENT_LABELS,  # the other languages' (lexicon.ADVERTISEMENT)
        ),
    ),
    (
        # A podcast's platform links ("Listen on Apple Podcasts", "Subscribe: Spotify |
        # Deezer | RSS") and its player's controls alone on a line ("00:00 / 32:10",
        # "1x", "Play", "Download"): the player and the apps, not the episode's text.
        "chrome: podcast player or links",
        _rx(
            rf"(?:(?:{_PODCAST_LABELS})\s*:?\s*)?(?:(?:{_PODCAST_APPS})\s*[|/·•,]?\s*(?:(?:and|or|et|ou|und|oder|y|o|e)\s+)?){{2,}}",
            rf"(?:{_PODCAST_LABELS})\s*:?\s*(?:{_PODCAST_APPS})",
            rf"(?:(?:{lexicon.PLAYER_CONTROLS})\s*[|/·•]?\s*)+",
        ),
    ),
    (
        # A live blog's buttons between its posts: "Show 2 new posts", "Load more posts".
        "chrome: live blog button",
        _rx(
            r"show \d+ new (?:posts?|updates?)|\d+ new (?:posts?|updates?)|load (?:more|older|newer) (?:posts|updates|entries)",
            r"\d+ neue (?:beiträge|einträge|updates)|(?:weitere|ältere) (?:beiträge|einträge) laden",
            # its refresh notices and switch: "Refresh to see the latest updates",
            # "Auto-update: on / off", "This page updates automatically. Refresh"
            r"(?:this page (?:updates|refreshes|is updated) automatically\.?\s*)?(?:refresh|reload)"
            r"(?: (?:the|this) page| now)?(?: (?:to see|for) (?:the )?(?:latest|newest|new) (?:updates|posts|entries))?\W{0,2}",
            r"this page (?:updates|refreshes|is updated) automatically\.?",
            r"(?:new (?:posts?|updates?) (?:available|below)|see (?:the )?(?:latest|new) (?:posts|updates))\W{0,2}",
            r"auto[- ]?(?:refresh|update|updates|updating)\s*:?\s*(?:on|off)?(?:\s*[/|]\s*(?:on|off))?",
            r"(?:automatisch(?:e)? aktualisier(?:en|ung)|auto-aktualisierung|seite aktualisieren|aktualisieren)"
            r"\s*:?\s*(?:an|aus|ein)?(?:\s*[/|]\s*(?:an|aus))?",
            r"(?:actualisation automatique|actualiser(?: la page)?|mise à jour automatique)\s*:?\s*(?:on|off|activée|désactivée)?",
            r"\d+ nouve(?:aux|lles?|au) (?:posts?|messages?|billets?|publications?)",
            r"(?:actualización automática|actualizar(?: la página)?)\s*:?\s*(?:on|off|activada|desactivada|sí|no)?",
            r"\d+ nuevas? (?:entradas?|publicaciones?|actualizaciones?)|\d+ nuovi? (?:post|aggiornamenti)",
            r"(?:aggiornamento automatico|aggiorna(?: la pagina)?)\s*:?\s*(?:on|off)?",
            r"(?:automatyczne odświeżanie|odśwież(?: stronę)?)\s*:?\s*(?:wł\.?|wył\.?|on|off)?|\d+ now(?:e|ych) wpis(?:y|ów)",
        ),
    ),
    (
        # A paywalled article's badge, alone on its line over the body: the paper's
        # initials and a plus ("LB+", "SZ Plus"). Capitals only, two of them before a
        # bare "+": "C++" or a grade's "A+" is no badge.
        PREMIUM_BADGE,
        re.compile(r"[A-ZÄÖÜ]{2,5} ?\+|[A-ZÄÖÜ]{1,5} ?(?:Plus|PLUS|plus)"),
    ),
    (
        # A blog's footer under the post ("This entry was posted in News and tagged
        # bridges. Bookmark the permalink."); in sentences, so looked for in prose too.
        "chrome: post footer",
        _rx(
            r"this entry was (?:posted|filed) (?:in|on|under)\b.{0,300}",
            r"(?:posted|filed) (?:in|under) .{1,200}\bbookmark the permalink\b.{0,200}",
            # German: anchored to the engine's own words ("verschlagwortet", "Lesezeichen",
            # "und unter … abgelegt") or ending right after the category list, so that a
            # news sentence ("Der Beitrag wurde am Montag in der ARD veröffentlicht und
            # sorgte …") stays prose.
            r"(?:dieser|der) (?:eintrag|beitrag|artikel) wurde .{1,300}?"
            r"\b(?:verschlagwortet|getaggt mit|permalink|lesezeichen)\b.{0,300}",
            r"dieser (?:eintrag|beitrag|artikel) wurde (?:am .{1,60}? )?(?:in|unter) [^.!?]{1,150}?"
            r" (?:veröffentlicht|abgelegt)\.?",
            r"dieser (?:eintrag|beitrag|artikel) wurde veröffentlicht (?:in|unter) [^.!?]{1,150}?"
            r"(?: von [^.!?]{1,60})?\.?",
            r"der beitrag wurde am .{1,80}? veröffentlicht und unter [^.!?]{1,150}? abgelegt"
            r"(?:\.(?:\s.{0,300})?)?",
        ),
    ),
    (
        # Written in sentences, so looked for in prose too (PROSE_CHROME_REASONS).
        "chrome: affiliate note",
        _rx(
            r"this (?:post|article|page) contains (?:affiliate links|references to products)\b.{0,300}",
            r"(?:für|bei) links auf dieser seite .{0,200}provision.{0,200}|.{0,40}enthält affiliate-links.{0,200}",
            r"\*?werbung[.:]\s*(?:dieser|der) (?:beitrag|artikel) enthält (?:werbung|affiliate-links).{0,200}",
            r".{0,80}\bhandelt es sich um (?:affiliate|partner)[- ]?links\b.{0,200}",
        ),
    ),
    (
        CONTINUE_READING,
        _rx(
            r"続きを読む.{0,3}|もっと見る|詳しくはこちら|читать (?:далее|дальше|полностью).{0,3}",
            r"weiterlesen.{0,3}|mehr lesen.{0,3}|lire la suite.{0,3}|seguir leyendo.{0,3}|continue reading\W{0,3}",
            r"auf einer seite lesen|(?:read|view) (?:it )?(?:all )?on (?:one|a single) page|lire sur une (?:seule )?page",
        ),
    ),
    (
        "chrome: previous/next entry link",
        _rx(
            # « and » also quote speech in French and Russian: a line with both is a quote.
            # "<" opening a tag and ">" closing one are markup ("Single <img>"), not arrows.
            r"(?:«|‹|<<?(?![\w/!][^<>]*>)|←)(?![^»]*»)\s*.{0,100}",
            r"(?![^«]*«)(?!.*<[\w/!][^<>]*>$).{0,100}\s*(?:»|›|>>?|→)",
            r"(?:previous|next|older|newer)(?:\s+(?:entry|post|article|story|page|posts|entries)\b\s*:?.{0,100})?",
            r"(?:前|次)の(?:記事|エントリー|投稿|ページ).{0,80}",
            r"(?:上|下)一(?:篇|页|条).{0,80}|返回(?:顶部|首页)",
            r"(?:предыдущ|следующ)(?:ая|ий|ее)\s+(?:статья|запись|новость|материал).{0,80}",
            r"(?:vorheriger|nächster)\s+(?:artikel|beitrag).{0,80}|zurück|weiter|vorheriges(?: weiter)?|nächstes",
            r"zurück zu[mr]? .{1,40}|zu allen (?:beiträgen|artikeln|news|meldungen)|alle (?:beiträge|artikel|news)",
            r"article (?:précédent|suivant).{0,80}|(?:artículo|entrada) (?:anterior|siguiente).{0,80}",
            r"(?:siguiente|anterior) (?:artículo|entrada|nota)\b.{0,80}|(?:próxima|anterior) (?:matéria|notícia)\b.{0,80}",
        ),
    ),
    (
        "chrome: author links",
        _rx(
            r"(?:e-?mail|contact|follow|message)(?: the| this)? (?:author|writer|reporter|me|us)\b.{0,40}",
            r"follow(?: on)? (?:twitter|x|facebook|instagram|linkedin|bluesky)|follow|bio|view (?:author )?profile",
            r"more (?:articles|stories|posts) (?:by|from) .{1,60}|see all articles.{0,40}",
            r"(?:alle )?artikel von .{1,60}|все (?:статьи|материалы) автора|この著者の記事.{0,20}",
        ),
    ),
    (
        "chrome: permalink",
        _rx(r"(?:go to |view )?permalink.{0,40}|パーマリンク.{0,40}|постоянная ссылка.{0,40}"),
    ),
    (
        "chrome: powered by",
        _rx(
            r"(?:proudly\s+)?powered by\b.{0,80}|(?:theme|design(?:ed)?|template|site) by\b.{0,60}",
            r"(?:blog at|bloggen auf|create a (?:free )?website or blog at) wordpress\.com\.?",
        ),
    ),
    (
        "chrome: copyright",
        _rx(
            r"(?:©|\(c\)|copyright|&copy;).{0,200}",
            r".{0,120}all rights reserved.{0,80}|.{0,80}(?:無断転載|禁無断|転載禁止).{0,80}",
            # Korean: "저작권자 © 지역일보 무단전재 및 재배포 금지" (no unauthorised copying)
            r".{0,80}(?:무단\s?전재|무단\s?복제|재배포\s?금지).{0,80}",
            # "声明：本文版权归晨报网所有，转载请注明出处。", "晨报网 版权所有": the
            # statement as the whole line, quoting nothing (a story may quote those words)
            r"(?:声明[:：]\s*)?本文版权归[^“”\"「」]{1,60}",
            r"[^“”\"「」，。]{0,30}(?:版权所有|版權所有)[^“”\"「」]{0,30}",
            r"(?:声明[:：]\s*)?[^“”\"「」]{0,40}(?:转载请注明出处|轉載請註明出處)[^“”\"「」]{0,10}",
            # the editor's credit under a Chinese wire story: "（责任编辑：张敏）"
            r"[（(]?\s*(?:责任编辑|責任編輯)\s*[:：]\s*[^（）()]{1,20}[)）]?",
            r".{0,80}(?:все права защищены|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados).{0,80}",
            r".{0,80}(?:wszelkie prawa zastrzeżone|tutti i diritti riservati|todos os direitos reservados).{0,80}",
            # a reprint notice: "Materiał chroniony prawem autorskim - zasady przedruków określa regulamin."
            r".{0,40}(?:materiał chroniony prawem autorskim|nachdruck nur mit (?:schriftlicher )?genehmigung)\b.{0,120}",
        ),
    ),
    (
        "chrome: print-edition note",
        _rx(
            r"a version of this article (?:appears|appeared) in print.{0,200}",
            r"(?:this article )?appeared in the .{0,60}print edition.{0,120}",
            r"(?:an edited|a shorter) version of this (?:article|story) appeared.{0,160}",
            r"printed in the .{0,60}edition.{0,60}",
            # "This article appears in the April 2026 issue of Meridian with the headline ..."
            r"this (?:article|story|piece) (?:appears|appeared|was published) in the .{1,60} (?:issue|edition)\b.{0,160}",
        ),
    ),
    (
        "chrome: cookie notice",
        _rx(
            # "We and our partners use cookies", "We and our 842 partners store
            # and/or access information on a device" (the consent framework's words)
            r".{0,200}\b(?:we|this (?:web)?site|our (?:web)?site)(?: and our (?:\d+ )?partners)? uses? cookies\b.*",
            r".{0,40}(?:本站|本网站|本網站|我们|我們)(?:使用|采用|利用)\s*cookies?.{0,200}",
            r".{0,200}\bwe and our (?:\d+ )?partners (?:store|process|use)\b.{0,40}\b(?:information|data|cookies)\b.*",
            # a consent dialog's buttons, one or several copied onto one line
            # ("Accept all Manage preferences")
            rf"{_CONSENT_BUTTON}(?:\s*[|·/]?\s*{_CONSENT_BUTTON}){{0,3}}",
            r"please accept (?:our|the) .{0,40}(?:terms|cookies|privacy).{0,40}",
            r".{0,200}\b(?:diese (?:web)?seite|diese website|unsere (?:web)?seite|unsere website|wir) (?:verwendet|verwenden|nutzt|nutzen|setzt|setzen) cookies\b.*",
            r".{0,200}\b(?:ce site|nous) utilis(?:e|ons) (?:des )?cookies\b.*|.{0,200}\b(?:este sitio|esta web|utilizamos) (?:web )?(?:utiliza )?cookies\b.*",
            r"(?:this site|diese (?:web)?seite|diese website) (?:uses|verwendet|nutzt) akismet\b.*",
            # an embed's placeholder while its cookies are refused: "Ce contenu est bloqué car ..."
            r"ce contenu (?:est|a été) bloqué\b.{0,160}\bcookies\b.{0,160}",
            r"this (?:content|embed) (?:is|has been) blocked\b.{0,160}\bcookies\b.{0,160}",
            r"(?:dieser|der) inhalt (?:ist|wird) blockiert\b.{0,160}\bcookies\b.{0,160}",
            r".{0,60} would like to send you (?:push )?notifications\b.*",
        ),
    ),
    (
        "chrome: footer link",
        _rx(
            r"privacy policy|terms of (?:use|service)|terms & conditions|contact us|about us|advertise(?: with us)?|careers|help",
            r"プライバシーポリシー|利用規約|お問い合わせ|политика конфиденциальности|контакты|datenschutz.{0,20}|impressum|kontakt",
            r"mentions légales|politique de confidentialité|aviso legal|política de privacidad",
        ),
    ),
    (
        "chrome: related link",
        _rx(
            r"(?:related|read more|read also|also read|see also|more|watch|listen|podcast)\s*[:：|]\s*.{1,200}",
            r"関連(?:記事|リンク)?\s*[:：]\s*.{1,200}",
            r"(?:читайте также|см\. также|по теме|читайте)\s*[:：]\s*.{1,200}",
            r"(?:mehr zum thema|lesen sie (?:auch|hier|mehr)|auch interessant|zum thema)\s*[:：]\s*.{1,200}",
            r"(?:à )?lire aussi\s*[:：]\s*.{1,200}|lee también\s*[:：]\s*.{1,200}",
            # "À lire aussi » ...", "PUEDES VER: ...", "Dowiedz się więcej: ...", "Leia também: ..."
            r"(?:à )?lire aussi\s*[»>›]\s*.{1,200}",
            r"(?:puedes ver|lee (?:más|también)|leer más|mira también|te puede interesar)\s*[:：»]\s*.{1,200}",
            r"(?:dowiedz się więcej|czytaj (?:też|także|więcej)|zobacz (?:też|także))\s*[:：»]\s*.{1,200}",
            r"(?:leia (?:também|mais)|veja (?:também|mais))\s*[:：»]\s*.{1,200}",
            # the other languages' labels (lexicon.READ_ALSO): "Les også: ...", "LES OGSÅ ..."
            rf"(?:{lexicon.READ_ALSO_LABELS})\s*{lexicon.READ_ALSO_MARK}\s*.{{1,200}}",
            rf"(?-i:{lexicon.READ_ALSO_CAPITALS})\.?\s+.{{1,200}}",  # "À LIRE AUSSI. Le pont…"
            # a label and its headline run together, the link's text glued to the
            # box's label ("Mirá tambiénLa tabla…"), or a capital label over a
            # capital headline with only a space between ("Lire aussi Le pont…")
            rf"(?:{lexicon.READ_ALSO_ANY})(?-i:(?<={_LOWER}){_UPPER}).{{1,200}}",
            rf"(?=(?-i:{_UPPER}))(?:{lexicon.READ_ALSO_ANY})\s+(?-i:{_UPPER}|[«\"“]).{{1,200}}",
            # ... in any case over a headline with no mark between, as one line of a copy:
            # "Lee también El comercio de barrio pierde locales". The headline opens with
            # no small letter ("Lee también el informe" is a sentence's) and ends no
            # sentence; a headline's length (READ_ALSO_HEADLINE_MAX_CHARS).
            rf"(?:{lexicon.READ_ALSO_ANY})\s+(?-i:(?![a-zß-ÿа-яёα-ω]))"
            rf"(?=.{{1,{READ_ALSO_HEADLINE_MAX_CHARS}}}$)(?!.*[.!。।]$).+",
        ),
    ),
    (
        # The note under an interview that says how it was edited, or who held it:
        # the desk's words about the text, not the text ("This interview has been
        # edited for length and clarity.", "Das Gespräch führte Jonas Petersen.").
        "chrome: interview note",
        _rx(
            r"(?:this|the) (?:interview|conversation|transcript|q&a|exchange|discussion)"
            r" (?:has been|have been|was|is) (?:lightly |slightly )?(?:edited|condensed)"
            r"(?: and (?:lightly )?(?:edited|condensed))?(?: for (?:length|clarity|brevity|space)"
            r"(?:,? and (?:length|clarity|brevity))?)?\.?",
            r"(?:(?:questions|answers|responses|remarks) )?(?:have been |were |was )?(?:lightly )?"
            r"(?:edited|condensed) (?:and (?:edited|condensed) )?for (?:length|clarity|brevity)\b.{0,40}",
            r"(?:das|dieses) (?:interview|gespräch) wurde\b.{0,60}(?:gekürzt|redigiert|bearbeitet|autorisiert)\.?",
            r"(?:das (?:interview|gespräch) führten?|interview:|gesprächsführung:) [^.!?]{2,80}\.?",
            r"(?:cet |l['’])entretien a été (?:édité|condensé|raccourci|relu|resserré)\b[^,;]{0,60}",
            r"(?:esta |la )entrevista (?:ha sido|fue) (?:editada|condensada|resumida)\b[^,;]{0,60}",
            r"(?:questa |l['’])intervista è stata (?:modificata|editata|condensata|ridotta)\b[^,;]{0,60}",
        ),
    ),
    (
        "chrome: feedback prompt",
        _rx(
            r"was this (?:article|page) (?:helpful|useful)\?.{0,40}|report (?:an? )?(?:error|typo|correction).{0,30}",
            r"our standards:.{0,120}|corrections? policy|send us a tip.{0,40}|got a tip\?.{0,80}",
            r"(?:have|got) a (?:news |confidential )?tip\?.{0,160}|contact (?:the )?(?:author|reporter|writer)\b.{0,120}",
            # a tabloid's plea for tips under the story: "We pay for your stories! Do you have a story ..."
            r"we pay for (?:your )?stories\b.{0,240}|(?:do you have|got) a story for (?:the|us|our)\b.{0,200}",
            # the site asks how the reader likes it: "Wie gefällt Ihnen unsere Website? Teilen Sie es uns mit!"
            r"(?:wie gefällt (?:ihnen|dir|euch)|how do you like) (?:unsere|unser|diese|dieses|our|this) (?:website|webseite|seite|internetseite|angebot|site|page)\b.{0,120}",
            r"(?:war|ist) (?:dieser artikel|dieser beitrag|diese seite|diese information) hilfreich\?.{0,40}",
        ),
    ),
    (
        "chrome: player or script notice",
        _rx(
            r"your browser does not support (?:the )?(?:video|audio|html5|iframes?)\b.{0,120}",
            r"(?:please )?(?:enable|turn on) javascript\b.{0,160}|javascript is (?:disabled|required)\b.{0,160}",
            # the same notice in other words and languages (lexicon.SCRIPT_SWITCH): a
            # switch word at most four words from "JavaScript", in a notice's length and
            # shape: at most SCRIPT_NOTICE_MAX_WORDS words, opening with the switch word
            # or with "JavaScript", or naming a browser (a story's sentence about
            # JavaScript, "The attack requires JavaScript to run...", is none of these)
            rf"(?=(?:\S+\s+){{0,{SCRIPT_NOTICE_MAX_WORDS - 1}}}\S+$|(?:\w+\W+)?(?:{lexicon.SCRIPT_SWITCH_WORDS}|javascript)\b"
            rf"|.{{0,200}}?\b(?:{SCRIPT_NOTICE_BROWSER})\b)"
            rf"(?=.{{0,200}}?javascript)(?:.{{0,160}}?\b(?:{lexicon.SCRIPT_SWITCH_WORDS})\b(?:\W+\w+){{0,4}}?\W+javascript\b"
            rf"|.{{0,160}}?\bjavascript\b(?:\W+\w+){{0,4}}?\W+(?:{lexicon.SCRIPT_SWITCH_WORDS})\b).{{0,300}}",
            rf".{{0,100}}javascript\s*[をがを를]?\s*(?:{lexicon.SCRIPT_SWITCH_CJK}).{{0,100}}",
            rf".{{0,100}}(?:{lexicon.SCRIPT_SWITCH_CJK})\s*javascript.{{0,100}}",
            r"(?:this )?(?:video|content|media) is (?:not |un)available\b.{0,120}|video (?:not )?unavailable",
            r"video not available",
            # An embedded post held back until the reader agrees ("Empfohlener
            # redaktioneller Inhalt / An dieser Stelle findet Ihr einen externen Inhalt ...").
            r"empfohlener redaktioneller inhalt|externe(?:n|r)? inhalte? (?:anzeigen|laden|zulassen)",
            r"an dieser stelle (?:findet ihr|finden sie|findest du) (?:einen |den )?externen inhalt\b.{0,200}",
            r"ich bin damit einverstanden, dass mir externe inhalte angezeigt werden\b.{0,300}",
            r"wir respektieren (?:deine|ihre) privatsphäre und stellen deshalb ohne (?:dein|ihr) einverständnis\b.{0,300}",
        ),
    ),
    (
        # An encyclopedia's or wiki's line under every title.
        "chrome: site tagline",
        _rx(r"from wikipedia(?:, the free encyclopedia)?|from [^,]{2,40}, the [\w .'-]{2,40} wiki"),
    ),
    (
        # A video player's controls and caption settings, as a copy of the
        # page spells them out ("Current Time 0:00", "Text Edge Style").
        "chrome: video player",
        _rx(
            r"play video|(?:un)?mute|(?:non-)?full ?screen|exit full ?screen",
            r"(?:current|duration|remaining) time\s*-?[\d:]*|loaded:?\s*\d+%|progress:?\s*\d+%",
            r"stream type\s*live|playback rate|chapters|captions(?: off| settings)?|subtitles(?: off)?",
            r"(?:descriptions|subtitles|captions) off, selected|.{1,30}, selected|audio track|video quality",
            r"captions settings, opens captions settings dialog|closed captions?(?: settings)?",
            r"this is a modal window\..{0,120}|(?:beginning|end) of dialog window\..{0,80}|close modal dialog",
            r"text edge style|font family|caption area background|captions will look like this",
        ),
    ),
    (
        # An image's caption that tells how to enlarge it ("Das Netz der Firmen. Zum Vergrößern
        # auf das Bild klicken. CC-BY 2.0"): a caption, as the HTML reader leaves it out.
        "chrome: caption with an enlarge hint",
        _rx(
            r".{1,200}[.!?:)]\s+(?:zum vergrößern (?:auf (?:das|die) (?:bild|grafik) )?klicken|klicken sie zum vergrößern"
            r"|click (?:on )?(?:the image |the photo |here )?to enlarge|cliquez (?:sur l'image )?pour (?:l')?agrandir"
            r"|haga clic (?:en la imagen )?para ampliar)\b.{0,120}",
        ),
    ),
    (
        # A photo gallery's and an ad player's buttons.
        "chrome: gallery or player button",
        _rx(
            r"view (?:all )?(?:photos|images|graphic|gallery)|buy (?:this )?photo|skip ad|autoplay(?: on| off)?",
            r"wait \d+ seconds? to continue\.?|caption|hide caption|toggle caption|\d+ photos?",
            # a gallery's pager, its buttons either side of the counter: "Anterior 1 / 8 Siguiente"
            rf"(?:{_GALLERY_BACK})\s*\d{{1,3}}\s*(?:/|of|de|di|sur|von|van|z)\s*\d{{1,3}}\s*(?:{_GALLERY_ON})",
        ),
    ),
    (
        # "3 hours ago", "před 5 minutami": the time stamps of a news feed's
        # items. An article dates itself; a line that says only this is a list's.
        "chrome: relative time",
        _rx(
            r"(?:updated\s+|aktualizováno\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?"
            r"|days?|weeks?|months?|years?)\s+ago|just now",
            r"(?:aktualizováno\s+)?před\s+\d+\s+(?:minut\w*|hodin\w*|dn\w+|sekund\w*)",
            r"vor\s+\d+\s+(?:minuten?|stunden?|tagen?|sekunden?)",
            r"il y a\s+\d+\s+(?:min(?:utes?)?|heures?|h|jours?|secondes?)",
            r"hace\s+\d+\s+(?:minutos?|horas?|días?|segundos?)|há\s+\d+\s+(?:minutos?|horas?|dias?)",
            r"\d+\s+(?:minuti|ore|giorni|secondi)\s+fa",
            r"\d+\s+(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|секунд[уы]?)\s+назад",
            r"\d+\s*(?:秒|分|時間|日)前|\d+\s*(?:秒|分钟|小时|天)前",
        ),
    ),
    (
        "chrome: republishing note",
        _rx(
            r"this (?:article|story|post|piece) (?:was|has been|is) (?:originally |first )?(?:published|republished|"
            r"reproduced|produced)\b.{0,200}",
            r"(?:originally|first) published (?:on|in|at|by)\b.{0,200}",
            r"follow (?:us|me|the author|[A-Z][\w.]+(?: [A-Z][\w.]+)?) on (?:twitter|x|facebook|instagram|linkedin|bluesky|threads)\b.{0,120}",
            r"the views expressed (?:in this|here|are)\b.{0,200}",
            # a site's licence footer: "... this work is licensed under a Creative Commons ..."
            # (not a story's sentence that reports it: "..., the curator said")
            r"(?!.{0,300}\b(?:said|says|told|sagte|sagt|erklärte|a déclaré|dijo)\b)"
            r".{0,60}\b(?:this|the|all) (?:work|content|article|text|post|blog|site|page)s? (?:is|are) licen[cs]ed under"
            r" (?:a |the )?(?:creative commons|cc[- ]by|gnu)\b.{0,200}",
            r".{0,60}\b(?:dieses|der|dieser) (?:werk|inhalt|text|beitrag|artikel|blog) (?:ist|steht) unter (?:einer|der)"
            r" (?:creative[- ]commons|cc[- ]by)\b.{0,200}",
        ),
    ),
)

# Chrome rules that may remove a line even when it reads as prose (a cookie
# notice or a copyright line is a full sentence). All other rules only touch
# lines that are not prose, so a paragraph starting "Next, ..." survives.
PROSE_CHROME_REASONS: frozenset[str] = frozenset(
    {
        "chrome: sign-in or subscribe prompt",
        "chrome: copyright",
        "chrome: print-edition note",
        "chrome: interview note",
        "chrome: cookie notice",
        "chrome: related link",
        "chrome: affiliate note",
        "chrome: post footer",
        "chrome: feedback prompt",
        "chrome: republishing note",
        "chrome: player or script notice",
        "chrome: caption with an enlarge hint",
    }
)


def _any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern that fullmatches a text when one of ``patterns`` does, each with
    its own case rule: one call instead of one per rule, for the lines (nearly all)
    that match none of them."""
    parts = [f"(?i:{p.pattern})" if p.flags & _I else f"(?:{p.pattern})" for p in patterns]
    return re.compile("|".join(parts) or "(?!)")


# The lists above as one pattern each (a line is tried against all of a list first)
ANY_HARD_END_MARKER = _any_of(tuple(p for _, p in HARD_END_MARKERS))
ANY_SOFT_END_MARKER = _any_of(tuple(p for _, p in SOFT_END_MARKERS))
ANY_CHROME_RULE = _any_of(tuple(p for _, p in CHROME_RULES))
ANY_PROSE_CHROME_RULE = _any_of(tuple(p for r, p in CHROME_RULES if r in PROSE_CHROME_REASONS))
# Chrome a headline may sit *below* (the page's furniture above the article):
# when looking upwards from the body for the headline, these end the search
# once a headline-like line has been found.
NAVIGATION_REASONS: frozenset[str] = frozenset(
    {
        "chrome: stray punctuation",
        "chrome: loading indicator",
        "chrome: skip link",
        "chrome: search box",
        "chrome: navigation",
        "chrome: navigation row",
        "chrome: breadcrumb",
        "chrome: sign-in or subscribe prompt",
    }
)
# Chrome that separates a site's masthead from an entry below it: a short
# line under one of these, right above the body, is the entry's headline
# rather than a headline-like line above them (the blog's name).
MENU_REASONS: frozenset[str] = frozenset(
    {
        "chrome: navigation",
        "chrome: navigation row",
        "chrome: breadcrumb",
        "chrome: previous/next entry link",
    }
)
# Links to the previous and next entries: they follow the article, so inside
# the body's block they end it, unless the prose after them outweighs this
# share of the prose before.
# The words name the entries ("Previous post", "« Previous | Next »",
# "Nächster Beitrag"): the chrome rule's arrows alone ("<head>", "Zurück")
# stand in code and galleries too, and a lone "Next" is a slider's or a form's.
_NAV_WORD = r"(?:«|‹|←|<<?)? ?(?:previous|prev|next|older|newer)(?: (?:entry|post|posts|entries))?(?: ?(?:»|›|→|>>?))?"
POST_NAVIGATION = _rx(
    rf"{_NAV_WORD} ?[|/]? ?{_NAV_WORD}",
    r"(?:previous|next|older|newer) (?:entry|post|article|story|posts|entries)\b.{0,100}",
    r"(?:vorheriger|nächster|voriger|älterer|neuerer) (?:artikel|beitrag|eintrag)\b.{0,100}",
    r"(?:beitrags|artikel)-?navigation|post navigation",
    r"(?:article|billet) (?:pr[ée]c[ée]dent|suivant)\b.{0,100}",  # the accents are often left out
    r"(?:artículo|entrada|nota) (?:anterior|siguiente)\b.{0,100}|(?:siguiente|anterior) (?:artículo|entrada|nota)\b.{0,100}",
    r"(?:próxima|anterior) (?:matéria|notícia)\b.{0,100}",
)
POST_NAVIGATION_TAIL_RATIO = 1.0
# Wire-copy credits that end an article and belong to it.
WIRE_TAIL = _rx(
    r"(?:\(|\[)?(?:additional\s+)?(?:reporting|writing|editing|research)\s+by\b.{1,200}",
    r"[—–-]?\s*(?:the\s+)?associated press (?:writers?|reporters?)\b.{1,200}",
)

# --- Metadata lines ------------------------------------------------------------

# "Category:Event", "カテゴリ: 日記", "Рубрика: Политика" -> section (and tags).
CATEGORY_LINE = re.compile(
    r"(?:(?:categor(?:y|ies)|section|kategorie(?:n)?|ressort|rubrik|catégories?|rubrique"
    r"|categor[ií]as?|secci[oó]n|カテゴリー?|ジャンル|テーマ|分類|栏目|分类|рубрик[аи]|раздел|категори[яи])\s*[:：]"
    r"|(?:filed (?:under|in)|posted in)\s*[:：]?"
    # the label glued to the first item, as a copy runs a list's inline items together
    r"|(?-i:Categories|Kategorien|Categor[ií]as)(?=(?-i:[A-ZÀ-ÖØ-Þ])))"
    r"\s*(?P<value>.+)",
    _I,
)
# "Tags: food, city life", "タグ：東京", "Теги: ...", "Schlagwörter: ...".
TAGS_LINE = re.compile(
    r"(?:tagged(?:\s+(?:with|as|in))?\s*[:：]?\s+"
    r"|(?:tags?|topics?|keywords?|labels?|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|themen"
    r"|mots[- ]cl[ée]s|[ée]tiquettes?|etiquetas|temas|palabras clave|タグ|キーワード|теги|метки|ключевые слова|темы"
    rf"|{lexicon.TAGS_LABELS})"  # the other languages' (lexicon.TAGS)
    r"\s*[:：]\s*"
    # (the label case-sensitive: "TAGSÜBER SONNIG" is a subheading)
    r"|(?-i:Tags|Themen|Temas|Topics|Schlagw(?:ö|oe)rter)(?=(?-i:[A-ZÀ-ÖØ-Þ])))(?P<value>.+)",
    _I,
)
# Separators between several categories or tags on one line.
LIST_SEPARATOR = re.compile(r"\s*(?:[,;、，|/·•]|\s{2,})\s*")

# German credit lead-ins before a byline's names: "Text: NAME", "Text und Fotos: NAME",
# "Text von NAME", "Ein Gastbeitrag von NAME", "Eine Kolumne von NAME" (not "Kommentar
# von NAME": that heads a reader's comment).
_CREDIT_LEAD_IN = (
    r"text(?:\s*(?:&|und|/)\s*(?:fotos?|bilder?|bild|illustrationen?))?\s*:"
    # (not a text that runs on to a label of its own: "Text: Mein Motto Sparen: Fazit ...")
    r"(?!\s*(?:[^\s,/|:]+\s+){1,4}[^\s,/|:]+:)"
    r"|(?:eine?n?\s+)?(?:text|beitrag|gastbeitrag|kolumne|glosse|reportage|analyse|essay"
    r"|bericht|recherche)\s+von"
)
# A byline with its lead-in word: "By Marta Lindqvist and Daniel Okafor",
# "Von Anna Schmidt", "Автор: Иван Петров", "文：山田太郎".
BYLINE = re.compile(
    # "By" glued to the name it leads ("ByAlex Doe", a link beside a word): never "Byron"
    r"(?:(?-i:(?<![^\W\d_])(?:By|Von)(?=[A-Z][a-z]))|"
    r"(?:by|written by|(?:words|text|story|reporting)(?: and (?:pictures|photos|photographs))? by|author|authors|von|par|por|autor(?:in|en|/in|\(in\))?|auteur(?:e|s|\(s\))?"
    r"|автор(?:ы)?|текст|文|著者|筆者|記者|執筆者?|记者|作者|撰文|编辑"
    rf"|{lexicon.BY_WORD_LABELS})\s*[:：]?\s+"  # the other languages' (lexicon.BY_WORDS)
    rf"|(?:{_CREDIT_LEAD_IN})\s+"  # German credits: "Text: NAME", "Eine Kolumne von NAME"
    rf"|(?:{lexicon.BY_LABEL_LABELS})\s*[:：]\s*"  # ... with their colon (lexicon.BY_LABELS)
    # a Korean reporter's name before "기자" (reporter), and an address after it
    r"|(?=[\uac00-\ud7a3]{2,4}(?:\s*[·,]\s*[\uac00-\ud7a3]{2,4})*\s*기자(?:\s+\S+@\S+)?$))"
    r"(?P<names>\S.{0,200}?)(?:\s*기자(?:\s+\S+@\S+)?)?|"
    r"(?:author|autor|автор|文|著者|筆者|記者|執筆|记者|作者|文/)\s*[:：/]?\s*(?P<names2>\S.{0,200})",
    _I,
)
# A publication label before a date, on a byline's long line ("Par Jeanne Roux
# Publié le 25 février 2026 ..."): read up to DATED_BYLINE_MAX_WORDS words; what
# follows the names on a byline ("| ann@example.com") is cut at BYLINE_CONTACT.
PUBLISHED_LABEL = re.compile(
    r"(?<!\w)(?:published|publié|publicado|pubblicato"
    r"|veröffentlicht|gepubliceerd|publicat|opublikowano|publikováno"
    r"|publicerad|publiceret|publisert|julkaistu)(?!\w)(?:\s*(?:le|el|il|am|on|op|at|em))?\s*:?",
    _I,
)
DATED_BYLINE_MAX_WORDS = 40
# ... in one sentence (no sentence ends inside the line), and not with a date
# that may be day-first or month-first ("09/03/2026").
SENTENCE_BREAK = re.compile(r"\w{3,}[.!?]\s+[A-ZÀ-Þ]")
AMBIGUOUS_SLASH_DATE = re.compile(r"\s*(?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/\d{4}")
BYLINE_CONTACT = re.compile(r"\s+[|·•]\s+|\s*\S+@\S+|\s*\(")
# "Posted" in the other languages of Europe (German, French, Spanish, Portuguese,
# Italian, Dutch), the word for "by" after it, and the words for "at" or "on" before
# the time or date.
_POSTED_VERB = (
    r"eingestellt|veröffentlicht|geschrieben|verfasst|gespeichert|gepostet|erstellt"
    r"|publi[ée]e?|post[ée]e?|[ée]crite?|r[ée]dig[ée]e?"
    r"|publicad[oa]|escrit[oa]|postad[oa]|redactad[oa]|pubblicat[oa]|scritt[oa]"
    r"|geplaatst|gepost|geschreven|gepubliceerd"
)
_POSTED_BY_WORD = r"von|par|por|da|door"
_POSTED_AT_WORD = r"um|am|à|le|a las|el|em|alle|il|om|op|@"
# Blog footers: "Posted by NAME at 21:47 | Comments (3) | Trackback (0)",
# "投稿者 太郎 : 21:47", "Posted on November 18, 2024 by NAME".
POSTED_BY = re.compile(
    r"(?:posted|published|written|submitted|filed)\s+(?:by\s+(?P<name>[^|@]+?)"
    r"(?:\s+(?:at|on|@)\s+(?P<when>[^|]+?))?|(?:on|at)\s+(?P<when2>[^|]+?)(?:\s+by\s+(?P<name2>[^|]+?))?)"
    r"\s*(?:[|·•].*)?"
    r"|(?:投稿者|投稿|posted)\s*[:：]?\s*(?P<name3>[^|:：\d]+?)\s*(?:[:：]\s*)?(?P<when3>[\d:：]{4,5})?\s*(?:[|·•].*)?"
    r"|(?:опубликовал|автор записи)\s*[:：]?\s*(?P<name4>[^|]+?)\s*(?:[|·•].*)?"
    # ... in the other languages of Europe: "Eingestellt von NAME um 21:47", "Publié par
    # NAME à 08:00", "Publicado por NAME", "Geplaatst door NAME op 3 mei 2021",
    # "Veröffentlicht am 12. Juni 2017 von NAME"
    rf"|(?:{_POSTED_VERB})\s+(?:(?:{_POSTED_BY_WORD})\s*:?\s+(?P<name5>[^|@]+?)"
    rf"(?:\s+(?:{_POSTED_AT_WORD})\s+(?P<when4>[^|]+?))?"
    rf"|(?:{_POSTED_AT_WORD})\s+(?P<when5>[^|]+?)\s+(?:{_POSTED_BY_WORD})\s+(?P<name6>[^|@]+?))"
    r"\s*(?:[|·•].*)?",
    _I,
)
# A byline's lead-in standing alone, the name on the next line.
BYLINE_LEAD_ALONE = _rx(
    r"by|written by|words by|von|par|por|автор:?|текст:?|author:?",
    # ... a label's, with its colon: "Autor:", "Auteur(s) :", "Geschrieben von:", "Text:"
    # (without one, "Autoren" is a menu's link, "Autor" an info box's heading)
    r"(?:authors?|author\(s\)|autor(?:in|en|/in|\(in\))?|autora|autores|auteure?s?|auteur\(s\))\s?:",
    r"(?:geschrieben|verfasst|posted|published|escrito|écrit|publié) (?:von|by|por|par):?|text:",
    rf"(?:{lexicon.BY_WORD_LABELS}):?|(?:{lexicon.BY_LABEL_LABELS}):",
)
# What stays of a date line once its date and time are taken out, and says
# nothing: a "Follow @handle" button, and the "at" or "on" that joined the
# name to the date ("By Jane Holm on March 3, 2025", "par Anne Roy le 3 mars
# 2025"). Matched against each piece between two cut-out dates or times, so
# "$" is where the date stood.
DATE_LINE_LEFTOVERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\bfollow\s+@\w+", _I),
    re.compile(r"\s(?:at|on|um|am|vom|à|le|a las|в)(?=[\s|,·•–—-]*$)", _I),
)
# "by NAME" after the date on a date line ("November 18, 2024 by Sam Rivers").
DATE_LINE_BY = re.compile(
    rf"(?<!\w)(?:(?:by|von|par|por|автор|{lexicon.BY_WORD_LABELS})(?!\w)\s*:?\s+"
    # ... glued to the name it leads, as a copy runs a link into its label ("vonChris Jung")
    r"|(?-i:by|von|By|Von)(?=(?-i:[A-ZÀ-Þ][a-zà-ÿ])))(?P<names>\S.*)$",
    _I,
)
# A blog's user handle after "Posted by" ("jsmith", "taro_y"): taken as the
# author even though it is not a capitalised name.
HANDLE = re.compile(r"[\w.@-]{2,30}(?: [\w.@-]{2,30}){0,2}")
# Lead-in words of a date line; "updated" dates become ``modified``.
PUBLISHED_PREFIX = _rx(
    r"(?<!\w)(?:first\s+)?(?:published|posted|released|dated?)(?:\s+(?:on|at))?\s*:?",
    r"veröffentlicht(?:\s+am)?\s*:?|erschienen(?:\s+am)?\s*:?|publié(?:\s+le)?\s*:?|publicado(?:\s+el)?\s*:?",
    r"опубликовано\s*:?|дата публикации\s*:?|公開日?\s*[:：]?|投稿日(?:時)?\s*[:：]?|掲載日?\s*[:：]?|配信日?\s*[:：]?",
    rf"(?<!\w)(?:{lexicon.PUBLISHED_LABELS})(?!\w)\s*[:：]?",  # the other languages' (lexicon.PUBLISHED)
)
UPDATED_PREFIX = _rx(
    r"(?<!\w)(?:last\s+)?(?:updated|modified|edited)(?:\s+(?:on|at))?\s*:?",
    r"aktualisiert(?:\s+am)?\s*:?|mis à jour(?:\s+le)?\s*:?|actualizado(?:\s+el)?\s*:?",
    r"обновлено\s*:?|更新日?(?:時)?\s*[:：]?|最終更新日?\s*[:：]?",
    rf"(?<!\w)(?:{lexicon.UPDATED_LABELS})(?!\w)\s*[:：]?",  # the other languages' (lexicon.UPDATED)
)
# Words that follow a name in a byline but are not a person: job titles,
# agencies, "Staff". A byline segment made only of these is dropped.
NOT_A_NAME = _rx(
    r".*\b(?:staff|writer|reporter|correspondent|editor|editors|contributor|columnist|journalist"
    r"|producer|analyst|bureau chief|chief|senior|associate|special to|for the|desk|team|newsroom"
    r"|email|e-mail|follow|twitter|contact)\b.*",
    r"reuters|associated press|ap|afp|bloomberg|dpa|tass|kyodo|xinhua|upi|cnn|bbc|efe|ansa|ria novosti",
    r"the\s+.+|.*\b(?:news|times|post|journal|herald|tribune|gazette|daily|press|media|agency|magazine|online)\b",
    r".*(?:korrespondent|redakteur|reporterin|корреспондент|редактор|обозреватель|特派員|編集部|記者).*",
)
# A job title glued after a byline's name, with no comma between: "Ann Lee Senior
# Reporter", "Max Muster Redakteur", "Evan HalperStaff Writer" (a copy runs the name's
# link and the title's line together). Cut off, so the name before it is read.
_TITLE_WORD = (
    r"senior|chief|staff|deputy|associate|assistant|contributing|managing|executive"
    r"|political|business|sports?|science|health|tech(?:nology)?|foreign|special|freelance"
    r"|investigative|national|international|local|digital|features?|opinion|legal|data"
    r"|leitende[r]?|freie[r]?|stellvertretende[r]?"
)
_TITLE_HEAD = (
    r"reporters?|writers?|editors?|correspondents?|columnists?|journalists?|contributors?"
    r"|producers?|analysts?|redakteur(?:in)?|journalist(?:in)?|korrespondent(?:in)?|autor(?:in)?"
    r"|reporterin|r[ée]dact(?:eur|rice)|journaliste|periodista|redactor(?:a)?|corresponsal"
)
JOB_TITLE_TAIL = re.compile(
    rf"(?:\s+|(?-i:(?<=[a-zà-ÿ])(?=[A-Z])))(?:(?:{_TITLE_WORD})\s+){{0,3}}(?:{_TITLE_HEAD})$", _I
)
# Separators between several authors: the lexicon's joiners, and in a text
# dump also a spaced bar and "・" (which the HTML stage doesn't split on) —
# but not "・" between katakana, where it divides one foreign name
# ("ジョン・スミス").
AUTHOR_SEPARATOR = re.compile(
    r"\s*(?:"
    + "|".join(
        (*lexicon.AUTHOR_JOINERS, r"(?<![\u30a0-\u30ff])・|・(?![\u30a0-\u30ff])", r"\s\|\s")
    )
    + r")\s*",
    _I,
)
# Trailing furniture glued to a byline ("Email the author", "Follow").
BYLINE_JUNK = _rx(
    r"\s*(?:[|·•]\s*)?(?:email|e-mail|contact|follow|twitter|bio|view profile|more articles)(?:\s+(?:the\s+)?(?:author|me|us|on \w+))?\b.*$",
    # the post's comment count after the name ("von Jane Doe Ein Kommentar", "by Ann Lee 5 Comments")
    rf"\s+(?:\d+|no|one|ein|eine|keine?|un|une|una|aucun)\s+{_COMMENT_WORD}\b.*$",
    # another field, labelled with a colon, after the names ("Author: Jane Doe, Datum: 03.03.19",
    # "by Ann Lee / Kategorien: Event", "von Jan Berg  Foto: © dpa"): its label is no name
    # (a label after a bare space has its value after it: "Autor Jane Doe:" is the name's colon)
    r"\s*[,/|·•]\s*[^\W\d_][\w-]*:(?:\s.*)?$|\s+[^\W\d_][\w-]*:\s+\S.*$",
    # the post's category or the place after the names ("6. Dezember 2022 von Jan Berg in
    # Gefühle, Popkultur", "by Ann Lee in Politics"): "in" and a capital, and no other name
    # after it ("Reporting by Jan Berg in Velmar and Eva Roth in Dorsa" is a wire credit)
    r"\s+(?:in|im)\s+(?-i:[A-ZÀ-Þ])(?:(?!\b(?:and|und|et|y)\b)[^;&])*$",
    # another credit after the names, with its own "by" ("Text von Jan Berg Illustration
    # von Eva Roth", "Words by Ann Lee Photos by Tom Ray")
    r"\s+(?:illustrations?|fotos?|photos?|photography|bilder?|grafiken?|graphics|videos?)"
    r"\s+(?:von|by|par|por|door)\s.*$",
)
# A social-media handle glued to a byline ("Ahiza Garcia @ahiza_garcia").
HANDLE_AT = re.compile(r"\s*@\w+")
# Where a date glued to a byline begins ("By Steven Mufson March 18 at 12:22
# PM"): a month name with a day after it, or a digit. "By April Ryan" keeps
# its April. Set after MONTHS below.
NAMES_END: re.Pattern[str]
# Day names: never part of a person's name next to a date ("Monday, ..."): the lexicon's.
WEEKDAYS: frozenset[str] = lexicon.WEEKDAYS
# What follows an author's name at the start of a closing bio paragraph
# ("Marta Lindqvist is a reporter covering ...").
AUTHOR_BIO_VERB = re.compile(r"\s+(?:is|was|covers|writes|reports|has been|edits)\b")
# ... or, in any language, a paragraph of at most AUTHOR_BIO_MAX_WORDS words opening
# with the author's full name under a heading of at most AUTHOR_BIO_HEADING_WORDS words.
AUTHOR_BIO_MAX_WORDS = 60
AUTHOR_BIO_HEADING_WORDS = 4
# A name's word in a script without capitals is at most this long ("สมชาย", "أحمد").
NAME_WORD_MAX_UNCASED = 15
# Lower-case words inside names ("Ursula von der Leyen").
NAME_PARTICLES: frozenset[str] = frozenset(
    ["de", "da", "van", "von", "der", "den", "la", "le", "bin", "al", "di", "du", "del", "dos"]
)
# A line that is only a person's name or names, a byline without "By":
# "Marta Lindqvist", "Marta Lindqvist and Daniel Okafor". Case-sensitive.
NAME_ONLY = re.compile(
    r"(?P<names>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:de|da|van|von|der|den|la|le|bin|al|di|du)?\s*[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2}"
    r"(?:\s*(?:,|and|&)\s*[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:de|da|van|von|der|den|la|le|bin|al|di|du)?\s*[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,2})*)"
    r"(?:\s*[,|]\s*(?P<role>[A-Za-z][\w .'-]{2,40}))?"
)

# --- Navigation rows and breadcrumbs -----------------------------------------

# Separators of a navigation row ("Home | Archives | Profile | RSS") and of a
# breadcrumb ("Home > World > Asia").
NAV_SEPARATOR = re.compile(r"\s+[|·•▪]\s+|\s*[|]\s*")
BREADCRUMB_SEPARATOR = re.compile(r"\s*(?:>|»|›|→|/|::)\s*")
# A character every match of each holds: a line with none is one part (not split).
SEPARATOR_MARKS: Mapping[re.Pattern[str], str] = MappingProxyType(
    {NAV_SEPARATOR: "|·•▪", BREADCRUMB_SEPARATOR: ">»›→/:"}
)
NAV_ITEM_MAX_WORDS = 4
# A row holding a date may hold up to DATE_ROW_MAX_LABELS other short part (at most
# NAV_ITEM_MAX_WORDS words, a letter, no sentence end; nor does the row end one) read
# as neither metadata nor chrome: it is metadata. Two are a file's link ("PDF | 62 KB |").
DATE_ROW_MAX_LABELS = 1

# --- Dates ---------------------------------------------------------------------

# Month names in every language ``lexicon.py`` lists (the HTML stage reads
# English ones only), lower-case, no final dot; the longest has 12 letters
# ("października").
MONTHS: Mapping[str, int] = lexicon.MONTHS
_MONTH_WORDS = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True) if len(m) >= 3)
NAMES_END = re.compile(
    # a date's lead word after the names ("By Ann Lee Updated May 2", "Von Max Muster Vom
    # 3. Mai"): never a name's word
    r"\s+(?:(?:last\s+)?updated|published|posted|modified|aktualisiert|veröffentlicht"
    r"|erschienen|vom|publié|mis à jour|publicado|actualizado|atualizado|pubblicato"
    r"|aggiornato|gepubliceerd|bijgewerkt)\b.*$|"
    rf"\s+(?:(?:{_MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    # "By Theresa May 5 hours ago": a relative time, not "May 5"
    rf"(?!\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b)|\d).*$",
    _I,
)
_MONTH_WORD = r"(?P<mon>[^\W\d_]{3,12})\.?"
# Month names a run of letters does not read whole, by name: the Indic scripts' and
# Thai's vowel signs are combining marks ("दिसंबर"), some hold a dot ("ธ.ค"), some are
# two words ("كانون الأول"). Also after a date's other name, behind a slash
# ("3 كانون الأول/ديسمبر 2026").
_SCRIPT_MONTHS = "|".join(
    re.escape(m) for m in sorted(MONTHS, key=len, reverse=True) if not m.isalpha() or len(m) < 3
)
_ANY_MONTH_NAME = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
_THAI_MONTHS = "|".join(
    re.escape(m) for m in sorted(MONTHS, key=len, reverse=True) if "\u0e00" <= m[0] <= "\u0e7f"
)
SOLAR_MONTHS: Mapping[str, int] = lexicon.SOLAR_MONTHS
_SOLAR_MONTHS = "|".join(re.escape(m) for m in sorted(SOLAR_MONTHS, key=len, reverse=True))
# A Thai year of the Buddhist era (2569 = 2026): this much more than the common era's.
BUDDHIST_ERA_OFFSET = 543
# Each pattern has named groups y, m (number) or mon (name), d.
DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<!\d)(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(r"(?<!\d)(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?!\d)"),
    # A copy runs two <time> elements together ("1. November 20161. November
    # 2016": published, then updated): the year may have the next date glued on.
    re.compile(
        # "2 de desembre", "2 d'octubre" (Catalan)
        r"(?<!\d)(?P<d>\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+|d['’])?"
        + _MONTH_WORD
        + r",?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})"
        + rf"(?:(?!\d)|(?=\d{{1,2}}\.?\s+(?:{_MONTH_WORDS})\b))",
        _I,
    ),
    re.compile(
        _MONTH_WORD + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})(?!\d)", _I
    ),
    # Year first, Hungarian "2026. december 2.", Lithuanian "2026 m. gruodžio 2 d."
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:\.|\s*m\.)\s+"
        + _MONTH_WORD
        + r"\s+(?P<d>\d{1,2})(?:\.|\s*d\.)(?!\d)",
        _I,
    ),
    # Latvian: "2026. gada 2. decembrī"
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})\.\s*gad(?:a|ā)\s+(?P<d>\d{1,2})\.\s*" + _MONTH_WORD, _I
    ),
    # Month names of the scripts a run of letters misses: "3 दिसंबर 2026", "৩ ডিসেম্বর
    # ২০২৬" (native digits are read as ASCII ones, dates.ascii_digits), "3 كانون الأول/ديسمبر 2026"
    re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}})\.?\s+(?P<mon>{_SCRIPT_MONTHS})\.?"
        rf"(?:\s*/\s*(?:{_ANY_MONTH_NAME}))?[,،]?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)",
        _I,
    ),
    # ... month first: "டிசம்பர் 2, 2026" (looked for only where such a script's letter
    # stands: the names all begin with one)
    re.compile(
        rf"(?=[\u0600-\u06ff\u0900-\u0dff])(?<![^\W\d_])(?P<mon>{_SCRIPT_MONTHS})\.?\s+"
        r"(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d{2})(?!\d)",
        _I,
    ),
    # Thai, the year of the Buddhist era or the common one: "3 ธันวาคม 2569", "3 ธ.ค. 69" is
    # left alone (no century), "3 ธันวาคม พ.ศ. 2569"
    re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?P<mon>{_THAI_MONTHS})\.?\s*(?:[พค]\.ศ\.\s*)?"
        r"(?P<y>25\d{2}|(?:19|20)\d{2})(?!\d)"
    ),
    # The solar Hijri calendar (Iran, Afghanistan): "۱۲ آذر ۱۴۰۵", "12 آذرماه 1405"
    re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<sol>{_SOLAR_MONTHS})(?:[\u200c\s]*ماه)?[,،]?\s+"
        r"(?P<y>1[34]\d{2})(?!\d)"
    ),
    # Vietnamese: "ngày 3 tháng 12 năm 2026", "3 tháng 12, 2026"; day first after a
    # weekday or "ngày": "Thứ tư, 3/12/2026", "ngày 03/12/2026"
    re.compile(
        r"(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+|\s*,\s*|\s+)"
        r"(?P<y>(?:19|20)\d{2})(?!\d)",
        _I,
    ),
    re.compile(
        r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|ngày)\s*,?\s*"
        r"(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>(?:19|20)\d{2})(?!\d)",
        _I,
    ),
    # Year first with spaced dots, Korean and Hungarian: "2026. 12. 3."
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\.\s(?P<m>\d{1,2})\.\s(?P<d>\d{1,2})\.?(?!\d)"),
    # US numeric: 11/18/2024 (month first unless the first number can't be a month)
    re.compile(r"(?<!\d)(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?!\d)"),
    # Dotted with a two-digit year, day first as Europe writes it: "19.10.19", "1.11.23 20:19";
    # the month has two digits and nothing dotted or lettered is glued on, so a version
    # number ("3.8.1", "v2.10.19", "1.2.3.4") is not read (the century: TWO_DIGIT_YEAR_PIVOT)
    re.compile(r"(?<![\w.])(?P<d>\d{1,2})\.(?P<m>\d{2})\.(?P<y>\d{2})(?![\w]|\.\w)"),
)
# Words of a date line in a language that writes the day first (Spanish, Portuguese,
# French, Italian, German, Dutch: "Por NAME | 03/05/2022 20:36", "postado em 04/05/2022",
# "publié le 03/05/2022"): its slashed date reads day first. Case-sensitive where an
# English word is spelt alike ("Por" and "por", not "POR").
DAY_FIRST_WORDS = re.compile(
    r"(?<!\w)(?:[Pp]or|[Pp]ostado|[Pp]ublicad[oa]|[Aa]tualizad[oa]|[Aa]ctualizad[oa]|em|el|de"
    r"|[Pp]ubli[ée]e?|[Mm]is à jour|le|à|[Pp]ar|[Pp]ubblicat[oa]|[Aa]ggiornat[oa]|il|alle"
    r"|[Vv]eröffentlicht|[Aa]ktualisiert|[Vv]on|am|um|Uhr|[Gg]epubliceerd|[Dd]oor|op)(?!\w)"
)
# A two-digit year below this is of the 2000s ("19.10.19" is 2019), from it of the
# 1900s ("03.05.98" is 1998), as POSIX's strptime reads "%y".
TWO_DIGIT_YEAR_PIVOT = 69
# A year or a clock time in a line under a headline: its date, though its month
# names are in no language the lexicon has.
HEAD_DATE_MAX_WORDS = 8  # "2026 m. gruodžio 2 d. 07:30"
YEAR_OR_TIME = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")
# A clock time: "17:04", "5:04 pm", "5:04 p.m.", "10h30", "21時47分", "10:30 Uhr".
TIME = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2})\s*(?:[:：]|h(?=\d)|時)\s*(?P<mi>\d{2})(?:[:：](?P<s>\d{2}))?\s*分?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?(?!\d)(?:\s*uhr\b)?",
    _I,
)
# A UTC offset written out: "+09:00", "-0500", "GMT+9", "UTC-5".
UTC_OFFSET = re.compile(
    r"(?:(?:GMT|UTC)\s*)?(?P<sign>[+-])(?P<oh>\d{1,2}):?(?P<om>\d{2})?(?!\d)|(?:GMT|UTC)(?P<zulu>)\b|(?<=\d)Z\b"
)
# Time-zone abbreviations: an IANA zone (daylight saving applies) or a fixed
# offset in minutes. Ambiguous ones (IST, CST-as-China) are left out.
TIME_ZONES: MappingProxyType[str, str | int] = MappingProxyType(
    {
        "ET": "America/New_York",
        "EST": -300,
        "EDT": -240,
        "CT": "America/Chicago",
        "CDT": -300,
        "MT": "America/Denver",
        "MST": -420,
        "MDT": -360,
        "PT": "America/Los_Angeles",
        "PST": -480,
        "PDT": -420,
        "BST": 60,
        "CET": 60,
        "CEST": 120,
        "MEZ": 60,
        "MESZ": 120,
        "EET": 120,
        "EEST": 180,
        "JST": 540,
        "KST": 540,
        "MSK": 180,
        "МСК": 180,
        "AEST": 600,
        "AEDT": 660,
        # Asia and Africa, unambiguous ones: Indonesia's WIB, WITA, WIT; Indochina,
        # Hong Kong, Singapore, Malaysia, the Philippines, Iran, Pakistan, Nepal; West,
        # Central, East and South Africa
        "WIB": 420,
        "WITA": 480,
        "WIT": 540,
        "ICT": 420,
        "HKT": 480,
        "SGT": 480,
        "MYT": 480,
        "PHT": 480,
        "IRST": 210,
        "PKT": 300,
        "NPT": 345,
        "WAT": 60,
        "CAT": 120,
        "EAT": 180,
        "SAST": 120,
    }
)
TIME_ZONE_WORD = re.compile(
    r"(?<![\w])(?P<tz>" + "|".join(sorted(TIME_ZONES, key=len, reverse=True)) + r")(?![\w])"
)
# A date line is short; a longer line that mentions a date is prose.
DATE_LINE_MAX_WORDS = 14
DATE_LINE_MAX_CHARS = 80

# --- Language guess ----------------------------------------------------------

# Cyrillic and CJK are decided by script; Latin-script languages by py3langid
# (clipper.extract.language).
UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
