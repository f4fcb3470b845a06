"""Find many short phrases in a text at once, and drop hits that are part of a longer word."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Set

Span = tuple[int, int]
Hits = dict[str, list[Span]]
# phrase -> its hits inside longer hits -> the phrases of those longer hits
Nesting = dict[str, dict[Span, list[str]]]


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
        self._phrases = frozenset(p for group in by_two.values() for p in group)
        # per first two characters: the phrase lengths there, longest first, so a position
        # costs at most one set lookup per length instead of one test per phrase; keying on
        # two characters skips most positions after one dict lookup. The few distinct
        # tuples of lengths are shared, which keeps the index small and in cache.
        lengths: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._by_two = {}
        for two, group in by_two.items():
            key = tuple(sorted({len(p) for p in group}, reverse=True))
            self._by_two[two] = lengths.setdefault(key, key)

    def find(self, text: str) -> Hits:
        """Every occurrence of every phrase, overlapping ones included: by position, and at
        one position the longest first."""
        return self.find_nested(text)[0]

    def find_nested(self, text: str) -> tuple[Hits, Nesting]:
        """`find`, and for each hit strictly inside longer hits the phrases of those (what
        `uncovered` needs), noted during the scan: hits come by start, longest first, so the
        hits around one are among those before it, and there are some exactly when one of
        those ends at or after its end."""
        found: Hits = {}
        inside: Nesting = {}
        before: list[tuple[int, str]] = []  # (end, phrase) of every longer hit so far
        reach = -1  # furthest end of those
        get = self._by_two.get
        phrases = self._phrases
        singles = self._singles
        size = len(text)
        for i in range(size):
            if before and reach <= i:  # nothing said so far reaches past here
                before.clear()
            lengths = get(text[i : i + 2])
            if lengths:
                for length in lengths:
                    end = i + length
                    if end <= size:
                        candidate = text[i:end]
                        if candidate in phrases:
                            found.setdefault(candidate, []).append((i, end))
                            if end <= reach:
                                around = [p for e, p in before if e >= end]
                                inside.setdefault(candidate, {})[(i, end)] = around
                            else:
                                reach = end
                            before.append((end, candidate))
            ch = text[i]
            if ch in singles:  # inside whatever reaches past it; holds nothing
                found.setdefault(ch, []).append((i, i + 1))
                if i < reach:
                    inside.setdefault(ch, {})[(i, i + 1)] = [p for e, p in before if e > i]
        return found, inside


def uncovered(found: Hits, inside: Nesting, passes: frozenset[str] = frozenset()) -> Hits:
    """Hits not strictly inside a longer hit of a blocking phrase (any phrase not in `passes`).

    This is how the rules tell words apart: 出租 inside 出租车, 动手 inside 差点动手,
    着火 inside 不是着火 are different words, written in the rule file as longer words.

    `inside` is the nesting `find_nested` gave for the hits `found` came from: `found` may be
    what `uncovered` kept of them with passes P, and then `passes` must be a subset of P
    (a hit inside a dropped blocking hit is inside the hit that dropped it, which also
    blocks, or inside the one that dropped that, and so on up to a hit that was kept).
    """
    kept = found  # copied when a hit goes; only nested hits are looked at
    for phrase, around in inside.items():
        spans = found.get(phrase)
        if spans is None:
            continue
        ok = [s for s in spans if s not in around or passes.issuperset(around[s])]
        if len(ok) < len(spans):
            kept = _keep(kept, found, phrase, ok)
    return kept


def _keep(kept: Hits, found: Hits, phrase: str, spans: list[Span]) -> Hits:
    """`kept` (a copy of `found` once anything goes) with only `spans` left of `phrase`, in
    its place: the order of the hits stays."""
    if kept is found:
        kept = dict(found)
    if spans:
        kept[phrase] = spans
    else:
        del kept[phrase]
    return kept


def uncovered_two(
    found: Hits, inside: Nesting, wide: frozenset[str], narrow: frozenset[str]
) -> tuple[Hits, Hits]:
    """`uncovered(found, inside, wide)` and `uncovered(found, inside, narrow)` in one pass
    over the nesting, for `narrow` a subset of `wide` (what blocks with `wide` blocks with
    `narrow` too)."""
    kept_wide = kept_narrow = found
    for phrase, around in inside.items():
        spans = found.get(phrase)
        if spans is None:
            continue
        ok_wide: list[Span] = []
        ok_narrow: list[Span] = []
        for span in spans:
            longer = around.get(span)
            if longer is None:
                ok_wide.append(span)
                ok_narrow.append(span)
            elif wide.issuperset(longer):
                ok_wide.append(span)
                if narrow.issuperset(longer):
                    ok_narrow.append(span)
        if len(ok_wide) < len(spans):
            kept_wide = _keep(kept_wide, found, phrase, ok_wide)
        if len(ok_narrow) < len(spans):
            kept_narrow = _keep(kept_narrow, found, phrase, ok_narrow)
    return kept_wide, kept_narrow


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
