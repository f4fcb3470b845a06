"""Is life, health or much property in danger now? Danger words, crowds and calm-downs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from nlp.matcher import Hits, Span
from nlp.numbers import people_count
from nlp.patterns import CLAUSE_BREAK, CLAUSE_WINDOW, NOW, Negations, PatternHit, any_of
from nlp.rules import UrgencyRules


class Urgency(NamedTuple):
    urgent: bool
    reasons: tuple[str, ...]  # the words that made it urgent
    people: int | None  # number of people mentioned
    gathered: str | None  # the count that said a crowd gathered over a grievance


CALM = Urgency(False, (), None, None)

# how far from a count of people a word saying they are only counted reaches (群里…报名)
COUNTED_WINDOW = 10
# how far after 还在 a routine still tells what goes on: 还在楼道里充电
ROUTINE_WINDOW = 6
# Words that start news within a run of speech (spaces between Chinese words are gone after
# normalising): the clause of a calm word before them has ended. 回访的时候发现老人躺着,
# 处理完了又着起来了, 那家出去旅游了 现在屋里有手电光. A 但是, 可是 or 不过 turns from what
# was done to what it did not help (电闸拉了 但是还在冒烟, 人找到了 不过已经昏迷了), and 另一个
# is someone else (人救出来了 另一个还压在底下); not a little left over (劝开了 不过地上有点血).
# 刚到家就晕倒了: what happened just after
_NEWS = re.compile(
    "时候|发现|看到|看见|听到|闻到|结果|突然|没想到|谁知|又|现在|已经有"
    "|(?:但是|可是|不过(?![来去]))(?!.{0,4}(?:有点|有些|一点))|另一个|另外一个"
    "|刚到|刚回|刚进门|刚出门"
)


# Said right after a calm word, a time just gone by tells back what was calmed (已经灭了 刚才
# 厨房锅着火了, 劝回去了 刚才两口子在楼下打架): the calm word reaches that clause, up to
# RECOUNT_WINDOW characters (the spaces that ended it are gone), unless news starts in it
_RECOUNT = re.compile(r"[\s，,。.！!；;]?(?:刚才|刚刚|之前|先前|当时)")
RECOUNT_WINDOW = 2 * CLAUSE_WINDOW


# Said right after a calm word, these say it did not help: 阀门关了还是有味, 接上了也没用,
# 劝走了又回来了, 关了阀门还有声音
# (not 还是报一下, 还是想问问: the reporter's own next step)
_UNDONE = re.compile(
    ".?(?:还是(?!报|说|要|想|得|跟|请|麻烦|让|希望|觉得|建议|先|去|来|打)|仍然|依然"
    "|照样|照旧|也没用|没用|不管用|又回来|还有(?:声|味|烟|气|火|响|动静))"
)


# Help called for that has not come yet, said just after the calm word (已报案 警察还没到,
# 已经联系上家属了 家属还在路上, 开锁师傅还没到): the danger goes on until it does
_NOT_YET = re.compile("还没(?:到|来|赶到|过来)|还在路上|还没有到|没赶到")
NOT_YET_WINDOW = 10


# The reporter doubting what someone else said was harmless, and how soon after it
_DOUBT = re.compile(
    "我闻着|我闻到|我看着|我看到|我觉得|我感觉|可是|但是|可我|不放心|不太对|不对劲|不像"
)
DOUBT_WINDOW = 8


# A time gone by that lasts until now (保姆前天走了 老人两天没吃没喝, 一直没回来, 到处找都没
# 找到): what follows is how things stand now, as after 今天 or 现在
_NOW_OR_SINCE = re.compile(
    f"{NOW.pattern}|[一两三四五六七八九十几]天了?没|好几天了?没|一直没|到现在|到今天|至今"
    "|都没找到|还没找到|都没找着|还没找着"
)

# What happened once at a time gone by: 上个月就有个婆婆摔了, 上周就反映过
_ONE_TIME = re.compile("有|差点|差一点|过|次")

# A danger that is an absence (没回来, 联系不上, 电话打不通, 人不见了) lasts from when it began
# until now: 前天就联系不上了 is still so today
_ABSENCE = re.compile("没|联系不|找不|打不通|不接|不应|不见|失联|关机")


def _inside(span: Span, spans: list[Span]) -> bool:
    """Whether `span` lies within one of `spans`."""
    return any(a <= span[0] and span[1] <= b for a, b in spans)


# Plans (准备去, 打算) that a report goes on from to what was seen on the way: 准备去坐车 在公交站
# 看到有个男的倒在地上 is seen now, where 上周去看了 发现老人摔了 stays last week's
_PLANS = frozenset(["准备去", "打算", "计划", "明天去", "明天要", "到时候", "过几天", "改天"])
_SEEN = re.compile("看到|看见|发现|听到|听见|闻到|一看|一问")
# A change of topic after the danger: what follows is another matter
# (对了 said on its own, not 不对了, 核对了, 说对了 …)
_TOPIC_SWITCH = re.compile(
    "(?<![不核比相说做答猜面找弄配])对了|另外(?![一两个的那这几])|顺便说|还有个事|还有件事"
)


def _clause_end(text: str, start: int, window: int) -> int:
    """Where the clause going on at `start` ends: at a break, at most `window` characters on
    (the spaces that ended it in speech are gone after normalising)."""
    limit = min(len(text), start + window)
    stop = CLAUSE_BREAK.search(text, start, limit)
    return stop.start() if stop else limit


class Assessor:
    """Urgency rules compiled for lookup by the words found in a report."""

    def __init__(self, rules: UrgencyRules) -> None:
        self._rules = rules
        self._calm = frozenset(rules.calm)
        self._calm_times = frozenset(rules.calm_times)
        # nearly every report with a danger has neither (1 in 17): one lookup rules both out
        self._calm_or_times = self._calm | self._calm_times
        self._lookalikes = frozenset(rules.lookalikes)
        self._calm_frames = frozenset(rules.calm_frames)
        self._crowd_calm = frozenset(rules.crowd_calm)
        # any word that can make a crowd: a crowd word, or a grievance (with a place)
        self._crowd_signals = frozenset(rules.crowd_words) | frozenset(rules.crowd_grievances)
        self._sick = frozenset(rules.sick_words)
        # 去年的工钱, 上个月的工资, 要上个月工资: a time that dates what is owed, not when it
        # happens
        owed = any_of(rules.crowd_grievances).pattern
        self._owed = re.compile(f"(?:的[\u4e00-\u9fff]{{0,2}})?(?:{owed})")
        self._counted_only = any_of(rules.not_gathered)
        self._counted_only_frames = any_of(rules.not_gathered_frames)
        self._negated = Negations(
            rules.negations, rules.clause_negations, rules.habits_after
        ).negates
        self._calm_negated = Negations(rules.calm_negations).negates
        self._ongoing = frozenset(rules.ongoing_words)
        self._routine = any_of(rules.ongoing_routines)
        self._long_routine = any_of([w for w in rules.ongoing_routines if len(w) > 1])
        # first word of a danger rule -> (position in the file, the rule, the other words)
        self._danger: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
        for order, word in enumerate(rules.danger):
            first, *rest = word.split("+")
            self._danger.setdefault(first, []).append((order, word, frozenset(rest)))
        self._danger_firsts = frozenset(self._danger)
        # weak cue word -> its kind's number in the file
        cues = rules.weak_cues
        self._cue_kind = {w: n for n, kind in enumerate(cues.kinds) for w in kind.words}
        self.cue_words = frozenset(self._cue_kind)
        self._cue_calm = frozenset(cues.calm)

    def _said(self, text: str, spans: list[Span]) -> bool:
        """Whether a word is said somewhere without a negation (燃气…倒没漏 is no leak)."""
        return not all(self._negated(text, s) for s in spans)

    def _calmed(self, text: str, anywhere: Hits, last_danger: int) -> bool:
        """Whether a calm word (扑灭, 找到了, 谣言) is said and not denied (没扑灭, 不是谣言), or
        a word for another time (上周, 明天去) that no word for now (今天, 现在) or for a time
        lasting until now (两天没, 一直没) follows before the last danger said (at
        `last_danger`): 上周着过一次 现在又着了 is a fire now, 上周着火的那户 现在借住在亲戚家
        is not.

        A calm word calms what was said before it and in its own clause (up to a break, at
        most CLAUSE_WINDOW characters on): 老人摔了 已经送回来了, 已经处理好了没事. A danger said
        in a later clause is news the calm word does not reach: 回访的时候发现老人躺在地上不动.
        Frames (`calm_frames`: 演练, 谣言) reach the whole report. Nothing said after a change of
        topic (对了, 另外) calms a danger said before it (着伙了 烟很大 … 对了纸箱上周就说过).

        A time that dates what is owed (讨去年的工钱) or is compared with (比上回多) says nothing
        of when the report happens."""
        if self._calm_or_times.isdisjoint(anywhere):
            return False
        switch = _TOPIC_SWITCH.search(text, last_danger) if last_danger >= 0 else None
        end = switch.start() if switch else len(text)  # what follows is another matter
        # a calm word or time inside a look-alike is part of another word (宣传 in 宣传牌, 没砸到人
        # in 砸没砸到人, 上回 in 早上回家)
        shields = [s for w in self._lookalikes.intersection(anywhere) for s in anywhere[w]]
        for word in self._calm.intersection(anywhere):
            said = [
                s
                for s in anywhere[word]
                if s[1] <= end and not _inside(s, shields) and self._calms(text, s)
            ]
            if not said:
                continue
            if word in self._calm_frames or self._reaches(text, said[-1][1], last_danger):
                return True
        for word in self._calm_times.intersection(anywhere):
            said = [
                s
                for s in anywhere[word]
                if s[1] <= end
                and not _inside(s, shields)
                and not self._dates_nothing(text, s, last_danger)
            ]
            if not said:
                continue
            now = _NOW_OR_SINCE.search(text, said[-1][1], end)
            if now is None and word in _PLANS:
                now = _SEEN.search(text, said[-1][1], end)
            if now is None or now.start() > last_danger:
                return True
        return False

    def _calms(self, text: str, span: Span) -> bool:
        """Whether a calm word said at `span` tells the danger is over: not denied (没扑灭),
        not undone by what follows (阀门关了还是有味, 已报案 警察还没到), not someone else's
        word the reporter doubts (物业说误报，我闻着是有焦味)."""
        return not (
            self._calm_negated(text, span)
            or _UNDONE.match(text, span[1])
            or _NOT_YET.search(text, span[1], span[1] + NOT_YET_WINDOW)
            or self._doubted(text, span)
        )

    @staticmethod
    def _doubted(text: str, span: Span) -> bool:
        """Whether a calm word is someone else's word (物业说误报, 老板说没事) that the reporter
        doubts right after (我闻着是有焦味, 我看着不放心): no calm-down then."""
        if "说" not in text[max(0, span[0] - 3) : span[0]]:
            return False
        return _DOUBT.search(text, span[1], span[1] + DOUBT_WINDOW) is not None

    def _dates_nothing(self, text: str, span: Span, last_danger: int) -> bool:
        """Whether a word for another time dates neither the report nor its danger: it dates
        what is owed (讨去年的工钱), is compared with (比上回多, 比去年大), or is when a state
        that lasts began (前年就鉴定是危房了, 上礼拜就出去旅游了), a clause the danger is not
        said in (去年就塌了 dates the collapse)."""
        return (
            self._owed.match(text, span[1]) is not None
            or text[span[0] - 1 : span[0]] == "比"
            or (
                text[span[1] : span[1] + 1] == "就"
                and text[span[1] - 2 : span[1]] != "这样"  # 天天这样就是…: a habit, no time
                and not self._event_after(text, span[1], last_danger)
            )
        )

    @staticmethod
    def _event_after(text: str, end: int, last_danger: int) -> bool:
        """Whether the clause after a time and 就 tells an event of that time (上个月就有个
        婆婆摔了, 上周就反映过, 去年就塌了: the danger itself) rather than a state that began
        then and lasts (前年就鉴定是危房了, 上礼拜就出去旅游了, 前天就出门没回来了)."""
        clause_end = _clause_end(text, end, CLAUSE_WINDOW)
        # 没回来, 联系不上: a danger that is an absence lasts until now
        dated = end <= last_danger < clause_end and not _ABSENCE.match(text, last_danger)
        return dated or _ONE_TIME.search(text, end, clause_end) is not None

    @staticmethod
    def _reaches(text: str, end: int, last_danger: int) -> bool:
        """Whether a calm word ending at `end` reaches a danger said at `last_danger`: the
        danger starts before the calm word's clause ends, or in the clause right after it that
        tells back what was calmed (劝回去了 刚才两口子在楼下打架, 已经灭了 刚才厨房锅着火了)."""
        recount = _RECOUNT.match(text, end)
        if recount:
            return last_danger < recount.end() + RECOUNT_WINDOW and not (
                CLAUSE_BREAK.search(text, recount.end(), last_danger)
                or _NEWS.search(text, end, last_danger)
            )
        if last_danger < end + CLAUSE_WINDOW:
            return not (
                CLAUSE_BREAK.search(text, end, last_danger) or _NEWS.search(text, end, last_danger)
            )
        return False

    def _gathering(self, text: str, anywhere: Hits, count: str) -> list[str]:
        """Words saying many people are gathered over a grievance: a crowd word (围着, 堵在),
        or a grievance (工资, 说法) at a place (门口) when the people are not only counted
        (八十来个人签字). The caller has ruled out everyday events (广场舞)."""
        rules = self._rules
        if self._crowd_signals.isdisjoint(anywhere):
            return []
        crowd = [w for w in rules.crowd_words if w in anywhere]
        if crowd:
            return crowd
        grievance = [w for w in rules.crowd_grievances if w in anywhere]
        place = [w for w in rules.crowd_places if w in anywhere]
        if grievance and place and not self._only_counted(text, count):
            return [place[0], grievance[0]]
        return []

    def _only_counted(self, text: str, count: str) -> bool:
        """Whether the people counted (`count`, as said) at a place are only signed up, planned
        or online (群里五十多人报名, 打算二十多个人一起去): a word for that near the count, or a
        frame (网上, 群里) anywhere. Further off, a plan tells of something else: 十几个女工坐在
        厂门口 … 有人说要去堵高速路口 are gathered now."""
        if self._counted_only_frames.search(text):
            return True
        at = text.find(count)
        near = text[max(0, at - COUNTED_WINDOW) : at + len(count) + COUNTED_WINDOW]
        return self._counted_only.search(near) is not None

    def _still_going(self, text: str, anywhere: Hits) -> tuple[int, str] | None:
        """Where and which is the first word saying the thing is still going on (还在, 正在)
        that is not negated and not followed by a routine (还在用, 还在收费)."""
        said = [
            (span[0], word)
            for word in self._ongoing.intersection(anywhere)
            for span in anywhere[word]
            if not self._negated(text, span) and not self._routine_after(text, span[1])
        ]
        return min(said) if said else None

    def _routine_after(self, text: str, end: int) -> bool:
        """Whether a routine is said right after `end` (还在用, 还在收费), or one of two
        characters or more within ROUTINE_WINDOW characters in the same clause (电动车还在楼道里
        充电); a one-character routine further on is too often part of something else (还在用
        刀砍 is no routine, nor 还在停车场转悠)."""
        if self._routine.match(text, end):
            return True
        found = self._long_routine.search(text, end, _clause_end(text, end, ROUTINE_WINDOW))
        return found is not None

    def _weak_cues(self, text: str, anywhere: Hits, cues: Callable[[], Hits]) -> list[str]:
        """Weak cues of different kinds (在喊, 老太太, 正在) not negated: when their kinds'
        scores add up to `enough`, the words said, one per kind, joined as 老太太+在喊;
        nothing when one of the cues' own calm words (那人跑了) is said. `cues()` gives the
        hits danger patterns see (人 in 人行道 is no person); it is only asked for when the
        cue words anywhere in the text could add up."""
        present = self.cue_words.intersection(anywhere)
        if not present:
            return []
        if self._cue_score({self._cue_kind[w] for w in present}) < self._rules.weak_cues.enough:
            return []
        if not self._cue_calm.isdisjoint(anywhere):
            return []
        hits = cues()
        # kind -> (where said first, longest first, the word): the same words on every run,
        # whatever order the set gives them in (翻窗户 over 翻窗 at the same place)
        said: dict[int, tuple[int, int, str]] = {}
        for word in present.intersection(hits):
            kind = self._cue_kind[word]
            spans = [s for s in hits[word] if not self._negated(text, s)]
            if spans:
                first = (spans[0][0], -len(word), word)
                if kind not in said or first < said[kind]:
                    said[kind] = first
        if not said or self._cue_score(said) < self._rules.weak_cues.enough:
            return []
        return ["+".join(word for *_, word in sorted(said.values()))]

    def _cue_score(self, kinds: Iterable[int]) -> int:
        """The points of these weak cue kinds (each kind counted once by the caller)."""
        return sum(self._rules.weak_cues.kinds[k].score for k in kinds)

    def assess(
        self,
        text: str,
        words: Hits,
        anywhere: Hits,
        patterns: Sequence[PatternHit] = (),
        cues: Callable[[], Hits] | None = None,
        grievance: bool = False,
        ongoing: bool = False,
    ) -> Urgency:
        """Whether the report is urgent, why, and the people and crowd it mentions.

        `grievance`: the report is about pay or a grievance already (its leading category is
        one of `grievance_categories`), so enough people in it are a gathering by themselves.
        `ongoing`: its leading category is one of `ongoing_categories`, where a word saying the
        thing is still going on (`ongoing_words`) makes it urgent.

        The first word of a danger rule must be a whole word (`words`) and not negated; the
        other words of an "A+B" rule, crowd words and calm words may appear anywhere; weak
        cues are looked up in `cues()` (the hits danger patterns see).
        """
        hits = []
        last = -1  # where the last danger was said
        for first in self._danger_firsts.intersection(words):
            matched = [
                (o, w)
                for o, w, rest in self._danger[first]
                if anywhere.keys() >= rest and all(self._said(text, anywhere[p]) for p in rest)
            ]
            if matched:
                said = [s for s in words[first] if not self._negated(text, s)]
                if said:
                    hits += matched
                    last = max(last, said[-1][0])
        reasons = [w for _, w in sorted(hits)]
        for hit in patterns:
            if hit.pattern.urgent:
                reasons.append(hit.pair)
                last = max(last, hit.at)
        if not reasons and ongoing:
            going = self._still_going(text, anywhere)
            if going:
                reasons.append(going[1])
                last = max(last, going[0])
        if not reasons and cues is not None:
            reasons += self._weak_cues(text, anywhere, cues)  # weak cues: no place
        count = people_count(text)
        people = count[0] if count else None
        gathered = None
        # many people at an everyday event (广场舞, 排队) are no crowd, whatever else is said
        if (
            count
            and count[0] >= self._rules.crowd_min_people
            and self._crowd_calm.isdisjoint(anywhere)
        ):
            crowd = self._gathering(text, anywhere, count[1])
            if crowd:
                reasons += [count[1], *crowd]
                gathered = count[1]
                last = max(last, text.find(count[1]))
            elif grievance and not self._counted_only.search(text):
                # only planned, online or a head count (群里五十多人报名, 涉及12人) is no gathering
                reasons.append(count[1])
                last = max(last, text.find(count[1]))
        if (
            count
            and count[0] >= self._rules.sick_min_people
            and not self._sick.isdisjoint(anywhere)
        ):
            # 没人头晕, 有人眼睛疼吗: a denied or asked-after illness is no illness
            sick = [
                w
                for w in self._rules.sick_words
                if w in anywhere and self._said(text, anywhere[w])
            ]
            if sick:
                reasons += [count[1], sick[0]]
                last = max(last, text.find(count[1]))
        # Follow-ups (已处理, 虚惊一场, 工人都散了) report the danger as over, unless the
        # calm word is itself denied (火没扑灭, 还没找到).
        if reasons and self._calmed(text, anywhere, last):
            return CALM._replace(people=people)
        return Urgency(bool(reasons), tuple(dict.fromkeys(reasons)), people, gathered)
