"""More site furniture on news pages, and parts of the article lost beside it: a consent
box laid over the page, an embed held back for consent, a channel's promotion, a fact
sheet beside a match report, a related box whose heading readability's markup cut
loose, an interview's editing note, a kicker line over an old CMS's headline, post
stamps saying their age, a "Key points" box above a live blog's posts. Each rule with
the ordinary page it must leave as it was."""

from __future__ import annotations

from lxml import html as lxml_html

from clipper.extract import extract
from clipper.extract.html.clean import is_boilerplate
from clipper.extract.html.overlays import drop_overlays

URL = "https://www.baytown-courier.example/news/2026/05/pier"

_PARAS = [
    "The council voted on Tuesday to rebuild the old pier at the end of Beach Road, after"
    f" engineers found that storms had washed away part of its timber supports. Part {i}."
    for i in range(5)
]


def _page(inside: str = "", outside: str = "", title: str = "Council votes to rebuild pier") -> str:
    paras = "".join(f"<p>{p}</p>" for p in _PARAS[:3])
    rest = "".join(f"<p>{p}</p>" for p in _PARAS[3:])
    return (
        f"<html><head><title>{title} | Baytown Courier</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"<main><h1>{title}</h1><div class='story-text'>{paras}{inside}{rest}</div></main>"
        f"<footer><a href='/about'>About us</a></footer>{outside}</body></html>"
    )


# --- a consent box laid over the page -------------------------------------------

CONSENT = (
    "We and our partners use cookies and similar technologies to personalise content and"
    " ads, to provide social media features and to analyse our traffic. You can change"
    " your choices at any time."
)


def test_a_consent_box_laid_over_the_page_goes_whatever_its_name() -> None:
    # named for a consent platform, not for cookies: its role says what it is
    box = (
        "<div class='cmp-wrapper' role='dialog'><div class='cmp-box'><h2>Your privacy</h2>"
        f"<p>{CONSENT}</p><button>Accept all</button></div></div>"
    )
    text = extract(_page(outside=box), url=URL).text
    assert "partners use cookies" not in text and "Part 4." in text


def test_trafilatura_reads_the_page_without_the_box_and_a_dialog_of_the_article_stays() -> None:
    box = f"<div class='cmp-wrapper' role='dialog'><p>{CONSENT}</p></div>"
    root = lxml_html.document_fromstring(_page(outside=box))
    drop_overlays(root)
    assert "partners use cookies" not in root.text_content()
    # a page that shows its article in a dialog (a story opened over the index)
    page = _page().replace("<main>", "<main role='dialog'>")
    root = lxml_html.document_fromstring(page)
    drop_overlays(root)
    assert "Part 4." in root.text_content()


def test_an_embed_held_back_for_consent_goes_and_a_sentence_on_cookie_rules_stays() -> None:
    for notice in (
        "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.",
        "Dieser Inhalt wird erst nach Zustimmung zu Cookies angezeigt.",
        "This content is blocked. Accept cookies to view it.",
    ):
        assert is_boilerplate(notice), notice
    assert not is_boilerplate("The content of the new cookie rules was published on Tuesday.")


def test_a_channels_promotion_goes() -> None:
    assert is_boilerplate("Get the latest news delivered to your WhatsApp. Join our channel now.")
    assert not is_boilerplate("The latest news reached the harbour by telegram on Monday.")


# --- teasers and boxes among the paragraphs -------------------------------------


def test_a_rioplatense_read_also_teaser_goes() -> None:
    teaser = "<div class='nota-rel'><span>Mirá también</span><a href='#'>La tabla de posiciones</a></div>"
    text = extract(_page(inside=teaser), url=URL).text
    assert "Mirá también" not in text and "tabla de posiciones" not in text


def test_a_related_box_holding_a_heading_goes_as_its_name_says() -> None:
    # readability makes a <div> of a heading and a link a <p>; read back, the heading
    # stood outside the box's name. A section of the story with its heading stays.
    box = (
        "<div class='kapcsolodo'><h4>Kapcsolódó</h4>"
        "<a href='/2026/04/ferry'>Ferry timetable changes from June</a></div>"
    )
    text = extract(_page(inside=box), url=URL).text
    assert "Kapcsolódó" not in text and "Ferry timetable" not in text
    section = "<div class='chapter'><h4>What happens next</h4><b>Work starts in June.</b></div>"
    text = extract(_page(inside=section), url=URL).text
    assert "What happens next" in text and "Work starts in June." in text


def test_a_fact_sheet_beside_a_match_report_goes_and_a_section_named_so_with_prose_stays() -> None:
    sheet = (
        "<div class='ficha-tecnica'><h3>Síntesis</h3><table><tr><td>Estudiantes</td><td>2</td>"
        "</tr><tr><td>Talleres</td><td>0</td></tr></table><p>Goles: PT 23m Leiva (E); ST 31m"
        " Aguirre (E). Árbitro: Darío Herrera. Estadio: Uno.</p></div>"
    )
    text = extract(_page(inside=sheet), url=URL).text
    assert "Síntesis" not in text and "Árbitro" not in text and "Talleres" not in text
    assert "Part 4." in text
    long = " ".join(_PARAS[:2])  # a paragraph longer than a caption: the story's own
    section = f"<div class='scoreboard-story'><p>{long}</p></div>"
    assert "storms had washed away part of its timber supports. Part 0. The council" in (
        extract(_page(inside=section), url=URL).text
    )


def test_an_interviews_editing_note_goes_and_a_sentence_about_an_edit_stays() -> None:
    for note in (
        "This interview has been edited and condensed for clarity.",
        "Az interjút szerkesztett, rövidített formában közöljük.",
        "Das Interview wurde aus Gründen der Lesbarkeit gekürzt und redigiert.",
        "L'entretien a été édité et condensé.",
        "(Interview edited for length.)",
    ):
        assert is_boilerplate(note), note
    for sentence in (
        "In the interview, she said the book had been edited twice before it reached her.",
        "The interview was edited by the station, the presenter said.",
    ):
        assert not is_boilerplate(sentence), sentence


# --- the head of an old CMS's cell -------------------------------------------------


def _old_page(cell: str) -> str:
    return (
        "<html><head><title>Nisin punimet për rrugën e Kalasë</title></head><body><table><tr>"
        "<td width='140'><a href='/r/a'>Tiranë</a><br><a href='/r/b'>Durrës</a></td>"
        f"<td>{cell}</td></tr></table></body></html>"
    )


_SQ = (
    "Bashkia ka nisur punimet për rikonstruksionin e rrugës që lidh qytetin me Kalanë,"
    " një nga destinacionet më të vizituara turistike në veri të vendit."
)


def test_a_kicker_line_over_an_old_cms_headline_goes_with_it() -> None:
    cell = (
        "<font size='1'>Aktualitet</font><br><font size='5'><b>Nisin punimet për rrugën e"
        " Kalasë</b></font><br><font size='1'>Redaksia &middot; 02/12/2026 12:30</font><br><br>"
        + "".join(f"<p>{_SQ} Pjesa {i}.</p>" for i in range(4))
    )
    text = extract(_old_page(cell)).text
    assert text.startswith("Bashkia ka nisur"), text[:80]
    # a short first line with no headline after it is the cell's own
    cell = "Aktualitet<br>Punimet nisin sot<br><br>" + "".join(
        f"<p>{_SQ} Pjesa {i}.</p>" for i in range(4)
    )
    assert extract(_old_page(cell)).text.startswith("Aktualitet")


# --- a live blog ---------------------------------------------------------------------

_POST = (
    "The Rural Fire Service said crews had slowed the fire overnight, and roads in the"
    " area would stay closed until the afternoon. Update {n}."
)


def _live(meta: str, above: str = "") -> str:
    posts = "".join(
        f"<article class='live-post'><div class='post-meta'>{meta.format(n=n)}</div>"
        f"<h2>Update {n} from the fire ground</h2><p>{_POST.format(n=n)}</p>"
        f"<p>Residents were told to keep listening to local radio. Note {n}.</p></article>"
        for n in range(1, 7)
    )
    return (
        "<html><head><title>Bushfires live: crews slow the fire</title></head><body><main>"
        f"<h1>Bushfires live: crews slow the fire</h1>{above}<div class='live-feed'>{posts}"
        "</div></main></body></html>"
    )


def test_post_stamps_saying_their_age_go_with_the_name() -> None:
    for age in ("{n}m ago", "{n}h ago", "vor {n} Minuten", "il y a {n} h", "hace {n} horas"):
        meta = f"<time>{age}</time><span class='post-author'>By Liam Tran</span>"
        text = extract(_live(meta)).text
        assert "Liam Tran" not in text and "ago" not in text, age
        assert "Update 4." in text
    # an age opening a line that says more is the line's
    said = "<time>{n}m ago</time> <span>Crews are back on the ridge now.</span>"
    assert "Crews are back on the ridge now." in extract(_live(said)).text


def test_a_key_points_box_above_a_live_blogs_posts_comes_back() -> None:
    box = (
        "<div class='c-keypoints'><div class='kp-title'>Key points</div><ul>"
        "<li>Crews slowed the fire overnight</li><li>Roads stay closed until the afternoon</li>"
        "<li>Residents should listen to local radio</li></ul></div>"
    )
    text = extract(_live("<time>{n}:05</time>", above=box)).text
    assert text.index("Crews slowed the fire overnight") < text.index("Update 1.")
    assert text.count("Key points") == 1
    # a box of links to other stories is no summary
    links = box.replace("<li>Crews slowed", "<li><a href='/a/1'>Crews slowed").replace(
        "overnight</li>", "overnight</a></li>"
    )
    links = links.replace("<li>Roads", "<li><a href='/a/2'>Roads").replace(
        "afternoon</li>", "afternoon</a></li>"
    )
    links = links.replace("<li>Residents", "<li><a href='/a/3'>Residents").replace(
        "radio</li>", "radio</a></li>"
    )
    assert (
        "Crews slowed the fire overnight" not in extract(_live("<time>{n}:05</time>", links)).text
    )


# --- notes under the story -----------------------------------------------------------


def test_a_wires_rights_notice_a_tip_prompt_and_a_broadcasters_note_go() -> None:
    for line in (
        "Copyright 2026 Global Wire Service. All rights reserved. This material may not be"
        " published, broadcast, rewritten or redistributed without permission.",
        "© 2026 Harbour Gazette. Alle Rechte vorbehalten.",
        "We pay for your stories! Do you have a story for the Gazette news team? Email us at"
        " tips@gazette.example or call 0207 555 0199.",
        "Thank you for reading. Do you have a news tip? Send it to tips@gazette.example.",
        "Über dieses Thema berichtete Radio Nord am 2. Dezember 2026 um 19:30 Uhr.",
        "The views expressed are the author's own.",
        "BASAHIN: Bagong istasyon ng ferry, binuksan",
    ):
        assert is_boilerplate(line), line
    for sentence in (
        "The club said all rights reserved for members would stay until the end of the season.",
        "Basahin ang buong pahayag ng alkalde sa ibaba.",
        # readers keep the reporters who helped
        "Marta Ruiz in Madrid contributed to this report.",
    ):
        assert not is_boilerplate(sentence), sentence
