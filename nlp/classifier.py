"""The keyword-rule classifier: report text -> category, urgency, team, place, explanation."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

import jieba

from nlp import urgency
from nlp.field_words import field_tokenizer
from nlp.matcher import AnyWord, Hits, PhraseIndex, Span, uncovered, whole_words
from nlp.normalize import is_classifiable, mandarin, normalize
from nlp.patterns import PatternHit, PatternMatcher
from nlp.place import PlaceFinder
from nlp.rules import OTHER, RuleSet, load_rules

COMMAND = "command"  # the command centre triages by hand
SEGMENT_WINDOW = 7  # characters segmented on each side of a one-character word
RULES_FILE = "categories.yaml"
# a run of characters jieba segments on its own; other characters split runs
_HAN = jieba.re_han_default
GRIEVANCE_WEIGHT = 3  # a keyword this strong names what a grievance report is about
# the numbers of the passes sets given to the phrase index (see `uncovered`)
DANGER, KEYWORD, PATTERN = 0, 1, 2


def route_ends(block: str, freq: Mapping[str, int], log_total: float) -> list[int]:
    """Where the word starting at each character ends on jieba's best route through a run of
    Chinese characters (HMM off): `Tokenizer.get_DAG` and `calc` in one pass from the right,
    with the same sums in the same order, so the same route (ties go to the longer word, as
    jieba's max over (score, end) does). Jieba's own pair builds a dict of lists and a dict
    of tuples per run, at twice the cost."""
    n = len(block)
    score = [0.0] * (n + 1)
    ends = [0] * n
    for start in range(n - 1, -1, -1):
        best: float | None = None
        end = start
        i, frag = start, block[start]
        while frag in freq:  # every prefix of a word is in FREQ, with frequency 0
            f = freq[frag]
            if f:
                s = math.log(f) - log_total + score[i + 1]
                if best is None or s >= best:
                    best, end = s, i
            i += 1
            if i == n:
                break
            frag = block[start : i + 1]
        if best is None:  # no word starts here: the character alone, frequency 1 (jieba's `or 1`)
            best = math.log(1) - log_total + score[start + 1]
        score[start] = best
        ends[start] = end + 1
    return ends


class Classification(NamedTuple):
    """What the classifier says of a report (a named tuple: immutable, and built at a third of
    a frozen dataclass's cost, once per report)."""

    category: str
    label: str
    confidence: float
    urgent: bool
    urgency_reasons: tuple[str, ...]
    keywords: tuple[str, ...]
    team: str
    place: str | None
    grid_code: str | None
    people_count: int | None


def confidence(best: float, runner_up: float) -> float:
    """Strong evidence (3 points ~ 0.78) shared out by how clearly the best category won."""
    if best <= 0:
        return 0.0
    return round((1 - math.exp(-best / 2)) * best / (best + runner_up), 3)


class Classifier:
    """Immutable after construction, so one instance serves all threads and tasks."""

    def __init__(
        self,
        rules: RuleSet,
        grid_aliases: Mapping[str, Sequence[str]] | None = None,
        routing: Mapping[str, str] | None = None,
    ) -> None:
        self._rules = rules
        self._labels = {c.code: c.label for c in rules.categories}
        self._routing = dict(routing or {})
        self._places = PlaceFinder(grid_aliases or {})
        self._codes = {c.code: i for i, c in enumerate(rules.categories)}
        # leading category -> (the category it gives way to, the words that say so)
        self._precedence: dict[int, list[tuple[int, AnyWord]]] = {}
        for rule in rules.precedence:
            source, target = self._codes[rule.source], self._codes[rule.target]
            self._precedence.setdefault(source, []).append((target, AnyWord(rule.words)))
        grievances = rules.urgency.grievance_categories
        self._grievance_codes = frozenset(self._codes[c] for c in grievances)
        self._ongoing_codes = frozenset(self._codes[c] for c in rules.urgency.ongoing_categories)
        # word -> the keywords to score when it is found: a one-part keyword under its word; an
        # "A+B" keyword under its longest part (a long word is rarer, so fewer keywords are
        # looked at per report), counted when its other parts are found too (never when a
        # part is listed twice). Each keyword as (category index, keyword, weight, number in
        # the file, other parts, its rank among a category's evidence: stronger, then longer).
        self._keywords_at: dict[
            str, list[tuple[int, str, float, int, frozenset[str], tuple[float, int]]]
        ] = {}
        self._parts: dict[str, None] = {}  # every part of every keyword, in file order
        number = 0
        for i, cat in enumerate(rules.categories):
            for keyword, weight in cat.keywords.items():
                parts = keyword.split("+")
                distinct = list(dict.fromkeys(parts))
                self._parts.update(dict.fromkeys(distinct))
                if len(distinct) == len(parts):
                    anchor = max(distinct, key=len)
                    rest = frozenset(distinct) - {anchor}
                    entry = (i, keyword, weight, number, rest, (-weight, -len(keyword)))
                    self._keywords_at.setdefault(anchor, []).append(entry)
                number += 1
        u = rules.urgency
        pattern_words = [
            w for p in u.patterns for w in (*p.subjects, *p.harms, *p.cancel, *p.also)
        ]
        crowd_words = [
            *u.crowd_words,
            *u.crowd_grievances,
            *u.crowd_places,
            *u.crowd_calm,
            *u.sick_words,
        ]
        calm = (*u.calm, *u.calm_times)
        urgency_words = (
            *u.danger,
            *crowd_words,
            *calm,
            *u.lookalikes,
            *u.weak_cues.calm,
            *u.ongoing_words,
        )
        cue_words = [w for kind in u.weak_cues.kinds for w in kind.words]
        signal_words = [part for w in urgency_words for part in w.split("+")]
        signal_words += pattern_words + cue_words
        context = [w for c in rules.categories for w in c.context]
        words = [*rules.vocabulary, *self._parts, *context, *signal_words, *self._places.aliases]
        words = list(dict.fromkeys(words))
        # In file order, so segmentation is the same on every start. Built before the rest:
        # reading jieba's dictionary holds its 9 MB file for a moment, memory that what is
        # built after reuses, so the peak stays where it was (after the rest: 12 MB higher).
        self._tokenizer = field_tokenizer([word for word in words if len(word) >= 2])
        # Words that are only danger or crowd signals silence nothing: 动手了 is still 动手
        # (a fight), 吐得 still holds 吐.
        signals = {p for w in (*u.danger, *crowd_words) for p in w.split("+")}
        signals |= {w for p in u.patterns for w in (*p.subjects, *p.harms, *p.also)}
        signals |= set(cue_words)
        signal_only = signals - {*self._parts, *context, *rules.vocabulary, *calm}
        # Danger words are not silenced by a longer keyword (打架 in 打架斗殴) but are by
        # context, vocabulary, look-alike and place words (着火 in 不是着火 and 打不着火,
        # 火 in 火车站).
        strong = {*self._parts, *(p for w in u.danger for p in w.split("+")), *signal_only}
        self._passes_danger = frozenset(strong)
        # Keywords are silenced by longer keywords, context, vocabulary, calm and place words.
        self._passes_keyword = frozenset(signal_only)
        # A part of an "A+B" keyword that is nothing else (井里 of 井里+没动静) silences no
        # shorter keyword inside it (井 of 井+盖): only whole keywords, context, vocabulary,
        # calm, look-alike and place words do.
        whole = {k for c in rules.categories for k in c.keywords if "+" not in k}
        others = {*whole, *context, *rules.vocabulary, *calm, *u.lookalikes, *u.weak_cues.calm}
        others |= set(self._places.aliases)
        # (Only a part holding such a word passes: a one-character keyword inside a part
        # counts only where jieba cuts it out as a word, which it does not inside a word of
        # its dictionary, so letting it through would only cost a segmentation.)
        singles = {k for c in rules.categories for k in (*c.keywords, *u.danger) if len(k) == 1}
        shorter = [p for p in self._parts if p not in singles]
        holds = PhraseIndex(shorter)
        self._passes_keyword |= {
            p
            for p in self._parts
            if p not in others and any(len(w) < len(p) for w in holds.find(p))
        }
        # Words of danger patterns are silenced by any longer word that is not a danger or
        # crowd signal: 人 in 人行道, 手 in 扶手, 车 in 私家车, 着了 in 睡着了, but 没回来 is
        # still said in 还没回来.
        self._patterns = PatternMatcher(
            u.patterns, u.negations, u.clause_negations, u.habits_after, u.calm_times
        )
        pattern_signals = self._patterns.words | frozenset(cue_words) | signal_only
        self._passes_pattern = frozenset(pattern_signals)
        # numbered DANGER, KEYWORD, PATTERN
        passes = [self._passes_danger, self._passes_keyword, self._passes_pattern]
        self._index = PhraseIndex(words, passes)
        # One-character words count only as whole words in jieba's segmentation; parts of
        # "A+B" rules count anywhere.
        standalone = [*(k for c in rules.categories for k in c.keywords), *u.danger]
        self._singles = frozenset(w for w in standalone if len(w) == 1)
        self._danger_singles = frozenset(w.split("+")[0] for w in u.danger) & self._singles
        self._urgency = urgency.Assessor(u)
        self._log_total = math.log(self._tokenizer.total)

    @classmethod
    def from_config(
        cls,
        config_dir: Path,
        grid_aliases: Mapping[str, Sequence[str]] | None = None,
        routing: Mapping[str, str] | None = None,
    ) -> Classifier:
        return cls(load_rules(Path(config_dir) / RULES_FILE), grid_aliases, routing)

    @property
    def categories(self) -> list[tuple[str, str]]:
        return list(self._labels.items())

    @property
    def rules(self) -> RuleSet:
        return self._rules

    @property
    def place_aliases(self) -> list[str]:
        return self._places.aliases

    def label(self, category: str) -> str:
        return self._labels.get(category, self._labels[OTHER])

    def tokens(self, text: str) -> list[str]:
        """Segment normalised text with the field vocabulary kept whole."""
        return self._tokenizer.lcut(text, HMM=False)

    def _word_bounds(self, text: str, starts: list[int]) -> set[Span]:
        """(start, end) of the Chinese words jieba segments (HMM off) within SEGMENT_WINDOW
        characters of each start: the segmentation of a one-character word depends only on
        its neighbours (on every labelled report these windows give the same words for every
        one-character keyword as the whole text; tests/unit/test_classifier.py checks it).

        jieba's own route through each run of Chinese characters, without `lcut`'s splitting
        of the other characters, which no keyword is made of."""
        bounds: set[Span] = set()
        windows: list[list[int]] = []
        for start in sorted(starts):
            low, high = max(0, start - SEGMENT_WINDOW), start + 1 + SEGMENT_WINDOW
            if windows and low <= windows[-1][1]:
                windows[-1][1] = high
            else:
                windows.append([low, high])
        freq, log_total = self._tokenizer.FREQ, self._log_total
        for low, high in windows:
            for run in _HAN.finditer(text, low, high):
                block = run.group()
                ends = route_ends(block, freq, log_total)
                x, offset = 0, run.start()
                while x < len(block):
                    y = ends[x]
                    bounds.add((offset + x, offset + y))
                    x = y
        return bounds

    def classify(self, text: str) -> Classification:
        clean = mandarin(normalize(text)) if isinstance(text, str) else ""
        if not is_classifiable(clean):
            return self._result(OTHER, 0.0, (), urgency.CALM, (None, None))
        anywhere, covered = self._index.find_covered(clean)
        danger = uncovered(anywhere, covered, DANGER)
        found = uncovered(anywhere, covered, KEYWORD)
        # Segment only when a one-character word still counts (车 inside 电动车 is already
        # silenced), and then only around it: segmentation costs as much as the rest of the
        # classifier.
        near: list[set[Span]] = []

        def bounds() -> set[Span]:
            if not near:
                starts = [s for w in self._singles.intersection(found) for s, _ in found[w]]
                starts += [
                    s for w in self._danger_singles.intersection(danger) for s, _ in danger[w]
                ]
                near.append(self._word_bounds(clean, starts))
            return near[0]

        found = whole_words(found, self._singles, bounds)
        danger = whole_words(danger, self._danger_singles, bounds)
        # danger patterns and weak cues see the same words: 人 in 人行道 is not a person
        pattern_hits: list[Hits] = []

        def seen_by_patterns() -> Hits:
            if not pattern_hits:
                pattern_hits.append(uncovered(anywhere, covered, PATTERN))
            return pattern_hits[0]

        wanted = self._patterns.candidates(anywhere)
        patterns = (
            self._patterns.find(clean, seen_by_patterns(), anywhere, wanted) if wanted else []
        )
        scores, evidence = self._score(found)
        self._add_patterns(patterns, scores, evidence)
        pair_weights = {h.pair: h.pattern.weight for h in patterns}
        ranked = self._ranked(scores, evidence, pair_weights)
        grievance = bool(ranked) and self._names_grievance(ranked[0][0], evidence)
        ranked = self._apply_precedence(clean, ranked)
        ongoing = bool(ranked) and ranked[0][0] in self._ongoing_codes
        signals = self._urgency.assess(
            clean, danger, anywhere, patterns, seen_by_patterns, grievance, ongoing
        )
        crowd = self._rules.urgency.crowd_category
        if signals.gathered and crowd is not None and self._rules.urgency.crowd_weight > 0:
            # a crowd over a grievance (二十多个业主围着…) counts as a keyword of 信访维稳
            index, weight = self._codes[crowd], self._rules.urgency.crowd_weight
            scores[index] = scores.get(index, 0.0) + weight
            evidence.setdefault(index, []).append(signals.gathered)
            pair_weights[signals.gathered] = weight
            ranked = self._apply_precedence(clean, self._ranked(scores, evidence, pair_weights))
        if not ranked:
            category, conf = OTHER, 0.0
        else:
            best, runner_up = ranked[0][1], (ranked[1][1] if len(ranked) > 1 else 0.0)
            category = self._rules.categories[ranked[0][0]].code
            conf = confidence(best, runner_up)
        # two patterns may name the same pair (楼道…着火): each word is shown once
        keywords = tuple(dict.fromkeys(evidence.get(ranked[0][0], ()))) if ranked else ()
        place = self._places.find(clean, anywhere)  # the index holds the place aliases
        return self._result(category, conf, keywords, signals, place)

    def _apply_precedence(
        self, text: str, ranked: list[tuple[int, float]]
    ) -> list[tuple[int, float]]:
        """Move a category with keywords of its own to the front when a precedence rule
        says so: the leader is its `from`, and one of its words is said. (A leader has
        eight rules on average and two categories are ranked: the rules whose category is
        not among them are passed over by one set lookup each.)"""
        if not ranked:
            return ranked
        rules = self._precedence.get(ranked[0][0])
        if rules is None:
            return ranked
        ranked_codes = {item[0] for item in ranked}
        for target, words in rules:
            if target in ranked_codes and words.search(text):
                moved = [item for item in ranked if item[0] == target]
                return [*moved, *(item for item in ranked if item[0] != target)]
        return ranked

    def _names_grievance(self, index: int, evidence: dict[int, list[str]]) -> bool:
        """Whether the leading category is one of `grievance_categories` and was named by a
        grievance (工资拖, 拆迁 weigh 3 or more), not only by who is there (工人, 工地)."""
        if index not in self._grievance_codes:
            return False
        weights = self._rules.categories[index].keywords
        return any(weights.get(word, 0.0) >= GRIEVANCE_WEIGHT for word in evidence[index])

    def _add_patterns(
        self,
        patterns: list[PatternHit],
        scores: dict[int, float],
        evidence: dict[int, list[str]],
    ) -> None:
        """A pattern with a category counts there like a keyword, named by its word pair."""
        for hit in patterns:
            if hit.pattern.category is None:
                continue
            index = self._codes[hit.pattern.category]
            scores[index] = scores.get(index, 0.0) + hit.pattern.weight
            evidence.setdefault(index, []).insert(0, hit.pair)

    def _ranked(
        self,
        scores: dict[int, float],
        evidence: dict[int, list[str]],
        pair_weights: dict[str, float],
    ) -> list[tuple[int, float]]:
        """Categories with their scores, best first (`_rank`); one alone needs no ranking."""
        items = list(scores.items())
        if len(items) < 2:
            return items
        return sorted(items, key=lambda kv: self._rank(kv, evidence, pair_weights))

    def _rank(
        self,
        item: tuple[int, float],
        evidence: dict[int, list[str]],
        pair_weights: dict[str, float],
    ) -> tuple:
        """A category named outright (a weight-5 keyword: 精神障碍, 讨薪) first, as the rule
        file promises; then the highest score; on a tie the strongest single keyword, then
        the longest."""
        index, score = item
        weights = self._rules.categories[index].keywords
        words = evidence[index]
        strongest = max(weights.get(w) or pair_weights.get(w, 0.0) for w in words)
        return (-(strongest >= 5), -score, -strongest, -max(map(len, words)), index)

    def _score(self, found: Hits) -> tuple[dict[int, float], dict[int, list[str]]]:
        """Scores per category and the keywords said, strongest first; keywords of the same
        weight and length in the order they were said (by their first part), then in file
        order."""
        scores: dict[int, float] = {}
        # category -> (strength rank, first part's place, number, keyword) per keyword said
        said: dict[int, list[tuple[tuple[float, int], int, int, str]]] = {}
        keywords_at = self._keywords_at.get
        said_words = found.keys()
        order: dict[str, int] | None = None
        for place, part in enumerate(found):
            for cat_index, keyword, weight, number, rest, rank in keywords_at(part, ()):
                first = place
                if rest:
                    if not said_words >= rest:
                        continue
                    if order is None:
                        order = {p: n for n, p in enumerate(found)}
                    first = min(place, *(order[p] for p in rest))
                scores[cat_index] = scores.get(cat_index, 0.0) + weight
                hit = (rank, first, number, keyword)
                hits = said.get(cat_index)
                if hits is None:
                    said[cat_index] = [hit]
                else:
                    hits.append(hit)
        evidence: dict[int, list[str]] = {}
        for cat_index, hits in said.items():
            if len(hits) > 1:
                hits.sort()
            evidence[cat_index] = [hit[3] for hit in hits]
        return scores, evidence

    def _result(
        self,
        category: str,
        conf: float,
        keywords: tuple[str, ...],
        signals: urgency.Urgency,
        place: tuple[str | None, str | None],
    ) -> Classification:
        team = COMMAND if category == OTHER else self._routing.get(category, COMMAND)
        return Classification(
            category=category,
            label=self.label(category),
            confidence=conf,
            urgent=signals.urgent,
            urgency_reasons=signals.reasons,
            keywords=keywords,
            team=team,
            place=place[0],
            grid_code=place[1],
            people_count=signals.people,
        )
