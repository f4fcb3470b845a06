"""Text clean-up before matching: width, script, emoji, control characters and stray spaces.

Workers type on phones and dictate by voice, so the same word arrives as full-width or
half-width, traditional or simplified, with emoji and spaces in the middle of it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from opencc import OpenCC

# A report longer than this is not a report (a pasted document or a stuck key).
MAX_TEXT_CHARS = 2000

_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "So", "Sk"})
_VARIATION_SELECTORS = frozenset(chr(c) for c in range(0xFE00, 0xFE10))
_T2S = OpenCC("t2s")
# The few emoji that carry meaning in field reports become words before emoji are dropped.
_EMOJI_WORDS = {"🔥": "火", "🚒": "消防"}
_EMOJI_TABLE = str.maketrans(_EMOJI_WORDS)
_EMOJI = re.compile(f"[{''.join(_EMOJI_WORDS)}]")
# OpenCC keeps 著 because 著名/著作 are simplified too; in reports it is almost always 着.
_ZHE = re.compile(r"(?<![显名原专土卓])著(?![名作称述])")
_SPACES = re.compile(r"\s+")
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")


# Text made only of these needs no per-character clean-up (the usual case).
_PLAIN = re.compile(r"[\x20-\x7e\u00a0-\u024f\u2010-\u2027\u3000-\u303f\u3400-\u9fff]*")


@lru_cache(maxsize=8192)
def _is_traditional(char: str) -> bool:
    return ord(char) > 0x2E80 and _T2S.convert(char) != char


# Characters seen that OpenCC leaves as they are, so most reports are checked with one set
# operation instead of a cached call per character; bounded like the cache above.
_SIMPLIFIED: set[str] = set()
_SIMPLIFIED_MAX = 50_000


def _has_traditional(text: str) -> bool:
    if _SIMPLIFIED.issuperset(text):
        return False
    chars = set(text).difference(_SIMPLIFIED)
    if any(map(_is_traditional, chars)):
        return True
    if len(_SIMPLIFIED) < _SIMPLIFIED_MAX:
        _SIMPLIFIED.update(chars)
    return False


def _keep(char: str) -> bool:
    return char not in _VARIATION_SELECTORS and unicodedata.category(char) not in _DROP_CATEGORIES


def normalize(text: str) -> str:
    """Return the text the rules match against: NFKC, simplified script, lower case,
    without emoji or control characters, spaces collapsed and removed between Chinese
    characters (voice input inserts them in the middle of words)."""
    text = unicodedata.normalize("NFKC", text)
    if _EMOJI.search(text):
        text = text.translate(_EMOJI_TABLE)
    # Line breaks and tabs separate clauses; other control characters are noise.
    if not _PLAIN.fullmatch(text):
        text = "".join(" " if ch in "\n\r\t" else ch for ch in text if ch in "\n\r\t" or _keep(ch))
    # A second pass for the rare characters OpenCC maps in two steps (薴 -> 苧 -> 苎), so
    # normalising twice changes nothing.
    for _ in range(2):
        if not _has_traditional(text):
            break
        text = _T2S.convert(text)
    if "著" in text:
        text = _ZHE.sub("着", text)
    text = _SPACES.sub(" ", text).strip().lower()
    return _SPACE_BETWEEN_CJK.sub("", text) if " " in text else text


# Pinyin initials typed for words of the trade, when they stand alone between Chinese
# characters or spaces: xq门口 is 小区门口, 叫pcs来 is 叫派出所来; not inside English
# words (ktv, wifi, app) or after digits (100pcs)
_PINYIN_WORDS = {
    "xq": "小区", "wy": "物业", "jc": "警察", "zf": "政府", "pcs": "派出所", "cg": "城管",
    "sq": "社区", "jwh": "居委会",
}  # fmt: skip
_PINYIN_MARK = re.compile("[a-z]")
_PINYIN = re.compile(rf"(?<![a-z0-9])(?:{'|'.join(_PINYIN_WORDS)})(?![a-z])")


# Cantonese (and a few Sichuan words) as workers type them, said the Mandarin way, so one
# rule serves both: 阿公唔见咗 is 阿公不见了, 水浸入屋 is 水淹入屋, 几十个街坊围住 is
# 几十个居民围住. Matched on normalised text, where OpenCC has written 搵 as 揾, 𨋢 as 䢂,
# 嗰 as 𠮶 and 餸 as 𩠌.
_CANTONESE_WORDS = {
    "唔系": "不是", "系咪": "是不是", "屋企": "家里", "而家": "现在", "宜家": "现在",
    "朝早": "早上", "今朝": "今早", "琴日": "昨天", "寻日": "昨天", "听日": "明天",
    "细路仔": "小孩", "细路": "小孩", "后生仔": "小伙子", "街坊": "居民",
    "边度": "哪里", "呢度": "这里", "𠮶度": "那里", "企喺": "站在", "企住": "站着",
    "拎住": "拿着", "揸住": "拿着", "攞住": "拿着", "跌低": "摔倒", "跌亲": "摔伤",
    "晕低": "晕倒", "唔郁": "不动", "郁唔到": "动不了", "起唔到身": "起不来", "起唔到": "起不来",
    "水浸": "水淹", "浸到": "淹到", "浸入": "淹进", "膝头哥": "膝盖", "烧起身": "烧起来",
    "火烛": "着火", "出粮": "发工资", "讲法": "说法", "肚屙": "拉肚子", "屙呕": "上吐下泻",
    "食完": "吃完", "食咗": "吃了", "食饭": "吃饭", "饮完": "喝完", "饮咗": "喝了",
    "饮酒": "喝酒", "摆档": "摆摊", "阻住": "挡住", "生果金": "高龄补贴", "成日": "天天",
    "日日": "天天", "点样": "怎么样", "冇返": "没回", "未返": "没回", "返嚟": "回来",
    "揾唔到": "找不到", "揾唔着": "找不着", "揾": "找", "䢂": "电梯", "冧": "塌", "嗌": "喊",
    "瞓": "睡", "嚟": "来", "哋": "们", "攞": "拿", "嘈": "吵", "睇": "看", "𩠌": "菜",
    # Sichuan and Chongqing speech: 莫得 is 没有, 屋头 is 家里, 遭打 is 被打
    "莫得": "没有", "屋头": "家里", "娃儿": "孩子", "老汉儿": "老爸", "孃孃": "阿姨",
    "遭打": "被打", "遭抢": "被抢", "遭压": "被压", "遭撞": "被撞", "遭偷": "被偷", "遭砸": "被砸",
    "遭咬": "被咬", "遭骗": "被骗", "遭关": "被关", "遭困": "被困", "遭电": "被电", "遭烫": "被烫",
    "关到人": "关着人", "困到起": "困住了",
    # more Cantonese: 铺头 is a shop, 俾人呃 is 被人骗, 啲 is 的 or 些
    "铺头": "店铺", "俾人": "被人", "呃紧": "骗着", "呃钱": "骗钱", "呃人": "骗人", "手震": "手抖",
    "斩人": "砍人", "劏": "杀", "塞车": "堵车", "老细": "老板", "走佬": "跑路", "差佬": "警察",
    "乜嘢": "什么", "嘢": "东西", "咁": "这么", "啱啱": "刚刚", "依家": "现在", "跌落": "摔下",
    "畀人": "被人", "㓥": "杀", "两公婆": "两口子", "打交": "打架", "快啲": "快点",
    "仲系": "还是", "仲喺": "还在", "仲有": "还有", "追住": "追着", "入晒": "都进了",
    "旧年": "去年", "头先": "刚才", "啱先": "刚才",
    # Shanghai speech: 搿 is 这, 小囡 is 小孩, 侬 is 你, 打相打 is 打架
    "搿": "这", "小囡": "小孩", "侬": "你", "打相打": "打架", "吵相骂": "吵架", "辰光": "时候",
    # Sichuan: 扯筋 is a quarrel, 打捶 a fight
    "扯筋": "吵架", "打捶": "打架",
    # Northern: 烟筒 is a chimney or a stove's flue pipe
    "烟筒子": "烟囱", "烟筒": "烟囱",
}  # fmt: skip
_CANTONESE = re.compile("|".join(sorted(map(re.escape, _CANTONESE_WORDS), key=len, reverse=True)))
_CANTONESE_CHARS = str.maketrans("咗冇唔喺嘅佢𠮶啲畀俾", "了没不在的他那的给给")
# Cantonese particles, or words written without one (水浸入屋, 街坊围住): checked first, as
# almost no report has any
_CANTONESE_MARK_CHARS = "咗冇唔喺嘅佢𠮶揾䢂冧嗌瞓嚟哋攞嘈睇𩠌搿啲侬畀俾嘢咁㓥"
_CANTONESE_MARK_WORDS = (
    "街坊|水浸|浸到|讲法|出粮|屋企|而家|朝早|细路|膝头"
    "|食完|饮完|摆档|生果金|烧起身|火烛|跌低|跌亲|晕低|肚屙|后生仔|成日|日日"
    "|莫得|屋头|娃儿|老汉儿|孃孃|遭|关到人|困到起|铺头|俾人|呃紧|呃钱|呃人|手震|小囡"
    "|斩人|塞车|老细|走佬|差佬|啱啱|依家|跌落|两公婆|旧年|头先|啱先|打相打|吵相骂|辰光|扯筋|打捶"
    "|烟筒|打交|快啲|仲系|仲喺|仲有|追住|入晒"
)
# led by a look-ahead for the characters a mark starts with, so the search skips every other
# position at once instead of trying each alternative there
_CANTONESE_MARK_FIRST = {*_CANTONESE_MARK_CHARS, *(w[0] for w in _CANTONESE_MARK_WORDS.split("|"))}
_CANTONESE_MARK = re.compile(
    f"(?=[{''.join(sorted(_CANTONESE_MARK_FIRST))}])"
    f"(?:[{_CANTONESE_MARK_CHARS}]|{_CANTONESE_MARK_WORDS})"
)


# Voice-input and dialect slips for words of the trade, said with the sound of another word:
# 电平车 is 电瓶车 (not 高电平/低电平), 金盖 is 井盖, 大架 is 打架 (not 大架子), 一股没气(味) is
# 一股煤气味 (a bare 没气 is no breath and stays), 以经 is 已经 (not 以经济), 冒严 is 冒烟 and 媒气
# is 煤气 (neither means anything else), 现再 is 现在, 塔掉 is 塔吊, 往下馅 is 往下陷, 趟在/趟地上
# is 躺 (趟着出去 wades), 敲门每人应 is 没人应. Each was checked on
# every labelled report: none of them changed a text where it meant something else.
_SLIPS = {
    "电平": "电瓶", "金盖": "井盖", "大架": "打架", "一股没气": "一股煤气", "以经": "已经",
    "冒严": "冒烟", "媒气": "煤气", "现再": "现在", "塔掉": "塔吊", "往下馅": "往下陷",
    "趟": "躺", "每人应": "没人应",
}  # fmt: skip
_SLIP = re.compile(
    r"(?=[电金大一以冒媒现塔往趟每])"
    r"(?:(?<![高低])电平|金盖|大架(?!子)|一股没气|以经(?![济营验典])|冒严|媒气|现再"
    r"|塔掉(?![了下])|往下馅|趟(?=在|地上|床上)|每人应)"
)


def mandarin(clean: str) -> str:
    """Normalised text with Cantonese words and particles in Mandarin (咗 -> 了, 冇 -> 没),
    the pinyin initials phone typists use for a few words (xq -> 小区, wy -> 物业), and a few
    voice-input slips (电平车 -> 电瓶车, 金盖 -> 井盖)."""
    if _SLIP.search(clean):
        clean = _SLIP.sub(lambda m: _SLIPS[m.group()], clean)
    if _PINYIN_MARK.search(clean):
        clean = _SPACE_BETWEEN_CJK.sub("", _PINYIN.sub(lambda m: _PINYIN_WORDS[m.group()], clean))
    if not _CANTONESE_MARK.search(clean):
        return clean
    text = _CANTONESE.sub(lambda m: _CANTONESE_WORDS[m.group()], clean)
    return _SPACE_BETWEEN_CJK.sub("", text.translate(_CANTONESE_CHARS))


def is_classifiable(clean: str) -> bool:
    """Whether a normalised text can be a report at all (not empty, not a pasted novel)."""
    return 0 < len(clean) <= MAX_TEXT_CHARS and any(ch.isalpha() for ch in clean)
