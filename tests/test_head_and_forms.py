"""Furniture told by its place or its markup, not by its words (issue #14): the headline
set in any tag and the kicker above it, and a form asking for an e-mail address with the
box around it; in words of no language the rules read."""

from __future__ import annotations

from clipper.extract import extract

URL = "https://blad.example/stukken/de-brug"
PARAS = [
    "Varo lenti mirako sub la ponto, kaj la boatistoj atendis tri horojn antaŭ la"
    " malfermo de la kluzo, dum la pluvo falis sur la kajon.",
    "La urbestro diris ke la riparo kostos pli ol oni atendis, kaj ke la laboroj"
    " daŭros ĝis la fino de la somero se la vetero permesos.",
    "Loĝantoj de la kvartalo kunvenis vespere en la lernejo por aŭdi la planon, kaj"
    " multaj demandis pri la bruo de la maŝinoj nokte.",
    "La unua etapo komenciĝos lundon, kiam la ŝoseo fermiĝos por aŭtoj pli pezaj ol"
    " sep tunoj, laŭ la avizo de la provinco.",
]


def _page(head: str, middle: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + middle
    body += "".join(f"<p>{p}</p>" for p in PARAS[2:])
    return (
        "<html><head><title>La ponto fermiĝas por riparo</title></head><body>"
        f"<div class='pago'><div class='teksto'>{head}{body}</div></div></body></html>"
    )


def test_a_headline_in_any_tag_and_the_kicker_above_it_leave_the_body() -> None:
    for head in (
        "<p class='rubro'>Urbo</p><p><b>La ponto fermiĝas por riparo</b></p>",
        "<div>Urbo</div><div role='heading' aria-level='1'>La ponto fermiĝas por riparo</div>",
    ):
        text = extract(_page(head), url=URL).text
        assert text.startswith("Varo lenti mirako"), text[:80]
    # a sentence above the headline is no kicker, and a block that only holds the title's
    # words among others is no headline
    head = "<p>Tri horojn da atendado.</p><p><b>La ponto fermiĝas por riparo</b></p>"
    assert extract(_page(head), url=URL).text.startswith("Tri horojn da atendado.")
    head = "<p><b>La ponto fermiĝas por riparo, kaj aliaj aferoj</b></p>"
    assert extract(_page(head), url=URL).text.startswith("La ponto fermiĝas")


def test_a_form_asking_for_mail_goes_with_its_prompt_and_a_search_form_box_stays() -> None:
    signup = (
        "<div class='ligilo'><p><strong>Ĉiun vendredon en via poŝto?</strong> Aliĝu nun.</p>"
        "<form><input type='{kind}' name='{name}'><button>Aliĝi</button></form></div>"
    )
    for kind, name in (("email", "x"), ("text", "adreso_email")):
        text = extract(_page("", signup.format(kind=kind, name=name)), url=URL).text
        assert "vendredon" not in text and "sep tunoj" in text
    # a form asking for nothing of the kind (a search box) leaves its prompt
    text = extract(_page("", signup.format(kind="search", name="q")), url=URL).text
    assert "vendredon" in text


def test_a_bio_set_apart_goes_in_any_language_and_a_credit_line_stays() -> None:
    bio = (
        "<h3>Pri la verkisto</h3><p>Tamsin Orrel verkas ĉiusemajne pri la haveno kaj la"
        " boatoj.</p><p><a href='/verkistoj/orrel'>Ĉiuj artikoloj de Tamsin</a></p>"
    )
    credit = "<p>Tamsin Orrel raportis el la haveno.</p>"
    for tail, kept in ((bio, False), (credit, True)):
        page = _page("", "").replace("</div></div>", f"{tail}</div></div>")
        page = page.replace("</title>", "</title><meta name='author' content='Tamsin Orrel'>")
        text = extract(page, url=URL).text
        assert ("Tamsin Orrel" in text) is kept, text[-200:]
        assert "Pri la verkisto" not in text and "Ĉiuj artikoloj" not in text
        assert "sep tunoj" in text


def test_a_note_titled_by_its_sentence_and_a_brief_beside_a_form_keep_their_text() -> None:
    said = "La pramo al Skerra ne veturas hodiaŭ pro la ŝtormo, diras la haveno."
    note = (
        f"<html><head><title>{said}</title></head><body><div class='noto'><p>{said}</p>"
        "<p>Ĝi revenos morgaŭ matene, se la vento malfortiĝos iom.</p></div></body></html>"
    )
    assert extract(note, url=URL).text.startswith(said)
    brief = (
        f"<html><head><title>Pramo</title></head><body><div class='noto'><p>{said}</p>"
        "<form><input type='email' name='x'><button>Aliĝi</button></form></div></body></html>"
    )
    assert said in extract(brief, url=URL).text
