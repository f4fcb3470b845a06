"""Is life, health or much property in danger now? Danger words, crowds and calm-downs."""

from __future__ import annotations

from nlp.matcher import Span
from nlp.numbers import people_count
from nlp.rules import UrgencyRules

_NEGATION_WINDOW = 3  # 不是着火, 没有泄漏, 没人受伤: the negation sits just before the word


def _negated(text: str, span: Span, negations: tuple[str, ...]) -> bool:
    before = text[max(0, span[0] - _NEGATION_WINDOW) : span[0]]
    return any(n in before for n in negations)


def _danger(
    text: str,
    word: str,
    found: dict[str, list[Span]],
    raw: dict[str, list[Span]],
    negations: tuple[str, ...],
) -> bool:
    """The first word must be there and not negated; the rest (进水+屋) anywhere."""
    first, *rest = word.split("+")
    if first not in found or all(_negated(text, s, negations) for s in found[first]):
        return False
    return all(part in raw for part in rest)


def assess(
    text: str, found: dict[str, list[Span]], raw: dict[str, list[Span]], rules: UrgencyRules
) -> tuple[bool, tuple[str, ...], int | None]:
    """(urgent, the words that made it urgent, number of people mentioned).

    Danger words count only as whole words (`found`); crowd and calm words count anywhere
    in the text (`raw`), since they are often swallowed by longer words (坐着不走).
    """
    count = people_count(text)
    people = count[0] if count else None
    reasons = [word for word in rules.danger if _danger(text, word, found, raw, rules.negations)]
    if people is not None and people >= rules.crowd_min_people and count:
        crowd = [w for w in rules.crowd_words if w in raw]
        if crowd:
            reasons += [count[1], *crowd]
    # Follow-ups (已处理, 虚惊一场, 工人都散了) report the danger as over.
    if reasons and any(word in raw for word in rules.calm):
        return False, (), people
    return bool(reasons), tuple(dict.fromkeys(reasons)), people
