"""The classifier meets its targets on the shared labelled corpus and on rough phone text."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.cli import evaluate_file
from tests.unit.street_classifier import classifier

DEV = Path(__file__).parents[3] / "shared/corpus/dev.jsonl"
ROUGH = Path(__file__).parents[1] / "data/rough.jsonl"


def test_dev_corpus_meets_macro_f1_and_urgency_targets() -> None:
    if not DEV.exists():
        pytest.skip(f"shared corpus not found at {DEV}")
    report = evaluate_file(classifier(), DEV)
    assert report.macro_f1 >= 0.90
    assert report.urgent_recall >= 0.95
    assert report.urgent_precision >= 0.80


def test_rough_phone_style_reports_meet_the_same_targets() -> None:
    report = evaluate_file(classifier(), ROUGH)
    assert report.total >= 60
    assert report.macro_f1 >= 0.90
    assert report.urgent_recall >= 0.95
    assert report.urgent_precision >= 0.80
