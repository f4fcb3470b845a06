"""The phrase index finds every occurrence, including at the very end of a text."""

from nlp.matcher import PhraseIndex


def test_phrases_are_found_with_their_spans_even_at_the_end_of_the_text() -> None:
    index = PhraseIndex(["着火", "着火了", "火"])
    assert index.find("楼下着火了火") == {
        "着火了": [(2, 5)],
        "着火": [(2, 4)],
        "火": [(3, 4), (5, 6)],
    }


def test_a_phrase_longer_than_what_is_left_is_not_matched_by_its_prefix() -> None:
    assert PhraseIndex(["电动车", "电"]).find("充电") == {"电": [(1, 2)]}
