"""The body's edges and embeds on invented news pages (issue #14's news work): a
headline reworded from the title, a byline with its meta parts, an old CMS's headline,
byline and print links set as lines, a teaser labelled by markup alone, an embedded
social post, a press release's end mark. Each rule with the ordinary page it must
leave as it was."""

from __future__ import annotations

from clipper.extract import extract

URL = "https://www.lokalblatt.example.de/region/2026/hochwasser-pegel-sinkt"

PROSE = (
    "In der Nacht ist der Pegel um fast einen halben Meter gefallen, und am Morgen"
    " hob der Krisenstab die höchste Alarmstufe wieder auf, nach drei langen Tagen."
)
MORE = (
    "Rund dreihundert Helfer von Feuerwehr und Hilfswerk füllten seit Freitag mehr als"
    " sechzigtausend Sandsäcke und sicherten die Deiche an den gefährdeten Stellen."
)

OLD_PROSE = (
    "The town council voted five to two on Tuesday night to close the bridge to all"
    " traffic until repairs can be made, after a report found corrosion in the beams."
)


def _page(title: str, body: str, lang: str = "de") -> str:
    return (
        f"<html lang='{lang}'><head><title>{title} | Lokalblatt</title></head><body>"
        "<nav><a href='/'>Start</a> <a href='/region'>Region</a> <a href='/sport'>Sport</a></nav>"
        f"<article>{body}</article>"
        "<footer><a href='/impressum'>Impressum</a></footer></body></html>"
    )


def _text(title: str, body: str, lang: str = "de") -> str:
    return extract(_page(title, body, lang), url=URL).text


# --- a headline the title words otherwise ---------------------------------------


def test_a_headline_in_other_order_than_the_title_goes() -> None:
    body = (
        "<h1><span>Hochwasser</span> Pegel an der Mulde sinkt langsam</h1>"
        f"<p>{PROSE}</p><h2>Schulen bleiben zu</h2><p>{MORE}</p>"
    )
    text = _text("Hochwasser an der Mulde: Pegel sinkt langsam", body)
    assert "Pegel an der Mulde sinkt langsam" not in text
    assert "Schulen bleiben zu" in text and PROSE[:40] in text


def test_a_headline_the_title_shortened_goes_with_its_kicker() -> None:
    body = (
        "<div class='kicker'>Live</div>"
        "<h1>Hochwasser an der Mulde: Pegel sinkt, Schulen bleiben zu</h1>"
        f"<p>{PROSE}</p><h2>Hochwasser an der Mulde: was jetzt gilt</h2><p>{MORE}</p>"
    )
    text = _text("Hochwasser an der Mulde: Pegel sinkt", body)
    assert "Schulen bleiben zu" not in text and "Live" not in text.split()
    # a later subheading opening with the title's words is the article's
    assert "Hochwasser an der Mulde: was jetzt gilt" in text and PROSE[:40] in text


def test_a_first_subheading_naming_part_of_the_title_stays() -> None:
    body = (
        f"<p>{PROSE}</p><h2>Die fünf besten Deiche der Region</h2><p>{MORE}</p>"
        f"<h2>Was der Landkreis plant</h2><p>{PROSE} Noch einmal.</p>"
    )
    text = _text("Die fünf besten und die fünf schwächsten Deiche der Region 2026", body)
    assert "Die fünf besten Deiche der Region" in text


# --- a byline with its meta parts -----------------------------------------------

FR = (
    "Le chèque énergie sera envoyé à partir du 2 avril, département par département, et"
    " il permet de payer une partie des factures d'électricité, de gaz ou de bois."
)


def test_a_byline_with_its_date_and_reading_time_goes() -> None:
    body = (
        "<h1>Chèque énergie : qui y a droit</h1><p class='chapo'>Près de six millions de"
        " foyers recevront le chèque énergie au printemps. Voici les plafonds de revenus et"
        " le calendrier d'envoi.</p><p class='signature'>Par <a href='/auteurs/claire-dumas'>"
        "Claire Dumas</a> · Publié le 1er décembre 2026 à 07h15 · Lecture 4 min.</p>"
        f"<p>{FR}</p><p>{FR} Il n'y a aucune démarche à faire.</p>"
    )
    art = extract(_page("Chèque énergie : qui y a droit", body, "fr"), url=URL)
    assert "Publié le" not in art.text and "Claire Dumas" in art.authors
    assert art.text.startswith("Près de six millions")


def test_a_sentence_opening_like_a_byline_stays() -> None:
    body = (
        "<h1>Council to vote on the detour</h1>"
        "<p>By Monday the council will vote on the detour plan · a date set last week.</p>"
        f"<p>{OLD_PROSE}</p><p>{OLD_PROSE} Once more.</p>"
    )
    assert "By Monday the council" in _text("Council to vote on the detour", body, "en")


# --- an old CMS's lines ---------------------------------------------------------

OLD_URL = "http://www.gazette.example.com/news/2004/03/story1234.html"


def _old_page(cell: str) -> str:
    return (
        "<html><head><title>Gazette - Council votes to close Mill Street bridge</title></head>"
        "<body><table><tr><td width='140'><a href='/news/'>Local News</a><br>"
        "<a href='/sports/'>Sports</a><br><a href='/obits/'>Obituaries</a></td>"
        f"<td><table><tr><td>{cell}</td></tr></table></td></tr></table></body></html>"
    )


def test_an_old_cms_headline_byline_and_print_links_set_as_lines_go() -> None:
    cell = (
        "<font size='4'><b>Council votes to close Mill Street bridge</b></font><br>"
        "<font size='2'><i>By Harold Kemp, Gazette Staff Writer</i></font><br>"
        "<a href='/cgi-bin/print.pl?id=1'>Printer-friendly version</a> |"
        " <a href='/cgi-bin/email.pl?id=1'>E-mail this story</a><br><br>"
        + "".join(f"<p>{OLD_PROSE} Part {i}.</p>" for i in range(4))
        + "<br><a href='/cgi-bin/print.pl?id=1'>Printer-friendly version</a> |"
        " <a href='/news/'>Back to Local News</a>"
    )
    text = extract(_old_page(cell), url=OLD_URL).text
    assert text.startswith("The town council voted")
    assert text.rstrip().endswith("Part 3.")
    assert "Harold Kemp" not in text and "Printer-friendly" not in text


def test_an_old_cms_cells_own_lines_of_text_stay() -> None:
    cell = (
        "<b>Mill Street</b> will close on Monday<br>"
        "Drivers will be sent <a href='/news/detour'>on a detour</a> of three miles<br><br>"
        + "".join(f"<p>{OLD_PROSE} Part {i}.</p>" for i in range(4))
        + "<br>See the <a href='/news/map'>detour map</a> for the new route"
    )
    text = extract(_old_page(cell), url=OLD_URL).text
    assert "Mill Street will close on Monday" in text
    assert "on a detour of three miles" in text and "detour map for the new route" in text


def test_an_old_cms_headline_longer_than_the_titles_goes() -> None:
    # <title> "Headline - Site" shortens the page's headline; the line opens with its head
    cell = (
        "<font size='5'><b>Council votes to close Mill Street bridge after corrosion report</b>"
        "</font><br><br>" + "".join(f"<p>{OLD_PROSE} Part {i}.</p>" for i in range(4))
    )
    page = _old_page(cell).replace(
        "<title>Gazette - Council votes to close Mill Street bridge</title>",
        "<title>Council votes to close Mill Street bridge - Gazette</title>",
    )
    text = extract(page, url=OLD_URL).text
    assert text.startswith("The town council voted")
    # ...but a line opening with the headline's words that ends a sentence is text
    cell = (
        "<b>Council votes to close Mill Street bridge</b>, the mayor said on Tuesday.<br><br>"
        + "".join(f"<p>{OLD_PROSE} Part {i}.</p>" for i in range(4))
    )
    page = _old_page(cell).replace(
        "<title>Gazette - Council votes to close Mill Street bridge</title>",
        "<title>Council votes to close Mill Street bridge - Gazette</title>",
    )
    assert "the mayor said on Tuesday" in extract(page, url=OLD_URL).text


# --- a teaser labelled by its markup --------------------------------------------

SV_URL = "https://www.norrbygden.example.se/nyheter/ny-forskola-a12345"
SV = (
    "Barn- och utbildningsnämnden beslutade på måndagskvällen att bygga en ny förskola"
    " på den gamla idrottsplatsen, med sex avdelningar och ett eget tillagningskök."
)


def _sv(line: str) -> str:
    page = (
        "<html lang='sv'><head><title>Ny förskola byggs i Norrby</title></head><body>"
        f"<article><h1>Ny förskola byggs i Norrby</h1><p>{SV}</p>{line}<p>{SV} Igen.</p>"
        f"<p>{SV} Till slut.</p></article></body></html>"
    )
    return extract(page, url=SV_URL).text


def test_a_teaser_labelled_by_markup_alone_goes() -> None:
    line = (
        "<div class='box'><span>Läs också</span> <a href='/nyheter/forskolekon-a12001'>"
        "Förskolekön växer igen – 85 barn väntar</a></div>"
    )
    assert "Förskolekön växer igen" not in _sv(line)


def test_a_sentence_opening_with_a_verb_and_a_link_of_the_site_stays() -> None:
    line = (
        "<p><b>Se <a href='/nyheter/direkt-a12003'>direktsändningen från mötet i kväll.</a></b></p>"
    )
    assert "Se direktsändningen från mötet i kväll." in _sv(line)


def test_a_short_sentence_with_a_link_of_the_site_stays() -> None:
    line = "<p>Kommunen har öppnat <a href='/nyheter/telefon-a12002'>en telefonlinje för föräldrar</a></p>"
    assert "Kommunen har öppnat en telefonlinje för föräldrar" in _sv(line)


# --- an embedded social post ----------------------------------------------------


def test_an_embedded_social_post_goes() -> None:
    body = (
        f"<h1>Pegel sinkt</h1><p>{PROSE}</p>"
        "<blockquote class='embed-x'><p>Bitte meidet die Uferbereiche! #Hochwasser</p>"
        "— Feuerwehr Grimma (@fw_grimma) <a href='https://x.example.com/fw/status/19'>"
        "1. Dezember 2026</a></blockquote>"
        f"<p>{MORE}</p><p>{PROSE} Zum Schluss.</p>"
    )
    text = _text("Pegel sinkt", body)
    assert "Uferbereiche" not in text and "@fw_grimma" not in text and MORE[:40] in text


def test_a_quote_citing_a_report_stays() -> None:
    body = (
        f"<h1>Pegel sinkt</h1><p>{PROSE}</p>"
        "<blockquote><p>Die Deiche haben gehalten, an zwei Stellen ist aber Wasser"
        " durchgesickert.</p> — Thomas Weigel, Krisenstab (<a href="
        "'https://www.landkreis.example.de/bericht/2026-12-01.pdf'>Lagebericht</a>)</blockquote>"
        f"<p>{MORE}</p><p>{PROSE} Zum Schluss.</p>"
    )
    assert "Die Deiche haben gehalten" in _text("Pegel sinkt", body)


def test_a_quote_linking_to_a_statement_page_worded_as_prose_stays() -> None:
    body = (
        f"<h1>Pegel sinkt</h1><p>{PROSE}</p>"
        "<blockquote><p>Wir danken allen Helfern, die seit Freitag an den Deichen stehen.</p>"
        "<p>Erklärung der Stadtverwaltung, <a href='https://www.grimma.example.de/presse/posts/"
        "2207'>nachzulesen auf der Seite der Stadt</a></p></blockquote>"
        f"<p>{MORE}</p><p>{PROSE} Zum Schluss.</p>"
    )
    text = _text("Pegel sinkt", body)
    assert "Wir danken allen Helfern" in text and "nachzulesen auf der Seite" in text


def test_a_post_link_to_the_pages_own_site_is_no_embed() -> None:
    body = (
        f"<h1>Pegel sinkt</h1><p>{PROSE}</p>"
        "<blockquote><p>Die Fähre fährt ab Montag wieder nach dem Sommerfahrplan.</p>"
        "<a href='https://www.lokalblatt.example.de/leser/posts/88'>2. Dezember 2026</a>"
        f"</blockquote><p>{MORE}</p><p>{PROSE} Zum Schluss.</p>"
    )
    assert "Die Fähre fährt ab Montag" in _text("Pegel sinkt", body)


# --- a press release's end mark -------------------------------------------------

PR = (
    "Brightwell Robotics today launched Harvest Assistant, a picking robot for apple and"
    " pear orchards that works through the night and hands fruit to crews by morning."
)


def _release(tail: str) -> str:
    page = (
        "<html><head><title>Brightwell Launches Harvest Assistant</title></head><body>"
        "<div class='release'><h1>Brightwell Launches Harvest Assistant</h1>"
        + "".join(f"<p>{PR} Point {i}.</p>" for i in range(4))
        + f"{tail}</div></body></html>"
    )
    return extract(page, url="https://wire.example.com/releases/brightwell-302001.html").text


def test_what_follows_a_releases_end_mark_goes() -> None:
    text = _release(
        "<p><b>Media Contact:</b><br>Jordan Price<br>press@brightwell.example.com<br>"
        "+1 559-555-0142</p><p>###</p><p>SOURCE Brightwell Robotics Inc.</p>"
    )
    assert "Point 3." in text
    assert "###" not in text and "SOURCE" not in text and "Jordan Price" not in text


def test_a_scene_break_set_as_an_end_mark_stays() -> None:
    text = _release("<p>###</p>" + "".join(f"<p>{PR} After {i}.</p>" for i in range(3)))
    assert "After 2." in text


def test_a_scene_break_before_the_closing_paragraph_stays() -> None:
    text = _release(
        "<p>###</p><p>By the time the first frost came, the robots had picked"
        " every row in the valley, and the growers were already asking for more.</p>"
    )
    assert "the growers were already asking for more." in text


def test_a_releases_about_block_after_its_end_mark_goes() -> None:
    text = _release(
        "<p>###</p><p><b>About Brightwell Robotics</b></p><p>Brightwell Robotics builds"
        " machines for farms and orchards and employs two hundred people in three states.</p>"
    )
    assert "Point 3." in text and "About Brightwell" not in text and "two hundred" not in text


def test_a_releases_contact_line_without_an_end_mark_stays() -> None:
    text = _release(
        "<p>Readers with questions can write to<br>Jordan Price<br>press@brightwell.example.com</p>"
    )
    assert "press@brightwell.example.com" in text


def test_a_labelled_contact_block_ending_a_release_goes_with_the_wires_line() -> None:
    text = _release(
        "<p><b>Pressekontakt:</b><br>Nordwind Energie GmbH<br>Jan Petersen<br>"
        "Telefon: 0491 123456-0<br>E-Mail: presse@nordwind.example.de</p>"
        "<p>Original-Content von: Nordwind Energie GmbH, übermittelt durch news aktuell</p>"
    )
    assert "Point 3." in text and "Jan Petersen" not in text and "news aktuell" not in text


def test_a_contact_label_on_its_own_line_goes_with_the_contacts_under_it() -> None:
    text = _release(
        "<p>Kontakt:</p><p>Dr. Jana Roth<br>Brightwell Robotics<br>E-Mail: roth@brightwell.example</p>"
        "<p>Jan Petersen<br>Nordwind Energie<br>E-Mail: petersen@nordwind.example</p>"
    )
    assert "Point 3." in text and "Kontakt" not in text and "Jana Roth" not in text
    # ...but a label over a paragraph of the story is no contact's
    kept = _release(
        "<p>Kontakt:</p><p>Wer Fragen hat, kann sich an die Stadtverwaltung wenden.</p>"
    )
    assert "Stadtverwaltung" in kept


# --- a date, a sign-off, a heading or links at the body's edges ------------------

IT = (
    "La pioggia caduta nella notte ha provocato diverse frane nell'entroterra ligure, e la"
    " strada provinciale è stata chiusa dopo che un costone di terra è scivolato giù."
)


def _it(head: str, tail: str = "") -> str:
    body = f"<h1>Maltempo in Liguria</h1>{head}<p>{IT}</p><p>{IT} Ancora.</p><p>{IT} Poi.</p>{tail}"
    return _text("Maltempo in Liguria", body, "it")


def test_a_date_line_and_an_italian_byline_at_the_head_go() -> None:
    text = _it("<p>di Giulia Ferrari</p><p>Lunedì, 01 dicembre 2026</p>")
    assert text.startswith("La pioggia") and "Ferrari" not in text and "2026" not in text


def test_a_first_paragraph_naming_a_date_and_a_di_surname_stay() -> None:
    text = _it("<p>Di Maio in visita</p><p>Il 1 dicembre 2026 la regione ha chiesto aiuto.</p>")
    assert "Di Maio in visita" in text and "Il 1 dicembre 2026 la regione" in text


def test_a_line_dating_an_event_not_the_page_stays() -> None:
    text = _it("<p>Lunedì, 01 dicembre 2026</p><p>Incontro: 12 gennaio 2027, ore 18</p>")
    assert "Incontro: 12 gennaio 2027" in text and "Lunedì" not in text


def test_a_sign_off_and_a_line_of_links_at_the_end_go() -> None:
    text = _it(
        "", "<p><i>(gf)</i></p><p><a href='/stampa'>Stampa</a> | <a href='/invia'>Invia</a></p>"
    )
    assert text.rstrip().endswith("Poi.")


def test_a_last_sentence_with_a_link_and_brackets_stays() -> None:
    text = _it("", "<p>Le foto sono <a href='/foto'>qui</a> (fonte: Ansa).</p>")
    assert text.rstrip().endswith("Le foto sono qui (fonte: Ansa).")


def _dated(line: str) -> str:
    head = (
        "<html lang='en'><head><title>Bridge to close | Lokalblatt</title>"
        "<meta property='article:published_time' content='2026-03-10T08:00:00Z'></head><body>"
        "<article><h1>Bridge to close</h1>"
    )
    return extract(
        f"{head}{line}<p>{OLD_PROSE}</p><p>{OLD_PROSE} Work starts in May.</p></article>"
        "</body></html>",
        url=URL,
    ).text


def test_a_date_alone_at_the_head_a_day_or_two_from_the_pages_goes() -> None:
    # a time zone away, or an update the metadata doesn't give: still the page's date
    assert "March 9" not in _dated("<p>March 9, 2026 at 6:00 a.m. EST</p>")
    assert "12 March" not in _dated("<div>Thursday 12 March 2026</div>")
    # a date with other words is an event's; a date far from the page's is another's
    assert "Meeting: 12 March 2026" in _dated("<p>Meeting: 12 March 2026, 7 p.m.</p>")
    assert "2 April 2026" in _dated("<p>Thursday 2 April 2026</p>")


PT = (
    "A prefeitura anunciou nesta terça-feira um plano para plantar cinquenta mil árvores nas"
    " ruas e praças da cidade até 2028, para reduzir as chamadas ilhas de calor."
)


def _pt(head: str) -> str:
    body = f"<h1>Cidade vai plantar árvores</h1>{head}<p>{PT}</p><p>{PT} Ainda.</p>"
    page = _page("Cidade vai plantar árvores", body, "pt-BR").replace(
        "</head>",
        "<meta property='article:published_time' content='2026-12-02T11:40:00-03:00'></head>",
    )
    return extract(page, url=URL).text


def test_a_date_line_with_its_h_clock_and_how_long_ago_it_changed_goes() -> None:
    # "11h40" is a clock time, "Atualizado há 3 horas" the page's last change: no text
    text = _pt("<div class='art-date'>02/12/2026 11h40 Atualizado há 3 horas</div>")
    assert text.startswith("A prefeitura anunciou") and "Atualizado" not in text
    # ...but a line about an event on that day, in words, stays
    event = "<p>Plantio no parque: 02/12/2026 às 11h40, com os moradores do bairro</p>"
    assert "Plantio no parque" in _pt(event)
