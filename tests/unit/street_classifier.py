"""The classifier as the demo street configures it, built once for the classifier tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from gridbot.config import load_street_config
from nlp import Classifier

CONFIG = Path(__file__).parents[2] / "config"
DATA = Path(__file__).parents[1] / "data"


@cache
def classifier() -> Classifier:
    street = load_street_config(CONFIG)
    return Classifier.from_config(CONFIG, street.grid_aliases(), street.routes)


def urgent(text: str) -> bool:
    return classifier().classify(text).urgent


def told(text: str) -> tuple[str, bool]:
    """The category and the urgency of a report."""
    result = classifier().classify(text)
    return result.category, result.urgent


def assert_told(text: str, category: str, is_urgent: bool) -> None:
    """The report is (or is not) urgent and, unless `category` is "*", of that category."""
    got_category, got_urgent = told(text)
    assert got_urgent is is_urgent, text
    if category != "*":
        assert got_category == category, text


def as_told(cases: list[tuple[str, str]], is_urgent: bool) -> list[tuple[str, bool, str]]:
    """(category, is_urgent, text) rows of (category, text) sentences all urgent or all calm, so
    a round's sentences run as one parametrised test of `assert_told`."""
    return [(category, is_urgent, text) for category, text in cases]
