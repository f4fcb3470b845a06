"""Something giving way with people under, in or on it now: the structure words and the people
words of the "正在晃掉歪塌，底下里面还有人" pattern, widened (round 20) with a support rusted
through and a unit hanging askew, a cave dwelling's roof dropping earth, a bridge pier pushed
askew by a flood with cars still driving on, a car park ceiling dropping concrete on drivers.
A street where people come and go (人来人往) is people under a thing already broken loose, not
under a sign only swaying in the wind (an earlier round's calm look-alike).
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import assert_told

URGENT = [
    "小区门口空调外机支架锈断了 外机斜挂着 楼下人来人往",
    "车库顶板往下掉混凝土块 车主在下面挪车",
    "窑顶往下掉土 一家人还住里头",
    "河上那座桥被水冲歪了 还有车往上开",
]

CALM = [
    "挡土墙鼓出来了 雨季前最好处理 底下住了几户人家",
    "广告牌摇摇晃晃 眼看就要掉下来 底下人来人往",
    "老房子外墙前几年就裂了 一直有人住",
    "步行街人来人往的 挺热闹",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text: str) -> None:
    assert_told(text, "safety_hazard", True)


@pytest.mark.parametrize("text", CALM)
def test_calm(text: str) -> None:
    assert_told(text, "*", False)
