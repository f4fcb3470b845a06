"""Round 32 (t): fire, smoke, gas and chemicals told by what is seen, heard or smelt, without
着火, 冒烟 or 泄漏, and the category a clerk would give them.

Every urgent sentence below was missed before this round (calm, or urgent under the wrong
category). Fire and smoke: black or grey stuff rolling, pouring or drifting out of a window,
a door crack, a roof, a boat's hold (黑的一团团往上翻, 往外钻灰的, 往外喷黑的); a beam or rafter
by a chimney giving off more and more (烟筒旁边的木头梁子发黑往外冒); a wide patch of red moving
on towards a pigsty or a village (红了一大片 往猪圈那边去了); crackling with black stuff rising or
plastic sheeting melting and dripping (噼里啪啦 … 化了往下滴); a burning smell with flickering
lights or dripping black water from a ceiling; an old woman's pot boiled dry in a room full of
choking air, a red glow in a timber yard with the watchman asleep (fire, not livelihood).
Gas: a hob turned on and not lit, the smell filling the room and the person asleep or not
answering (safety hazard, not fire); a gas smell with someone lighting a cigarette near by;
hissing from a pipe in a wall (safety hazard, not environment). Special groups: a person with
mental illness pouring pesticide into a well and saying they will poison the village, burning
paper in a room with the door locked from inside, pouring alcohol under a neighbour's door,
setting a quilt alight in the stairwell. Chemicals: something let into a river upstream of a
village pump, black oil running into a reservoir of drinking water, a farm pouring chemicals
into a river where people wash clothes, something poured in a lane that makes old people
cough.

Calm: the same words past or handled (上个月的事, 已经吸走了, 关掉了 开窗通风了), routine
(天天往外飘油烟, 大烟囱, 烧烤摊), harmless look-alikes (工地上灰的往上飘, 下雨噼里啪啦, 鞭炮,
晚霞, 彩钢瓦被太阳晒得发烫), a threat against a dog, and complaints or questions.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("fire_safety", "厂房屋顶那里一团团黑的往上翻 味道呛得很 工人还在里面上班"),
    ("fire_safety", "隔壁出租屋门缝里钻出来一股股灰白的 敲门没人开 里面好像有小孩哭"),
    ("fire_safety", "老太太家里锅烧干了 满屋子都是呛人的 她耳朵背叫不应"),
    ("fire_safety", "工地宿舍那排板房有一间窗户往外喷黑的 工人在睡觉"),
    ("fire_safety", "村里那个草垛子那块红了一大片 往猪圈那边去了"),
    ("fire_safety", "老小区车棚里传出来噼里啪啦的声音 黑乎乎一片往楼上飘"),
    ("fire_safety", "木材厂堆料那边有红光 风大 守门的大爷睡着了叫不醒"),
    ("fire_safety", "旧厂房顶上那个烟筒旁边的木头梁子发黑往外冒 越来越多 旁边一排都是木头房子"),
    ("fire_safety", "加油站旁边那个小卖部里面黑乎乎地往外翻 离油罐很近"),
    ("fire_safety", "农贸市场角落那个棚子噼里啪啦的 顶上塑料布都化了往下滴"),
    ("fire_safety", "商场卫生间吊顶里往外滴黑水 一股焦味 灯一闪一闪"),
    ("fire_safety", "工厂车间顶上的彩钢瓦缝里往外钻黑的 味道很冲 里面机器还开着"),
    ("fire_safety", "农村老屋的灶屋那边墙缝往外钻灰的 屋里一个老太太在睡午觉"),
    ("safety_hazard", "我婆婆开了灶没点着火就去睡了 满屋都是那味 我在外地打电话她不接"),
    ("safety_hazard", "我们这栋楼每层都闻得到那个味 物业说在查 有人在楼道里打火机点烟"),
    ("safety_hazard", "宿舍里几个学生说闻到一股味 还有嘶嘶的声音 是从墙里的管子"),
    ("special_groups", "我们村那个脑子不好的把农药瓶子倒进了井里 说要毒死全村"),
    ("special_groups", "五号楼那个犯病的阿姨在屋里烧纸 门反锁 屋里全是呛的"),
    ("special_groups", "一个精神不太好的大叔拿着一瓶酒精往邻居家门缝里倒"),
    ("special_groups", "社区里那个有病的老头把家里的被子拖到楼道里点 说是要驱鬼"),
    ("environment", "半夜有辆罐车在桥下往河里放东西 现在河水发绿发臭 上游有抽水泵给村里供水"),
    ("environment", "超市后面小巷有人倒了一地的东西 闻着像84消毒水很冲 老人走过去直咳嗽"),
    ("environment", "水库边上有人倒了好几桶黑乎乎的油 顺着往水库里流 那是我们的饮用水"),
    ("environment", "隔壁养殖场往河里倒药 河水发白 下游有人在河里洗衣服"),
]

CALM = [
    ("*", "隔壁饭馆后厨窗户天天往外飘油烟 呛人 希望管一下"),
    ("*", "小区里有人在楼下烧纸 烧完了 地上一堆灰没人扫"),
    ("*", "河里有一点点油花 好像是船漏的 不多 看看能不能处理"),
    ("*", "垃圾站后面堆了好多废桶 没人管 天热了怕臭"),
    ("*", "厂房顶上那个排气口一直出白汽 问了说是正常的蒸汽"),
    ("*", "河面上那层黑油前两天环保的已经围起来吸走了 现在水清了 就是说一下"),
    ("*", "楼道里前几天有股煤气味 燃气公司来查过了 说是正常"),
    ("*", "上次楼上那家煤气没关 邻居帮忙关掉了 人没事 想提醒大家"),
    ("*", "楼下烧烤摊每天晚上黑乎乎的往上飘 呛死了"),
    ("*", "工地上灰的往上飘 到处是灰 衣服都不敢晾"),
    ("*", "下水道井盖里黑乎乎的往外冒 臭死了"),
    ("*", "厂里那个大烟囱一团团黑的往上翻 能不能管管"),
    ("*", "我家老房子房梁发黑了 是不是要换 木头的"),
    ("*", "屋顶彩钢瓦有点发烫 夏天太晒了"),
    ("*", "外面下雨噼里啪啦的 楼下雨棚都化了往下滴水"),
    ("*", "鞭炮噼里啪啦响了半天 地上黑乎乎的"),
    ("*", "晚上天边红了一大片 好像是晚霞往那边去了"),
    ("*", "卫生间灯一闪一闪的 有点焦味 已经断电了叫了电工"),
    ("*", "那个老太太说要熏死楼上的人 上个月的事 现在住院了"),
    ("*", "楼上邻居说要毒死楼下那只狗"),
    ("*", "楼道里煤气罐旁边有人抽烟 太危险了 能不能贴个禁止吸烟"),
    ("*", "河里有人洗衣服 往河里倒洗衣水 能不能管管"),
    ("*", "往河里倒垃圾的人太多了 下游还有人洗菜"),
    ("*", "奶奶开了灶没点着 我赶紧关掉了 开窗通风了 现在没事了"),
    ("*", "孩子把被子拖到阳台上晒了 有点灰"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
