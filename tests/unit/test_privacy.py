"""Phone and ID card numbers in report texts are masked; other numbers are left alone."""

from __future__ import annotations

import pytest

from gridbot.privacy import mask_pii


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("包工头电话13812345678不接", "包工头电话138****5678不接"),
        ("联系人 139 1234 5678", "联系人 139 **** 5678"),
        ("手机：+86 15912345678", "手机：+86 159****5678"),
        ("打8613812345678", "打86138****5678"),
        ("全角１３８１２３４５６７８", "全角１３８****５６７８"),
        ("物业电话0571-87654321", "物业电话0571-****4321"),
        ("座机010-1234567转", "座机010-***4567转"),
        ("（0571）87654321", "（0571）****4321"),
        ("身份证110101199003071234", "身份证110***********1234"),
        ("身份证号11010119900307123X。", "身份证号110***********123X。"),
        ("两个号码13812345678和13987654321", "两个号码138****5678和139****4321"),
    ],
)
def test_personal_numbers_are_masked(text: str, masked: str) -> None:
    assert mask_pii(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "事件编号20261123-0001已办结",
        "拖欠工资38000元，二十多名工人",
        "12345678901234567890 这串二十位的数字不是证件号",
        "1381234567 少一位不是手机号",
        "2026年11月23日 9:00",
        "",
    ],
)
def test_other_numbers_are_left_alone(text: str) -> None:
    assert mask_pii(text) == text


def test_nothing_gives_an_empty_text() -> None:
    assert mask_pii(None) == ""
