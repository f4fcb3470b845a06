"""Whatever a phone sends, the text is cleaned the same way and classification never fails."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import nlp.normalize as normalize_module
from gridbot.deadlines import CATEGORIES
from nlp import Classifier
from nlp.normalize import MAX_TEXT_CHARS, normalize

CONFIG = Path(__file__).parents[2] / "config"
CODES = CATEGORIES  # the taxonomy's category codes


@cache
def classifier() -> Classifier:
    return Classifier.from_config(CONFIG, {"XF-01": ["幸福里小区", "幸福里"]}, {"labor": "labor"})


def test_full_width_letters_and_digits_become_half_width() -> None:
    assert normalize("ＦＩＲＥ！３号楼") == "fire!3号楼"


def test_traditional_characters_become_simplified() -> None:
    assert normalize("樓道裡有電動車充電") == "楼道里有电动车充电"


def test_traditional_characters_are_found_without_opencc_internals(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The traditional characters are read from OpenCC's dictionaries; should a release keep
    them elsewhere, converting every Chinese code point finds the same ones."""

    class Converter:  # OpenCC's convert without its dictionaries
        convert = staticmethod(normalize_module._T2S.convert)

    from_dictionaries = normalize_module._TRADITIONAL_CHARS
    monkeypatch.setattr(normalize_module, "_T2S", Converter())
    assert normalize_module._traditional_chars() == from_dictionaries
    assert {"們", "說", "燒"} <= set(from_dictionaries)


def test_zhe_written_as_traditional_becomes_simplified() -> None:
    assert normalize("拿著刀") == "拿着刀"
    assert normalize("著名的饭店") == "著名的饭店"


def test_spaces_inside_chinese_words_from_voice_input_are_removed() -> None:
    assert normalize("讨 薪  的 工人") == "讨薪的工人"
    assert normalize("KTV  门口 call 110") == "ktv 门口 call 110"


def test_emoji_and_control_characters_are_dropped() -> None:
    assert normalize("死老鼠🤢\x00\u200b 太恶心了👍🏻") == "死老鼠太恶心了"


def test_fire_emoji_still_says_fire() -> None:
    assert "火" in normalize("🔥🔥")


def test_empty_blank_and_emoji_only_reports_are_other_with_zero_confidence() -> None:
    for text in ("", "   \n\t ", "😂😂😂", "\x00\x01\x1b", "🔥" * 0 + "👍🏻"):
        result = classifier().classify(text)
        assert (result.category, result.confidence, result.urgent) == ("other", 0.0, False)


def test_ten_thousand_characters_are_other_with_zero_confidence() -> None:
    result = classifier().classify("着火了" * (10_000 // 3 + 1))
    assert len("着火了" * (10_000 // 3 + 1)) > MAX_TEXT_CHARS
    assert (result.category, result.confidence) == ("other", 0.0)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalized_text_has_no_control_characters_or_edge_spaces(text: str) -> None:
    clean = normalize(text)
    assert clean == clean.strip()
    assert not any(ord(ch) < 32 for ch in clean)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(),
            st.sampled_from(list("着火工资讨薪打架井盖煤气味聚集二十多名人幸福里3号楼 \n😂🔥")),
        ),
        max_size=300,
    )
)
def test_any_text_gets_a_valid_classification_and_never_raises(text: str) -> None:
    result = classifier().classify(text)
    assert result.category in CODES
    assert 0.0 <= result.confidence <= 1.0
    assert result.label
    assert result.team in {"labor", "command"}
    assert isinstance(result.urgent, bool)
    assert all(isinstance(k, str) and k for k in result.keywords)


def test_non_string_input_is_other_not_an_exception() -> None:
    assert classifier().classify(None).category == "other"  # type: ignore[arg-type]
