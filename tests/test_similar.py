"""The near-duplicate sketch: pure functions, and values that must not drift."""

from __future__ import annotations

from clipper.similar import MIN_WORDS, SKETCH_SIZE, similarity, sketch

WIRE = " ".join(f"word{i % 37} river{i % 11} talks" for i in range(60))


def test_sketch_values_are_stable() -> None:
    """Archives store sketches: a new clipper must hash shingles exactly as an old one did."""
    got = sketch(WIRE)
    assert len(got) == SKETCH_SIZE
    assert got[:4] == (17803066, 21696696, 27040438, 38860380)
    assert list(got) == sorted(got)


def test_short_texts_have_no_sketch() -> None:
    assert sketch(" ".join(["word"] * (MIN_WORDS - 1))) == ()
    assert similarity((), sketch(WIRE)) == 0.0


def test_case_and_punctuation_do_not_change_the_sketch() -> None:
    assert sketch(WIRE.upper().replace(" talks", ", talks.")) == sketch(WIRE)


def test_similarity_tells_a_wire_copy_from_another_story() -> None:
    story = " ".join(
        f"The council met on day {i} to discuss the harbour budget." for i in range(30)
    )
    copy = "REUTERS - " + story + " Reporting by a wire desk."
    other = " ".join(f"A storm closed road {i} north of the city overnight." for i in range(30))
    assert similarity(sketch(story), sketch(copy)) >= 0.5
    assert similarity(sketch(story), sketch(other)) < 0.1
    assert similarity(sketch(story), sketch(story)) == 1.0
