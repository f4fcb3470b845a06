"""Several taken ill together said with 绞痛 or a plain 吐 of children, and a person on their own
in a fever talking nonsense with nobody to take them (说胡话, 没人送): words added to the sick
words and the weak cues after the misses of two blind sets (round 22, session 11).
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("food_drug", "喝完喜酒一个多钟头 好些客人说肚子绞痛 已经有十几个了"),
    ("food_drug", "幼儿园午饭后 好几个孩子吐 老师正往医院抱"),
    ("livelihood", "五保户老杨烧得说胡话 卫生院关门了 没人送"),
]

CALM = [
    ("*", "肚子绞痛去医院看了 是阑尾炎 已经好了"),
    ("environment", "这条路的垃圾没人管 臭死了"),
    ("*", "孩子吐奶是不是正常 想问问社区医生"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
