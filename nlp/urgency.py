"""Is life, health or much property in danger now? Danger words, crowds and calm-downs."""

from __future__ import annotations

from dataclasses import dataclass

from nlp.matcher import Hits, Span
from nlp.numbers import people_count
from nlp.rules import DangerPattern, UrgencyRules

_NEGATION_WINDOW = 3  # 不是着火, 没有泄漏, 没人受伤: the negation sits just before the word


@dataclass(frozen=True)
class PatternHit:
    pattern: DangerPattern
    pair: str  # the two words in the order they were said: "老太太…摔"


def _gap(a: Span, b: Span) -> int | None:
    """Characters between two spans that do not overlap; None when they overlap."""
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return None


class Assessor:
    """Urgency rules compiled for lookup by the words found in a report."""

    def __init__(self, rules: UrgencyRules) -> None:
        self._rules = rules
        # first word of a danger rule -> (position in the file, the rule, the other words)
        self._danger: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
        for order, word in enumerate(rules.danger):
            first, *rest = word.split("+")
            self._danger.setdefault(first, []).append((order, word, tuple(rest)))

    def _negated(self, text: str, span: Span) -> bool:
        before = text[max(0, span[0] - _NEGATION_WINDOW) : span[0]]
        return any(n in before for n in self._rules.negations)

    def patterns(self, text: str, words: Hits, anywhere: Hits) -> list[PatternHit]:
        """Danger patterns whose subject and harm words occur close together, neither
        negated (没人, 没有摔), with no cancel word of the pattern in the report."""
        found = []
        for pattern in self._rules.patterns:
            if any(word in anywhere for word in pattern.cancel):
                continue
            pair = self._closest_pair(text, pattern, words)
            if pair:
                found.append(PatternHit(pattern, pair))
        return found

    def _closest_pair(self, text: str, pattern: DangerPattern, words: Hits) -> str | None:
        subjects = [
            (w, s)
            for w in pattern.subjects
            for s in words.get(w, ())
            if not self._negated(text, s)
        ]
        if not subjects:
            return None
        best: tuple[int, str] | None = None
        for harm in pattern.harms:
            for h_span in words.get(harm, ()):
                if self._negated(text, h_span):
                    continue
                for subject, s_span in subjects:
                    gap = _gap(s_span, h_span)
                    if gap is None or gap > pattern.window or (best and best[0] <= gap):
                        continue
                    first, second = (subject, harm) if s_span < h_span else (harm, subject)
                    best = (gap, f"{first}…{second}")
        return best[1] if best else None

    def assess(
        self,
        text: str,
        words: Hits,
        anywhere: Hits,
        patterns: list[PatternHit] | tuple[PatternHit, ...] = (),
    ) -> tuple[bool, tuple[str, ...], int | None]:
        """(urgent, the words that made it urgent, number of people mentioned).

        The first word of a danger rule must be a whole word (`words`) and not negated; the
        other words of an "A+B" rule, crowd words and calm words may appear anywhere.
        """
        hits = []
        for first, spans in words.items():
            rules = self._danger.get(first)
            if rules and not all(self._negated(text, s) for s in spans):
                hits += [(o, w) for o, w, rest in rules if all(p in anywhere for p in rest)]
        reasons = [w for _, w in sorted(hits)]
        reasons += [hit.pair for hit in patterns if hit.pattern.urgent]
        count = people_count(text)
        people = count[0] if count else None
        if count and count[0] >= self._rules.crowd_min_people:
            crowd = [w for w in self._rules.crowd_words if w in anywhere]
            if crowd:
                reasons += [count[1], *crowd]
        # Follow-ups (已处理, 虚惊一场, 工人都散了) report the danger as over.
        if reasons and any(word in anywhere for word in self._rules.calm):
            return False, (), people
        return bool(reasons), tuple(dict.fromkeys(reasons)), people
