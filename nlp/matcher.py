"""Find many short phrases in a text at once, and drop hits that are part of a longer word."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence, Set
from operator import itemgetter

import ahocorasick

# The automaton gives the hits ending at one place (in the reversed text: starting at one
# place) longest first, so a stable sort on the place alone keeps that order: an integer
# comparison per pair instead of a tuple's (a third of `find_covered`'s time)
_FIRST = itemgetter(0)

Span = tuple[int, int]
Hits = dict[str, list[Span]]
# (phrase, span, mask) of each hit strictly inside longer hits of blocking phrases: bit k of
# the mask is set when one of those longer phrases blocks under passes number k
Covered = list[tuple[str, Span, int]]


class PhraseIndex:
    """All phrases in an Aho-Corasick automaton (pyahocorasick, in C): one pass over the
    text finds every occurrence of every phrase, which a per-character loop in Python did
    at a third of the speed.

    `passes` are the sets of phrases `uncovered` may be asked to let through (see there):
    each phrase carries, from the start, a bit mask of the sets it is not in (the sets
    under which it blocks), so telling which hits are covered is one integer test per hit
    instead of collecting and checking the phrases around each.

    The automaton holds the phrases reversed and reads the text backwards: a hit's end in
    the reversed text is its start in the text, so sorting the automaton's own (end, value)
    pairs backwards orders the hits by start, longest first, without a tuple built per hit
    in Python to sort by (a fifth of the time of `find_covered`).

    The phrases go in ending in their commonest characters first (see `by_use`): pyahocorasick
    looks a character up among a node's children one by one, in the order they were added,
    and the root has one child per last character of a phrase (two thousand for the rule
    file). The automaton holds the same phrases in any order.
    """

    def __init__(self, phrases: Iterable[str], passes: Sequence[Set[str]] = ()) -> None:
        self._automaton = ahocorasick.Automaton()
        bits = [(1 << k, ok) for k, ok in enumerate(passes)]
        for phrase in by_use([phrase for phrase in phrases if phrase]):
            blocks = 0
            for bit, ok in bits:
                if phrase not in ok:
                    blocks |= bit
            self._automaton.add_word(phrase[::-1], (len(phrase), phrase, blocks))
        if len(self._automaton):
            self._automaton.make_automaton()

    def find(self, text: str) -> Hits:
        """Every occurrence of every phrase, overlapping ones included: by position, and at
        one position the longest first."""
        return self.find_covered(text)[0]

    def find_covered(self, text: str) -> tuple[Hits, Covered]:
        """`find`, and the hits strictly inside longer hits of blocking phrases, with the
        passes under which they are blocked (what `uncovered` needs).

        With hits taken by start, longest first, the hits around one are among those before
        it, and are those that end at or after its end (it is strictly inside them: a hit
        before it at the same start is longer). Only hits of phrases that block under some
        passes are kept to look back at, and only while one of them reaches past the hit
        at hand (`reach`); a one-character hit holds nothing, so it is not kept either."""
        found: Hits = {}
        covered: Covered = []
        if self._automaton.kind != ahocorasick.AHOCORASICK:
            return found, covered  # no phrases
        # (where the hit starts, counted back from the text's last character, (length,
        # phrase, blocks)): by start, longest first (a start and length name one phrase)
        hits = sorted(self._automaton.iter(text[::-1]), key=_FIRST, reverse=True)
        last = len(text) - 1
        before: list[tuple[int, int]] = []  # (end, blocks) of blocking hits so far
        reach = -1  # furthest end of those
        for back, (length, phrase, blocks) in hits:
            start = last - back
            end = start + length
            span = (start, end)
            spans = found.get(phrase)
            if spans is None:
                found[phrase] = [span]
            else:
                spans.append(span)
            if end <= reach:
                mask = 0
                for around, around_blocks in before:
                    if around >= end:
                        mask |= around_blocks
                if mask:
                    covered.append((phrase, span, mask))
            elif before and reach <= start:  # nothing kept reaches past here
                before.clear()
            if blocks and length != 1:
                before.append((end, blocks))
                if end > reach:
                    reach = end
        return found, covered


class AnyWord:
    """Whether a text holds one of some words: an Aho-Corasick automaton read up to its first
    hit. It answers as a regular expression of the words would, as fast, and is built in a
    tenth of the time: the rule file's 234 precedence rules took a twentieth of a second to
    compile at every start. (One automaton of all rules' words, a bit per rule, read whole,
    cost twice as much per report: every word of every rule is found.)"""

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in words:
            self._automaton.add_word(word, None)
        if len(self._automaton):
            self._automaton.make_automaton()

    def search(self, text: str) -> bool:
        if self._automaton.kind != ahocorasick.AHOCORASICK:
            return False  # no words
        return next(self._automaton.iter(text), None) is not None


def by_use(phrases: list[str]) -> list[str]:
    """The phrases by how often their last character is used in all of them, most first
    (ties in the order given): a character the phrases use often is one the texts they are
    looked for in use often (人, 车, 了), so in the automaton it is found among the root's
    first children. (Over the labelled reports' characters that end some phrase: 510 places
    down on average in the rule file's order, 320 by jieba's dictionary counts, 230 by this.)"""
    uses = Counter(character for phrase in phrases for character in phrase)
    return sorted(phrases, key=lambda phrase: -uses[phrase[-1]])


def uncovered(found: Hits, covered: Covered, which: int) -> Hits:
    """Hits not strictly inside a longer hit of a blocking phrase: one not in the set of
    `passes` number `which` given to the index.

    This is how the rules tell words apart: 出租 inside 出租车, 动手 inside 差点动手,
    着火 inside 不是着火 are different words, written in the rule file as longer words.

    `found` and `covered` are what `find_covered` gave; `found` itself when nothing is
    dropped, else a copy in the same order."""
    bit = 1 << which
    kept = found
    for phrase, span, mask in covered:
        if mask & bit:
            if kept is found:
                kept = dict(found)
            spans = kept[phrase]
            if len(spans) == 1:
                del kept[phrase]
            else:
                kept[phrase] = [s for s in spans if s != span]
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
