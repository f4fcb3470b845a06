"""Find many short phrases in a text at once, and drop hits that are part of a longer word."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Set

Span = tuple[int, int]
Hits = dict[str, list[Span]]


class PhraseIndex:
    """All phrases, indexed by their first two characters; a scan is one dict lookup per
    position (plus one set lookup for one-character phrases).

    For a few thousand phrases of 1-8 characters this is as fast as an Aho-Corasick
    automaton in pure Python and far simpler to read.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        by_two: dict[str, set[str]] = defaultdict(set)
        singles: set[str] = set()
        for phrase in phrases:
            if len(phrase) == 1:
                singles.add(phrase)
            elif phrase:
                by_two[phrase[:2]].add(phrase)
        self._singles = frozenset(singles)
        # per first two characters: the phrase lengths there (longest first) and the phrases,
        # so a position costs at most one set lookup per length instead of one test per
        # phrase; keying on two characters skips most positions after one dict lookup
        self._by_two = {
            two: (tuple(sorted({len(p) for p in group}, reverse=True)), frozenset(group))
            for two, group in by_two.items()
        }

    def find(self, text: str) -> Hits:
        """Every occurrence of every phrase, overlapping ones included: by position, and at
        one position the longest first."""
        found: Hits = {}
        get = self._by_two.get
        singles = self._singles
        size = len(text)
        for i in range(size):
            entry = get(text[i : i + 2])
            if entry:
                lengths, group = entry
                for length in lengths:
                    end = i + length
                    if end <= size:
                        candidate = text[i:end]
                        if candidate in group:
                            found.setdefault(candidate, []).append((i, end))
            ch = text[i]
            if ch in singles:
                found.setdefault(ch, []).append((i, i + 1))
        return found


def uncovered(found: Hits, passes: Set[str] = frozenset()) -> Hits:
    """Hits not strictly inside a longer hit of a blocking phrase (any phrase not in `passes`).

    This is how the rules tell words apart: 出租 inside 出租车, 动手 inside 差点动手,
    着火 inside 不是着火 are different words, written in the rule file as longer words.
    """
    furthest: dict[int, int] = {}  # start -> furthest end of a blocking hit there
    get = furthest.get
    for phrase, spans in found.items():
        if phrase not in passes:
            for start, end in spans:
                if end > get(start, -1):
                    furthest[start] = end
    starts = sorted(furthest)
    reach = []  # reach[i]: furthest end of the blocking hits starting at starts[..i]
    best = -1
    for start in starts:
        end = furthest[start]
        if end > best:
            best = end
        reach.append(best)
    kept: Hits = {}
    for phrase, spans in found.items():
        ok = []
        for span in spans:  # inline: this loop runs for every hit of every report
            start, end = span
            i = bisect_left(starts, start)  # blocking hits starting strictly before this one
            if (i and reach[i - 1] >= end) or get(start, -1) > end:
                continue  # inside a longer blocking hit
            ok.append(span)
        if ok:
            kept[phrase] = ok
    return kept


def whole_words(found: Hits, singles: Set[str], bounds: Callable[[], Set[Span]]) -> Hits:
    """Keep hits of the one-character words in `singles` only where jieba segments them as
    a word: 偷 but not 偷偷, 火 but not 火腿. `bounds()` gives (start, end) of the words jieba
    segments around them; it is asked only when such a hit exists."""
    if singles.isdisjoint(found):
        return found
    words = bounds()
    kept: Hits = {}
    for phrase, spans in found.items():
        ok = [s for s in spans if s in words] if phrase in singles else spans
        if ok:
            kept[phrase] = ok
    return kept
