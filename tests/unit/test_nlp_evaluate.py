"""Evaluation figures the command centre reads to trust (or not) the classifier."""

from __future__ import annotations

import pytest

from nlp.evaluate import evaluate


def test_perfect_predictions_score_one() -> None:
    gold = [("labor", True), ("fire_safety", False)]
    report = evaluate(gold, gold)
    assert report.macro_f1 == 1.0
    assert (report.urgent_precision, report.urgent_recall) == (1.0, 1.0)
    assert report.confusions == ()


def test_per_category_precision_recall_and_confusions() -> None:
    gold = [("labor", False), ("labor", False), ("dispute", False), ("dispute", False)]
    predicted = [("labor", False), ("dispute", False), ("dispute", False), ("dispute", False)]
    report = evaluate(gold, predicted)
    scores = {s.category: s for s in report.per_category}
    assert scores["labor"].precision == 1.0 and scores["labor"].recall == 0.5
    assert scores["dispute"].precision == pytest.approx(2 / 3)
    assert report.confusions == (("labor", "dispute", 1),)
    assert report.accuracy == 0.75


def test_missed_urgent_report_lowers_urgent_recall() -> None:
    gold = [("fire_safety", True), ("fire_safety", True), ("traffic", False)]
    predicted = [("fire_safety", True), ("fire_safety", False), ("traffic", True)]
    report = evaluate(gold, predicted)
    assert report.urgent_recall == 0.5
    assert report.urgent_precision == 0.5


def test_category_listed_but_absent_everywhere_does_not_count_in_macro_f1() -> None:
    gold = [("labor", False)]
    report = evaluate(gold, gold, categories=["labor", "traffic"])
    assert report.macro_f1 == 1.0
    assert len(report.per_category) == 2


def test_mismatched_lengths_are_an_error() -> None:
    with pytest.raises(ValueError):
        evaluate([("labor", False)], [])
