"""Vocabulary of fire, smoke, gas, electric shock and water coming into homes, as new writers
say it: how smoke moves and looks, what burns (grass, woods, sheds), terse alarms, old and
misheard words (走水, 着活了, 倒罐), hissing gas, water up to the ankle or knee, dykes
seeping above homes. Texts written for these tests, none of them a line of a labelled set.
Each urgent group has look-alikes that must stay calm: harmless smoke (烧烤, 烧纸, 油烟,
烟雾缭绕), routine fire-safety issues, past or handled events.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import assert_told


@pytest.mark.parametrize(
    "text",
    [
        "7栋4楼窗户往外冒灰烟，屋里好像没人",
        "楼道里突然冒出好多黑烟 呛得人睁不开眼",
        "灰色的烟从通风口一直往外涌",
        "烟，3栋5楼，快",
        "三单元有烟 快来",
        "后山林子着了，火顺着坡往下烧",
        "玉米地边上的草着火了 往果园那边烧",
        "牛棚着了 牛还在里面",
        "仓库门缝透着亮，里头噼里啪啦响，还有焦糊味",
        "二楼窗户往外冒 黑乎乎的 里面有人在喊",
        "走水了 走水了 后街",
        "着活了 3栋",
        "对面山上烧山火了 火线好长",
        "楼里报警器一直在叫 有烟味",
        "柴房那一片通红 火星子往邻居家飘",
        "火借着风往村里烧",
        "火从一楼窜到二楼了",
        "一股烧塑料的味道 呛得人直咳嗽 不知道哪家着了",
    ],
)
def test_fire_or_smoke_now_is_urgent_fire_safety(text: str) -> None:
    assert_told(text, "fire_safety", True)


@pytest.mark.parametrize(
    "text",
    [
        "液化气罐子阀门坏了，一直呲呲往外冒气",
        "楼道里一股臭鸡蛋的气味 整层都能闻到",
        "闻到好浓的瓦斯味",
        "工人被高压电打着了 从梯子上掉下来",
    ],
)
def test_gas_leak_or_electric_shock_now_is_urgent_safety_hazard(text: str) -> None:
    assert_told(text, "safety_hazard", True)


@pytest.mark.parametrize(
    "text",
    [
        "一楼住户家里返水，已经没过脚踝了",
        "雨水倒灌到地下商场",
        "商铺里水没到小腿了 还在涨",
        "水倒罐进车库了 车都泡着",
        "河堤漏水了 堤下面住着人",
        "水库坝上渗水 越来越大",
    ],
)
def test_water_coming_into_homes_or_a_seeping_dyke_is_urgent(text: str) -> None:
    assert_told(text, "*", True)


@pytest.mark.parametrize(
    "text",
    [
        "暴雨 水倒灌进一楼住户家里",
        "下水道往外翻水 一楼几户都进水了",
        "商铺里水没到小腿了 还在涨",
    ],
)
def test_water_in_homes_is_a_municipal_report(text: str) -> None:
    assert_told(text, "municipal_facility", True)


def test_a_crash_with_smoke_stays_traffic() -> None:
    """Smoke from a crashed car with the driver inside: urgent, but the crash is the report."""
    assert_told("路口两辆车撞在一起 车头在冒烟 司机还在里面没出来", "traffic", True)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("楼下那家烤鸭店烟很大，冒白烟", None),
        ("清明节有人在山上烧纸 一股一股的烟", None),
        ("烧烤店的油烟往楼上窜 熏得睁不开眼", None),
        ("隔壁在熏腊肉 烟往我家冒", None),
        ("化工厂夜里开机生产 烟往外冒 呛得咳嗽", None),
        ("棋牌室里面烟雾缭绕的 门口还有人放哨", None),
        ("楼道里有股烟味 有人在喊收废品", None),
        ("楼道堆了好多纸箱 有火灾隐患 赶紧处理一下", "fire_safety"),
        ("电动车在楼道里充电 怕起火 快来管管", "fire_safety"),
        ("楼下装修噼里啪啦响了一整天", None),
        ("清明节快到了 村里要防山火 安排人巡逻", None),
        ("烟感一直滴滴叫 应该是没电了 问下谁负责换", None),
        ("窗框发黑 是油烟熏的", None),
        ("社区组织消防演练 楼道里放了烟雾 大家往下跑", None),
        ("上周老李家厨房着火了 现在来问保险的事", None),
        ("下水道有股臭鸡蛋味，好几天了", None),
        ("楼上卫生间漏水 渗到我家天花板了", None),
        ("雨停了 水已经退了 屋里还有点泥", None),
        ("村里在烧荒 烟很大 有没有人管", None),
        ("炉子生火的时候冒烟 邻居有意见", None),
        ("晚霞红彤彤的一片 风很大", None),
        ("堤坝那段去年渗过水 今年要加固吗", None),
    ],
)
def test_harmless_smoke_routine_hazards_and_past_events_stay_calm(
    text: str, category: str | None
) -> None:
    assert_told(text, category or "*", False)
