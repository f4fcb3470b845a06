"""Danger patterns: a subject word and a harm word close together (老人…摔, 厨房…着了),
or harm words alone that share cancel words (冒烟 unless 烧烤 or 烟囱 is named).

Combining words says what a list of whole phrases cannot: 老太太在厕所摔了, 摔倒的是个老人
and 老人摔在地上 are one rule. The rules live in categories.yaml (`danger_patterns`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass

from nlp.matcher import Hits, Span
from nlp.normalize import by_first_character
from nlp.rules import DangerPattern

NEGATION_WINDOW = 3  # 不是着火, 没有泄漏, 没人受伤: the negation sits just before the word

Found = list[tuple[str, list[Span]]]  # words of one side of a pattern and where they are


# A guess at what is going on now, said with 是: 是不是煤气漏了, 会不会是着火了, 怕是出事了,
# 别是煤气漏了吧, 莫不是. The reporter has seen or smelt something and names it with a doubt;
# without 是 the same words fear what may come (会不会着火, 怕掉下来), and 是不是该, 是不是要
# ask what to do or what is about to happen, so these keep their negation.
_GUESSES = (
    "(?:担心|怕)?是不是(?!该|要|应该|得|可以|能|需要|会)|会不会是(?!要)"
    "|怕是(?!要|会|不是)|担心是(?!要|会|不是)|别是|莫不是|(?<!应)该不会是"
)
# A 没 that closes its own short phrase, a verb and its result (没躲开, 没拉住, 没抓稳, 没看好,
# 没注意): with the spaces between Chinese words gone, what follows is the next clause and
# says what happened for want of it (没躲开压住腿了, 没拉住掉下去了). Likewise 没人敢, 没人拉:
# nobody helped, so the danger goes on (没人敢上前拦 他拿刀乱砍); not 没人管, which is neglect
# (老人没人管 在哭 is a family quarrel). Not a sense that found nothing
# (没闻到煤气味, 没看到人摔): what follows is what was not found.
_CLOSED_NOT = (
    "没(?:[\u4e00-\u9fff][开住稳牢紧好及]|(?![看听闻见碰遇找收查测])[\u4e00-\u9fff][见着到])"
    "|没注意|不注意|没留意|没留神|不留神"
    "|没人[救拉劝帮敢]"
)
# Asking how bad it is, or whether to call for help, not whether it happens: the question
# ends there (不知道要不要紧 老人叫不醒, 不知道要不要报警 有人拿刀追人)
_ASKS_HOW_BAD = (
    "要不要紧|要紧不要紧|严不严重|严重不严重|危不危险|危险不危险|有没有事"
    "|(?:要不要|能不能|需不需要|用不用|该不该)(?:报警|打1[12]0|打119|叫救护车|叫人|喊人|派人|来人)"
)


# Hold a negation word but deny nothing: 不小心掉进去 (by accident) is no 小心 (be careful);
# 害怕, 吓得, 担心死了 say someone is afraid now, not that the danger is only feared.
# 煤气没关, 门没锁 say what was left open, not that what follows did not happen; 接上了也没用
# and 劝了没办法 say help failed; 敲了好几回 counts knocks, it is no habit.
_NOT_NEGATIONS = re.compile(
    "不小心|害怕|可怕|怕得|不怕|哪怕|恐怕|担心死|吓得|没关(?!系)|没关上|没拧紧|没锁"
    "|没用|不管用|不顶用|没办法|没辙|了好几回|了好几次|了好几遍|了好多回|了好多次"
    f"|{_GUESSES}|{_CLOSED_NOT}|{_ASKS_HOW_BAD}"
)


# Nothing seen or heard of someone: 没看到有人受伤, 没听到有人喊救命 deny what follows 有人,
# further back than NEGATION_WINDOW
_NOT_SEEN = re.compile("(?:没|没有|未)(?:看到|看见|听到|听见|闻到|见到|发现|看着)(?:有人|人)$")


# A habit said with one character just before the verb: 小孩老往里钻, 他总在楼下喊, 老打老婆.
# Only before a verb of going or doing, and not in a name or title (老王, 大老总, 养老).
_HABIT_MARK = re.compile(r"(?<![大王张李刘陈赵孙周吴古养敬姥月老])[老总]$")
_HABIT_VERBS = frozenset("往在是爱去跑来钻爬打骂喊吵哭闹翻偷")


# Words that only date what they are said with, besides the rule file's calm times
_PAST = frozenset(["以前", "之前", "以往", "原先", "早先"])


# Said after a habit or a fear, these bring the clause back to now: 天天打孩子 今天打得特别狠
NOW = re.compile("今天|今晚|今早|现在|这会儿|这回|刚才|刚刚|正在")


# A word for now, or 已经 telling what is so (我怕他出事 他已经躺在地上半天了): after a habit
# or a fear it ends the reach of its clause (not 还在: 天天还在打 is still a habit)
_NOW_OR_FACT = re.compile(f"{NOW.pattern}|已经")


# 怕掉下来砸人, 担心他晚上出去摔了: a fear or a condition reaches over its clause. Spaces
# between Chinese words are gone after normalising, so the clause is also cut at this length.
CLAUSE_WINDOW = 8
CLAUSE_BREAK = re.compile(r"[\s，,。.！!？?；;：:、]")


class Negations:
    """Words that deny the word said after them: `negations` just before it, `clause_negations`
    earlier in its clause, `habits_after` later in its clause (see `habit_after`)."""

    def __init__(
        self,
        negations: Sequence[str],
        clause_negations: Sequence[str] = (),
        habits_after: Sequence[str] = (),
    ) -> None:
        self._negations = any_of(negations)
        self._clause_negations = any_of(clause_negations) if clause_negations else None
        self._habits_after = any_of(habits_after) if habits_after else None
        # Nearly every word asked about has none of these before it (3 in 100 on the labelled
        # reports): one search for any of them rules out both kinds at once.
        self._any_before = any_of([*negations, *clause_negations])

    def negates(self, text: str, span: Span) -> bool:
        """Whether one of `negations` stands just before the span, one of `clause_negations`
        earlier in its clause (at most CLAUSE_WINDOW characters back), or one of
        `habits_after` later in its clause."""
        if self._habits_after is not None and habit_after(text, span, self._habits_after):
            return True
        start = span[0]
        before = text[max(0, start - CLAUSE_WINDOW) : start]
        if text[start : start + 1] in _HABIT_VERBS and _HABIT_MARK.search(before):
            return True
        if self._any_before.search(before) is None:
            return False
        if _NOT_NEGATIONS.search(before):
            before = _NOT_NEGATIONS.sub(lambda m: "_" * len(m.group()), before)
        if self._negations.search(before[-NEGATION_WINDOW:]) is not None:
            return True
        if _NOT_SEEN.search(before):
            return True
        if self._clause_negations is None:
            return False
        clause = CLAUSE_BREAK.split(before)[-1]
        ends = [m.end() for m in self._clause_negations.finditer(clause)]
        # 天天打孩子 今天打得特别狠: a word for now after the habit or the fear ends its reach
        return bool(ends) and _NOW_OR_FACT.search(clause, ends[-1]) is None


# A perfective 了 right after the danger tells an event that happened, however often: 吐了好几回,
# 着火了好几回了 are no habit
_DONE = re.compile("了|过了")


# a near miss said after the habit is told of this time too: 拦车 好几次差点被撞
_NEAR_MISS = re.compile("差点|差一点|险些")
HABIT_AFTER_GAP = 2  # 打架的事天天有: at most two characters between the danger and the habit


def habit_after(text: str, span: Span, habits: re.Pattern[str]) -> bool:
    """Whether a habit or frequency word (好几回, 天天, 经常) follows the span closely, in its
    clause (at most HABIT_AFTER_GAP characters between, no break): 救护车好几回进不去 and
    打架的事天天有 are habits, as 好几回救护车进不去 is. Not after a perfective 了 (吐了好几回),
    not before a near miss (好几次差点被撞), not a 吗 after 是 (这是煤气味吗 guesses), nor
    when a word for now is said just before the danger (今天又打人 老是这样 is a habit that is
    happening now)."""
    end = span[1]
    found = habits.search(text, end, end + HABIT_AFTER_GAP + 6)
    if found is None or found.start() - end > HABIT_AFTER_GAP:
        return False
    if CLAUSE_BREAK.search(text, end, found.start()) or _DONE.match(text, end):
        return False
    if _NEAR_MISS.match(text, found.end()):
        return False
    if found.group() == "吗" and text[span[0] - 1 : span[0]] == "是":
        return False  # 这是煤气味吗, 楼上是着火了吗: a guess at what is smelt or seen, no habit
    return NOW.search(text, max(0, span[0] - CLAUSE_WINDOW), span[0]) is None


def any_of(words: Sequence[str]) -> re.Pattern[str]:
    """One search for any of the words, longest first; a pattern matching nothing if none.
    Grouped by first character (see `by_first_character`): a precedence rule has up to 432
    words, and the engine tries one group where a common character stands, not every word."""
    if not words:
        return re.compile(r"(?!)")
    alternatives = []
    for first, group in by_first_character(words).items():
        rest = [re.escape(word[1:]) for word in group]
        alternatives.append(re.escape(first) + (f"(?:{'|'.join(rest)})" if rest != [""] else ""))
    return re.compile("|".join(alternatives))


@dataclass(frozen=True)
class PatternHit:
    pattern: DangerPattern
    pair: str  # the two words in the order they were said: "老太太…摔"
    at: int = 0  # where the harm word was said


def _gap(a: Span, b: Span) -> int | None:
    """Characters between two spans that do not overlap; None when they overlap."""
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return None


class PatternMatcher:
    """The patterns indexed by word, so a report only looks at patterns it has words of."""

    def __init__(
        self,
        patterns: Sequence[DangerPattern],
        negations: Sequence[str],
        clause_negations: Sequence[str] = (),
        habits_after: Sequence[str] = (),
        past_times: Sequence[str] = (),
    ) -> None:
        self._patterns = tuple(patterns)
        # cancel words that only date something (以前, 上次): a word for now after them (以前住过
        # 精神病院的女的 现在拿砖头砸人) brings back a danger said after it
        self._past = frozenset(past_times) | _PAST
        self._cancels = tuple(frozenset(p.cancel) for p in self._patterns)
        self._also = tuple(frozenset(p.also) for p in self._patterns)
        self._negated = Negations(negations, clause_negations, habits_after).negates
        # each pattern's subject and harm words, and per word (the patterns it is a subject
        # of, those it is a harm of) as bit masks (bit n: pattern n); patterns without subjects
        # count as having one
        self._subject_sets = tuple(frozenset(p.subjects) for p in self._patterns)
        self._harm_sets = tuple(frozenset(p.harms) for p in self._patterns)
        masks: dict[str, list[int]] = {}
        for number, pattern in enumerate(self._patterns):
            for side, words in enumerate((pattern.subjects, pattern.harms)):
                for word in words:
                    masks.setdefault(word, [0, 0])[side] |= 1 << number
        self._masks = {w: (subject, harm) for w, (subject, harm) in masks.items()}
        self._mask_words = frozenset(masks)
        self.words = self._mask_words | frozenset(w for p in self._patterns for w in p.also)
        self._no_subjects = sum(1 << n for n, p in enumerate(self._patterns) if not p.subjects)

    def candidates(self, words: Hits) -> int:
        """Bit mask of the patterns with a harm word among these hits and, unless they have
        no subjects, a subject word (0: no pattern can match): one set intersection and a few
        integer operations."""
        masks = self._masks
        harmed = said = 0
        for word in self._mask_words.intersection(words):
            subject, harm = masks[word]
            said |= subject
            harmed |= harm
        if not harmed:
            return 0
        return harmed & (said | self._no_subjects)

    @staticmethod
    def _in_order(words: Hits, wanted: frozenset[str]) -> Found:
        """The hits of the `wanted` words, in the order of `words`: found by set intersection
        first, as a pattern's side usually has one or two of its dozens of words said."""
        present = wanted.intersection(words)
        if len(present) == 1:
            (word,) = present
            return [(word, words[word])]
        return [(w, spans) for w, spans in words.items() if w in present]

    def find(self, text: str, words: Hits, anywhere: Hits, wanted: int) -> list[PatternHit]:
        """Patterns whose subject and harm words occur within the window, neither negated
        (没人, 没有摔), with none of the pattern's cancel words anywhere in the report. The
        mask `wanted`, `candidates(anywhere)`, picks the few patterns with both sides said (a
        common word, 人 or 车, is a subject of dozens), in file order; `words` are some of those
        hits, and a pattern whose side none of them holds finds no pair. Cancel and `also`
        words are checked before either side's words are listed.

        Whether a word is negated is asked once per place it is said, whichever patterns it
        is a word of (人 is a subject of dozens): a quarter of the questions were repeats."""
        found = []
        negated: dict[Span, bool] = {}

        def said(span: Span) -> bool:
            """Said there and not negated."""
            ok = negated.get(span)
            if ok is None:
                ok = negated[span] = self._negated(text, span)
            return not ok

        while wanted:
            lowest = wanted & -wanted
            number = lowest.bit_length() - 1
            wanted ^= lowest
            now_at = -1  # a danger must be said after here
            cancels = self._cancels[number].intersection(anywhere)
            if cancels:
                now_at = self._now_after(text, anywhere, cancels)
                if now_at < 0:
                    continue
            if self._also[number] and not self._also_said(words, self._also[number], said):
                continue
            pattern = self._patterns[number]
            harms = self._in_order(words, self._harm_sets[number])
            if pattern.subjects:
                subjects = self._in_order(words, self._subject_sets[number])
                pair = self._closest_pair(pattern.window, subjects, harms, said)
            else:
                pair = self._first_said(harms, said)
            if pair and pair[1] > now_at:
                found.append(PatternHit(pattern, *pair))
        return found

    def _now_after(self, text: str, anywhere: Hits, cancels: Set[str]) -> int:
        """Where a word for now is said after cancel words that only date something (以前 …
        现在), or -1: the cancel words cancel (one of them is no time, or nothing is now)."""
        if not self._past.issuperset(cancels):
            return -1
        last = max(span[1] for word in cancels for span in anywhere[word])
        now = NOW.search(text, last)
        return now.start() if now else -1

    @staticmethod
    def _also_said(words: Hits, also: frozenset[str], said: Callable[[Span], bool]) -> bool:
        """Whether one of a pattern's `also` words is said and not negated."""
        return any(said(span) for word in also.intersection(words) for span in words[word])

    @staticmethod
    def _first_said(harms: Found, said: Callable[[Span], bool]) -> tuple[str, int] | None:
        """The first harm word said that is not negated, for a pattern without subjects, and
        where it was said."""
        spans = [(span, word) for word, spans in harms for span in spans if said(span)]
        if not spans:
            return None
        span, word = min(spans)
        return word, span[0]

    @staticmethod
    def _closest_pair(
        window: int, subjects: Found, harms: Found, not_negated: Callable[[Span], bool]
    ) -> tuple[str, int] | None:
        """The closest subject and harm not negated, as "subject…harm" in the order said, and
        where the harm was said. A word is checked for negation only when it is in a pair
        close enough to count (人 may be said ten times in a report)."""
        subject_spans = [(w, s) for w, spans in subjects for s in spans]
        best: tuple[int, str, int] | None = None
        for harm, spans in harms:
            for h_span in spans:
                for subject, s_span in subject_spans:
                    gap = _gap(s_span, h_span)
                    if gap is None or gap > window or (best and best[0] <= gap):
                        continue
                    if not not_negated(h_span):
                        break
                    if not not_negated(s_span):
                        continue
                    first, second = (subject, harm) if s_span < h_span else (harm, subject)
                    best = (gap, f"{first}…{second}", h_span[0])
        return (best[1], best[2]) if best else None
