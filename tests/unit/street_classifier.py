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
