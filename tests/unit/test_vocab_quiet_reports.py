"""Reports written in a quiet, under-stated voice: people who do not want to make a fuss say
what they hear, smell and miss (好像有人在喊 声音不太对, 灯三天没亮 电话没人接), what others
told them (孩子说妈妈叫不醒), and the traces they see (楼道里有一滩血). Texts written for these
tests, none of them a line of a labelled set. Hedges (好像, 像是, 感觉) must not calm a danger;
routine requests, habits, worries, past or handled events and people simply away stay calm.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import urgent


@pytest.mark.parametrize(
    "text",
    [
        "隔壁好像有人在喊 声音不太对劲",
        "楼下好像有人在叫 越来越弱了",
        "厨房那边味道怪怪的 像煤气",
        "像是有东西烧着了 一股焦味",
        "对门老太太灯三天没亮了 报纸堆在门口 电话没人接",
        "独居的王大爷好几天没见人了 敲门也没人应",
        "楼下李奶奶一个人住 这两天没见她出门",
        "老人家里一直没动静 电话也不接",
        "孩子跑出来说爸爸在打妈妈",
        "邻居家孩子说妈妈叫不醒",
        "小孩说她妈妈躺在地上不动",
        "她发信息说对不起大家 然后电话就打不通了",
        "楼道里有一滩血 一直滴到门口",
        "地上有血迹 一路到三楼",
        "隔壁有哭声 还有打东西的声音",
        "老太太说有人闯进她家了",
        "老人坐在地上起不来 也不说话",
        "门口人越来越多 有人开始推了",
    ],
)
def test_quiet_reports_areurgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "想问一下社区有没有独居老人探访服务",
        "怕老人一个人在家摔了 能不能装个呼叫器",
        "万一煤气漏了怎么办 想装个报警器",
        "上个月楼道里有一滩血 是谁家杀鸡",
        "村后有人私宰 地上一滩血水",
        "他说不想上班了 想辞职",
        "孩子说妈妈不让他玩手机",
        "门口人越来越多 是排队领鸡蛋的",
        "楼道灯三天没亮了 麻烦修一下",
        "报纸堆在门口好几天了 快递也堆着 影响通行",
        "好像有人在喊卖菜的 声音挺大",
        "家里一直没动静 是去旅游了 邻居帮忙看一下",
        "昨天老人摔了一下 已经送医院了 没啥大问题",
        "老人家里灯几天没亮 原来是住院了",
        "她说不想活了这种话说过好多次 这次是在跟朋友开玩笑",
        "独居老人电话问候都打了 李阿姨没接 下午过去看下",
        "孩子妈妈在打麻将 孩子一个人在楼下玩",
    ],
)
def test_quiet_look_alikes_stay_calm(text: str) -> None:
    assert not urgent(text), text
