"""Who handles violence: a fight between the parties of a named dispute is their dispute
(mediation), a registered patient's or correction subject's episode is the special-groups
team's, a loose dog is the command centre's; the same violence among strangers stays a police
matter. Urgency is not changed by the category."""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import classifier


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("两家为了院墙的地界吵翻了 老刘拿着铁锹冲过去 两个人扭打在一起", "dispute"),
        ("楼上楼下为噪音的事闹了半年 今天楼下那个男的拎着菜刀上楼砸门", "dispute"),
        ("老两口的儿子为分家的事跟他哥动了手 拿着刀在院子里比划", "dispute"),
        ("那个在册的小伙子又不吃药了 在家砸东西 手里拿着菜刀不让人进", "special_groups"),
        ("刚刚公交站两个陌生男的扭打起来 一个掏出了刀", "public_security"),
        ("菜市场门口有个男的拿着菜刀追人 不认识", "public_security"),
    ],
)
def test_who_the_parties_are_decides_the_team(text: str, category: str) -> None:
    result = classifier().classify(text)
    assert result.category == category, result.keywords
    assert result.urgent


def test_a_theft_near_a_dispute_word_stays_a_police_matter() -> None:
    # 装修 is said, but nothing names a dispute between parties: precedence needs both
    result = classifier().classify("3栋装修的工人说放在楼道的电钻被人偷了")
    assert result.category == "public_security"


@pytest.mark.parametrize(
    "text",
    [
        "小区里一条狼狗挣脱了绳子 已经咬了两个人 还在追人",
        "菜场后面那条疯狗见人就咬 刚咬伤一个小孩",
    ],
)
def test_a_loose_dog_biting_people_goes_to_the_command_centre(text: str) -> None:
    # nobody's crime: the labelled sets send it to the command centre (其他) five times to one
    result = classifier().classify(text)
    assert (result.category, result.urgent) == ("other", True)
