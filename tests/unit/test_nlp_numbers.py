"""Counts of people as workers write them, in Chinese or Arabic numerals."""

from __future__ import annotations

import pytest

from nlp.numbers import parse_number, people_count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("二十多名工人", 20),
        ("十几个人", 10),
        ("50余人", 50),
        ("三四十人", 30),
        ("五六十人", 50),
        ("上百名投资人", 100),
        ("一百多人", 100),
        ("十多名货车司机", 10),
        ("二十来人", 20),
        ("几十个村民", 20),
        ("8名装修工人", 8),
        ("二三十个民工", 20),
        ("二三十个老太太", 20),
        ("好几百业主", 200),
        ("三十多村民", 30),
        ("一百来号业主", 100),
        ("四五十个租户", 40),
        ("二十多户村民", 20),
        ("七八十个村民", 70),
        ("十来个小伙子", 10),
        ("30来号人", 30),
        ("三四十号农民工", 30),
        ("二十多个农民工", 20),
        # round 9: a bare count right after a verb of coming or crowding
        ("街道大厅来了二十多个", 20),
        ("大门口围了三四十个 不让车出", 30),
        ("村委会门口聚了十来个堵着", 10),
        ("路口堵了二十好几个", 20),
        # round 10: a bare count after people were named (一大帮 names them), before a
        # particle or what the crowd does
        ("业主来了好多 大概五六十个吧 堵在售楼部", 50),
        ("来了一大帮 四五十个 说是拆迁的", 40),
        ("村民三十来个坐在村委会门口", 30),
        ("学校门口坐满了, 都是为学区的事", 10),
        # a whole family is three people (several taken ill together), never a crowd
        ("全家都拉肚子", 3),
        ("成家人肚痛到而家", 3),
        ("业主越来越多 有二三十了", 20),
        ("门口的人有五六十了", 50),
        ("家长来了三四十", 30),
    ],
)
def test_rough_counts_of_people_are_read_as_their_lower_bound(text: str, count: int) -> None:
    found = people_count(text)
    assert found is not None and found[0] == count


@pytest.mark.parametrize(
    "text",
    ["找了两个多小时", "三个月工资没发", "5辆电动车", "三个单元", "401与501住户"]
    # round 9: after a crowd verb, still not people: ages, things, hours, complements
    + ["老人有八十多了", "他今年有六十多了", "摊位有二十多个了", "有二十多个摊位", "来了两辆车"]
    # round 10: bare counts with no people named, and dates
    + ["鸡蛋买了十个吧", "三月十号要来检查", "快递堆了二十多个在门口", "两辆面包车"]
    + ["来了几个小时了", "有三十多个了", "打起来了 一个拿着剪刀", "等了二十多分钟"],
)
def test_counts_of_other_things_are_not_people(text: str) -> None:
    assert people_count(text) is None


@pytest.mark.parametrize(
    "text",
    ["一大群人", "黑压压一片", "好多工人", "一帮村民", "聚了好多人", "一大帮工人", "全村的人"]
    + ["人越聚越多", "一大帮司机", "一大群外卖骑手", "一大伙住户", "人挺多的", "人不少"],
)
def test_crowds_without_a_number_count_as_ten(text: str) -> None:
    found = people_count(text)
    assert found is not None and found[0] == 10


@pytest.mark.parametrize(
    ("text", "count"),
    [("家长二三十个", 20), ("工人十几名", 10), ("村民有上百号人", 100), ("业主三四十位", 30)]
    + [("受害人四十多个", 40), ("储户二十来个", 20), ("债主十几个", 10)],
)
def test_counts_said_after_the_group_are_people(text: str, count: int) -> None:
    found = people_count(text)
    assert found is not None and found[0] == count


@pytest.mark.parametrize("text", ["一盒好几百 老人围了一圈在买", "一斤十几 大妈们在抢"])
def test_a_price_before_a_group_is_not_its_count(text: str) -> None:
    found = people_count(text.replace(" ", ""))
    assert found is None or found[0] < 10


def test_a_count_after_a_verb_of_crowding_and_a_comma_is_people() -> None:
    found = people_count("售楼部被退房的围了，大概四十来个")
    assert found is not None and found[0] == 40


@pytest.mark.parametrize(
    ("text", "count"),
    # any plural of people before its count, also when a clause follows without a break
    [("外地婆姨们三十多个老板跑了", 30), ("老乡们二十来个", 20), ("同学们十几个在操场", 10)],
)
def test_a_plural_of_people_before_its_count_is_people(text: str, count: int) -> None:
    found = people_count(text)
    assert found is not None and found[0] == count


@pytest.mark.parametrize("text", ["我们三个小区", "他们家两个孩子上学", "咱们村五个项目"])
def test_what_a_plural_has_is_not_counted_as_the_plural(text: str) -> None:
    found = people_count(text)
    assert found is None or found[0] < 3


def test_a_group_followed_by_a_span_of_time_is_not_a_count() -> None:
    assert people_count("业主三个月没交物业费") is None


def test_the_largest_group_mentioned_wins() -> None:
    assert people_count("两个人带着三十多个工人") == (30, "三十多个工人")


def test_numerals_parse_with_units() -> None:
    assert parse_number("一百零五") == 105
    assert parse_number("两万") == 20000
    assert parse_number("十") == 10
    assert parse_number("35") == 35
    assert parse_number("几") is None
    assert parse_number("") is None


def test_a_sum_of_money_before_a_group_is_not_a_count() -> None:
    assert people_count("房东扣了两千 租客不服") is None


@pytest.mark.parametrize(
    ("text", "count"),
    [("十好几个搬运工", 10), ("好几个小孩", 3), ("好几个人", 3), ("二十好几个工人", 20)],
)
def test_several_and_a_dozen_odd_are_counted(text: str, count: int) -> None:
    found = people_count(text)
    assert found is not None and found[0] == count


def test_several_days_is_not_a_count() -> None:
    assert people_count("好几天没见") is None


@pytest.mark.parametrize(
    "text",
    [
        "银行门口老鼻子人了",
        "一大拨业主围在售楼部",
        "那拨村民堵在村口",
        "乌央乌央的人围着工地",
        "大厅里人头攒动",
    ],
)
def test_northeastern_and_spoken_crowds_count_as_ten(text: str) -> None:
    found = people_count(text)
    assert found is not None and found[0] == 10, text


def test_a_bare_count_doing_something_to_a_place_is_people() -> None:
    """业主…二十多个把物业办公室围了: people named before the count, then what they did."""
    assert people_count("业主一拨人二十多个把物业办公室围了") == (20, "二十多个")
    assert people_count("二十多个把门堵了") is None  # nobody named: no count of people
