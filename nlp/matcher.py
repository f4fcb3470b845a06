"""Find many short phrases in a text at once, and drop hits that are part of a longer word."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Set

Span = tuple[int, int]
Hits = dict[str, list[Span]]


class PhraseIndex:
    """All phrases, indexed by their first character; a scan is one dict lookup per char.

    For a few thousand phrases of 1-8 characters this is as fast as an Aho-Corasick
    automaton in pure Python and far simpler to read.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, set[str]] = defaultdict(set)
        for phrase in phrases:
            if phrase:
                by_first[phrase[0]].add(phrase)
        # per first character: the phrase lengths there (longest first) and the phrases, so a
        # position costs at most one set lookup per length instead of one test per phrase
        self._by_first = {
            ch: (tuple(sorted({len(p) for p in group}, reverse=True)), frozenset(group))
            for ch, group in by_first.items()
        }

    def find(self, text: str) -> Hits:
        """Every occurrence of every phrase, overlapping ones included."""
        found: Hits = {}
        get = self._by_first.get
        size = len(text)
        for i, ch in enumerate(text):
            entry = get(ch)
            if entry:
                lengths, group = entry
                for length in lengths:
                    if i + length > size:
                        continue
                    candidate = text[i : i + length]
                    if candidate in group:
                        found.setdefault(candidate, []).append((i, i + length))
        return found


def uncovered(found: Hits, blocks: Callable[[str], bool] = lambda _: True) -> Hits:
    """Hits not strictly inside a longer hit of a blocking phrase.

    This is how the rules tell words apart: 出租 inside 出租车, 动手 inside 差点动手,
    着火 inside 不是着火 are different words, written in the rule file as longer words.
    """
    furthest: dict[int, int] = {}  # start -> furthest end of a blocking hit there
    for phrase, spans in found.items():
        if blocks(phrase):
            for start, end in spans:
                if end > furthest.get(start, -1):
                    furthest[start] = end
    starts = sorted(furthest)
    reach, best = [], -1  # reach[i]: furthest end of blocking hits starting at starts[..i]
    for start in starts:
        best = max(best, furthest[start])
        reach.append(best)
    kept: Hits = {}
    for phrase, spans in found.items():
        ok = []
        for span in spans:  # inline: this loop runs for every hit of every report
            start, end = span
            i = bisect_left(starts, start)  # blocking hits starting strictly before this one
            if (i and reach[i - 1] >= end) or furthest.get(start, -1) > end:
                continue  # inside a longer blocking hit
            ok.append(span)
        if ok:
            kept[phrase] = ok
    return kept


def whole_words(found: Hits, singles: Set[str], tokenize: Callable[[], list[str]]) -> Hits:
    """Keep hits of the one-character words in `singles` only where jieba segments them as
    a word: 偷 but not 偷偷, 火 but not 火腿. Segmentation runs only when such a hit exists."""
    if singles.isdisjoint(found):
        return found
    bounds: set[Span] = set()
    pos = 0
    for token in tokenize():
        bounds.add((pos, pos + len(token)))
        pos += len(token)
    kept: Hits = {}
    for phrase, spans in found.items():
        ok = [s for s in spans if s in bounds] if phrase in singles else spans
        if ok:
            kept[phrase] = ok
    return kept
