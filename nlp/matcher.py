"""Find many short phrases in a text at once, and drop hits that are part of a longer word."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Set

import ahocorasick

Span = tuple[int, int]
Hits = dict[str, list[Span]]
# phrase -> its hits inside longer hits -> the phrases of those longer hits
Nesting = dict[str, dict[Span, list[str]]]


class PhraseIndex:
    """All phrases in an Aho-Corasick automaton (pyahocorasick, in C): one pass over the
    text finds every occurrence of every phrase, which a per-character loop in Python did
    at a third of the speed.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for phrase in phrases:
            if phrase:
                self._automaton.add_word(phrase, len(phrase))
        if len(self._automaton):
            self._automaton.make_automaton()

    def find(self, text: str) -> Hits:
        """Every occurrence of every phrase, overlapping ones included: by position, and at
        one position the longest first."""
        return self.find_nested(text)[0]

    def find_nested(self, text: str) -> tuple[Hits, Nesting]:
        """`find`, and for each hit strictly inside longer hits the phrases of those (what
        `uncovered` needs): with hits taken by start, longest first, the hits around one are
        among those before it, and there are some exactly when one of those ends at or after
        its end (after it, for a one-character hit, which holds nothing)."""
        found: Hits = {}
        inside: Nesting = {}
        if self._automaton.kind != ahocorasick.AHOCORASICK:
            return found, inside  # no phrases
        # (start, -length) per hit; the automaton gives them by end, longest first
        hits = [(last + 1 - length, -length) for last, length in self._automaton.iter(text)]
        hits.sort()
        before: list[tuple[int, str]] = []  # (end, phrase) of every longer hit so far
        reach = -1  # furthest end of those
        for start, minus in hits:
            end = start - minus
            phrase = text[start:end]
            if before and reach <= start:  # nothing said so far reaches past here
                before.clear()
            found.setdefault(phrase, []).append((start, end))
            if minus == -1:  # inside whatever reaches past it; holds nothing
                if start < reach:
                    inside.setdefault(phrase, {})[(start, end)] = [
                        p for e, p in before if e > start
                    ]
                continue
            if end <= reach:
                around = [p for e, p in before if e >= end]
                inside.setdefault(phrase, {})[(start, end)] = around
            else:
                reach = end
            before.append((end, phrase))
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
