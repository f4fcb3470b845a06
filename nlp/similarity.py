"""How alike two reports read: Jaccard overlap of their character bigrams.

Simple and explainable to a clerk ("these two texts share 45% of their two-character
pieces"); word order and punctuation do not matter, a different place name or object does.
"""

from __future__ import annotations

from functools import lru_cache

from nlp.normalize import normalize


@lru_cache(maxsize=8192)  # the open cases of a grid are compared with every new report
def bigrams(text: str) -> frozenset[str]:
    """The two-character pieces of the text's letters and digits (punctuation dropped)."""
    chars = "".join(ch for ch in normalize(text) if ch.isalnum())
    if len(chars) < 2:
        return frozenset({chars}) if chars else frozenset()
    return frozenset(chars[i : i + 2] for i in range(len(chars) - 1))


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of the bigram sets, 0.0 (nothing shared) to 1.0 (same pieces)."""
    return overlap(bigrams(a), bigrams(b))


def overlap(first: frozenset[str], second: frozenset[str]) -> float:
    """Jaccard similarity of two bigram sets (`bigrams`)."""
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)
