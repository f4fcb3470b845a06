"""Round 24 (s2): a person in a perilous place or position now, said indirectly.

Every urgent sentence below was missed by the rules before this round. Urgent: a small child
alone at a pond, river or well, or on a roof edge with no adult by (边上没大人, 一个人,
身子探出去); children right at an open shaft, an uncovered pit or septic tank, a lift shaft closed
off with a board, a switch box with its wires bare; someone sitting on a roof or chimney edge
with legs over or a crowd below, hanging from the eaves or holding on to a window frame, a
leg already over the balcony rail, lying by a rail with the river right below; water rising
with people still in the low place or cut off on a sandbank; people clinging to rocks after a
raft overturned; a body afloat; a child who fell into a ditch said by voice input as 调进; a
worker who did not get out of a digger's way; a door that will not open from inside with a
worker still in the cold store; a child who crawled into a disused kiln or culvert and has
not come out; a child fetched from kindergarten by a stranger; a daughter who never arrived,
phone off; a confused old man walking on the motorway or turning circles in the road, slipped
out at night, a father (老汉儿) out since morning and unreachable; ice cracking under children.

Calm: the same words for what is over (劝下来了, 救上来了, 撤出来了, 已经回来了), asked for or
feared (建议加护栏, 担心, 想申请定位手环), habits (每天都坐在那, 经常自己出去), work with a
safety line, a proper ice rink, a dummy in the river, a cat in a drain, 调进 a new department.
An unfenced pit with children running by stays a hazard, not urgent (round 19 b says so).
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("*", "天台边边上有个娃儿在走来走去 屋头没得大人"),
    ("*", "屋顶上修瓦的老汉脚底下一滑 现在吊在屋檐上"),
    ("*", "商场顶上广告牌架子上坐着个人 底下围了一圈"),
    ("*", "阳台外沿有只脚伸出来了 像是有人要翻过去"),
    ("*", "河堤护栏外面有个醉汉趴着 下面就是河"),
    ("*", "河里水涨得快 桥洞底下还有几个捡破烂的睡着没出来"),
    ("livelihood", "水塘边有个小娃娃在捞东西 边上没大人 身子都探出去了"),
    ("*", "冰面上有俩孩子在滑 冰都咔咔响了"),
    ("*", "河滩上的车被水围住了 人站在车顶上招手"),
    ("*", "漂流的皮筏翻了 有两个人抓着石头"),
    ("*", "挖掘机倒车 有个工人在后头没躲开 压住腿了"),
    ("safety_hazard", "冷库的门从里面打不开 有个搬货的还在里面"),
    ("safety_hazard", "小区配电箱门开着 里面的线露着 一个小孩在旁边玩水"),
    ("safety_hazard", "电梯井口没封 就拿块板子挡着 小孩在边上跑来跑去"),
    ("*", "窨井盖没了 一个小孩蹲在边上往下看"),
    ("livelihood", "三四岁的小女孩一个人在池塘边上 蹲着玩水"),
    ("*", "化粪池盖子烂了 娃儿们在上面跳"),
    ("*", "幼儿园放学我家的没接到 老师说被人接走了 我们没让人接"),
    ("livelihood", "我闺女坐公交去补习班 一直没到 电话关机"),
    ("livelihood", "有个老大爷在高速路边上走 问他家在哪说不清楚"),
    ("livelihood", "马路中间有个老奶奶在转圈 车子都按喇叭 她好像不晓得在哪"),
    ("livelihood", "老头记性不好 半夜起来开门出去了 家里人现在才发现"),
    ("livelihood", "屋头老汉儿出去耍 到现在都没回来 电话也打不通"),
    ("*", "楼顶有个人座在边上 腿在外面甩"),
    ("*", "小孩调进水沟了 水好急"),
    ("*", "河里飘着一个人 好像还在动"),
    ("livelihood", "楼下小卖部的老板娘说她家娃娃一个人去河边了 到现在没影"),
    ("*", "学校后面那个废弃的砖窑 有个学生钻进去就没出来"),
    ("*", "村里老井的盖板掀开了 邻居家三岁的在井边转"),
    ("livelihood", "小区人工湖边上有个两三岁的娃 自己一个人在那够荷叶"),
    ("*", "楼顶天台上有个小孩在边上跑来跑去 没看到大人"),
    ("safety_hazard", "工地桩基坑没盖 三个学生蹲在坑边往下看"),
    ("*", "下水道井盖被偷了 几个小娃娃围在井口往里瞅"),
    ("*", "废弃的沼气池盖子烂了 有孩子在上头蹦"),
    ("*", "烟囱顶上站着一个人 下面好多人在看"),
    ("*", "装修的师傅从窗台滑出去了 两手扒着窗框"),
    ("*", "阳台上一个男的一条腿已经跨出去了 在打电话哭"),
    ("*", "桥墩边上有个老头睡着了 下面就是江"),
    ("*", "洪水上来了 低洼那几户还有人没撤"),
    ("*", "涨水了 河中间小岛上还有两个钓鱼的"),
    ("safety_hazard", "仓库的卷帘门从里面打不开 有个理货员还在里头敲"),
    ("*", "孩子钻进那个废弃的涵管里 半天没出来"),
    ("*", "幼儿园老师说我儿子被一个不认识的女的接走了"),
    ("*", "冰面开裂了 上面还有几个娃在溜"),
]

CALM = [
    ("*", "昨天楼顶有人坐在边上 后来被消防劝下来了"),
    ("*", "河边的护栏坏了 怕小孩掉下去 请修一下"),
    ("*", "楼顶的门没锁 担心有孩子上去 建议锁上"),
    ("*", "工地的坑没围挡 建议加个围栏"),
    ("*", "桥上有人在钓鱼 站在栏杆边上"),
    ("*", "地下车库去年淹过 今年雨季前能不能装挡水板"),
    ("*", "河里有人冬泳 每天早上都有 问有没有人管"),
    ("*", "蜘蛛人在外墙擦玻璃 系着安全绳"),
    ("*", "我家孩子以前走丢过一次 想问有没有定位手表补贴"),
    ("*", "楼顶上有人在装太阳能 是师傅 系着绳子"),
    ("*", "冰面上有人滑冰 那块是专门的冰场 有人管"),
    ("*", "小孩经常一个人在河边玩 建议装个护栏"),
    ("*", "井盖没了好几天了 小孩放学都从边上走 请尽快修"),
    ("*", "楼顶有人坐在边上看烟花 是物业的人 有护栏"),
    ("*", "工人在屋檐上装灯笼 系着安全绳"),
    ("*", "阳台的花盆架子伸出去了 担心掉下来"),
    ("*", "河边那个钓鱼的大爷每天都坐在那 下面就是河"),
    ("*", "去年洪水的时候低洼那几户都撤出来了 今年想问安置房"),
    ("*", "昨天船翻了 人都救上来了"),
    ("*", "我调进新部门了 想问下社保转移"),
    ("*", "河面上飘着好多垃圾 有人说像个人 过去看是个塑料模特"),
    ("*", "门从里面打不开 钥匙忘带了 能不能找个开锁的"),
    ("*", "猫钻进下水道里半天没出来 能不能帮忙"),
    ("*", "孩子被他奶奶接走了 我搞错了 不好意思"),
    ("*", "儿子说去同学家 一直没到 后来打通电话了 在网吧"),
    ("*", "我爸老年痴呆 想申请个定位手环 经常自己出去"),
    ("*", "俺爹去赶集了 打电话不接 后来说手机没电了 已经回来了"),
    ("*", "冰面开裂了 提醒大家不要上去"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
