"""Corrections from the command centre turn into keyword suggestions, never rule changes."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from nlp import Classifier
from nlp.suggest import suggest_keywords

CONFIG = Path(__file__).parents[2] / "config"


@cache
def classifier() -> Classifier:
    return Classifier.from_config(CONFIG, {"XF-01": ["幸福里小区", "幸福里"]})


CORRECTIONS = [
    ("幸福里有人在卖盗版光碟", "other", "public_security"),
    ("又看见光碟摊在卖盗版的 3 张 10 块", "urban_management", "public_security"),
    ("路边又有人卖盗版", "other", "public_security"),
    ("井盖没了", "municipal_facility", "municipal_facility"),
]


def test_frequent_new_words_are_suggested_for_the_corrected_category() -> None:
    suggestions = suggest_keywords(CORRECTIONS, classifier())
    words = dict(suggestions["public_security"])
    assert words["盗版"] == 3
    assert words["光碟"] == 2


def test_right_predictions_places_numbers_and_known_keywords_are_not_suggested() -> None:
    suggestions = suggest_keywords(CORRECTIONS, classifier())
    assert "municipal_facility" not in suggestions
    words = {w for w, _ in suggestions["public_security"]}
    assert not words & {"幸福里", "10", "3", "的", "有人"}
    assert all(len(w) >= 2 for w in words)


def test_top_limits_the_number_of_suggestions() -> None:
    assert len(suggest_keywords(CORRECTIONS, classifier(), top=1)["public_security"]) == 1


def test_suggesting_does_not_change_the_rules() -> None:
    before = classifier().classify("有人卖盗版光碟")
    suggest_keywords(CORRECTIONS, classifier())
    assert classifier().classify("有人卖盗版光碟") == before
