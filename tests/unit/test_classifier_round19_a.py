"""Round 19 (A): urgent situations and their calm look-alikes, in the rule writer's own words.

Rules were written for families of reports, not for single misses; every urgent sentence below
was missed by the rules before this round.

Urgent: a customer or a shopkeeper held with a knife or "something shiny" and made to open the
till; a vehicle through a railing with its body hanging over the edge; someone pinned, buried or
covered by what fell or turned over (砸住, 埋在下面, 扣在底下); a driver still inside a car that
turned over; a gas smell with someone dizzy or sick; fumes that set several workers coughing and
fell one of them; shoes or folded clothes left by the water and the owner not seen; petrol or
solvent carried to someone's door; bangs that sound like gunshots (不像鞭炮, 很脆, 像枪); a
child lost in a crowd (丢了, 挤丢了, 看丢了); odd smoke or flakes (灰烟, 黑絮, 白气) with a
burning smell or by stacked straw; a burnt patch on open ground still spreading with the wind;
fire beside gas cylinders; sewage into homes; lorries blocking a gate over pay; a hand or foot
caught in an escalator; no answer at all (一点动静都没有); a sign already coming down over
people; a crowd with white banners heading to petition; a bedridden person whose carer did not
come, answering weakly.

Calm: knives for sale, vehicles towed away and everyone out, goods (not people) under things,
pay held back, gas questions and carsickness, kitchen and paint fumes, shoes by anglers, stored
petrol, television, festival and range bangs, lost things and children found, burnt offerings
and old burnt ground, cylinders that will not light, drains that back up when it rains, queueing
lorries, phones stuck in escalators, nobody home after all, mistaken alarms (以为, 误会, 拍短视频),
a scam stopped, a sewer smell that is not gas, a bench with a broken leg, a picnic, a cat up
high, a dog that does not bite.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # held at knifepoint or with something shiny, made to hand over money
    ("*", "超市收银台那儿一个男的手里攥着个明晃晃的东西 把收银员堵在柜台里头"),
    ("*", "便利店有个人手里拿着亮闪闪的东西 逼着店员开钱箱"),
    ("*", "金店柜台有人攥着个白晃晃的家伙 堵在里面不让店员走"),
    ("*", "小卖部有人手里握着改锥 逼老板掏钱"),
    # a vehicle through a railing, hanging over the edge
    ("*", "有辆轿车冲破高架的防撞栏 车身一半悬空 摇摇晃晃的"),
    ("*", "面包车撞开围栏 卡在护栏上 一半在外面 下面就是河"),
    ("*", "大货车撞断了桥栏杆 车身骑在护栏上 驾驶员不敢动"),
    ("*", "一辆中巴撞穿了江边的护栏 半截车身探出去了 乘客在喊"),
    ("*", "渣土车冲断了山路的护栏 前半截挂在崖边"),
    # someone pinned, buried or covered by something that fell or turned over
    ("*", "脚手架倒下来砸住了两个干活的"),
    ("*", "仓库里一排铁架子倒了 砸住一个理货员"),
    ("*", "垃圾车翻过来了 环卫工被扣在车厢底下"),
    # a car turned over, the driver still inside
    ("*", "小轿车翻到沟里 底朝天了 司机还在里头"),
    ("*", "越野车撞变形了 翻过来 驾驶员还在里边"),
    # gas: a smell and someone dizzy or sick
    ("*", "厨房热水器那边有味道 家里老人睡不醒 叫不太醒"),
    # fumes felling workers
    # shoes or clothes left by the water, the owner not seen
    ("*", "江边台阶上放着一双皮鞋和手机 看着像隔壁老王的 一直没见他人"),
    ("*", "桥上栏杆边摆着一双拖鞋 旁边还有个包 附近没看到人"),
    ("*", "水库坝上整整齐齐放着一双运动鞋 村里那个小伙子找不到了"),
    # petrol or solvent carried to someone's door
    ("*", "他提着汽油到老板家门前 说欠的钱再不给就点火"),
    ("*", "那个喝了酒的男人拎着一罐稀料 蹲在他前妻楼道里"),
    ("*", "刚放出来的那个人抱着油桶站在仇人家门口 嚷嚷要算账"),
    # sounds like gunshots
    ("*", "刚刚小区后面砰砰响了两声 不像是鞭炮 很脆"),
    ("*", "听到有人开枪 就在菜市场那边"),
    ("*", "村口连着响了几声 不像放炮 脆得很"),
    ("*", "后山传过来两声响 跟枪声一模一样"),
    # a child or an old person lost in a crowd
    ("*", "游园会上我女儿丢了 八岁 穿红裙子"),
    ("*", "庙会人太多 孙子挤丢了 找了半个钟头了"),
    ("*", "商场里孩子跑丢了 广播也喊了"),
    ("*", "灯会上小孙女看丢了 三岁 扎两个小辫"),
    # odd smoke or flakes with a burning smell, or by stacked straw
    ("*", "楼下往上飘黑絮子 闻着有股烧胶皮的味"),
    # 焦糊气, a fire keyword of its own since round 19B, still tells the smell
    ("*", "三楼窗户那飘出来一片黑絮絮 楼道里一股焦糊气"),
    ("*", "对面仓库顶上冒白气 里头堆的全是棉花"),
    ("*", "那户窗口飘出灰色的烟 一股塑料糊了的味"),
    # a burnt patch on open ground still spreading
    ("*", "河滩那片杂草 烧黑了一大片 风往村子那边刮"),
    ("*", "后山荒坡黑了一大块 刚才还没这么大 越来越大"),
    # fire beside gas cylinders
    # sewage into homes
    # lorries blocking a gate over pay
    ("*", "三十多辆渣土车堵在工地大门口 司机说运费拖了半年没给"),
    ("*", "十几辆货车横在厂门口 司机们要讨工钱"),
    ("*", "一大排车把物流园大门堵了 说欠的运费不结就不走"),
    # caught in an escalator or a machine
    ("*", "商场扶梯把一个小男孩的鞋卡进去了 脚拔不出来"),
    ("*", "小朋友的脚卡进扶梯缝里了"),
    # no answer at all
    ("*", "敲了十分钟门 屋里一点动静都没有 老太太一个人住"),
    ("*", "修下水道的师傅下到井里 上面喊了半天一点回音都没有"),
    ("*", "工人下到污水池 喊他连个回应都没有"),
    # something already coming down over people
    ("*", "商场门口的招牌一角掉了 下面都是人"),
    ("*", "楼顶广告牌被风吹得一个角掉了 底下是人行道 人来人往"),
    # a crowd with banners or uniforms heading to petition
    ("*", "二十几个老人拉着白布 要去北京上访"),
    # housebound, nobody came, voice weak
    ("*", "有个男的拿着亮晃晃的东西顶在小卖部老板娘腰上 让她别喊"),
    ("*", "隔壁那个醉汉提着一大桶汽油 去他丈母娘家门口闹"),
    ("*", "夜里连着砰砰几声 不像是鞭炮 像开枪"),
    ("*", "有辆客车撞破了护栏 车身搭在边上 车里还有十几个人"),
    ("*", "饭馆后门的铁门倒了 把送货的小哥砸住了"),
    ("*", "晚上听见两声响 特别脆 像是枪"),
]

CALM = [
    # knives in everyday use, over events
    ("*", "刀具店门口有人买刀 店员在包装"),
    # railings and vehicles, no one in danger
    ("*", "桥上护栏被车撞断了 车已经拖走了 护栏还没修"),
    ("*", "那辆挂在护栏上的车 人都下来了 等拖车"),
    # things under other things, or held back
    ("*", "货架倒了 货压在底下 人没事"),
    ("*", "工资被扣在公司那边 一直没发"),
    ("*", "路边一辆车翻了 司机已经爬出来了 在打电话"),
    ("*", "侧翻的货车 货还在里面 人没事"),
    # gas questions, carsickness
    ("*", "燃气公司上门检测 说没有味 我就是有点晕车"),
    ("*", "煤气费怎么交 我最近老是头晕"),
    # everyday fumes
    ("*", "饭店油烟太呛 几个路过的人在咳"),
    ("*", "装修的甲醛味很刺鼻 好几个邻居咳嗽"),
    # shoes by the water for an ordinary reason
    ("*", "河边有人在钓鱼 鞋子脱在旁边"),
    ("*", "桥上有双鞋子 是有人晒鞋忘了拿"),
    # petrol stored or sold
    ("*", "加油站不让用桶装汽油 有人在门口吵"),
    ("*", "楼道里堆着几桶柴油 是发电机用的"),
    # bangs that are television, festivals or a range
    ("*", "楼上在放电视 全是枪声"),
    ("*", "过年放鞭炮 砰砰响了两声"),
    ("*", "射击场那边又在打靶 响声很大"),
    # things lost, children found
    ("*", "我儿子的电动车丢了 在小区门口"),
    ("*", "孩子丢了 后来在保安室找到了"),
    # smoke from burning offerings, ground burnt long ago
    ("*", "小区里有人烧纸 飘黑灰"),
    ("*", "去年麦地烧黑了一片 现在长草了"),
    ("*", "荒地黑了一大片 火早就灭了 没火了"),
    # a cylinder that will not light
    ("*", "煤气罐打不着火 能不能来看看"),
    # drains that back up when it rains, spills outdoors
    ("*", "下水道一下雨就往上返 屋里有味"),
    ("*", "化粪池满了 污水漫了一地 物业说明天来抽"),
    # lorries queueing, cars parked
    ("*", "十几辆货车在厂门口排队等着装货"),
    ("*", "好几辆车堵在小区门口 物业说停车费没交"),
    # objects stuck, a lift out of order
    ("*", "手机卡进扶梯缝里了 拿不出来"),
    ("*", "扶梯坏了 一直卡住 物业说明天来修"),
    # nobody home after all, a mistaken alarm
    ("*", "敲了半天没回应 后来才知道他出去旅游了"),
    ("*", "敲了半天门以为老人出事了 结果她去买菜了"),
    ("*", "我以为有人打架 原来是在拍短视频"),
    ("*", "刚才说的冒烟 是误会 没事"),
    # a scam stopped, a sewer smell, a furniture leg, a picnic
    ("*", "楼下阿婆接到电话说孙子出事要打钱 我拦住了 她没去银行"),
    ("*", "闻着有点臭鸡蛋味 物业查了 估计不是煤气 是下水道返上来的"),
    ("*", "小区凉亭的长椅断了一条腿"),
    ("*", "公园草地上一帮年轻人在野餐 围着吃喝 挺热闹"),
    # a pet up high, a dog that does not bite
    ("*", "邻居家的猫爬到车棚顶上下不来 叫了一上午"),
    ("*", "他说他家狗不咬人 叫我们别管"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
