"""The rule file (config/categories.yaml): loaded and validated once at start.

A clerk edits this file by hand, so every error names the file, the category and the entry.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from nlp.cache_file import MARSHALLED, cache_path, read_marshalled, write_marshalled

log = logging.getLogger(__name__)

# libyaml's safe loader parses the rule file ten times faster (0.05 s, not 0.5 s, at start);
# PyYAML without libyaml falls back to the pure-Python one, with the same result
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _RuleFileLoader(_SAFE_LOADER):  # type: ignore[misc]
    """The safe loader refusing a key said twice in one mapping: YAML keeps only the last,
    so a second "3:" group under a category would silently drop the first one's words."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"{key!r} is given twice in one mapping (only the last would count)",
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


OTHER = "other"
MAX_WORD_CHARS = 8  # rules are words and short phrases, never whole sentences
_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


class RuleError(ValueError):
    """The rule file is missing or invalid; the message names file, category and entry."""


@dataclass(frozen=True)
class CategoryRules:
    code: str
    label: str
    keywords: Mapping[str, float]  # word (or words joined by "+", all must appear) -> weight
    context: tuple[str, ...]  # longer words that cancel a keyword found inside them


@dataclass(frozen=True)
class DangerPattern:
    """A subject word and a harm word close together: 老人 … 摔, 厨房 … 着了, 孩子 … 不见了.

    Words are combined instead of listed as whole phrases, so 老太太摔在厕所 and 老人在厕所摔了
    are the same rule. Either word may come first; at most `window` characters between them.
    A pattern without subjects is a group of harm words that count alone but share the cancel
    words: 冒烟, 浓烟 unless the report names a harmless source (烧烤, 烟囱).
    """

    name: str
    subjects: tuple[str, ...]
    harms: tuple[str, ...]
    window: int
    cancel: tuple[str, ...]  # any of these anywhere in the report and the pattern does not count
    urgent: bool
    category: str | None  # the pair also counts as a keyword of this category
    weight: float
    # when listed, one of these must also be said somewhere in the report, not negated:
    # the people under a sign hanging loose (底下人很多), still inside a cracking house (还住着)
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class WeakCue:
    """One kind of weak sign of danger (a cry for help, a frail person, "right now"): not
    urgent alone, urgent when the kinds said add up to `WeakCues.enough` points."""

    name: str
    score: int
    words: tuple[str, ...]


@dataclass(frozen=True)
class WeakCues:
    enough: int = 0  # 0: no weak cues
    kinds: tuple[WeakCue, ...] = ()
    calm: tuple[str, ...] = ()  # the cues add up to nothing when one of these is said: 跑了


@dataclass(frozen=True)
class UrgencyRules:
    danger: tuple[str, ...]
    crowd_min_people: int
    crowd_words: tuple[str, ...]
    calm: tuple[str, ...]
    negations: tuple[str, ...]
    patterns: tuple[DangerPattern, ...] = ()
    # a crowd with a grievance (工资, 说法) at a place (门口, 现场) is gathering too
    crowd_grievances: tuple[str, ...] = ()
    crowd_places: tuple[str, ...] = ()
    crowd_calm: tuple[str, ...] = ()  # many people at an everyday event: 广场舞, 排队
    lookalikes: tuple[str, ...] = ()  # hold a danger word but are no danger: 打不着火
    # several people taken ill together (七八个工人呕吐): food poisoning, gas, bad liquor
    sick_min_people: int = 3
    sick_words: tuple[str, ...] = ()
    # a calm word just after one of these is no calm-down: 没扑灭, 还没找到, 不是谣言
    calm_negations: tuple[str, ...] = ()
    # calm words about another time (上周, 去年, 明天去): they calm only when no word for now
    # (今天, 现在, 刚才) is said after them: 上周着过一次 现在又着了 is a fire now
    calm_times: tuple[str, ...] = ()
    # a fear, a condition or a habit earlier in the clause takes the danger back: 怕掉下来砸人,
    # 天天在家哭喊
    clause_negations: tuple[str, ...] = ()
    # calm words that speak for the whole report (演练, 谣言, 还以为), not only for what was
    # said before them and in their clause; each is listed in `calm` too
    calm_frames: tuple[str, ...] = ()
    # a habit or frequency word said just after the danger, in its clause, takes it back
    # too: 救护车好几回进不去, 打架的事天天有
    habits_after: tuple[str, ...] = ()
    # a gathering over a grievance also counts as a keyword of this category (信访维稳)
    crowd_category: str | None = None
    crowd_weight: float = 0.0
    # reports of these categories are about a grievance already (工资, 拆迁): enough people
    # in one is a gathering without a crowd word (十几个人现在就在老板家楼下)
    grievance_categories: tuple[str, ...] = ()
    # ...unless the people are only planning, talking online or counted: 群里五十多人报名, 涉及12人
    not_gathered: tuple[str, ...] = ()
    # those of them that speak for the whole report (群里, 网上, 帖子); the others only for a
    # count said near them (打算二十多个人一起去); each is listed in `not_gathered` too
    not_gathered_frames: tuple[str, ...] = ()
    # a report of these categories that says the thing is still going on (还在撬, 火还在烧,
    # 人还在里面) is urgent, unless a routine follows the word (还在用, 还在收费): a standing
    # condition is no event
    ongoing_categories: tuple[str, ...] = ()
    ongoing_words: tuple[str, ...] = ()
    ongoing_routines: tuple[str, ...] = ()
    weak_cues: WeakCues = WeakCues()


@dataclass(frozen=True)
class Precedence:
    """When `source` leads and `target` has keywords too, one of `words` gives it to
    `target`: a fight over 漏水 between neighbours is their dispute, not a police matter."""

    name: str
    source: str
    target: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class RuleSet:
    categories: tuple[CategoryRules, ...]
    vocabulary: tuple[str, ...]
    urgency: UrgencyRules
    precedence: tuple[Precedence, ...] = ()


# A word that needs no cleaning and breaks no rule of `_word`: the usual case, told by one
# match instead of a look at each character (a large rule file has some 75,000 words)
_PLAIN_WORD = re.compile(rf"[^\s]{{1,{MAX_WORD_CHARS}}}")
_PLAIN_PLUS_WORD = re.compile(rf"[^\s+]{{1,{MAX_WORD_CHARS}}}(?:\+[^\s+]{{1,{MAX_WORD_CHARS}}})*")


def _words(path: Path, where: str, value: Any, *, allow_plus: bool = False) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise RuleError(f"{path}: {where}: expected a list of words, got {type(value).__name__}")
    plain = (_PLAIN_PLUS_WORD if allow_plus else _PLAIN_WORD).fullmatch
    return tuple(
        w.lower() if type(w) is str and plain(w) else _word(path, where, w, allow_plus=allow_plus)
        for w in value
    )


def _word(path: Path, where: str, word: Any, *, allow_plus: bool = False) -> str:
    if not isinstance(word, str | int) or isinstance(word, bool):
        raise RuleError(f"{path}: {where}: {word!r}: expected a word")
    text = str(word).strip()
    parts = text.split("+") if allow_plus else [text]
    for part in parts:
        if not part or any(ch.isspace() for ch in part):
            raise RuleError(f"{path}: {where}: {text!r}: empty word or word with spaces")
        if len(part) > MAX_WORD_CHARS:
            raise RuleError(
                f"{path}: {where}: {text!r}: longer than {MAX_WORD_CHARS} characters; "
                "write words and short phrases, not sentences"
            )
    return text.lower()


def _category(path: Path, code: Any, body: Any) -> CategoryRules:
    if not isinstance(code, str) or not _CODE.match(code):
        raise RuleError(f"{path}: categories.{code}: category code must be like 'fire_safety'")
    where = f"categories.{code}"
    if not isinstance(body, dict):
        raise RuleError(f"{path}: {where}: expected label, keywords and context")
    unknown = set(body) - {"label", "keywords", "context"}
    if unknown:
        raise RuleError(
            f"{path}: {where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}"
        )
    label = body.get("label")
    if not isinstance(label, str) or not label.strip():
        raise RuleError(f"{path}: {where}.label: missing Chinese label")
    raw = body.get("keywords") or {}
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: {where}.keywords: expected 'weight: [words]' lines")
    keywords: dict[str, float] = {}
    for weight, words in raw.items():
        entry = f"{where}.keywords.{weight}"
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 10:
            raise RuleError(f"{path}: {entry}: weight must be a number in (0, 10]")
        for word in _words(path, entry, words, allow_plus=True):
            if word in keywords:
                raise RuleError(f"{path}: {entry}: {word!r} is listed twice in {code}")
            keywords[word] = float(weight)
    context = _words(path, f"{where}.context", body.get("context"))
    return CategoryRules(code, label.strip(), keywords, context)


_URGENCY_LISTS = (
    "crowd_words",
    "crowd_grievances",
    "crowd_places",
    "crowd_calm",
    "calm",
    "negations",
    "lookalikes",
    "sick_words",
    "calm_negations",
    "calm_times",
    "clause_negations",
    "habits_after",
    "calm_frames",
    "not_gathered",
    "not_gathered_frames",
    "ongoing_words",
    "ongoing_routines",
)
_URGENCY_CODES = ("grievance_categories", "ongoing_categories")
_URGENCY_FIELDS = {
    "danger",
    *_URGENCY_CODES,
    "crowd_min_people",
    "sick_min_people",
    "crowd_category",
    "crowd_weight",
    *_URGENCY_LISTS,
}


def _urgency(path: Path, body: Any) -> UrgencyRules:
    if not isinstance(body, dict):
        raise RuleError(f"{path}: urgency: expected danger, crowd_min_people, crowd_words ...")
    unknown = set(body) - _URGENCY_FIELDS
    if unknown:
        raise RuleError(
            f"{path}: urgency: unknown field(s) {', '.join(sorted(map(str, unknown)))}"
        )
    minimum = _head_count(path, body, "crowd_min_people", 10)
    lists = {name: _words(path, f"urgency.{name}", body.get(name)) for name in _URGENCY_LISTS}
    stray = set(lists["calm_frames"]) - set(lists["calm"])
    if stray:
        raise RuleError(f"{path}: urgency.calm_frames: not in calm: {', '.join(sorted(stray))}")
    stray = set(lists["not_gathered_frames"]) - set(lists["not_gathered"])
    if stray:
        raise RuleError(
            f"{path}: urgency.not_gathered_frames: not in not_gathered: {', '.join(sorted(stray))}"
        )
    return UrgencyRules(
        danger=_words(path, "urgency.danger", body.get("danger"), allow_plus=True),
        crowd_min_people=minimum,
        crowd_words=lists["crowd_words"],
        calm=lists["calm"],
        negations=lists["negations"],
        crowd_grievances=lists["crowd_grievances"],
        crowd_places=lists["crowd_places"],
        crowd_calm=lists["crowd_calm"],
        lookalikes=lists["lookalikes"],
        sick_min_people=_head_count(path, body, "sick_min_people", 3),
        sick_words=lists["sick_words"],
        calm_negations=lists["calm_negations"],
        calm_times=lists["calm_times"],
        clause_negations=lists["clause_negations"],
        habits_after=lists["habits_after"],
        calm_frames=lists["calm_frames"],
        grievance_categories=_codes(path, body, "grievance_categories"),
        not_gathered=lists["not_gathered"],
        not_gathered_frames=lists["not_gathered_frames"],
        ongoing_categories=_codes(path, body, "ongoing_categories"),
        ongoing_words=lists["ongoing_words"],
        ongoing_routines=lists["ongoing_routines"],
        crowd_category=_crowd_category(path, body),
        crowd_weight=_crowd_weight(path, body),
    )


def _codes(path: Path, body: dict[str, Any], name: str) -> tuple[str, ...]:
    """A list of category codes (checked against the categories by the caller)."""
    value = body.get(name) or []
    codes = isinstance(value, list) and all(isinstance(v, str) and _CODE.match(v) for v in value)
    if not codes:
        raise RuleError(f"{path}: urgency.{name}: expected a list of category codes")
    return tuple(value)


def _crowd_category(path: Path, body: dict[str, Any]) -> str | None:
    value = body.get("crowd_category")
    if value is None:
        return None
    if not isinstance(value, str) or not _CODE.match(value):
        raise RuleError(f"{path}: urgency.crowd_category: expected a category code")
    return value


def _crowd_weight(path: Path, body: dict[str, Any]) -> float:
    value = body.get("crowd_weight", 0)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 10:
        raise RuleError(f"{path}: urgency.crowd_weight: must be a number in [0, 10]")
    return float(value)


def _head_count(path: Path, body: dict[str, Any], name: str, default: int) -> int:
    value = body.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 2:
        raise RuleError(f"{path}: urgency.{name}: must be a whole number >= 2")
    return value


MAX_WINDOW = 30
_PATTERN_FIELDS = {
    "name",
    "subjects",
    "harms",
    "window",
    "cancel",
    "urgent",
    "category",
    "weight",
    "also",
}


def _named_entry(path: Path, where: str, body: Any, fields: set[str], expected: str) -> str:
    """Check a list entry with a Chinese name and known fields; its place, name included:
    "danger_patterns[3] (有人被困出不来)"."""
    if not isinstance(body, dict):
        raise RuleError(f"{path}: {where}: expected {expected}")
    name = body.get("name")
    if not isinstance(name, str) or not name.strip():
        raise RuleError(f"{path}: {where}.name: missing Chinese name")
    where = f"{where} ({name.strip()})"
    unknown = set(body) - fields
    if unknown:
        raise RuleError(
            f"{path}: {where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}"
        )
    return where


def _pattern(path: Path, n: int, body: Any, codes: set[str]) -> DangerPattern:
    where = _named_entry(
        path, f"danger_patterns[{n}]", body, _PATTERN_FIELDS, "name, subjects, harms, window"
    )
    name = body["name"]
    subjects = _words(path, f"{where}.subjects", body.get("subjects"))
    harms = _words(path, f"{where}.harms", body.get("harms"))
    if not harms:
        raise RuleError(f"{path}: {where}: needs at least one word in harms")
    window = body.get("window", 6)
    if isinstance(window, bool) or not isinstance(window, int) or not 0 <= window <= MAX_WINDOW:
        raise RuleError(f"{path}: {where}.window: must be a whole number from 0 to {MAX_WINDOW}")
    urgent = body.get("urgent", True)
    if not isinstance(urgent, bool):
        raise RuleError(f"{path}: {where}.urgent: must be true or false")
    category = body.get("category")
    if category is not None and category not in codes:
        raise RuleError(f"{path}: {where}.category: {category!r} is not a category in this file")
    weight = body.get("weight", 3)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 10:
        raise RuleError(f"{path}: {where}.weight: must be a number in (0, 10]")
    if not urgent and category is None:
        raise RuleError(f"{path}: {where}: a pattern that is not urgent needs a category")
    cancel = _words(path, f"{where}.cancel", body.get("cancel"))
    also = _words(path, f"{where}.also", body.get("also"))
    return DangerPattern(
        name.strip(), subjects, harms, window, cancel, urgent, category, float(weight), also
    )


def _patterns(path: Path, value: Any, codes: set[str]) -> tuple[DangerPattern, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise RuleError(f"{path}: danger_patterns: expected a list of patterns")
    return tuple(_pattern(path, n, body, codes) for n, body in enumerate(value, start=1))


_PRECEDENCE_FIELDS = {"name", "from", "to", "words"}


def _precedence(path: Path, value: Any, codes: set[str]) -> tuple[Precedence, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise RuleError(f"{path}: precedence: expected a list of entries")
    rules = []
    for n, body in enumerate(value, start=1):
        where = _named_entry(
            path, f"precedence[{n}]", body, _PRECEDENCE_FIELDS, "name, from, to, words"
        )
        ends = []
        for field in ("from", "to"):
            code = body.get(field)
            if code not in codes:
                raise RuleError(f"{path}: {where}.{field}: {code!r} is not a category")
            ends.append(code)
        if ends[0] == ends[1]:
            raise RuleError(f"{path}: {where}: from and to are the same category")
        words = _words(path, f"{where}.words", body.get("words"))
        if not words:
            raise RuleError(f"{path}: {where}.words: needs at least one word")
        rules.append(Precedence(body["name"].strip(), ends[0], ends[1], words))
    return tuple(rules)


_CUE_FIELDS = {"name", "score", "words"}


def _weak_cue(path: Path, n: int, body: Any) -> WeakCue:
    where = _named_entry(path, f"weak_cues.kinds[{n}]", body, _CUE_FIELDS, "name, score, words")
    name = body["name"]
    score = body.get("score")
    if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 10:
        raise RuleError(f"{path}: {where}.score: must be a whole number from 1 to 10")
    words = _words(path, f"{where}.words", body.get("words"))
    if not words:
        raise RuleError(f"{path}: {where}.words: needs at least one word")
    return WeakCue(name.strip(), score, words)


def _weak_cues(path: Path, value: Any) -> WeakCues:
    if value is None:
        return WeakCues()
    if not isinstance(value, dict) or set(value) - {"enough", "kinds", "calm"}:
        raise RuleError(f"{path}: weak_cues: expected only 'enough', 'kinds' and 'calm'")
    enough = value.get("enough")
    if isinstance(enough, bool) or not isinstance(enough, int) or not 2 <= enough <= 30:
        raise RuleError(f"{path}: weak_cues.enough: must be a whole number from 2 to 30")
    kinds = value.get("kinds")
    if not isinstance(kinds, list) or not kinds:
        raise RuleError(f"{path}: weak_cues.kinds: expected a list of kinds of cue")
    cues = tuple(_weak_cue(path, n, body) for n, body in enumerate(kinds, start=1))
    seen: dict[str, str] = {}
    for cue in cues:
        for word in cue.words:
            if word in seen:
                raise RuleError(
                    f"{path}: weak_cues: {word!r} is in both {seen[word]} and {cue.name}"
                )
            seen[word] = cue.name
        if cue.score >= enough:
            raise RuleError(
                f"{path}: weak_cues ({cue.name}).score: {cue.score} alone reaches enough "
                f"({enough}); a word that is urgent alone belongs in urgency.danger"
            )
    return WeakCues(enough, cues, _words(path, "weak_cues.calm", value.get("calm")))


# A rule file this large takes a quarter of a second to parse, a fifth of the classifier's
# start; a smaller one (a test's, a new street's) parses in milliseconds and is not cached
CACHE_MIN_BYTES = 64 * 1024


def _cache_path(raw: bytes, folder: Path | None) -> Path:
    """Where the parsed form of a rule file with these bytes is kept: named by a hash of the
    bytes, of the parser and of the file's layout, so an edited file or another PyYAML is
    parsed afresh."""
    digest = hashlib.sha1(usedforsecurity=False)
    digest.update(f"{yaml.__version__}\n{_SAFE_LOADER.__name__}\n{MARSHALLED}\n".encode())
    digest.update(raw)
    return cache_path(folder, "rules", digest)


def _parsed(path: Path, cache_folder: Path | None) -> Any:
    """The rule file's YAML as Python data. A large file's parse is kept (marshal: plain data
    only, read in a hundredth of the time) and reused while its bytes stay the same; it is
    validated afresh on every load either way."""
    raw = path.read_bytes()
    cache = _cache_path(raw, cache_folder) if len(raw) >= CACHE_MIN_BYTES else None
    data = read_marshalled(cache) if cache else None
    if data is None:
        data = yaml.load(raw.decode("utf-8"), Loader=_RuleFileLoader)
        if cache:
            try:
                write_marshalled(cache, data, "the parsed rule file")
            except ValueError as exc:  # a YAML date or other value marshal cannot keep
                log.warning("could not cache the parsed rule file %s: %s", path, exc)
    return data


def load_rules(path: Path, cache_folder: Path | None = None) -> RuleSet:
    """Load and validate a rule file; `cache_folder` (default: the temp folder) keeps the
    parse of a large file between starts."""
    path = Path(path)
    try:
        data = _parsed(path, cache_folder)
    except FileNotFoundError as exc:
        raise RuleError(f"{path}: file not found") from exc
    except UnicodeDecodeError as exc:
        raise RuleError(f"{path}: not UTF-8 text: {exc}") from exc
    except yaml.YAMLError as exc:
        raise RuleError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("categories"), dict):
        raise RuleError(f"{path}: categories: missing; expected a mapping of category codes")
    categories = tuple(_category(path, code, body) for code, body in data["categories"].items())
    if OTHER not in {c.code for c in categories}:
        raise RuleError(f"{path}: categories.{OTHER}: missing; every rule file needs 'other'")
    urgency = _urgency(path, data.get("urgency") or {})
    codes = {c.code for c in categories}
    patterns = _patterns(path, data.get("danger_patterns"), codes)
    cues = _weak_cues(path, data.get("weak_cues"))
    for field in _URGENCY_CODES:
        for code in getattr(urgency, field):
            if code not in codes:
                raise RuleError(f"{path}: urgency.{field}: {code!r} is not a category")
    if urgency.crowd_category is not None and urgency.crowd_category not in codes:
        raise RuleError(
            f"{path}: urgency.crowd_category: {urgency.crowd_category!r} is not a category"
        )
    return RuleSet(
        categories=categories,
        vocabulary=_words(path, "vocabulary", data.get("vocabulary")),
        urgency=replace(urgency, patterns=patterns, weak_cues=cues),
        precedence=_precedence(path, data.get("precedence"), codes),
    )
