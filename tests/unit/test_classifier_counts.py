"""Counts that make a report urgent: a gathering over a grievance, a family taken ill.

A labour or petition report that counts ten or more people on the spot is a crowd over a
grievance even when it names no crowd verb (围着, 堵门): the category already says what the
grievance is. Plans, online talk and head counts of the people concerned are no gathering.
A whole family (全家, 一家三口) ill after the same food is "several taken ill together".
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import classifier


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("工人代表来电 我们二十多个人就在老板家楼下 今天不给钱谁也别想走", "labor"),
        ("三十来号工人一早都没上岗 全在厂区空地上等老板来发工资", "labor"),
        ("四十多个拆迁户这会儿全到了书记那层楼 要书记出来见面", "petition"),
        # 去年 dates the wages owed, not the gathering
        ("工地十几个工人把项目经理的车拦住了 坐在车前面不让走 讨去年的工钱", "labor"),
        # a plural of people counted, the next clause run on after a space
        ("厂里的姐妹们二十几个 老板不见了 都在厂门口哭着要钱", "labor"),
    ],
)
def test_many_people_on_the_spot_over_pay_or_a_grievance_are_urgent(
    text: str, category: str
) -> None:
    result = classifier().classify(text)
    assert (result.category, result.urgent) == (category, True)
    assert any(ch.isdigit() or ch in "十百" for reason in result.urgency_reasons for ch in reason)


@pytest.mark.parametrize(
    "text",
    [
        "电子厂拖欠工资 涉及15人 已登记 转劳动监察",
        "业主群里五十多人报名 说下周一起去市里反映交房的事",
        "听说有二十来个工人打算月底去劳动局问工资的事",
        "三个工人的工资拖了两个月 想问问找哪个部门",
        "周六有十来个业主说要去拉横幅 后来开发商出面谈了 没去成",
        "去年十几个工人在工地门口讨过工钱 后来结清了",
        "村委会门口贴了征地补偿的公示 有六十多户签字确认",
    ],
)
def test_counted_planned_or_online_grievances_are_not_urgent(text: str) -> None:
    result = classifier().classify(text)
    assert result.category in {"labor", "petition"}
    assert not result.urgent, result.urgency_reasons


@pytest.mark.parametrize(
    "text",
    [
        "楼下熟食店买的卤菜 一家三口吃完都在拉 孩子嘴唇发白",
        "昨晚吃了楼下的烧鹅 全家肚子痛到现在 小的还在发烧",
    ],
)
def test_a_family_taken_ill_together_after_eating_is_urgent(text: str) -> None:
    result = classifier().classify(text)
    assert (result.category, result.urgent) == ("food_drug", True)


def test_a_crowd_said_without_a_number_surrounding_an_office_is_urgent() -> None:
    result = classifier().classify("业主在售楼部里头围着 说交房一直拖 人挺多的")
    assert (result.category, result.urgent) == ("petition", True)
    assert "人挺多" in result.urgency_reasons


def test_a_crowd_said_as_a_big_group_alone_is_a_crowd() -> None:
    result = classifier().classify("村委会院子里涌进来一大群 在拍桌子 要补偿")
    assert (result.category, result.urgent) == ("petition", True)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # shops or households counted by 家, doing what a crowd does
        ("几十家商户罢市 几十家围在市场管理处门口", 20),
        # what the people are, said between the count and the word for them
        ("十几个理财爆雷的投资人在区政府门口", 10),
        ("二十多个被拖欠工资的农民工在项目部", 20),
        # a vague crowd: 不少人 counts as the smallest crowd
        ("楼下围了不少人", 10),
    ],
)
def test_counts_said_the_long_way_round(text: str, count: int) -> None:
    result = classifier().classify(text)
    assert result.people_count == count, text


def test_a_crowd_of_households_at_an_office_is_urgent() -> None:
    result = classifier().classify("开发商逾期交房 二十多家围在售楼处门口 要个说法")
    assert (result.category, result.urgent) == ("petition", True)


@pytest.mark.parametrize(
    "text", ["三家店铺门口堆着纸箱", "这几家的孩子都在一个学校", "不少人反映路灯不亮"]
)
def test_households_and_shops_only_counted_are_no_crowd(text: str) -> None:
    assert not classifier().classify(text).urgent, text
