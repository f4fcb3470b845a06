"""People nearby hiding or running out: whatever the reporter could not name, the people on the
spot are getting away from it (服务员都躲到楼梯间, 摊主都躲开了, 乘客到处跑). Each urgent
sentence below was missed before; the calm ones hide from a creditor, the rain or a dog.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("*", "KTV三楼一阵一阵的响 服务员都躲到楼梯间去了"),
    ("*", "夜市那头有人吵吵 摊主都躲开了"),
    ("*", "那个男的在院子里乱转 邻居们都躲屋里了"),
    ("*", "车站那边有人喊 乘客到处跑"),
    ("*", "刚才楼下不知道咋了 大家都躲起来了"),
    ("*", "保安说那人不对劲 保安都不敢上前"),
    ("*", "商场三楼好多人捂着嘴往外挤 警报响个不停"),
    ("*", "有个生人在撬对门的锁 我躲在楼下盯着"),
    ("*", "我上楼顶晒衣服 看见天台边上站着个人 我不敢上前"),
]

CALM = [
    ("dispute", "老板欠钱不还 一找就躲"),
    ("dispute", "他借了钱 人躲起来了 电话也不接"),
    ("*", "下雨了 大家都躲到屋檐下"),
    ("*", "小狗追着跑 孩子们吓得到处跑"),
    ("*", "消防演练 大家往外跑"),
    ("*", "那条大黑狗很凶 路人都不敢靠近"),
    ("*", "夏天太阳太毒 大家都躲在屋里"),
    ("*", "路灯坏了一个月 老人都不敢出门"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
