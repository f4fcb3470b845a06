"""Round 27 (B): urgency told by what is seen and felt at street markets, building sites, an
industrial park and a river town in flood season.

Every urgent sentence below was missed by the rules before this round. Urgent: a rash, swollen
lips or a tight throat after eating at a stall, and breathing that is hard work (喘气吃力,
呼吸有点困难, 出气费劲); lips and mouth gone purple or grey (嘴巴发紫, 嘴皮发乌); tiles, plaster
or bricks still falling and just missing someone (差一点砸着, 就差一步); a sign or a roof sheet
loose and swaying over food stalls (小吃摊, 早点摊, 夜市摊子); someone tingling or jolted by a
live wire, post or gate (脚底一麻, 被电了一下, 电得一哆嗦); someone fallen in, said in Hubei and
Sichuan speech (掉下克, 掉下切) and not seen to surface; water in the streets and in factory
buildings still rising; a burst main pouring into shops and stores; earth or a wall come down
on a house when nobody knows whether people are inside.

Calm: a button or a socket that does nothing (按了半天没反应), a property office's phone
(管理处电话, 处电 misread as 触电), posts and shelves hit by a forklift, hanging plants and
ceilings (上吊兰, 上吊顶), feet gone numb from squatting, a flood long drained or a year past,
breathless after a run or in a hot workshop, prices and a fish pond rising, falling tiles
already cordoned off, a burn that has stopped, customers rushing into a shop for a sale, a
power box left open with wires showing while children play nearby (a hazard, not an emergency).
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # a reaction after eating at a stall: rash, swelling, breathing hard work
    ("food_drug", "夜市那家小龙虾 我对象吃完一身起风团 喘气有点吃力"),
    ("*", "厂里小卖部的过期饮料 同事喝了 呼吸有点困难 嗓子发紧"),
    ("*", "菜场门口卖的海鲜粥 我老公喝了一碗 浑身起疙瘩 嗓子发紧"),
    ("*", "园区车间有个女工突然出气费劲 脸都憋紫了"),
    ("*", "卖菜的老头突然喘气好吃力 靠在三轮车上"),
    # lips and mouth gone purple, grey or blue
    ("*", "河街早点铺的米粉 我爸吃了两口 嘴巴发青"),
    ("*", "卖水果的大哥吃了隔壁摊的凉粉 嘴巴发紫 直往地上蹲"),
    # falling tiles and plaster just missing people; loose signs over stalls
    ("safety_hazard", "河街那栋危房的阳台在往下掉水泥块 就差一步砸到早点摊"),
    ("*", "楼顶的空心砖往下掉 刚才差点砸到一辆电动车"),
    ("*", "老街骑楼的墙皮往下掉 就差一步砸到卖水果的"),
    ("*", "夜市边上那块灯箱招牌一个角掉了 在晃 下头就是一排小吃摊"),
    ("*", "市场顶棚一块彩钢瓦脱开了在晃 下面就是菜摊"),
    ("*", "河边广场那块大屏一边脱开了在晃 下面就是小吃摊"),
    ("*", "市场门口拱门的铁皮耷拉下来了 底下就是早点摊"),
    ("*", "河边广场那块指示牌吊了一半 底下就是夜市摊子"),
    # a jolt from a live wire, post or gate
    ("*", "鱼摊那边的插排放在地上 大姐去拔插头 手一麻 喊了一声"),
    ("*", "园区门口的铁栏杆有电 我刚碰了一下 胳膊一麻"),
    ("*", "雨后菜场那根电线耷拉在水坑里 卖菜的阿姨踩过去 脚底一麻"),
    ("*", "菜场门口铁门漏电 卖豆腐的大姐扶了一下 电得一哆嗦"),
    # fallen in, said in Hubei and Sichuan speech, not seen to surface
    ("*", "码头那边有个伢掉下克了 水好急"),
    ("*", "河滩上有个细伢掉下克了 水好深"),
    ("*", "桥墩边有个伢掉下切了 水急得很"),
    # water in the streets and factory buildings still rising; a burst main into shops
    ("*", "闸口那边江水往镇上倒灌 街面上的水一直在涨"),
    ("*", "下水道返水 马路上的水还在往上涨 车都熄火了"),
    ("*", "工业园那几个厂房的水越涨越高 货都泡了"),
    ("*", "园区主水管爆了 水冲到仓库里去了"),
    ("*", "老街消防栓被车撞断了 水哗哗往外喷 冲到旁边的档口里了"),
    ("*", "夜里下暴雨 山上的泥水冲进了厂房"),
    # earth come down on a house, nobody knows who is inside
    ("safety_hazard", "工地后面的土坡冲下来 压到了工棚 里头有没有人在还不清楚"),
]

CALM = [
    # a button, a socket, a clocking-in machine that does nothing
    ("*", "鱼摊那个插座接触不好 插上没反应 麻烦来看看"),
    ("*", "工地门口的打卡机按了半天没反应 找谁修"),
    # a property office's phone and lift (处电 is no 触电)
    ("*", "市场管理处电话多少 想问下摊位费"),
    ("*", "物业管理处电梯坏了三天 没人修"),
    # posts and shelves hit by a forklift
    ("*", "仓库门口的水泥桩被叉车撞裂了 没伤人 找人修一下"),
    ("*", "厂里的货架被叉车撞歪了 货没掉 明天找人扶正"),
    # hanging plants and ceilings
    ("*", "对面阳台上吊兰长得太长 垂下来挡住我家窗户"),
    ("*", "楼上吊顶漏水 滴到我家天花板上"),
    # numb from squatting
    ("*", "配电箱旁边蹲久了 起来脚底麻了一下 没啥事"),
    # a flood dealt with or a year past
    ("*", "老街水管爆了 水冲进两家门面 已经关了阀门 清理干净了"),
    ("*", "去年发大水 江水灌进门面 今年能不能早点通知"),
    ("*", "好几个顾客冲进门面抢购打折的衣服"),
    # out of breath after a run, in a hot workshop
    ("*", "跑完步喘气有点费劲 歇一会就好了"),
    ("*", "车间里太闷热 呼吸都有点困难 能不能装几个风扇"),
    # prices and a fish pond rising
    ("*", "猪肉价格越涨越高 菜市场都快吃不起了"),
    ("*", "鱼塘的水越涨越高 鱼都跑出去了"),
    # falling tiles already cordoned off; a burn that has stopped
    ("*", "市场外墙瓷砖往下掉 上周差点砸到人 现在拉了警戒线"),
    ("*", "前两天有人在河滩烧旧轮胎 黑烟好大 今天不烧了 一地黑灰"),
    # a power box left open with wires showing, children playing nearby (a hazard to report)
    ("*", "菜场后门的电箱门掉了 里面的线头露着 几个小孩在边上玩"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
