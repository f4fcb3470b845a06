"""Something giving way with people under, in or on it now: the structure words and the people
words of the "正在晃掉歪塌，底下里面还有人" pattern, widened (round 20) with a support rusted
through and a unit hanging askew, a cave dwelling's roof dropping earth, a bridge pier pushed
askew by a flood with cars still driving on, a car park ceiling dropping concrete on drivers.
A street where people come and go (人来人往) is people under a thing already broken loose, not
under a sign only swaying in the wind (an earlier round's calm look-alike).
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("safety_hazard", "小区门口空调外机支架锈断了 外机斜挂着 楼下人来人往"),
    ("safety_hazard", "车库顶板往下掉混凝土块 车主在下面挪车"),
    ("safety_hazard", "窑顶往下掉土 一家人还住里头"),
    ("safety_hazard", "河上那座桥被水冲歪了 还有车往上开"),
]

CALM = [
    ("*", "挡土墙鼓出来了 雨季前最好处理 底下住了几户人家"),
    ("*", "广告牌摇摇晃晃 眼看就要掉下来 底下人来人往"),
    ("*", "老房子外墙前几年就裂了 一直有人住"),
    ("*", "步行街人来人往的 挺热闹"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
