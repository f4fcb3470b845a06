"""Round 29 (i): weather and season said without the textbook word.

Every urgent sentence below was missed by the rules before this round. Urgent: wind lifting,
tilting or shifting roofs, sheets, signs, containers and boards while people are under, beside
or inside them now (有人在下面躲雨, 工人还在干活, 一堆人在等红灯), sheets flying onto the road,
trees and poles fallen on a bus or on someone's head, water up to the thigh, waist or chest
(水到大腿, 水没到小孩腰), water running into kindergartens, dormitories and metro stations,
basements flooded with people living in them, soaked or unroofed houses with someone still
inside (墙根都软了 老人不肯出来, 屋顶掀了 老人小孩缩在墙角), icicles falling now over
children, burst heating pipes spraying hot water with old people stuck upstairs, people
collapsing, dazed, not sweating or burning hot in the heat (太阳底下躺倒, 眼发直, 不出汗,
身上滚烫), someone sitting down on the street pale and vomiting, a body lying still in
floodwater or a field, a worker shut in a cold store, a child shut in a car, a night outdoors
ending in frost on the body, a closed room with a charcoal basin or a gas water heater and no
answer, waves over a pier with a man still on it, lightning splitting a tree over sheltering
children, a flooded bridge or a washed-out road with vehicles still on it, water up to car
doors with people inside, a manhole gone with people wading, and a pile-up on ice with cars
still coming.

Calm (as in the labelled reports): a hazard with nobody under it (下面是主干道, 看着随时要掉),
icicles only hanging, last year's flood, a leak from upstairs, a basement
already pumped dry, houses leaning for years, heat complaints and heat-safety reminders, a
collapsed worker already out of hospital, a man lying still who was asleep, a broken cold store,
keys locked in a car, frozen pipes and frosted windows, charcoal-basin safety talks, boats
already in port, a bridge already closed, a manhole already fenced off, a pile-up already
cleared, figures of speech.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("*", "刚才一阵风，对面工地的彩钢瓦整片掀起来，往马路上飞"),
    ("*", "下穿隧道积水，一辆面包车停在中间，水漫到车门了，里面有人在喊"),
    ("*", "雨太大了，学校门口那条路水没到小孩腰了，还有家长背着孩子蹚水"),
    ("*", "村里的老房子泡了一夜水，墙根都软了，老人还不肯出来"),
    ("*", "暴雨冲得河水漫上桥面了，还有电动车往桥上骑"),
    ("*", "车在漫水桥上被冲歪了，卡在桥边，里面一家三口"),
    ("*", "地铁口水往下灌，站里的人还在往外挤"),
    ("*", "台风把商场门口的玻璃雨棚掀了，碎玻璃满地，还有人在下面躲雨"),
    ("*", "积水里漂着一个电动车，人趴在旁边不动"),
    ("*", "山沟里的水冲下来把路冲断了，一辆三轮车停在断口边上，车上有人"),
    ("*", "风把一棵树刮倒在公交车上，车窗碎了，里面乘客在喊"),
    ("*", "雨太大排水沟漫了，水往幼儿园里流，小朋友都还在教室里"),
    ("*", "有个环卫工在树下扫地，一根大树枝被风刮断砸在他头上"),
    ("*", "下大暴雨，城中村那个地下室住着好几个人，楼梯口都被水淹了"),
    ("*", "出租屋里点着炭盆取暖，三个人睡着，敲门没人开，屋里一股炭味"),
    ("*", "小区的独居阿婆，今天热得要命，送饭过去她躺在床上迷迷糊糊的，身上滚烫"),
    ("*", "送外卖的小伙子在路边坐着，满脸通红，不出汗了，说话都含糊"),
    ("*", "环卫工大姐在路边扫着扫着就坐地上了，脸发白一直吐"),
    ("*", "停车场一辆车里关着只狗和一个娃，车窗都关着，已经好一会了"),
    ("*", "冷库门从外面关上了，有个搬货的还在里面，拍门没人听见"),
    ("*", "暖气管冻裂了往外喷热水，楼道里全是蒸汽，老人下不了楼"),
    ("*", "台风天船老大还在码头加固渔排，浪一个接一个打上去"),
    ("*", "早上发现隔壁大爷坐在门口椅子上，一晚上没进屋，身上全是霜"),
    ("*", "下雨打雷，学校操场边那棵大树劈开了，底下好几个孩子在躲雨"),
    ("*", "暴雨把村里的土坯房泡软了，一面墙已经歪了，屋里还有个瘫在床上的"),
    ("*", "台风把渔村一户的屋顶整个掀了，老人小孩缩在墙角"),
    ("*", "雨太大了学校围墙冲开一个大口，水往宿舍楼里灌"),
    ("*", "路口的红绿灯杆被风刮歪了，快砸到斑马线上，一堆人在等红灯"),
    ("*", "出租屋里用燃气热水器洗澡，半小时了，叫了半天里面没声"),
    ("*", "中午在工地钢筋上干活的老李突然从架子上栽下来了，热得眼发直"),
    ("*", "学校军训，几个学生在太阳底下站着站着就躺倒了，还有个在抽"),
    ("*", "老人在菜地里浇水，晒了一上午，现在趴地里不动"),
    ("*", "台风天外面停着的集装箱被风吹得挪位置，旁边还有人在绑货"),
    ("*", "雨下得太猛，一楼住户屋里水到大腿，一个老头抱着电视坐在桌子上"),
    ("*", "我们这里积水里有个井盖冲没了，水打着旋往下吸，还有人在蹚水"),
    ("*", "早上发现村头那个傻子在猪圈里睡了一夜，浑身冰冷不说话"),
    ("*", "台风把临时板房吹得移位了，一间已经斜了，工人还在里面收东西"),
    ("*", "热射病，工友在车间里倒下了，体温烫手，送来不及"),
    ("*", "大雾加结冰，国道上好多车撞在一起，后面的车还在往上冲"),
    ("*", "狂风把菜场门口的遮阳篷整个掀飞了，下面还有人在卖鱼"),
    ("*", "村里的土坯房泡了两天水，墙根都软了，屋里还住着老两口"),
    ("*", "三十九度，工地上一个大叔坐地上眼发直，说话都含糊"),
    ("*", "冷藏车门从外面锁上了，司机说他徒弟还在里面"),
    ("*", "风浪太大，浪一个接一个打上堤，还有人在堤上拍照"),
]

CALM = [
    ("*", "去年台风把彩钢瓦掀起来往马路上飞，今年能不能提前加固一下"),
    ("*", "风把楼顶的铁皮掀开一角，下面没人，物业已经拉了警戒线"),
    ("*", "昨晚风大，阳台的衣服被风吹飞了，落到楼下花坛里了"),
    ("*", "大风把小区的彩旗都吹跑了，明天活动还要不要办"),
    ("*", "风太大了，塑料袋满天飞，垃圾桶也倒了，麻烦环卫来收拾一下"),
    ("*", "台风过后工地的防护网撕开了，钢管已经拆下来了，没伤着人"),
    ("*", "楼顶太阳能被风吹歪了，看着随时要掉，能不能找人来看看"),
    ("*", "风把广告牌吹得摇摇晃晃，物业已经找人绑好了"),
    ("*", "前天大风一棵树倒在车上，车主来问保险怎么赔"),
    ("*", "树枝被风刮断砸在车上，车里没人，明天园林来锯走"),
    ("*", "刮倒的那棵大树横在人行道上，已经拉走了，路通了"),
    ("*", "去年发大水的时候水到大腿，今年汛期前要把排水沟清一清"),
    ("*", "鱼塘抽水，水没到大腿了，明天就能捞鱼"),
    ("*", "暴雨前请物业在地下车库口堆好沙袋，怕水往车库里灌"),
    ("*", "楼上漏水往我家里渗，滴了一晚上，楼上不开门"),
    ("*", "下雨天水往宿舍门口流，能不能修一下门口的排水沟"),
    ("*", "昨天地下室进水了，住户都搬出来了，水已经抽干"),
    ("*", "老房子墙都歪了好几年了，想申请鉴定一下是不是危房"),
    ("*", "台风把我家屋顶的瓦掀了几片，人都没事，想问问有没有补助"),
    ("*", "那间板房去年就斜了，现在没人住，一直空着"),
    ("*", "冰溜子挂了一排，建议物业找人敲掉，别等掉下来砸着人"),
    ("*", "单元门上的冰柱子昨天已经敲下来了，大家放心走"),
    ("*", "暖气管冻裂往外喷热水，物业已经关了阀门，正在修"),
    ("*", "暖气片有点漏水，滴到地板上了，什么时候能来修"),
    ("*", "天太热了，工地能不能调整一下中午的作业时间，怕有人中暑"),
    ("*", "三伏天提醒大家防暑，老人别在太阳底下待太久"),
    ("*", "今天热得要命，空调外机对着我家窗户吹，能不能让他挪一下"),
    ("*", "热得人都不想动，在家躺着刷手机"),
    ("*", "前天那个在太阳底下晕过去的工人已经出院了"),
    ("*", "花坛里的花在太阳底下晒得趴地上了，园林什么时候来浇水"),
    ("*", "军训的时候有个学生说头晕，校医看过了，现在没事了"),
    ("*", "走着走着鞋带开了，差点摔了，还好没事"),
    ("*", "扫着扫着发现地上有个钱包，交给保安了"),
    ("*", "老王躺在躺椅上乘凉，一动不动的，原来是睡着了"),
    ("*", "冷库门坏了关不严，里面的冻肉都化了"),
    ("*", "冷库温度不够，肉放不住，想问问找谁修"),
    ("*", "车里锁着钥匙了，找开锁师傅来开"),
    ("*", "车里关着一只狗，主人去超市了，窗户开着缝，应该没事"),
    ("*", "昨晚零下十度，门口的水管冻硬了，出不了水"),
    ("*", "车窗上全是霜，早上要刮半天"),
    ("*", "社区开展冬季防煤气中毒宣传，提醒大家烧炭盆要开窗"),
    ("*", "热水器坏了不出热水，叫了半天师傅也没来"),
    ("*", "浪打上来把码头的垃圾冲得到处都是，都回港了，就是要清理一下"),
    ("*", "去年雷劈了村口的大树，今年想在那装个避雷针"),
    ("*", "河水漫上桥面了，村里已经封路了，车都绕道走"),
    ("*", "漫水桥上次冲歪了栏杆，修好了没有"),
    ("*", "积水里的井盖冲没了，已经插了牌子围起来，等市政来补"),
    ("*", "雨水口堵了，积水打着旋下不去，麻烦来疏通一下"),
    ("*", "早上大雾，好几辆车撞在一起，交警已经处理完拖走了"),
    ("*", "路上结冰，明天早上开车大家慢点，别追尾"),
    ("*", "说句玩笑话，我家那口子脾气一上来，跟台风掀屋顶似的"),
    ("*", "他就像冰溜子一样冷冰冰的，问话都不理"),
    ("*", "热射病怎么预防，工地上想组织学习一下"),
    ("*", "暴雨过后那条路水没到腰的地方，后来都修好了，现在不积水了"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
