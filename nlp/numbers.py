"""Numbers of people in report text: 二十多名工人, 十几个人, 50余人, 三四十人, 上百名.

Voice input and phones write numbers both ways, and field reports give rough counts
(多, 余, 来, 几), so a count is the lower bound of what was said.
"""

from __future__ import annotations

import re

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
# the characters of a Chinese numeral, rough ones included (几, 数); 上百, 好几 start with 上, 好
_NUMERALS = "零〇一二两俩三四五六七八九十百千万几数"
_NUMBER = rf"(?:\d+|[{_NUMERALS}上好]+)"
_APPROX = r"(?:多|余|来|几|把|上下|左右)?"
# A count is people when it is followed by 人, by the people classifiers 名/位, by 个 and
# a word for people (工人, 村民, 业主, 骑手, 司机 ...), or directly by a word for a group of
# people (几百业主, 三十多村民).
_NOUN = (
    r"[\u4e00-\u9fff]{0,3}"
    r"[人工员民主生长手机友客汉子的师众属兵姓妈姨哥姐太爷婆娘叔伯娃童仔户贩乡孩安匠嫂]"
)
_GROUP_WORDS = (
    "业主", "村民", "居民", "工人", "农民工", "民工", "职工", "员工", "群众",
    "家长", "学生", "商户", "摊主", "投资人", "访民", "老人", "骑手", "司机",
    "家属", "患者", "病人", "学员", "会员", "摊贩", "小贩", "工友", "老乡",
    "大妈", "阿姨", "老太太", "青年", "小伙子", "男的", "女的", "受害人", "受害者",
    "储户", "债主", "债权人", "外卖员", "快递员",
)  # fmt: skip
_GROUP = f"(?:{'|'.join(_GROUP_WORDS)})"
# Any other word for people: two to four characters ending as such words end (服务员, 厨师,
# 搬运工, 租客, 养殖户, 外卖小哥), not starting with a unit (三十多万工程款, 五十多平米的户型);
# right after Arabic digits or 千/万 only a listed group counts (501住户 is a flat, 两千 money).
_PERSON = (
    r"(?:[^\W\d\s年月日天周号个名位块元毛角分秒斤两吨米平方层楼栋间套台辆部张次岁度万亿千百十多余来几]"
    r"[\u4e00-\u9fff]{0,2}[员工师民户客生手哥姐嫂妈姨爷婆叔娃汉匠]"
    rf"|{_GROUP})"
)
# 一百来号人, 几十号业主: 号 counts heads
_NOT_PEOPLE = r"(?!月|小时|多小时|多月|星期|礼拜|钟头|单元|房间)"
# A bare count (group "bare") is people only after people were named: 村民本来十来个
# 越来越多了 现在差不多五十个 堵在门口
_BARE = (
    r"(?P<bare>[个号](?=[^\u4e00-\u9fff]|$|了|都|在|堵|围|左右|上下)"
    # 五六十个吧 堵在售楼部, 三十来个坐在门口: a particle or what the crowd does
    r"|个(?=[吧呢啊说坐站跪躺举拉喊要等聚闹往冲把]))"
)
# Each pattern below starts with a look-ahead for the characters it can start with: the
# regular expression engine then skips every other position at once instead of trying each
# alternative there (three times faster on reports, where most positions start nothing).
_NUMBER_START = rf"(?=[\d{_NUMERALS}上好])"
_PEOPLE = re.compile(
    rf"{_NUMBER_START}(?!五保户)(?P<num>{_NUMBER}){_APPROX}"
    rf"(?:号?人|[名位口户](?:{_NOUN})?|个{_NOT_PEOPLE}{_NOUN}"
    rf"|家{_PERSON}|家(?=[围堵聚坐站闹])|号?{_GROUP}|号?(?<![0-9千万]){_PERSON}"
    # 十几个理财爆雷的投资人: what the people are, said between the count and the word for them
    rf"|个{_NOT_PEOPLE}[\u4e00-\u9fff]{{2,6}}的(?:{_GROUP}|{_PERSON}|人)|{_BARE})"
)
# The count said after the group, as speech often does: 家长二三十个, 工人十几名, 村民上百号人
# 住户 counts only before its count: 住户来了四五十个, but 501住户 is a flat
# Things counted with 个 that are not people: 三个小时, 两个店, 五个地方
_COUNTED = "岁|小时|钟头|月|平|米|房|车|店|摊|铺|单|件|箱|包|点|地方"
# What a group may have several of, rather than be: 我们三个小区, 他们两个孩子
_THINGS = f"{_COUNTED}|村|小区|厂|单位|部门|项目|孩子|娃|人家|家"
_GROUP_AFTER = ["住户", "拆迁户", "租户", *_GROUP_WORDS]
_GROUP_START = "".join(sorted({w[0] for w in _GROUP_AFTER}))
_PLURAL_START = rf"有来差大得\d{_NUMERALS}上好"
_PEOPLE_AFTER = re.compile(
    # what either alternative starts with, so the search skips other positions at once
    rf"(?=[{_GROUP_START}{_PLURAL_START}])(?:(?=[{_GROUP_START}])"
    rf"(?:{'|'.join(_GROUP_AFTER)})(?:有|来了|差不多|大概|得有)?(?P<num>{_NUMBER}){_APPROX}(?:个{_NOT_PEOPLE}|[名位]|号?人)"
    # any plural of people (婆姨们三十多个, 老乡们二十来个), not counting things they have
    # (我们三个小区, 他们五个孩子)
    rf"|(?=[{_PLURAL_START}])(?<=[\u4e00-\u9fff]们)"
    rf"(?:有|来了|差不多|大概|得有)?(?P<plural>{_NUMBER}){_APPROX}"
    rf"(?:个{_NOT_PEOPLE}(?![\u4e00-\u9fff]{{0,2}}(?:{_THINGS}))|[名位]|号?人))"
)
# Every match of _PEOPLE_AFTER holds one of these: a group named, or the 们 of a plural. Only a
# third of the reports with a numeral do, and one search for them, led by their first
# characters, skips the rest at once.
_PEOPLE_AFTER_WORDS = re.compile("|".join([*_GROUP_AFTER, "们"]))
# 孩: 小孩…十几个了; 一大帮 (群, 伙, 批) 四五十个
_NAMED = re.compile(rf"{_PERSON}|人|孩|[帮群伙批]")
# A count right after a verb of coming or crowding is people without a word for them:
# 来了二十多个, 围了三四十个, 聚了十来个堵在门口, 被买房的围了，大概五十来个 (not 打起来了
# 一个拿着剪刀, a complement).
# After 有 (有二三十了, 有三十多个了) only when nothing follows that could be counted,
# people were named before, and no age is meant (老人有八十多了, 今年有六十多了).
_CROWDING = ("围", "聚", "聚集", "堵", "挤")  # verbs of crowding, said with 了
_CROWD_VERB_COUNT = re.compile(
    rf"(?=[来围聚堵挤有])(?:(?P<verb>(?<![起出回过上下进])来了|(?:{'|'.join(_CROWDING)})了)"
    r"|(?P<have>(?<!今年|岁数|年纪|老人|大爷|奶奶|老太|老头|爷爷|婆婆)有))"
    rf"[，,\s]?(?:差不多|大概|得有|将近|快)?(?P<num>{_NUMBER}){_APPROX}"
    rf"(?:[个号]{_NOT_PEOPLE}(?![\u4e00-\u9fff]{{0,2}}(?:{_COUNTED}|窝|洞|坑))"
    rf"(?(have)(?=[^\u4e00-\u9fff]|$|了|都|在|堵|围))|(?=[^\u4e00-\u9fff]|$|了(?![\u4e00-\u9fff]{{0,1}}岁)))"
)

# Every match of _CROWD_VERB_COUNT holds one of these (a third of the reports with a numeral)
_CROWD_VERB_WORDS = re.compile("|".join(["来了", *(f"{verb}了" for verb in _CROWDING), "有"]))


# Crowds said without a number (一大群人, 黑压压一片, 好多工人, 一帮村民) count as the smallest
# crowd, ten; they make a report urgent only together with a crowd word (围着, 堵在, 闹 ...).
_VAGUE_CROWD = re.compile(
    # the first characters of the alternatives below: add the first character of a new one
    r"(?=[一黑乌好几人水里越围全整大半两三四五装坐挤站很许那这被工司骑员职师商老不])(?:"
    r"一大(?:群|帮|伙|拨|波)(?:[\u4e00-\u9fff]{0,4}[人工民主生员众长属太头兵友机手户客娃]|(?=[在都，,\s]|$))|一大(?:堆|片)人|黑压压|乌泱泱|乌压压|乌泱乌泱|乌央乌央|乌央央|好几十号|几十号人|人山人海|水泄不通|里三层外三层"
    # Northeastern 老鼻子人 (a great many people), 老多人; 人头攒动
    r"|老鼻子人|老多人了|老多人在|人头攒动"
    r"|越聚越多|人越来越多|围了一圈人|人(?:挺|很|好|特别|老|非常|贼)多|人不少"
    r"|(?:全村|全厂|全楼|整栋楼|全小区|整个小区|整个村|全体|大?半个(?:村|厂|小区|镇|寨))(?:的)?[\u4e00-\u9fff]{0,2}[人工民主生户]"
    r"|(?:好几|几|两|三|四|五)(?:辆|台)(?:大巴|大客车?|客车|中巴)|(?:几|好几|两|三)车人|(?:装|坐|挤|站)满了?(?:人|[\u4e00-\u9fff]{0,2}[工民主生长属])|(?:坐|站|挤|围)满了(?=[^\u4e00-\u9fff]|$)"
    r"|(?:好多|好些|很多|许多|一堆|不少)(?:个)?[\u4e00-\u9fff]{0,2}[人工民主生]"
    r"|(?:一帮|一群|一伙|一拨|那帮|这帮|那群|这群|那伙|这伙|那拨|这拨)[\u4e00-\u9fff]{0,4}[人工民主生员众客机长属太妈姨婆爷娃户友]"
    r"|被(?:业主|村民|工人|民工|家长|群众|居民|商户|学生|骑手|司机)们?给?(?:围|堵)"
    r"|(?:工人|司机|骑手|员工|职工|师傅|商户)们?全(?:都|部)?(?:停工|罢工|罢送|罢运|罢市|不干了))"
)
_VAGUE_COUNT = 10
# A whole family (全家, 一家人, Cantonese 成家人) is at least three people: enough to be "several
# taken ill together" (sick_min_people), never a crowd.
_FAMILY = re.compile("全家|一家人|一家子|一家老小|成家人|一家大小")
_FAMILY_COUNT = 3


# A number right after a unit of goods or money is a price or a quantity (一盒好几百, 一斤十几块),
# whatever word follows it once spaces are gone
_PRICED = re.compile("[盒瓶袋包箱元斤][好上]?$")


def parse_number(text: str) -> int | None:
    """Parse an Arabic or Chinese numeral, rough forms included; None if it is not one.

    三四十 -> 30, 十几 -> 10, 十好几 -> 10, 上百 -> 100, 几十 -> 20, 好几 -> 3, 二十 -> 20,
    一百零五 -> 105.
    """
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if text == "好几":  # 好几个小孩: several, at least three
        return 3
    text = text.lstrip("上好")
    if text in ("", "几", "数"):
        return None
    if len(text) > 1 and text[-2:] == "好几":  # 十好几 -> 十几
        text = text[:-2] + "几"
    if text[0] in "几数" and len(text) > 1:  # 几十, 数百: "some tens" -> two of them
        text = "二" + text[1:]
    total, digit, seen = 0, None, False
    for ch in text:
        if ch in _DIGITS:
            if digit is None or digit == 0:
                digit = _DIGITS[ch]
            # a second digit in a row is a range (三四十): keep the lower one
            seen = True
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit == 10000:
                total = (total + (digit or 0)) * unit
            else:
                total += (1 if digit is None else digit) * unit
            digit, seen = None, True
        elif ch == "几":
            continue
        else:
            return None
    if not seen:
        return None
    return total + (digit or 0)


# A count the patterns above give a number for has one of these characters in it (上 and 好
# alone, or before 几 alone, are no number: see `parse_number`); 3 reports in 10 have none, and
# are not searched for counts.
_NUMERAL = re.compile(rf"[\d{_NUMERALS}]")


def people_count(text: str) -> tuple[int, str] | None:
    """The largest number of people mentioned and the words that said it."""
    best: tuple[int, str] | None = None
    vague = _VAGUE_CROWD.search(text)
    if vague:
        best = (_VAGUE_COUNT, vague.group(0))
    else:
        family = _FAMILY.search(text)
        if family:
            best = (_FAMILY_COUNT, family.group(0))
    if not _NUMERAL.search(text):
        return best
    after = _PEOPLE_AFTER.finditer(text) if _PEOPLE_AFTER_WORDS.search(text) else ()
    for m in (*_PEOPLE.finditer(text), *after):
        n = parse_number(m.group("num") or m.group("plural"))
        if n is None or (best is not None and n <= best[0]):
            continue
        if _PRICED.search(text, max(0, m.start() - 2), m.start()):
            continue  # 一盒好几百 老人围了一圈: a price, the people after it uncounted
        if m.groupdict().get("bare") and not _NAMED.search(text, 0, m.start()):
            continue
        best = (n, m.group(0))
    crowd = _CROWD_VERB_COUNT.finditer(text) if _CROWD_VERB_WORDS.search(text) else ()
    for m in crowd:
        n = parse_number(m.group("num"))
        if n is None or (best is not None and n <= best[0]):
            continue
        if m.group("have") and not _NAMED.search(text, 0, m.start()):
            continue
        best = (n, m.group(0))
    return best
