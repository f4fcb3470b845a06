"""A security, fire or hazard report that says the thing is still going on (还在, 正在) is
urgent (so is 正有人 and 还没走: someone at it now, not gone); a standing condition said with
the same words (还在用, 还在楼道里充电) is not."""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import assert_told


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("502门锁被撬了 里面还有动静 人可能还在里面", "public_security"),
        ("小偷还在停车场转悠 穿黑衣服", "public_security"),
        ("有人在翻5号楼的电表箱 偷电线 人还在", "public_security"),
        ("那个拎包的还在菜场里面 刚才偷了一个大姐的手机", "public_security"),
        ("偷电动车那人正在小区门口", "public_security"),
        # 正有人 (someone is at it right now), 还没走 (the one doing it has not left)
        ("菜场后门 正有人偷电动车电瓶 我在楼上看着呢", "public_security"),
        ("小卖部门口有个醉汉拿酒瓶子冲店员嚷嚷 那人还没走", "public_security"),
    ],
)
def test_a_thing_still_going_on_is_urgent(text: str, category: str) -> None:
    assert_told(text, category, True)


@pytest.mark.parametrize(
    "text",
    [
        "消防通道还在堵着 说了好几次了",
        "电动车还在楼道里充电",
        "那个赌博窝点还在开着",
        "菜场好几家还在用老式煤气罐",
        "小区消防通道上划了车位 物业还在收停车费",
        "服务员不小心把酒瓶打碎了，正在扫",
        "上周那个小偷还在逃",
        "火已经灭了 还在冒点白烟 消防在现场",
        "楼道堆物的事 物业正在处理",
        "小作坊里堆了稀料 工人还在里面抽烟",
    ],
)
def test_a_standing_condition_or_a_thing_being_dealt_with_is_not(text: str) -> None:
    assert_told(text, "*", False)


def test_other_categories_are_not_made_urgent_by_still() -> None:
    assert_told("楼下烧烤摊还在摆 油烟熏得睡不着", "*", False)
    assert_told("隔壁装修还在打电钻", "*", False)


def test_people_still_using_a_condemned_structure_is_a_standing_hazard() -> None:
    assert_told("村里那座危桥 人还在上面走", "*", False)
    assert_told("那栋危房还在住人 社区劝了几次", "safety_hazard", False)


def test_an_illness_denied_or_asked_after_makes_no_one_sick() -> None:
    assert_told("食堂中午十几个工人吃了同一锅菜 没有人拉肚子", "*", False)
    assert_told("同一个班五六个孩子 有人头晕吗 家长想问问", "*", False)
    assert_told("五六个人都说头晕 在小区门口", "*", True)
    assert_told("是不是着火了吗 好大的烟 快来人", "fire_safety", True)


@pytest.mark.parametrize(
    "text",
    [
        "燃气管用了十几年 锈了 目前还没漏 想找人来查查",
        "烟感报警器没响 就是想问问多久换电池",
        "煤气罐没漏 就是阀门有点松",
        "燃气灶倒没漏 就是打不着火",
    ],
)
def test_a_danger_pair_whose_second_word_is_denied_is_no_danger(text: str) -> None:
    """燃气+漏 needs a leak said, not 没漏."""
    assert_told(text, "*", False)


def test_a_danger_pair_said_outright_still_counts() -> None:
    assert_told("燃气管漏了 满楼道的味", "*", True)
    assert_told("报警器响了 楼道里一股烟味", "fire_safety", True)
