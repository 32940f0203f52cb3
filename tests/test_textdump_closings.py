"""Author boxes closing a copied article, in one more shape: a bio that introduces the author ("I'm
Jane, ...") under the full name. Beside each, a case that must stay. All text
is invented.
"""

from __future__ import annotations

from clipper.extract.text import rules
from clipper.extract.text.dump import parse_text_dump
from tests.helpers import paragraphs, text_dump

HEADLINE = "Harbour Market Reopens After the Storm"
STORY = paragraphs(8, "market")


def clip(*tail: str | list[str]) -> str:
    return parse_text_dump(text_dump(HEADLINE, STORY, *tail)).text


def test_a_last_section_naming_someones_head_or_founder_role_under_the_name_stays() -> None:
    # Heads and founders are who articles are about; only a writing role says author.
    for bio in (
        "Mira Olsen ist Head of Content bei Hafenblick. Wenn sie nicht schreibt, segelt sie.",
        "Mira Olsen is a co-founder of a small studio for harbour photography in Kiel.",
        "Mira Olsen is the head of night operations at the ferry company in Kiel.",
    ):
        assert bio in clip("Mira Olsen", bio), bio


def test_a_bio_introducing_the_author_under_the_full_name_ends_the_article() -> None:
    text = clip(
        "Mira Olsen",
        "I'm Mira and I'm so glad you found my little blog about markets and harbours!",
        "My blog is full of recipes, market guides and tips for a weekend by the sea.",
    )
    assert "Paragraph 7 about the market" in text
    assert "so glad you found" not in text
    assert "My blog is full" not in text


def test_people_under_their_names_who_found_or_head_things_stay() -> None:
    people = [
        part
        for n in range(1, 5)
        for part in (
            f"Jonas Berg{n}",
            f"Jonas Berg{n} is a founder of stall number {n} and has sold fish at the "
            "harbour market for twenty years, through every storm the town can remember.",
        )
    ]
    text = parse_text_dump(text_dump(HEADLINE, STORY[:2], people)).text
    assert "Jonas Berg4 is a founder" in text
    assert "Jonas Berg1 is a founder" in text


def test_a_quote_opening_with_i_am_under_another_name_stays() -> None:
    last = "I'm sure the market will be busier than ever by the summer, the mayor said."
    assert last in clip("Mira Olsen", last)


def test_the_bio_roles_are_read_as_words() -> None:
    assert rules.AUTHOR_BIO.search("Mira Olsen ist Chefredakteurin des Hafenblatts") is not None
    assert rules.AUTHOR_BIO.search("Mira Olsen is the head of the studio") is None
    assert rules.AUTHOR_BIO.search("Mira Olsen ist Gründerin des Studios") is None
    assert rules.AUTHOR_BIO.search("Mira Olsen headed home after the market") is None


# --- A tags or categories label glued to its first item ------------------------------


def test_a_tags_label_glued_to_its_first_tag_is_metadata() -> None:
    article = parse_text_dump(
        text_dump(HEADLINE, STORY[:6], "KategorienHafenFreizeit und Markt", STORY[6:])
    )
    assert "KategorienHafen" not in article.text
    assert "Paragraph 7 about the market" in article.text
    article = parse_text_dump(text_dump(HEADLINE, STORY[:6], "TagsSturmflutKiel", STORY[6:]))
    assert "TagsSturmflut" not in article.text
    assert "Paragraph 7 about the market" in article.text


def test_words_that_start_like_a_label_are_no_tags() -> None:
    for line in ("Themenpark am Hafen", "Tags darauf öffnete der Markt", "Topics"):
        assert rules.TAGS_LINE.fullmatch(line) is None, line
    assert rules.CATEGORY_LINE.fullmatch("Kategorienwechsel im Markt") is None


def test_post_navigation_with_its_accents_left_out_is_still_navigation() -> None:
    for line in ("Article Precedent Le marché rouvre", "Article précédent Le marché rouvre"):
        assert rules.POST_NAVIGATION.fullmatch(line) is not None, line
    assert rules.POST_NAVIGATION.fullmatch("Article premier de la loi") is None


def test_finnish_read_also_labels_are_related_links_markers() -> None:
    for line in ("Lue myös:", "Lue aiheesta lisää:", "LUE MYÖS"):
        assert any(p.fullmatch(line) for _, p in rules.SOFT_END_MARKERS), line
    assert not any(p.fullmatch("Luettelo myönnetyistä luvista") for _, p in rules.SOFT_END_MARKERS)


def test_a_register_now_line_heads_the_pitch_that_closes_the_article() -> None:
    text = clip(
        "Jetzt für Hafenblick Top-News anmelden",
        "Ein Newsletter, der dir jede Woche die besten Geschichten vom Markt nach Hause schickt.",
    )
    assert "Paragraph 7 about the market" in text
    assert "Ein Newsletter, der dir" not in text


def test_a_sentence_about_registering_stays() -> None:
    last = "Jetzt für den Lauf anmelden können sich alle Schulen der Stadt, sagte der Direktor."
    assert last in clip(last)


# --- A sign-up box's heading -------------------------------------------------------------


def test_the_heading_over_a_sign_up_button_inside_the_body_is_stripped() -> None:
    article = parse_text_dump(
        text_dump(HEADLINE, STORY[:4], "Die Woche am Hafen", "Jetzt abonnieren", STORY[4:])
    )
    assert "Die Woche am Hafen" not in article.text
    assert "Paragraph 7 about the market" in article.text
    assert "Paragraph 3 about the market" in article.text


def test_a_subheading_over_the_next_paragraph_stays() -> None:
    text = parse_text_dump(text_dump(HEADLINE, STORY[:4], "Die Woche am Hafen", STORY[4:])).text
    assert "Die Woche am Hafen" in text


# --- A photographer's name glued to a caption ----------------------------------------


def test_a_name_glued_to_a_captions_last_word_is_its_credit() -> None:
    article = parse_text_dump(
        text_dump(
            HEADLINE,
            STORY[:4],
            "Der Marktmeister vor den Ständen am frühen VormittagJonas Berg",
            STORY[4:],
        )
    )
    assert "Marktmeister" not in article.text
    assert any("Marktmeister" in caption for caption in article.captions)
    assert "Paragraph 7 about the market" in article.text


def test_brand_names_and_references_are_no_glued_credits() -> None:
    for line in (
        "Die besten Tipps für PowerPoint Online",
        "So verkaufen Händler am Hafen mit WhatsApp Business",
        "Roe J and Berg M. Markets after storms. Harbour Stud. 2019;3:1-9. CrossrefMedlineGoogle Scholar",
    ):
        article = parse_text_dump(text_dump(HEADLINE, STORY[:4], line, STORY[4:]))
        assert line in article.text, line


def test_a_caption_ending_with_a_credit_in_capitals_is_a_figure() -> None:
    line = "Stalls line the quay on the first morning after the storm. By HARBOUR PRESS OFFICE"
    article = parse_text_dump(text_dump(HEADLINE, line, STORY))
    assert "Stalls line the quay" not in article.text
    assert any("Stalls line the quay" in caption for caption in article.captions)
    assert "Paragraph 0 about the market" in article.text


def test_a_sentence_ending_with_a_name_in_ordinary_case_stays() -> None:
    for last in (
        "The market reopens on Friday. By Jane Roe",
        "The market reopens on Friday, the council said, as agreed with NATO.",
    ):
        assert rules.INLINE_CREDIT.fullmatch(last) is None, last
