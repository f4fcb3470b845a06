"""Round 20B: fire, smoke, gas, electricity, water, collapse and trapped people, said the way
residents say them on the phone, each family in the rule writer's own words.

Fire told by what is seen or heard: a whole stall or row of sheds burning (档口全着了, 板房全着了),
a stove, socket or wire 走火, a flue or stove pipe glowing red and dropping sparks, a window or
roof where a light flickers or an orange glow wavers while nobody is home, a corridor gone hazy
that catches the throat, e-bike batteries and chargers hissing, power strips and meter boxes
crackling with a burnt smell, and someone still inside (还再里头 is a slip for 还在里头).
Trapped: a head or foot stuck in railings or a seat gap, someone locked in a storage room or
cold store calling out, a roller shutter or gate coming down on a person. Water: sewage rising
into basements where people live and into classrooms, still rising; a river gone red with
dead fish while people draw water from it; a yellow fog from an industrial park that sets
children coughing. Drowning (遇溺, and its voice slip 遇逆), someone swept off by floodwater, a
voice from a manhole. The look-alikes say the same words of a lamp, a TV, paint fumes,
steam, a cat, a ball, a car, fish at a market or flu season, and stay calm.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import assert_told

# Each failed on the rules before this round (urgency, or the category with it).
TOLD = [
    # a whole stall, a row of sheds burning
    ("fire_safety", True, "市场里卖衣服那个档口全着了"),
    ("fire_safety", True, "工地那几间活动板房全着了"),
    # 走火: a stove, a socket, a hob
    ("fire_safety", True, "他家蜂窝煤炉子走火了 屋里就一个老头"),
    ("fire_safety", True, "出租屋插线板走火 屋里没人"),
    ("fire_safety", True, "隔壁厨房灶台走了火 油烟机那块黑了一片"),
    ("fire_safety", True, "仓库走火了 有个工人还再里头"),
    ("fire_safety", True, "煤棚子走了火 有个老伯还再里面"),
    # flue and stove pipe glowing red, sparks dropping
    ("fire_safety", True, "烧烤店的烟道烧红了 一直往下掉火星"),
    ("fire_safety", True, "他家炉筒子烧得通红 挨着的木板都烫手"),
    ("fire_safety", True, "饭店后墙那根排油烟管烧得发红 外面的油在滋滋冒"),
    # a light flickering in a window nobody is behind, an orange glow on a roof
    ("fire_safety", True, "对面三楼阳台一闪一闪的亮 家里没人 门锁着"),
    ("fire_safety", True, "隔壁窗帘后面忽明忽暗的 家里没人 门锁着"),
    ("fire_safety", True, "那栋楼楼顶有一片橘红色的光在晃 好多人在下面抬头看"),
    # a hazy corridor that catches the throat
    ("fire_safety", True, "养老院走廊雾蒙蒙的 闻着呛 老人们还在房间里"),
    ("fire_safety", True, "宿舍楼道白茫茫一片 呛得人直咳嗽"),
    ("fire_safety", True, "楼道里烟蒙蒙的 有股烧电线的味"),
    ("fire_safety", True, "电梯间灰蒙蒙的 呛鼻子"),
    # batteries and chargers hissing
    ("fire_safety", True, "电动车电瓶滋滋作响 一股酸味"),
    ("fire_safety", True, "楼道里那辆电驴的电池呲呲作响 有股刺鼻的酸味"),
    ("fire_safety", True, "换电柜里的电池嘶嘶响 一股焦味"),
    ("fire_safety", True, "充电器插在床头 嗞嗞作响 闻着有糊味"),
    ("fire_safety", True, "锂电池滋滋冒白烟"),
    # meter boxes, switches and power strips crackling with a burnt smell
    ("fire_safety", True, "电表箱里嗞嗞响 闻到糊味"),
    ("fire_safety", True, "插排滋啦滋啦的 有股焦味"),
    ("fire_safety", True, "单元门口的电闸滋啦滋啦的 闻着一股塑料味"),
    # a head, a foot, a finger stuck
    ("safety_hazard", True, "小孩脑袋钻进防盗窗卡住了 拔不出来"),
    ("safety_hazard", True, "有个娃的脚卡在楼梯栏杆缝里 抽不出来 一直哭"),
    ("safety_hazard", True, "老人的手指卡在座椅缝里退不出来"),
    ("safety_hazard", True, "娃的头塞进栏杆缝里 卡住了 哭得不行"),
    ("safety_hazard", True, "小孩的脑壳卡到栏杆里头了 出不来"),
    # locked in a storage room, a cold store, a basement
    ("safety_hazard", True, "有个老太进了杂物间 门锁坏了出不来 在里面拍门"),
    ("safety_hazard", True, "保洁阿姨被反锁在地下室里 喊了一下午"),
    ("safety_hazard", True, "地下冷库的门卡死了 里面还有两个工人在拍门"),
    ("safety_hazard", True, "有人被关在储物间里头 门锁坏了 一直在敲门"),
    ("safety_hazard", True, "老人进了菜窖 门关死了出不来 在里面喊"),
    # a roller shutter coming down on a person
    ("safety_hazard", True, "超市卷闸门突然掉下来 把一个老人压在下面"),
    ("safety_hazard", True, "车库的卷闸砸中一个送外卖的 人在地上喊"),
    # water rising where people live or sit
    ("municipal_facility", True, "半地下室那几家 污水从地漏往上翻 都没过小腿了"),
    ("municipal_facility", True, "幼儿园教室地上全是水 水位还在往上涨 孩子们还在上课"),
    ("municipal_facility", True, "学校教室进水了 水还在往里灌 孩子们站在桌子上"),
    # gas smelt in a stairwell or a home is the gas hazard, not a bad smell
    ("safety_hazard", True, "楼道里煤气味特别冲 熏得头疼"),
    # a river gone red with dead fish while people draw water; a fog that sets children coughing
    ("environment", True, "河里漂满死鱼 水发黑 下游还有人在洗菜"),
    ("environment", True, "水库的水变成黄乎乎的 村里还有人在挑水吃"),
    ("environment", True, "小河沟里的水一下变红了 还漂着死鱼 有老人在河边打水"),
    ("environment", True, "河面上一层油 死鱼一片一片的 村里人还在河里洗衣服"),
    ("environment", True, "工业园的黄雾飘到村里 小孩们直咳"),
    ("environment", True, "一阵刺鼻的白雾飘过来 学校好几个学生在流泪"),
    # drowning, swept off, a voice from a well
    ("safety_hazard", True, "泳池那边有人遇溺 救生员不在"),
    ("safety_hazard", True, "游泳池有个小孩沉下去了"),
    ("safety_hazard", True, "有个老人被大水冲走了 在河当中"),
    ("*", True, "江边有人遇溺"),
    ("*", True, "路边窨井盖丢了 井里有人在喊 听着像个小孩"),
    ("*", True, "下水道里有小孩的声音 盖板开着"),
    ("*", True, "井里有孩子的声音 在哭"),
    # the category of a quiet report
    ("environment", False, "绿化带那边烟雾蒙蒙的 是园林工人在打药"),
    ("fire_safety", False, "楼道消火栓里的水枪头不见了 像是被人偷了"),
    ("municipal_facility", False, "健身区那台太空漫步机的踏板掉了"),
]

# Said in the same family's words, already told right before this round; kept so.
KEPT = [
    ("fire_safety", True, "村口小卖部整间都着了"),
    ("fire_safety", True, "后巷那排铺面都烧着了"),
    ("fire_safety", True, "楼下配电箱噼里啪啦响 一股烧胶皮的味"),
    ("safety_hazard", True, "小区电动伸缩门夹着一个老太太的腿"),
    ("municipal_facility", True, "地下室住人的那间 返水没过脚踝了 还在涨"),
    ("environment", True, "化工厂飘过来的怪味 操场上孩子们眼睛睁不开"),
    ("*", True, "厨房走了火 阿婆在里面没出来"),
]

LOOK_ALIKES = [
    ("*", False, "小卖部老板娘在柜台后面睡着了 门开着没人看"),
    ("*", False, "跑了一天社区 整个人都累着了"),
    ("*", False, "小店老板说孩子着了凉 问社区医生几点上班"),
    ("*", False, "小区里有个人练功练得走火入魔 天天半夜在楼下念叨"),
    ("*", False, "小区新装的烟囱刷成红色了 问问合不合规定"),
    ("*", False, "对面窗户一闪一闪的 估计灯管坏了 屋里没人"),
    ("*", False, "楼顶的彩灯一闪一闪的 家里没人管"),
    ("*", False, "屋里电视一闪一闪的 老人不在家"),
    ("*", False, "楼道里雾蒙蒙的 是楼下在炒辣椒 呛得很"),
    ("*", False, "浴室门口的走廊雾气腾腾的 有人在洗澡 地上有点滑"),
    ("*", False, "楼道刚刷完漆 灰蒙蒙的 有点呛"),
    ("*", False, "电动车电瓶以前冒过烟 已经换了新的"),
    ("*", False, "师傅在配电箱边上电焊 火星子乱溅"),
    ("*", False, "上次电表箱冒烟 已经修好了"),
    ("*", False, "火锅店里 老人还在里面吃饭"),
    ("*", False, "着火的那家 人都出来了 老人也救出来了"),
    ("*", False, "小猫头卡在栏杆里了 出不来"),
    ("*", False, "孩子的手卡在栏杆里 已经拔出来了 没事了"),
    ("*", False, "球卡在楼梯栏杆里拿不出来"),
    ("*", False, "车库门坏了 车开不出来 一上午了"),
    ("*", False, "仓库门锁坏了 打不开 里面的货拿不出来"),
    ("*", False, "道闸杆砸到车顶了 车漆刮了"),
    ("*", False, "卷帘门卡住了 拉不上去 要报修"),
    ("*", False, "上礼拜地下室进水 现在已经抽干了"),
    ("*", False, "房租还在涨 租房的小年轻都在念叨"),
    ("*", False, "鱼塘水位一直在涨 问问要不要放水"),
    ("*", False, "去年河水发黑 死了好多鱼 现在好了"),
    ("*", False, "河边有人杀鱼 死鱼扔水里了 臭"),
    ("*", False, "流感季节 幼儿园好几个孩子咳嗽 请假了"),
    ("*", False, "井里有小猫的声音 叫了一晚上"),
    ("*", False, "插座容易走火 想找人换一下"),
    ("*", False, "线路老化 怕走火"),
    ("*", False, "栏杆缝太大 怕小孩头卡进去"),
    ("*", False, "地下室以前进过水 怕今年再淹"),
    ("*", False, "电瓶以前滋滋响过 现在换了"),
    ("*", False, "老人家里窗户一闪一闪的 是在看电视"),
    ("*", False, "单位储藏室门锁坏了 东西拿不出来"),
    ("*", False, "河边工地往河里排泥浆水 河水浑得很 下游有人在洗拖把"),
    # a simile is no fire; water at the street that stayed out of the houses is no flooded home
    ("*", False, "公园那片枫叶红得像着了火一样 周末来拍照的人多"),
    ("*", False, "晚霞把整个楼顶照得跟着了火似的"),
    ("*", False, "桥洞那边水浸了 车过不去 房子没事"),
    ("environment", False, "楼下烧腊店天天熏腊肉 烟呛得开不了窗"),
    ("municipal_facility", False, "小区门口窨井盖裂了 车一压就响"),
]


@pytest.mark.parametrize(("category", "is_urgent", "text"), [*TOLD, *KEPT, *LOOK_ALIKES])
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
