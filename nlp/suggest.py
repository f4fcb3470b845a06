"""Candidate keywords learned from the command centre's corrections, for a human to review.

Nothing here changes the rules: the clerk reads the suggestions and edits categories.yaml.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from nlp.normalize import normalize

if TYPE_CHECKING:
    from nlp.classifier import Classifier

_STOPWORD_TEXT = """
的 了 在 是 有 和 就 都 也 还 又 很 太 说 要 去 来 到 把 被 给 让 跟 从 对 这 那 这个 那个
一个 一下 一直 已经 现在 今天 昨天 刚才 刚刚 我们 你们 他们 她们 我 你 他 她 它 人 有人
好多 很多 不 没 没有 什么 怎么 怎么办 哪里 可以 能不能 不能 没人 大家 家 里 上 下 门口
旁边 附近 一点 好像 感觉 可能 应该 因为 所以 但是 然后 还是 而且 看看 帮忙 请问 一下子
小区 社区 网格 街道 天天 每天 最近 一些 几个 这些 那些 一样 这样 那样 这么 那么 那边 这边
里面 外面 出来 起来
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def _candidate(token: str) -> bool:
    token = token.strip()
    return (
        len(token) >= 2
        and token not in STOPWORDS
        and not any(ch.isdigit() for ch in token)
        and any("\u4e00" <= ch <= "\u9fff" for ch in token)
    )


def suggest_keywords(
    corrections: Iterable[tuple[str, str, str]], classifier: Classifier, top: int = 10
) -> dict[str, list[tuple[str, int]]]:
    """Per corrected category, the words most frequent in its corrected reports that its
    rules do not already list: [(word, number of reports containing it)], most frequent first.

    `corrections` are (text, predicted, corrected) triples; triples where the prediction was
    already right teach nothing and are skipped. Place names of the street are never
    suggested, nor are numbers, single characters and common function words.
    """
    known: dict[str, set[str]] = {
        c.code: {part for kw in c.keywords for part in kw.split("+")}
        for c in classifier.rules.categories
    }
    places = set(classifier.place_aliases)
    counts: dict[str, Counter[str]] = {}
    for text, predicted, corrected in corrections:
        if predicted == corrected or corrected not in known:
            continue
        tokens = {t for t in classifier.tokens(normalize(text)) if _candidate(t)}
        fresh = tokens - known[corrected] - places
        counts.setdefault(corrected, Counter()).update(fresh)
    return {
        category: sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        for category, counter in counts.items()
    }
