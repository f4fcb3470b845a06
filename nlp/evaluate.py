"""Evaluation of predictions against labelled reports: pure functions, no I/O."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class CategoryScore:
    category: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Report:
    per_category: tuple[CategoryScore, ...]
    macro_f1: float
    accuracy: float
    urgent_precision: float
    urgent_recall: float
    confusions: tuple[tuple[str, str, int], ...]  # (true, predicted, count), most frequent first
    total: int


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def evaluate(
    gold: Sequence[tuple[str, bool]],
    predicted: Sequence[tuple[str, bool]],
    categories: Iterable[str] | None = None,
    top_confusions: int = 10,
) -> Report:
    """Score (category, urgent) predictions against gold labels, in the same order.

    Macro-F1 averages over categories that occur in the gold labels or the predictions
    (or over `categories` when given), so a category never predicted still counts.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    pairs = [(g[0], p[0]) for g, p in zip(gold, predicted, strict=True)]
    codes = (
        list(categories) if categories is not None else sorted({c for pair in pairs for c in pair})
    )
    tp = Counter(g for g, p in pairs if g == p)
    gold_n = Counter(g for g, _ in pairs)
    pred_n = Counter(p for _, p in pairs)
    scores = []
    for code in codes:
        p, r = _ratio(tp[code], pred_n[code]), _ratio(tp[code], gold_n[code])
        scores.append(CategoryScore(code, p, r, f1(p, r), gold_n[code]))
    scored = [s for s in scores if s.support or pred_n[s.category]]
    macro = sum(s.f1 for s in scored) / len(scored) if scored else 0.0
    both = sum(1 for g, p in zip(gold, predicted, strict=True) if g[1] and p[1])
    confusions = Counter((g, p) for g, p in pairs if g != p).most_common(top_confusions)
    return Report(
        per_category=tuple(scores),
        macro_f1=macro,
        accuracy=_ratio(sum(tp.values()), len(pairs)),
        urgent_precision=_ratio(both, sum(1 for p in predicted if p[1])),
        urgent_recall=_ratio(both, sum(1 for g in gold if g[1])),
        confusions=tuple((g, p, n) for (g, p), n in confusions),
        total=len(pairs),
    )
