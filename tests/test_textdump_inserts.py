"""What an article holds besides paragraphs, as a browser copies it: code listings and
formulas (issue #14, Mozilla's pages' real copies).

A copy of a ``<pre>`` keeps its indentation and its lines; MathML without its
layout comes out one symbol per line. Read line by line, neither looks like
article text, and the article ended or began at them. Every fixture here is
written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.code import is_code, mark_code
from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.formulas import join_formulas
from clipper.extract.text.lines import classify
from clipper.extract.text.tables import is_cell, mark_cells
from helpers import paragraphs, text_dump


def _code(raw: list[str]) -> list[bool]:
    return [is_code(line) for line in mark_code(raw, [classify(r) for r in raw])]


# --- Code listings -------------------------------------------------------------------

QUERY = [
    "SELECT",
    "    harbour_id,",
    "    count(*) AS boats",
    "FROM",
    "    moorings",
    "GROUP BY",
    "    harbour_id;",
]
OUTPUT = [
    " harbour_id │ boats │ last_seen",
    "────────────┼───────┼──────────────────────",
    "          3 │    41 │ 2024-03-02 18:00:00+00",
    "          7 │    12 │ 2024-03-01 09:30:00+00",
]


def test_an_article_goes_on_past_its_code_listings_and_their_output() -> None:
    dump = text_dump(
        "Counting Boats With Plain SQL",
        paragraphs(2, "intro"),
        QUERY,
        "The query returns one row for each harbour:",
        OUTPUT,
        paragraphs(1, "middle"),
        QUERY,
        OUTPUT,
        QUERY,
        OUTPUT,
        paragraphs(4, "closing"),
    )
    article = parse_text_dump(dump)

    assert "intro0word1" in article.text and "closing3word1" in article.text
    assert "middle0word1" in article.text
    assert "<pre><code>SELECT\nharbour_id," in article.html
    # A row of the listing's output is no date line of the article.
    assert article.published is None


def test_markup_and_closing_brackets_in_a_listing_are_code_not_chrome() -> None:
    listing = [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        '  <script src="harbour.js"></script>',
        "</head>",
        "</html>",
    ]
    script = [
        "describe('harbour', function() {",
        "  it('counts boats', function() {",
        "  });",
        "});",
    ]
    dump = text_dump(
        "Testing a Harbour Widget",
        paragraphs(2, "setup"),
        listing,
        paragraphs(1, "between"),
        script,
        paragraphs(2, "after"),
    )
    article = parse_text_dump(dump)

    assert "setup0word1" in article.text and "after1word1" in article.text
    assert "<html>" in article.text and "});" in article.text
    assert not any(s.text == "</head>" for s in article.stripped)


def test_indented_lines_alone_are_no_code() -> None:
    # A menu the page indented, and a list whose items end in ";": words, no syntax.
    menu = ["  Home", "  Harbour News", "  Boats for Sale", "  Contact"]
    items = [
        "the council will close the bridge in spring;",
        "the ferry runs twice an hour;",
        "the harbour office opens at nine.",
    ]
    assert _code(menu) == [False] * 4
    assert _code(items) == [False] * 3


def test_a_news_story_a_live_blog_and_a_listicle_have_no_code() -> None:
    story = text_dump(
        ["Menu", "  News", "  Sport", "  Weather"],
        "Bridge Reopens After Two Years of Repairs",
        "By Marta Lindqvist",
        "March 3, 2025",
        paragraphs(4, "bridge"),
        "Comments",
        "Ann: Great news for the town!",
    )
    live = text_dump(
        "Storm Live: Harbour Closed as Winds Rise",
        *[
            [f"{h}:00", f"Update {h}: the wind is stronger now.", *paragraphs(1, f"u{h}")]
            for h in range(9, 14)
        ],
    )
    listicle = text_dump(
        "Ten Things to Do in the Harbour Town",
        paragraphs(1, "lead"),
        *[[f"{n}. Visit place {n}", *paragraphs(1, f"item{n}")] for n in range(1, 8)],
    )
    for dump in (story, live, listicle):
        raw = dump.splitlines()
        assert not any(_code(raw))
    article = parse_text_dump(story)
    assert "Ann: Great news" not in article.text
    assert article.published == "2025-03-03"


def test_code_detection_on_a_page_indented_throughout_needs_syntax() -> None:
    # A page that keeps its source's spacing everywhere: indentation says nothing.
    raw = ["    " + line for line in ["Harbour News", "Boats for Sale", "Contact us", "About"]] * 3
    assert not any(_code(raw))


# --- Formulas copied one symbol per line ------------------------------------------------


def test_a_formula_copied_one_symbol_per_line_is_joined_with_its_sentence() -> None:
    raw = [
        "The tide rises by",
        "h",
        "=",
        "2",
        "a",
        "+",
        "b",
        " , where the harbour's depth is",
        "d",
        " and the wind is calm.",
    ]
    assert join_formulas(raw) == [
        "The tide rises by h = 2 a + b , where the harbour's depth is d and the wind is calm."
    ]


def test_an_article_of_formulas_keeps_its_opening_paragraphs() -> None:
    formula = ["x", "˙", "\t", "=", "σ", "(", "y", "−", "x", ")"]
    sentence = [
        "When the harbour's tide tables are read for a whole year, the height",
        "h",
        "≠",
        "2",
        "a",
        " , and the two solutions of the equation are the high and low tides of each day in turn.",
    ]
    dump = text_dump(
        "Harbour Tides in Three Equations",
        sentence,
        ["The First Equation", *formula],
        ["The Second Equation", *formula],
        ["The Third Equation", *formula],
        paragraphs(1, "closing"),
    )
    article = parse_text_dump(dump)

    assert "the height h ≠ 2 a , and the two solutions" in article.text
    assert "closing0word1" in article.text


def test_a_few_short_lines_without_an_operator_are_left_alone() -> None:
    pager = ["1", "2", "3", "4", "»"]
    stepper = ["−", "1", "+"]  # a shop's quantity: three symbols, not a formula
    scores = ["Home", "3", "1", "Away"]
    for raw in (pager, stepper, scores):
        assert join_formulas(raw) == raw


# --- Data tables copied with a tab alone between their cells ---------------------------


def _table(rows: list[list[str]]) -> list[str]:
    """A table as Chromium copies one whose cells hold blocks: a tab alone between cells."""
    out: list[str] = []
    for row in rows:
        for k, cell in enumerate(row):
            if k:
                out.extend(["", "\t", ""])
            out.append(cell)
        out.extend(["", "", ""])
    return out


def test_an_article_goes_on_past_a_data_table_whose_cells_look_like_furniture() -> None:
    table = _table(
        [
            ["Ferry", "Leaves", "Comments"],
            ["Harbour Line", "March 3, 2025", "Runs twice an hour."],
            ["Island Line", "March 4, 2025", "Only on weekdays."],
            ["Night Line", "March 5, 2025", "Popular"],
        ]
    )
    dump = text_dump(
        "New Ferry Timetable for the Harbour",
        "By Marta Lindqvist",
        paragraphs(3, "timetable"),
        table,
        paragraphs(3, "after"),
    )
    article = parse_text_dump(dump)

    assert "timetable0word1" in article.text and "after2word1" in article.text
    assert "Harbour Line" in article.text and "Comments" in article.text
    assert article.published is None  # the table's dates are the ferries'


def test_a_page_laid_out_in_a_table_keeps_its_end_markers() -> None:
    # A menu in one cell, the article in the next: one tab, no data table.
    dump = "\n".join(
        [
            "Home",
            "Archive",
            "",
            "\t",
            "",
            "Harbour Bridge Opens Again",
            "",
            *(p + "\n" for p in paragraphs(3, "bridge")),
            "Comments",
            "Ann: Finally, after two years of waiting for it to open again!",
        ]
    )
    article = parse_text_dump(dump)

    assert "bridge2word1" in article.text
    assert "Finally, after two years" not in article.text


def test_a_row_of_empty_cells_is_no_table() -> None:
    raw = ["Jane Roe", "0 comments", *["\t\t"] * 8, "Comments"]
    lines = mark_cells(raw, [classify(r) for r in raw])
    assert not any(is_cell(line) for line in lines)


# --- A news ticker beside the article --------------------------------------------------


def _ticker(start: int, items: int, paragraph_every: int) -> list[str]:
    out: list[str] = []
    for k in range(items):
        hour, minute = divmod(start * 60 - 7 * k, 60)
        out.append(f"{hour:02d}:{minute:02d} Ticker headline number {k} about the region")
        if k % paragraph_every == 0:
            out.extend(["", *paragraphs(1, f"ticker{k}"), ""])
    return out


def test_a_news_ticker_below_the_article_is_not_joined_to_it() -> None:
    dump = text_dump(
        "Harbour Bridge Closed After Storm Damage",
        "By Marta Lindqvist",
        paragraphs(4, "bridge"),
        ["Share", "Facebook", "Twitter", "Get our newsletter every morning", "Sign up"],
        ["Live", "All the news as it happens", "Regions", "World", "Sport"],
        _ticker(15, 14, 4),
    )
    article = parse_text_dump(dump)

    assert "bridge3word1" in article.text
    assert "Ticker headline" not in article.text and "ticker0word1" not in article.text


def test_a_live_blog_with_a_time_over_each_update_stays_whole() -> None:
    # Each timed headline has its update under it: a live blog, not a ticker.
    updates = [
        [f"{h}:15 Storm update from the harbour at hour {h}", *paragraphs(1, f"update{h}")]
        for h in range(9, 17)
    ]
    dump = text_dump("Storm Live: Harbour Closed as Winds Rise", paragraphs(1, "lead"), *updates)
    article = parse_text_dump(dump)

    assert "lead0word1" in article.text
    assert all(f"update{h}0word1" in article.text for h in range(9, 17))


def test_a_list_of_prices_is_no_ticker() -> None:
    prices = [f"12.{k}0 Euro for a day ticket at harbour gate {k}" for k in range(6)]
    dump = text_dump("Harbour Ferry Prices", paragraphs(3, "prices"), prices, paragraphs(3, "more"))
    article = parse_text_dump(dump)

    assert "prices0word1" in article.text and "more2word1" in article.text


def test_a_timeline_inside_an_article_stays_in_it() -> None:
    timeline = [f"{h:02d}:30 The ferry reaches stop {h}" for h in range(8, 13)]
    dump = text_dump(
        "How the Night Ferry Crossed the Storm",
        "By Marta Lindqvist",
        paragraphs(3, "before"),
        timeline,
        paragraphs(3, "after"),
    )
    article = parse_text_dump(dump)

    assert "before0word1" in article.text and "after2word1" in article.text
    assert "08:30 The ferry reaches stop 8" in article.text


# --- Headlines cut to fit a box ----------------------------------------------------------


def test_headlines_cut_off_with_an_ellipsis_are_a_list_not_the_article() -> None:
    box = [
        "Seven ferries that every island visitor of the nineties will…",
        "Twelve harbour cafés where the coffee is still made by…",
        "This is what the old lighthouse looks like after the long…",
        "Five reasons never to miss the autumn fish market on…",
        "The nine times the harbour choir made the whole town…",
    ]
    dump = text_dump(
        ["Menu", "News"],
        box,
        "Harbour Bridge Closed After Storm Damage",
        "By Marta Lindqvist",
        paragraphs(3, "bridge"),
    )
    article = parse_text_dump(dump)

    assert "bridge2word1" in article.text
    assert "Seven ferries" not in article.text
    assert article.title == "Harbour Bridge Closed After Storm Damage"


def test_a_sentence_or_two_trailing_off_stay_in_the_article() -> None:
    trailing = [
        "We waited on the pier for the last ferry, and waited, and then…",
        "Nobody came. The harbour master shrugged and said it happens sometimes...",
    ]
    dump = text_dump(
        "A Night on the Pier",
        paragraphs(2, "pier"),
        trailing,
        paragraphs(2, "morning"),
    )
    article = parse_text_dump(dump)

    assert all(line in article.text for line in trailing)
    assert "morning1word1" in article.text


# --- A chart's labels --------------------------------------------------------------------


def test_a_charts_labels_leave_the_article_and_do_not_part_it() -> None:
    chart = [
        "Ferry passengers a year",
        "1.2m",
        "900k",
        "600k",
        "300k",
        "0",
        "’19",
        "’20",
        "’21",
        "’22",
        "’23",
    ]
    dump = text_dump(
        "Ferry Passengers Are Back",
        "By Marta Lindqvist",
        paragraphs(2, "before"),
        chart,
        chart,  # drawn again for wider screens
        paragraphs(3, "after"),
    )
    article = parse_text_dump(dump)

    assert "before1word1" in article.text and "after2word1" in article.text
    assert "900k" not in article.text and "’21" not in article.text


def test_numbers_in_an_articles_sentences_and_lists_stay() -> None:
    facts = [
        "Passengers: 1.2 million",
        "Ferries: 14",
        "Stops: 9",
        "Crew: 230",
        "Founded: 1921",
        "Routes: 4",
    ]
    dump = text_dump(
        "The Harbour Ferry in Numbers",
        paragraphs(2, "intro"),
        facts,
        ["The fares, in euros, for each zone:", "1", "2", "3"],
        paragraphs(2, "outro"),
    )
    article = parse_text_dump(dump)

    assert all(fact in article.text for fact in facts)
    assert "outro1word1" in article.text


def test_a_box_of_results_or_statistics_is_the_articles_data() -> None:
    # value lines under their labels, with no axis among them: no chart
    for box in (
        ["Yes", "61.4%", "8,120", "No", "38.6%", "5,104"],
        ["Possession", "55%", "45%", "Shots", "14", "7", "Corners", "6", "3"],
    ):
        dump = text_dump(
            "Town Votes to Keep Its Library",
            paragraphs(2, "intro"),
            box,
            paragraphs(2, "outro"),
        )
        article = parse_text_dump(dump)
        assert all(value in article.text for value in box), box
        assert "outro1word1" in article.text


def test_an_axis_is_values_stepping_evenly() -> None:
    from clipper.extract.text.charts import _has_axis

    assert _has_axis(["’19", "’20", "’21", "’22"])
    assert _has_axis(["1,200", "900", "600", "300"])
    assert _has_axis(["−20%", "−10%", "0%", "10%"])
    assert not _has_axis(["61.4%", "8,120", "38.6%", "5,104"])
    assert not _has_axis(["’19", "’20", "Total", "’21", "’22"])
    assert not _has_axis(["5", "5", "5", "5"])


# --- Spanish end markers in their article and voseo forms ---------------------------------


def test_spanish_most_read_and_comment_prompts_end_the_article() -> None:
    # Each item reads as a paragraph: only the marker tells it from the article.
    popular = [
        f"Por qué la noticia número {k} del puerto cambiará la forma en que miles de vecinos "
        "cruzan la ciudad cada mañana y cada tarde"
        for k in range(5)
    ]
    for marker in ("Las más leídas", "Enviá tu comentario", "Envía tu comentario"):
        dump = text_dump(
            "El puente del puerto vuelve a abrir",
            paragraphs(3, "puente"),
            marker,
            popular,
            paragraphs(1, "otra"),
        )
        article = parse_text_dump(dump)

        assert "puente2word1" in article.text
        assert "la noticia número" not in article.text and "otra0word1" not in article.text


def test_text_size_and_listen_buttons_in_several_languages_are_chrome() -> None:
    for label in ("Ouvir o texto", "Diminuir fonte", "Aumentar fonte", "Increase font size",
                  "Reducir tamaño de letra", "Agrandir le texte", "Schrift vergrößern"):  # fmt: skip
        assert classify(label).reason == "chrome: text size or listen widget", label
    # A sentence that speaks of fonts is no button.
    assert (
        classify("The council will increase the font size of all street signs next year.").kind
        == "prose"
    )


def test_a_heading_that_names_a_tag_is_no_link_to_the_next_post() -> None:
    for heading in ("Single <img>", "A caption in a <figcaption>", "<section> Without a Heading"):
        assert classify(heading).reason != "chrome: previous/next entry link", heading
    for link in ("Next post >>", "<< Previous", "Older posts >", "< Back", "Weiter >"):
        assert classify(link).reason == "chrome: previous/next entry link", link


def test_a_live_blog_of_one_line_updates_keeps_its_entries() -> None:
    entries: list[str] = []
    for k in range(12):
        entries.append(
            f"{14 - k // 4}:{59 - 4 * k:02d} Polls closing in district {k} as turnout climbs"
        )
        if k % 3 == 0:
            entries.extend(["", *paragraphs(1, f"entry{k}"), ""])
    dump = text_dump(
        "Election Night Live: Results as They Come In",
        "By Marta Lindqvist",
        paragraphs(1, "lead"),
        entries,
        ["About the author", "Share", "Facebook", "Twitter", "Newsletter", "Sign up"],
        paragraphs(2, "sidebar", words=60),
    )
    article = parse_text_dump(dump)

    assert "lead0word1" in article.text
    assert all(f"entry{k}0word1" in article.text for k in range(0, 12, 3))
    assert "Polls closing in district 8" in article.text
    assert "sidebar0word1" not in article.text
