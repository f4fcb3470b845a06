"""What a calm word reaches: a lamp or a stove going out is no fire put out, onlookers
scattering from a knife are no fight that ended, and last year's overtime pay dates what is
owed, not when the crowd gathers; a time gone by that lasts until now (前两天出门 一直没回来)
is no time gone by. Each urgent sentence below was calmed by the rules before.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # the lights or the stove went out: the danger goes on
    ("fire_safety", "配电柜一直冒火花 一股焦糊味 走廊的灯全灭了"),
    ("livelihood", "五保户老刘冻得说不出话 火炉早就灭了"),
    # the crowd scattered because of the knife
    ("public_security", "俩人拿着刀在菜市场追着砍 人群一下散开了"),
    # a crowd at the gate over pay owed since last year
    ("labor", "工地三十多个工人围在项目部门口 要去年的加班费"),
    # a time gone by that lasts until now
    ("livelihood", "隔壁大爷前两天出门 一直没回来 电话也打不通"),
]

CALM = [
    ("fire_safety", "厨房着火了 已经扑灭了 灯也灭了"),
    ("public_security", "刚才两伙人打架 现在人都散了"),
    ("labor", "工人来问去年的加班费怎么算"),
    ("livelihood", "前天老人摔了一跤 已经好了"),
    ("safety_hazard", "上周电梯困过人 一直没修"),
    # rescued, snoring, a chimney (烟筒 is the northern word for 烟囱)
    ("safety_hazard", "电梯困人已解救"),
    ("*", "老汉喝多了在炕上睡 叫不答应 打呼噜呢"),
    ("environment", "砖厂烟筒一天到晚冒黑烟"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
