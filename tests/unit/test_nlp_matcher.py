"""The phrase index finds every occurrence, including at the very end of a text."""

from nlp.matcher import AnyWord, PhraseIndex, uncovered
from nlp.patterns import any_of


def test_phrases_are_found_with_their_spans_even_at_the_end_of_the_text() -> None:
    index = PhraseIndex(["着火", "着火了", "火"])
    assert index.find("楼下着火了火") == {
        "着火了": [(2, 5)],
        "着火": [(2, 4)],
        "火": [(3, 4), (5, 6)],
    }


def test_a_phrase_longer_than_what_is_left_is_not_matched_by_its_prefix() -> None:
    assert PhraseIndex(["电动车", "电"]).find("充电") == {"电": [(1, 2)]}


def test_uncovered_drops_exactly_the_hits_strictly_inside_a_blocking_hit() -> None:
    phrases = ["电动车", "电动", "动车", "车", "电", "不是着火", "着火", "火", "是着"]
    passes = [frozenset(), frozenset({"电动车"}), frozenset({"不是着火", "电动"})]
    index = PhraseIndex(phrases, passes)
    for text in ["楼下电动车着火了", "不是着火 是电动车没电", "动车火车电车", "不是着火火"]:
        found, covered = index.find_covered(text)
        assert found == index.find(text)
        for which, ok in enumerate(passes):
            expected = {}
            for phrase, spans in found.items():
                kept_spans = [
                    (s, e)
                    for s, e in spans
                    if not any(
                        other not in ok and s2 <= s and e <= e2 and (s2, e2) != (s, e)
                        for other, others in found.items()
                        for s2, e2 in others
                    )
                ]
                if kept_spans:
                    expected[phrase] = kept_spans
            kept = uncovered(found, covered, which)
            assert kept == expected
            assert list(kept) == list(expected)  # in the order found


def test_hits_come_by_start_and_at_one_start_longest_first_whatever_order_phrases_were_added() -> (
    None
):
    # the covered-hit logic relies on this order (a longer hit before the ones inside it)
    phrases = ["出租", "出租车司机", "租车", "出租车", "车", "司机", "出"]
    for order in (phrases, phrases[::-1], sorted(phrases), sorted(phrases, key=len)):
        found = PhraseIndex(order).find("那个出租车司机出车了")
        assert list(found) == ["出租车司机", "出租车", "出租", "出", "租车", "车", "司机"]
        assert found["出"] == [(2, 3), (7, 8)]


def test_any_word_tells_what_a_regex_of_the_words_tells() -> None:
    for words in [["漏水", "渗水"], ["吵架"], ["水", "吵架声", "吵架"], ["楼上漏水"]]:
        any_word = AnyWord(words)
        for text in ["楼上漏水 两家吵架", "吵架声很大", "", "渗水", "楼道里很安静", "水水水"]:
            assert any_word.search(text) == bool(any_of(words).search(text)), (words, text)


def test_no_words_are_never_said() -> None:
    assert not AnyWord([]).search("楼上漏水")
    assert not AnyWord([]).search("")
