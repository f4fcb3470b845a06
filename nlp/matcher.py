"""Find many short phrases in a text at once, respecting jieba's word boundaries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Set

Span = tuple[int, int]


class PhraseIndex:
    """All phrases, indexed by their first character; a scan is one dict lookup per char.

    For a few thousand phrases of 2-8 characters this is as fast as an Aho-Corasick
    automaton in pure Python and far simpler to read.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, set[str]] = defaultdict(set)
        for phrase in phrases:
            if phrase:
                by_first[phrase[0]].add(phrase)
        self._by_first = {
            ch: tuple(sorted(group, key=len, reverse=True)) for ch, group in by_first.items()
        }

    def find(self, text: str) -> dict[str, list[Span]]:
        """Every occurrence of every phrase, overlapping ones included."""
        found: dict[str, list[Span]] = {}
        get = self._by_first.get
        for i, ch in enumerate(text):
            group = get(ch)
            if group:
                for phrase in group:
                    if text.startswith(phrase, i):
                        found.setdefault(phrase, []).append((i, i + len(phrase)))
        return found


def token_spans(tokens: Iterable[str]) -> list[Span]:
    spans, pos = [], 0
    for token in tokens:
        spans.append((pos, pos + len(token)))
        pos += len(token)
    return spans


def drop_word_parts(
    found: dict[str, list[Span]], text: str, tokens: list[Span], own_words: Set[str]
) -> dict[str, list[Span]]:
    """Drop hits that are only part of a longer word: 偷 in 偷偷, 出租 in 出租车.

    A one-character keyword must be a whole word in jieba's segmentation. A longer keyword
    is dropped only inside a longer word of our own rules or vocabulary: jieba's general
    dictionary is full of harmless extensions (刚出狱, 打架斗殴) that must still count.
    """
    token_at: dict[int, Span] = {}
    for span in tokens:
        for i in range(span[0], span[1]):
            token_at[i] = span
    kept: dict[str, list[Span]] = {}
    for phrase, spans in found.items():
        ok = [s for s in spans if not _swallowed(s, token_at.get(s[0]), text, own_words)]
        if ok:
            kept[phrase] = ok
    return kept


def _swallowed(hit: Span, token: Span | None, text: str, own_words: Set[str]) -> bool:
    if token is None or token == hit or not (token[0] <= hit[0] and hit[1] <= token[1]):
        return False  # the hit is a whole word, or crosses word boundaries
    return hit[1] - hit[0] == 1 or text[token[0] : token[1]] in own_words


def inside(span: Span, others: Iterable[Span]) -> bool:
    return any(o[0] <= span[0] and span[1] <= o[1] and o != span for o in others)
