"""Text-dump rules for posts written as social media writes them (issue #14).

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import PROSE, SHORT, classify
from helpers import text_dump

# --- Hashtags and emoji after a post's last sentence ---------------------------


def test_a_sentence_followed_by_hashtags_or_emoji_reads_as_prose() -> None:
    tagged = classify(
        "The old dresser came from my aunt and has stood in this hall ever since. #hall"
    )
    emoji = classify(
        "We painted the shed in a pale green that goes well with the hedge. 🌿 #garden #diy"
    )

    assert tagged.kind == PROSE
    assert emoji.kind == PROSE


def test_a_home_tour_of_tagged_captions_is_the_article_not_the_comment_under_it() -> None:
    # A reader's home tour: each photo's caption is a sentence or two with
    # hashtags, counters (likes, comments) and a "Save" button between them;
    # one short comment stands under the tour.
    dump = text_dump(
        "Home tours",
        "A Cottage Full of Plants",
        "12.03.24",
        "The blue kitchen cupboard was my first flea market find and I still love its colour. #kitchen",
        ["0", "12", "Save"],
        "Plants everywhere",
        "Forty plants live in these three rooms, and every window sill has its own small jungle. 🌿 #plants #green",
        ["1", "9", "Save"],
        "The reading chair by the stove is where the cat and I spend most winter evenings. #livingroom #cosy",
        ["0", "7", "Save"],
        "1 comment",
        "Fernweh",
        "Lovely rooms, but I could never keep that many plants alive.",
        "March 14 at 08:37",
        "Discover more home tours",
    )
    article = parse_text_dump(dump)

    assert "first flea market find" in article.text
    assert "Plants everywhere" in article.text
    assert "reading chair by the stove" in article.text
    assert "never keep that many plants" not in article.text


def test_a_numbered_heading_or_a_tag_list_alone_keeps_its_reading() -> None:
    # "#11" is a number, not a hashtag; a line of hashtags alone is no sentence.
    assert classify("Common mistake #11: a tuple of one without its comma").kind == SHORT
    assert classify("#kitchen #plants #green #diy").kind == SHORT
    assert (
        classify(
            "The menu changes every week, so check the board before you order at the bar #1"
        ).kind
        == SHORT
    )
