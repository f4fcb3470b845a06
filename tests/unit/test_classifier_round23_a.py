"""Round 23 (A): fights, break-ins, weapons, crowds and people on ledges, as the field says them.

Every urgent sentence below was missed by the rules before this round. Urgent: a drunk
shoving an old man and landing punches (搡, 挨了几拳, 照脸一拳); someone working a lock
while the owners are away (捅锁眼, 正撬着); a person lying on the ground typed as 趟地上;
chairs and stools thrown or smashed in a brawl (摔椅子, 扔凳子); an air gun aimed at the
street (像气枪, 拿着qiang); someone gone and not back (至今未归, 一夜未归); a knife or
scissors fetched out in a quarrel (把剪子摸出来了); pick handles carried to a fight
(镐把子); poison or sleeping pills taken away by someone who then cannot be reached
(把百草枯拿走了, 安眠药带出去了); a quarrel pushing and pulling on a rooftop; people
with a grievance gathered without a head count (司机们把车横在路口, 摊主们集体罢市,
商户们把大门堵了, 受害人越聚越多, 储户们情绪很激动, 村民喊口号).

Calm: a punch already dealt with by the police, a key stuck in a lock, a lock forced long
ago, a child rolling on the floor for a toy, a kitchen knife taken out to cut meat,
children playing baseball, a rusty balcony rack, expired pesticide to hand in, petrol
drums stored in a garage, traders or owners who only want to complain or ask.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # shoving and punches
    ("*", "菜场门口一个喝醉的一直在搡卖菜的大爷 大爷刚挨了两拳"),
    ("*", "地铁口有人照脸一拳把人打懵了 那人还在骂"),
    ("*", "公交上一个男的一直搡司机 司机挨了几拳"),
    # someone at a lock
    ("*", "502没人住 门口一个戴帽子的在捅锁眼"),
    ("*", "车棚那边有人正撬着电动车的锁 我在窗户这看着"),
    # a person lying on the ground (趟 for 躺)
    ("*", "停车场柱子边上一个人趟在地上 衣服上都是红的"),
    ("*", "电梯口有个老头趟地下 旁边没人管"),
    # chairs and stools flying
    ("*", "棋牌室里吵翻了 里面摔椅子的声音一阵一阵的"),
    ("*", "KTV包厢里在扔凳子 玻璃也碎了"),
    # an air gun
    ("*", "对面阳台有个男的拿着什么东西对着路上比划 看着像气枪"),
    ("*", "楼上有人拿着qiang往下瞄"),
    # gone and not back
    ("*", "老伴早上出去买菜 至今未归 手机也没带"),
    ("*", "患精神病的小伙子昨晚一夜未归"),
    # weapons fetched out or carried
    ("*", "吵着吵着他把剪子从抽屉里摸出来了"),
    ("*", "那个人拿着镐把子在饭店门口晃 说要找老板算账"),
    # poison taken away
    ("*", "跟老婆闹离婚的那个 把家里的百草枯拿走了 人也找不到"),
    ("*", "她跟家里吵完架 把老鼠药带走了 电话一直打不通"),
    ("*", "吵完架她哥把安眠药带出去了 手机关机"),
    # a quarrel at a roof edge
    ("*", "俩邻居在楼顶上拉拉扯扯 一个快到边上了"),
    # crowds with a grievance, no head count
    ("labor", "厂门口司机们把货车横在路口 说运费一直不结"),
    ("petition", "菜市场摊主们集体罢市 说管理费又涨了"),
    ("petition", "商户们把市场大门堵了 说管理方乱涨租金"),
    ("labor", "骑手们把站点门口堵着 说配送费拖了三个月"),
    ("petition", "储户们在信用社门口情绪很激动 说钱取不出来"),
    ("petition", "拆迁那片的村民在工地上喊口号 不让挖机进"),
]

CALM = [
    ("*", "上个月有人在菜场挨了一拳 派出所已经处理完了"),
    ("*", "新来的保安天天在小区里转 问一下他是哪家公司的"),
    ("*", "门锁坏了 钥匙插进锁眼拧不动 想找个开锁的"),
    ("*", "车库里那辆车的锁被撬过 车主说早就报过案了"),
    ("*", "孩子在地上打滚要买玩具 我哄了半天"),
    ("*", "楼下棋牌室晚上洗牌声太吵 能不能让他们关早点"),
    ("*", "老伴说今天去女儿家 晚饭前回来"),
    ("*", "他做饭的时候把菜刀拿出来切肉 刀口有点钝"),
    ("*", "孩子们在小区里玩棒球 拿着棒球棍 能不能划个场地"),
    ("*", "楼顶那个太阳能热水器有点歪 怕风大吹下来"),
    ("*", "阳台外面那个花架子锈了 想拆掉"),
    ("*", "家里的农药过期了 放在仓房里 哪里能回收"),
    ("*", "汽油桶就堆在车库角落 物业能不能管一下"),
    ("*", "商户们说市场的厕所太脏 想找人反映一下"),
    ("*", "业主们想问问物业费为什么涨了 明天开会"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
