"""Words of the categories that say danger now by themselves, found by checking every category
keyword against the danger list (round 20): two people grappling (扭一块, 撕吧), a vehicle
overturned or a rider thrown (侧翻, 翻沟里, 甩出去了), a severe mental illness flaring up
(又犯病了), water still rising (水还在涨), something seeping out of a door crack, a beer
bottle swung at someone, a fire growing (越烧越大, 泼不灭), a blade drawn. Each urgent
sentence was missed before.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("public_security", "门口两个人扭一块了"),
    ("public_security", "那边有人撕吧起来了"),
    ("public_security", "吵着吵着拿啤酒瓶砸过去了"),
    ("public_security", "菜市场后头一个男的被人按在地上 好几个围着"),
    ("special_groups", "老张又犯病了 在楼道里乱喊"),
    ("traffic", "路口一辆面包车侧翻"),
    ("traffic", "电动车翻沟里了"),
    ("traffic", "有个人被车甩出去了"),
    ("municipal_facility", "院子里水还在涨"),
    ("fire_safety", "那家门缝往外冒白的"),
    # fire words of the category that say it is burning now
    ("fire_safety", "仓库那边越烧越大"),
    ("fire_safety", "电线烧了 一股焦糊气"),
    ("fire_safety", "楼下饭馆拿水泼不灭"),
    # fights and blades of the category
    ("public_security", "两伙人在烧烤摊打起架来了"),
    ("public_security", "那人突然拔刀了"),
    ("public_security", "一群人打一个小伙子"),
]

CALM = [
    ("municipal_facility", "去年雨大的时候水到过膝盖"),
    ("special_groups", "他上个月犯病了 现在吃药好多了"),
    ("safety_hazard", "宽带网线断了 找谁修"),
    ("public_security", "楼下的狗追着一个人跑 那人笑着逗它"),
    ("traffic", "上周那辆侧翻的货车已经拖走了"),
    ("fire_safety", "消防演练 模拟门缝往外冒烟"),
    ("safety_hazard", "电线断了的那个事已经修好了"),
    ("fire_safety", "上次电线烧了 换了新的"),
    ("*", "工地在电焊 火星子往下掉"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
