"""Round 23 (B): fires, hazards and health told the way callers say them.

Every urgent sentence below was missed (or put in the wrong category, where one is named)
by the rules before this round. Urgent: rain pouring into a home (雨往屋里灌); smoke coming
out under a door (门缝出烟); voice input for smoke and a big fire (冒严, 虎很大); the fire
brigade not there yet; neighbours covering a fire with earth or beating it with brooms and
failing (盖不住, 拿扫帚在拍); a burn of stubble or leaves that has run on to a haystack or a
shed (烧麦茬 蹿到柴垛); a ride or a load stopped in mid-air; cold sweat after eating wild
greens; someone lying still and silent, or on the kitchen or bathroom floor answering only
with a groan; speech slurred; the ground sinking and the hole still growing; a wheelchair
overturned with nobody near; a child gone in an instant (一转眼人就么了); a tower crane
leaning (voice input 塔掉, 塔调); loose wire ends on wet ground where children play; someone
still under an overturned tricycle; a pedestrian knocked down by a
taxi; a charging battery bursting; water being bailed out of shops and homes; a bulging wall
people will not leave.

Calm: a scare that made one sweat, a big tiger at the zoo, rubbish tipped on a verge
(绿化带倒), cars jammed at rush hour, a drain cover crushed by a lorry, people playing on a
lawn (还有人在里面踢球), sweeping dust, a child playing on the floor, an old pothole nobody
mends, a lost child found, a leaning crane already cordoned off, a network cable in a
puddle, a railing that wobbles when pushed, a bus-stop sign knocked down, a stubble fire
already out.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("*", "屋顶让风掀了 雨往屋里灌 老太太一个人在家"),
    ("*", "大雨往家里灌 老两口腿脚不便"),
    ("*", "三楼门缝里在出烟"),
    ("*", "加油站后面那个仓库冒严了"),
    ("*", "车棚那边虎越来越大"),
    ("*", "商场后面 等了半天 消防车还没来"),
    ("*", "稻草边上烧起一小片 拿沙子盖 盖不住"),
    ("*", "过山车停在半空 上面坐满了人"),
    ("*", "刚吃了邻居给的野菜 我妈现在一直出冷汗"),
    ("*", "我叔躺着不吭声 脸色蜡黄"),
    ("fire_safety", "坡下有人烧麦茬 蹿到旁边的柴垛上了"),
    ("*", "有人烧落叶 跑到围墙边的柴房那了"),
    ("fire_safety", "山脚那片荒草 村民拿扫帚在拍"),
    ("*", "老伴躺卫生间地上 叫他只哼哼"),
    ("*", "我爸倒客厅地上了 叫他也不理"),
    ("*", "小区门口地面往下馅了一块 还在扩大"),
    ("*", "广场中间陷了个坑 越变越大"),
    ("*", "地上好像陷了个坑 越来越大 旁边楼墙皮在裂"),
    ("*", "残疾的老刘轮椅翻倒了 跟前没人"),
    ("*", "俺家娃在门口耍 一转眼人就么了"),
    ("safety_hazard", "塔调歪了 下面工人还在干活"),
    ("safety_hazard", "工地塔掉有点斜 下面就是马路"),
    ("*", "线头拖在地上 刚下过雨 小朋友在旁边玩水"),
    ("*", "三轮车翻了 卖菜的大姐还在下面"),
    ("traffic", "老太太拎着菜过马路 被出租车刮倒了"),
    ("fire_safety", "平衡车充着电突然炸开了"),
    ("*", "一楼几家门面 都在往外舀"),
    ("*", "这栋老楼墙体往外鼓 住户还不肯搬"),
]

CALM = [
    # a scare, a tiger, rubbish on a verge
    ("*", "刚才骑车差点撞上 吓出一身冷汗"),
    ("*", "动物园的老虎好大 孩子看得高兴"),
    ("*", "绿化带倒了好多建筑垃圾 没人管"),
    # cars jammed, a drain cover crushed, people on a lawn
    ("*", "早高峰路口车挤成一团 堵了半小时"),
    ("*", "井盖被车压塌了 麻烦来修一下"),
    ("*", "公园的草坪还有人在里面踢球 草都踩秃了"),
    # sweeping, a child at play, an old pothole
    ("*", "保洁拿扫帚在拍楼道的灰"),
    ("*", "小孩躺在客厅地上玩 邻居嫌吵"),
    ("*", "路面陷了个坑 越来越大 报了好几次没人修"),
    ("*", "路当中一个坑越来越大 下雨就积一汪水"),
    # a child found, a crane cordoned off, a network cable
    ("*", "娃一转眼就么了 后来在超市寻着了"),
    ("*", "塔吊歪了 已经拉了警戒 人都撤了"),
    ("*", "网线头耷拉在水坑里 小孩在边上踩水"),
    # a wobbly railing, a sign knocked down, a fire already out
    ("*", "河边护栏一推就晃 孩子们常在那玩"),
    ("*", "公交站牌被车撞倒了 横在人行道上"),
    ("*", "烧秸秆的火已经灭了 没烧到草垛"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
