"""Text clean-up before matching: width, script, emoji, control characters and stray spaces.

Workers type on phones and dictate by voice, so the same word arrives as full-width or
half-width, traditional or simplified, with emoji and spaces in the middle of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

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
# the same blocks as code point ranges, and the supplementary ideographs (𠮶)
_CJK_BLOCKS = ((0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
# The same where every run of spaces is one " " (as `normalize` leaves it), led by the space,
# so the search jumps from space to space instead of trying every position
_SPACE_BETWEEN_CJK_SINGLE = re.compile(rf" (?<=[{_CJK}] )(?=[{_CJK}])")


# Text made only of these needs no per-character clean-up (the usual case).
_PLAIN = re.compile(r"[\x20-\x7e\u00a0-\u024f\u2010-\u2027\u3000-\u303f\u3400-\u9fff]*")


def _traditional_chars() -> str:
    """Every character OpenCC's t2s converts when given alone. Only a character that is a key
    of its dictionaries can change (as converting every code point once showed), so these are
    the single-character keys it converts: some keys map to themselves (著). Should a later
    release of the package keep its dictionaries elsewhere, every Chinese code point is
    converted once instead (half a second at start-up, the same set)."""
    try:
        keys = {key for *_, words in _T2S.dict_cache.values() for key in words if len(key) == 1}
    except (AttributeError, TypeError, ValueError):
        keys = {chr(c) for start, end in _CJK_BLOCKS for c in range(start, end + 1)}
    return "".join(sorted(key for key in keys if ord(key) > 0x2E80 and _T2S.convert(key) != key))


_TRADITIONAL_CHARS = _traditional_chars()
# A character class of them, so a report is checked by one scan of the regular expression
# engine, without making a string of each of its characters. The engine looks a character of
# the basic plane up in one table, but compares one above it (𠮶) with each such character of
# a class in turn: the class scanning the text takes all of those as one range, and the exact
# class only checks what it finds.
_TRADITIONAL_BMP = "".join(ch for ch in _TRADITIONAL_CHARS if ord(ch) <= 0xFFFF)
_TRADITIONAL = re.compile(f"[{_TRADITIONAL_BMP}\U00010000-\U0010ffff](?<=[{_TRADITIONAL_CHARS}])")


def _has_traditional(text: str) -> bool:
    return _TRADITIONAL.search(text) is not None


def _collapse_spaces(text: str) -> str:
    """Every run of spaces, tabs or line breaks as one " ". Each such character but " " is
    unprintable, so a printable text without two spaces in a row has none to collapse: most
    reports are spared the substitution."""
    if "  " in text or not text.isprintable():
        return _SPACES.sub(" ", text)
    return text


def _keep(char: str) -> bool:
    return char not in _VARIATION_SELECTORS and unicodedata.category(char) not in _DROP_CATEGORIES


def normalize(text: str) -> str:
    """Return the text the rules match against: NFKC, simplified script, lower case,
    without emoji or control characters, spaces collapsed and removed between Chinese
    characters (voice input inserts them in the middle of words)."""
    # NFKC writes the full-width comma as ","; writing it first gives the same text (a
    # character is decomposed on its own, and "," is where it ends up) and spares the full
    # normalisation of the many reports it is the only thing to normalise in
    text = unicodedata.normalize("NFKC", text.replace("，", ","))
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
    text = _collapse_spaces(text).strip().lower()
    return _SPACE_BETWEEN_CJK_SINGLE.sub("", text) if " " in text else text


# Pinyin initials typed for words of the trade, when they stand alone between Chinese
# characters or spaces: xq门口 is 小区门口, 叫pcs来 is 叫派出所来; not inside English
# words (ktv, wifi, app) or after digits (100pcs)
_PINYIN_WORDS = {
    "xq": "小区", "wy": "物业", "jc": "警察", "zf": "政府", "pcs": "派出所", "cg": "城管",
    "sq": "社区", "jwh": "居委会",
}  # fmt: skip
_PINYIN_MARK = re.compile("[a-z]")
_PINYIN = re.compile(rf"(?<![a-z0-9])(?:{'|'.join(_PINYIN_WORDS)})(?![a-z])")


# Regional speech as workers type it, said the Mandarin way, so one rule serves all of it:
# Cantonese 阿公唔见咗 is 阿公不见了, 水浸入屋 is 水淹入屋, 几十个街坊围住 is 几十个居民围住;
# northern 俺爹夜个出门 is 我爹昨天出门, Sichuan 幺儿不晓得跑哪去了 is 孩子不知道跑哪去了.
# Matched on normalised text, where OpenCC has written 搵 as 揾, 𨋢 as 䢂, 嗰 as 𠮶, 餸 as 𩠌
# and 燶 as 㶶.
_REGIONAL_WORDS = {
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
    "遭": "被", "关到人": "关着人", "困到起": "困住了",
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
    # Northeastern: 咋整 is 怎么办, 贼呛 is 很呛, 埋汰 is 脏, 旮旯 is 角落, 脑瓜子 is 脑袋
    "咋整": "怎么办", "贼": "很", "埋汰": "脏", "旮旯": "角落", "唠嗑": "聊天",
    "脑瓜子": "脑袋", "屯子": "村子",
    # North China, Shandong and Henan: 俺 is 我, 恁 is 你, 咋 is 怎么, 不得劲 is 不舒服,
    # 夜个 and 昨儿个 are 昨天, 今儿个 is 今天, 后晌 is 下午, 弄啥 is 干啥
    "俺们": "我们", "俺奶奶": "我奶奶", "俺奶": "我奶奶", "俺": "我", "恁": "你",
    "咋个": "怎么", "咋": "怎么", "不得劲": "不舒服", "弄啥": "干啥",
    "夜儿个": "昨天", "夜个": "昨天", "昨儿个": "昨天", "昨个": "昨天", "昨儿": "昨天",
    "今儿个": "今天", "今儿": "今天", "明儿个": "明天", "明儿": "明天", "后晌": "下午",
    # North-west: 额们 is 我们, 碎娃 and 尕娃 are children, 咧 is 了, 打锤 is a fight
    "额们": "我们", "额家": "我家", "额妈": "我妈", "额爸": "我爸", "额爹": "我爹",
    "额爷": "我爷爷", "碎娃娃": "小孩", "碎娃": "小孩", "尕娃": "小孩", "咧": "了",
    "打锤": "打架",
    # South-west: 晓得 is 知道, 啷个 is 怎么, 幺儿 is a child, 耍 is 玩, 跶 is 摔,
    # 不巴适 is 不舒服
    "晓得": "知道", "啷个": "怎么", "幺儿": "孩子", "耍": "玩", "跶": "摔",
    "不巴适": "不舒服", "不安逸": "不舒服",
    # Hunan and Hubei: 哒 is 了, 堂客 is 老婆
    "哒": "了", "堂客": "老婆",
    # Wu: 勿 is 不, 覅 is 不要, 阿拉 is 我们, 伊拉 is 他们, 伊 is 他, 屋里厢 is 家里,
    # 灶披间 is 厨房, 一家头 is 一个人 (alone), 叫伊勿响 is 叫他不吭声, 挡牢 is 挡着
    "勿响": "不吭声", "勿": "不", "覅": "不要", "嫑": "不要", "呒没": "没有",
    "阿拉": "我们", "伊拉": "他们", "伊": "他", "屋里厢": "家里", "里向": "里",
    "灶披间": "厨房", "一家头": "一个人", "对牢": "对着", "挡牢": "挡着",
    # Hakka: 𠊎 is 我, 细人 is 小孩
    "𠊎": "我", "细人仔": "小孩", "细人": "小孩",
    # Hokkien and Teochew: 囝仔 is 小孩, 厝边 is 邻居, 厝内 is 家里, 古厝 is 老房子,
    # 不见去 is 不见了, 袂 is 不
    "囝仔": "小孩", "囡仔": "小孩", "厝边": "邻居", "厝内": "家里", "厝里": "家里",
    "古厝": "老房子", "老厝": "老房子", "不见去了": "不见了", "不见去": "不见了",
    "巷仔": "巷子", "袂": "不",
    # more Cantonese: 开片 is a gang fight, 劈友 is 砍人, 爆格 is a break-in, 水喉 is 水管,
    # 唞唔到气 is 喘不上气, 个仔 is 儿子, 㶶味 is 糊味, 痴线佬 is 神经病, 掟嘢 is 扔东西,
    # 瞓喺 is 躺在, 搞掂 is 搞定, 劏房 is a subdivided flat let out (群租房)
    "开片": "打群架", "劈友": "砍人", "爆格": "入室盗窃", "𠝹人": "砍人", "𠝹亲": "割伤",
    "𠝹": "割", "水喉": "水管", "唞唔到气": "喘不上气", "唞唔切": "喘不上气", "唞气": "喘气",
    "个仔": "儿子", "阿仔": "儿子", "游水": "游泳", "㶶": "糊", "攻出": "冒出",
    "架车": "辆车", "瞓喺": "躺在", "瞓低": "躺下", "点叫": "怎么叫", "点解": "为什么",
    "点算": "怎么办", "痴线佬": "神经病", "痴线": "神经病", "黐线": "神经病", "发癫": "发疯",
    "掟嘢": "扔东西", "出咗去": "出去了", "飞仔": "小混混", "隔篱": "隔壁", "成晚": "一晚上",
    "劏房": "群租房", "边个": "谁", "几多": "多少", "搞掂": "搞定", "好似": "好像",
    "㗎": "", "㖞": "",
}  # fmt: skip
# Regional phrases the rules know as they are said, kept whole so that no word inside them is
# rewritten into a phrase the rules lack: 俺爷 (not 我爷), 不晓得家, 讲了伊
_REGIONAL_KEPT = ("俺爷", "不晓得家", "不晓得咋个弄", "打俺这过", "讲了伊")
_REGIONAL_WORDS.update((w, w) for w in _REGIONAL_KEPT)
# Words regional only next to certain characters: 俺 but not 俺家 (the rules know it as
# said); 贼 before how something is (贼呛, 贼大), not a thief (抓贼, 贼骑电驴); 恁 as 你
# (恁快来) not 那么 (恁大的雨); 咋 but not 咋呼; 咧 but not 咧嘴, 骂骂咧咧, 着咧 (known as
# said: 房子着咧) or 喝药咧 (time for medicine as often as poison, which 喝药了 reads as);
# 遭 before what was done to someone (遭打, 遭冲走) not 遭遇 or 遭人 (known as said); 耍 but
# not 耍钱 or 耍赖; 跶 but not 蹦跶; 哒 but not 那嘎哒 or 咔哒; 勿 but not 请勿; 伊 but not
# 伊拉克 or 木乃伊; 个仔 but not 两个仔; 架车 but not 打架 or 架车子
_REGIONAL_GUARDS = {
    "贼": "贼(?=[大多冲呛臭响吓乱猛凶高深急冷热埋脏亮远])",
    "俺": "俺(?!家)",
    "恁": "恁(?![大多么般样地])",
    "咋": "咋(?![呼舌])",
    "咧": "(?<![大骂咧着药])咧(?![嘴咧开着])",
    "遭": "遭(?=[打抢压撞偷砸咬骗关困电烫冲砍埋拐])",
    "耍": "(?<!玩)耍(?![钱赖横流酒脾把刀猴宝心威嘴花滑手])",
    "跶": "(?<![蹦溜蹓])跶",
    "哒": "(?<![嘎旮嗒滴哒么咔吧嘀])哒(?![哒])",
    "勿": "(?<![请切务])勿",
    "伊拉": "伊拉(?![克])",
    "伊": "(?<![木])伊(?![拉朗斯犁利春甸蚊妹万])",
    "个仔": "(?<![一两三四五几每这那哪])个仔",
    "架车": "(?<![打吵劝拉骂])架车(?!子)",
    "袂": "(?<![联分])袂",
}
# Also said in Mandarin (拎住, 饮酒, 今朝, 游水) or ambiguous (伊, 点样), so mapped only when
# another regional word or particle says how the report is spoken
_REGIONAL_IN_COMPANY = frozenset((
    "系咪", "宜家", "今朝", "琴日", "寻日", "听日", "边度", "呢度", "企住", "拎住", "揸住", "浸入",
    "膝头哥", "屙呕", "饮酒", "阻住", "点样", "未返", "伊", "游水", "攻出", "架车", "点叫", "点解",
    "点算", "成晚", "边个", "几多", "好似", "里向", "对牢", "挡牢", "细人", "不见去",
    "不见去了",
    *_REGIONAL_KEPT,
))  # fmt: skip


def by_first_character(words: Iterable[str]) -> dict[str, list[str]]:
    """The words grouped by their first character, longest first within a group, for a
    regular expression that tries one group where a character stands instead of every word
    (不是|不要 as 不(?:是|要)): words said at one place share their first character, so the
    match is the same."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(word)
    return groups


def _alternation(words: list[str]) -> str:
    """The words as one regex alternation, longest first, each with its guard if it has one,
    grouped by first character (俺们|俺奶 as 俺(?:们|奶)): many start with common characters
    (一家头)."""
    groups = by_first_character(words)
    return "|".join(
        "|".join(_REGIONAL_GUARDS.get(w, re.escape(w)) for w in group)
        if any(w in _REGIONAL_GUARDS for w in group)
        else re.escape(first) + f"(?:{'|'.join(re.escape(w[1:]) for w in group)})"
        for first, group in groups.items()
    )


_REGIONAL = re.compile(_alternation(list(_REGIONAL_WORDS)))
_REGIONAL_CHARS = str.maketrans("咗冇唔喺嘅佢𠮶啲畀俾", "了没不在的他那的给给")
# A regional particle or word, checked first as almost no report has any: the particles above
# and every word not kept for company. Led by a look-ahead for the characters a mark starts
# with, so the search skips every other position at once instead of trying each alternative
_REGIONAL_MARK_CHARS = "咗冇唔喺嘅佢𠮶啲畀俾"
_REGIONAL_MARK_WORDS = [w for w in _REGIONAL_WORDS if w not in _REGIONAL_IN_COMPANY]
# 膝头 marks 膝头哥 said alone
_REGIONAL_MARK_WORDS.append("膝头")
_REGIONAL_MARK_FIRST = {*_REGIONAL_MARK_CHARS, *(w[0] for w in _REGIONAL_MARK_WORDS)}
# The alternatives of a group are tried one by one, so the groups are split into a few parts
# (MARK_PARTS), each led by a look-ahead for its first characters: where a common character
# stands (一, 不, 老), the search tries the groups of one part instead of all 135.
MARK_PARTS = 5


def _parted(words: list[str], parts: int) -> str:
    """`_alternation` of the words, its groups (by first character) dealt into `parts` parts,
    each led by a look-ahead for the first characters of its groups."""
    groups = by_first_character(words)
    firsts = list(groups)
    return "|".join(
        f"(?=[{''.join(part)}])(?:{_alternation([w for f in part for w in groups[f]])})"
        for part in (firsts[n::parts] for n in range(parts))
        if part
    )


_REGIONAL_MARK_LEAD = f"(?=[{''.join(sorted(_REGIONAL_MARK_FIRST))}])"
_REGIONAL_MARK_BODY = f"[{_REGIONAL_MARK_CHARS}]|{_parted(_REGIONAL_MARK_WORDS, MARK_PARTS)}"
_REGIONAL_MARK = re.compile(f"{_REGIONAL_MARK_LEAD}(?:{_REGIONAL_MARK_BODY})")


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
_SLIP_FIRST = "电金大一以冒媒现塔往趟每"
_SLIP = re.compile(
    f"(?=[{_SLIP_FIRST}])"
    r"(?:(?<![高低])电平|金盖|大架(?!子)|一股没气|以经(?![济营验典])|冒严|媒气|现再"
    r"|塔掉(?![了下])|往下馅|趟(?=在|地上|床上)|每人应)"
)


# Any slip, pinyin letter or regional mark, in one search led by a look-ahead for what they
# start with: 13 reports in 14 have none, and are searched once instead of three times
_ANY_REWRITE_FIRST = "".join(sorted({*_SLIP_FIRST, *_REGIONAL_MARK_FIRST}))
_ANY_REWRITE = re.compile(
    f"(?=[a-z{_ANY_REWRITE_FIRST}])(?:{_SLIP.pattern}|[a-z]|{_REGIONAL_MARK.pattern})"
)


def mandarin(clean: str) -> str:
    """Normalised text with regional words and particles in Mandarin (咗 -> 了, 俺 -> 我,
    幺儿 -> 孩子, 勿 -> 不), the pinyin initials phone typists use for a few words (xq -> 小区,
    wy -> 物业), and a few voice-input slips (电平车 -> 电瓶车, 金盖 -> 井盖)."""
    if not _ANY_REWRITE.search(clean):
        return clean  # nothing to rewrite, and so no regional mark after rewriting
    if _SLIP.search(clean):
        clean = _SLIP.sub(lambda m: _SLIPS[m.group()], clean)
    if _PINYIN_MARK.search(clean):
        clean = _SPACE_BETWEEN_CJK.sub("", _PINYIN.sub(lambda m: _PINYIN_WORDS[m.group()], clean))
    if not _REGIONAL_MARK.search(clean):
        return clean
    text = _REGIONAL.sub(lambda m: _REGIONAL_WORDS[m.group()], clean)
    return _SPACE_BETWEEN_CJK.sub("", text.translate(_REGIONAL_CHARS))


def is_classifiable(clean: str) -> bool:
    """Whether a normalised text can be a report at all (not empty, not a pasted novel)."""
    return 0 < len(clean) <= MAX_TEXT_CHARS and any(ch.isalpha() for ch in clean)
