"""Round 26 (B): urgent hazards told in a town's work chat, by careful older residents and by
estate and mall staff, that the rules missed before this round.

Urgent: someone fallen with the head or face hitting the ground first (头磕地上, 后脑勺着地,
头朝下摔, 脸朝下磕) and people asking for an ambulance in passing (叫个120, 喊个120); a goods
or passenger lift whose doors stand open on an empty shaft (货梯门开着, 底下是空井,
轿厢没停在这层);
sewage coming back up through a floor drain or toilet into a home (地漏往外反, 马桶往外返);
burst pipes flooding the storage rooms of a basement (储藏间全泡了); rain pouring into an
underground car park (往地库里冲); a hillside sliding earth with houses below (往下冲土);
a sign, road sign or screen already hanging by one end over people walking under it
(一头吊着, 一头掉下来挂着); the road or pavement caved in while customers or children keep
walking past the hole.

Calm: water vapour from a car, a wobbly bench seat, a machine's axle or a chain jammed, a
medicine box with no maker printed on it, a filled-in hole, last year's flooded car park,
a slope shored up, a first-aid class, loose screws, a drain already cleared, a little seepage,
a lift under maintenance, a bump on the head already seen by a doctor.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # head or face first on the ground, an ambulance asked for in passing
    ("*", "王队 镇东头十字路口俩摩托撞了 一个后脑勺着地 快叫120"),
    ("*", "停车场出口有个送外卖的车滑了 头撞在地上 叫他还能答应 帮忙喊个120"),
    ("*", "商场扶梯口一个老太太往后仰 后脑勺着地 人在地上"),
    ("*", "玉米地边上三轮翻了 开车的大哥头朝下摔在沟里"),
    ("*", "您好，我们小区的王大爷刚才在楼下滑了一跤，头着地，现在坐着说话有点不清楚。"),
    ("*", "工地门口一个工人从三轮上掉下来 头先着地 工友正在喊120"),
    ("*", "您好，菜市场里一位大姐脚下一滑，脑袋着地，现在坐着说头疼。"),
    ("*", "喂 路口两辆电动车撞一块了 一个小姑娘头撞到地上 谁帮忙叫个120"),
    ("*", "一个骑车的摔了 脸朝下磕在马路上"),
    # a lift's doors open on an empty shaft
    ("safety_hazard", "3号楼客梯门开着 里头没有轿厢 黑洞洞的 楼道里小孩跑来跑去"),
    ("safety_hazard", "商场西侧货梯门关不上，轿厢停在楼上，门口就是空井，已经有人差点踩进去。"),
    ("safety_hazard", "超市后门卸货那个货梯 门开着 轿厢不在 底下黑乎乎的 搬运工推着车来回走"),
    ("safety_hazard", "B座货梯门敞着 里面是空井 楼层保洁推着车差点进去"),
    ("safety_hazard", "物业您好，单元的货梯门今天一直开着，往里一看底下是空的，孩子们在旁边玩。"),
    ("safety_hazard", "商业街那个货梯门一直敞着 下面是空的 送货的推车在门口进进出出"),
    ("safety_hazard", "7栋负一层客梯门开着，轿厢没停在这层，底下是空的，有住户带着小孩在等电梯。"),
    ("safety_hazard", "汽车站那个货梯门一直敞着 里面是空井 行李多的旅客都在门口排队"),
    # sewage back up into a home, a basement's storage rooms flooded, rain into a car park
    ("*", "2栋一楼住户家马桶往外返黑水 卧室客厅全是 老两口在家"),
    ("*", "您好，一楼的住户家里地漏往外冒黑水，厨房客厅全是，他家里老两口腿脚都不好。"),
    ("*", "您好，我家隔壁一楼那户马桶往外冒脏水，屋里全是，他家就一个八十多的老太太。"),
    ("*", "您好，我家楼下那户地漏往上反污水，客厅和卧室都是，家里就一个坐轮椅的大爷。"),
    ("municipal_facility", "地下室消防管爆了 水一直往外喷 储藏间那一排全泡了 阀门在哪找不到"),
    ("*", "水顺着坡道往地库里冲 下面还停着好多车"),
    # a hillside sliding earth above houses
    ("safety_hazard", "杨家沟后面那片山往下冲土 几户人家就在坡底下"),
    # a sign or screen hanging by one end over people
    ("safety_hazard", "乡政府门口的指示牌一头吊着 来办事的人都从底下走"),
    ("safety_hazard", "老街口那块路牌一头掉下来挂着 赶集的都从下面过"),
    ("safety_hazard", "您好，我们小区门口那块电子屏一边掉下来吊着，早上上班的人都从底下过。"),
    # the road caved in, people still walking past the hole
    ("*", "商场南门外地面塌了个大坑 顾客还在从边上过 保安就一个人在那拦着"),
    ("*", "小区大门外人行道塌了个大坑 放学的孩子从坑边上走"),
]

CALM = [
    # vapour, a wobbly seat, jammed axles and chains
    ("*", "车库排风口那辆车冒白烟 是空调冷凝水的水汽 物业看过了 正常"),
    ("*", "公园长椅有一块板子松了，坐上去晃悠，麻烦有空修一下。"),
    ("*", "小区健身区那台太空漫步机的转轴卡住了，推不动，请派人修修。"),
    ("*", "小区儿童滑梯的链条卡住了 秋千荡不起来 有空修一下"),
    ("*", "电动车的后轮子卡住了 推不动 问问附近哪有修车的"),
    # a medicine box with nothing printed on it
    ("food_drug", "小区门口流动摊卖的保健品，盒子上找不到厂家，好多老人都在买，请监管查一查。"),
    ("*", "门口那家药店卖的药找不到说明书，老人看不懂怎么吃，想问问能不能帮忙。"),
    # things already dealt with, or past
    ("*", "上周小学门口路面塌的那个坑已经填上了 围挡还没撤"),
    ("*", "去年地库进水淹到轮胎的事 保险到现在还没赔下来"),
    ("*", "后山那块坡前年往下滑过土 今年已经做了挡墙加固"),
    ("*", "1栋地漏往外反污水的问题 物业已经疏通好了 现在没味了"),
    ("*", "3号楼货梯这两天在维保 门口贴了停用"),
    ("*", "他打篮球摔了一跤 头磕地上起了个包 已经去医院看过了 没啥大问题"),
    # a class, small repairs
    ("*", "社区组织急救培训 教大家遇到有人摔倒头着地怎么打120"),
    ("*", "商场门头招牌的螺丝有点松，请工程部有空来紧一下。"),
    ("*", "储藏室门口墙角有点渗水 不多 麻烦物业看看哪里漏的"),
    ("*", "货梯门口的地砖坏了一块 推车过去咯噔咯噔响"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
