"""The body's end: a subheading left with no section under it once the furniture under it
went (a related list's label, "Cet article vous a plu ?"), a closing pointer to the site's
other pages ("Mehr … finden Sie in unserem Ressort"); and the last sections and closing
sentences of the story that stay."""

from __future__ import annotations

from test_news_releases import URL, _page

from clipper.extract import extract


def test_a_heading_left_with_nothing_under_it_at_the_end_goes() -> None:
    # its list of links went as furniture; a label in any language, so found by place
    tail = (
        "<h3>Lisez aussi</h3><ul class='links'><li><a href='/news/a'>Plant opens</a></li>"
        "<li><a href='/news/b'>Jobs fair</a></li><li><a href='/news/c'>Loan agreed</a></li></ul>"
    )
    text = extract(_page(tail), url=URL).text
    assert "Lisez aussi" not in text and "first production line" in text
    # a last section with its paragraph stays, and so does a heading over a picture
    tail = (
        "<h3>What happens next</h3><p>Building work will start in May and the first heat"
        " pumps should leave the plant before the end of next year.</p>"
    )
    text = extract(_page(tail), url=URL).text
    assert "What happens next" in text
    tail = "<h3>The site from the air</h3><p><img src='/site.jpg' alt='The site'></p>"
    article = extract(_page(tail), url=URL)
    assert "The site from the air" in article.text


def test_a_closing_pointer_to_the_sites_other_pages_goes() -> None:
    tail = "<p>Mehr Wirtschaftsnachrichten finden Sie in <a href='/wirtschaft'>unserem Ressort</a>.</p>"
    text = extract(_page(tail), url=URL).text
    assert "Wirtschaftsnachrichten" not in text and "first production line" in text
    tail = "<p>More business news <a href='/business'>on our business pages</a>.</p>"
    assert "business pages" not in extract(_page(tail), url=URL).text


def test_a_closing_sentence_of_the_story_stays() -> None:
    # "more than", no link to this site, or a link to the source elsewhere: the story's
    for tail in (
        "<p>More than 300 people came to <a href='/news/plant'>our open day</a> at the site.</p>",
        "<p>More jobs will follow in our region, the mayor said.</p>",
        "<p>More detail is in <a href='https://council.example/report'>our report</a>.</p>",
        # more about the story's subject, not the site's other pages
        "<p>Further details of the loan, including how suppliers can bid, are on"
        " <a href='/news/loan'>our website</a>.</p>",
    ):
        text = extract(_page(tail), url=URL).text
        assert tail.split(">")[1].split("<")[0][:12] in text


def test_a_closing_pointer_in_a_romance_language_goes() -> None:
    for tail in (
        "<p>Retrouvez toute l'actualité économique <a href='/eco'>sur notre site</a>.</p>",
        "<p>Otras noticias de <a href='/economia'>Economía</a></p>",
        "<p>Altri articoli nella <a href='/economia'>sezione Economia</a></p>",
        "<p>Mais notícias da região <a href='/regiao'>aqui</a>.</p>",
        "<p>Citește mai multe știri <a href='/economie'>pe site-ul nostru</a>.</p>",
        "<p>Llegeix més notícies <a href='/economia'>al nostre web</a>.</p>",
        "<p>Le máis novas <a href='/economia'>na nosa web</a>.</p>",
    ):
        text = extract(_page(tail), url=URL).text
        assert tail.split(">")[1].split("<")[0][:12] not in text, tail
        assert "first production line" in text


def test_a_romance_closing_sentence_of_the_story_stays() -> None:
    for tail in (
        "<p>Más de 300 personas visitaron <a href='/news/plant'>nuestra planta</a> el sábado.</p>",
        "<p>Plus de 300 personnes sont venues à <a href='/news/plant'>notre journée</a>.</p>",
        "<p>Mai multe persoane au vizitat <a href='/news/plant'>fabrica noastră</a>.</p>",
        # "other"/"later" as a sentence's words, "our"/"us" after them
        "<p>Outros dois suspeitos foram presos, segundo a <a href='/tag/policia'>Polícia"
        " Civil</a> informou à nossa reportagem.</p>",
        "<p>Más tarde, el alcalde nos confirmó que la <a href='/tag/mayor'>calle Mayor</a>"
        " reabrirá en diciembre.</p>",
    ):
        text = extract(_page(tail), url=URL).text
        assert tail.split(">")[1].split("<")[0][:12] in text, tail


def test_a_sign_off_set_as_the_last_heading_stays() -> None:
    # a sentence closed by a full stop, or a credit opened by a dash: the story's own
    # last text, not a label whose list went
    for tail in (
        "<h4>Thank you for reading, and see you next week.</h4>",
        "<h3>— Reporting by Jane Doe; editing by Tom Hill</h3>",
        "<h5>Jane Doe is our business correspondent.</h5>",
    ):
        text = extract(_page(tail), url=URL).text
        assert tail.split(">")[1].split("<")[0] in text
    # a label over a form that went still goes, a question too
    tail = "<h3>Cet article vous a plu ?</h3><form><input name='q'></form>"
    assert "vous a plu" not in extract(_page(tail), url=URL).text
