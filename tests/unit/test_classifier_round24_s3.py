"""Round 24 (s3): fire, smoke, gas and electricity said by what is seen, smelt or heard.

Every urgent sentence below was missed by the rules before this round. Urgent: a burnt
smell (焦糊味, typed 焦胡味; 烧塑料, 烧电线, 烧头发) growing stronger or of no known flat;
smoke typed as 眼 by voice input (冒眼了, 黑眼滚滚); something black still pouring out at
a door; black ash drifting out of a window; a wall warm to the touch with a smell; a flash
and a bang in a bike shed; a battery or power bank hissing, too hot to touch, swollen and
still warm, spraying white vapour; a charger or switch flashing with a rubber smell; a hill
gone red or a red line moving on it at night; a field fire reaching trees, haystacks and
orchards, people beating it with branches; a slope burning; firewood burning out of a
stove; a family with a coal stove who have headaches and will not wake; gas typed as 天然器
or 酶气; a strange smell "like gas leaking"; a gas cylinder frosted and hissing; a burner
put out by soup with gas still coming; a pot boiled dry and red with nobody home; a layer
of smoke sinking from the ceiling; a smoke alarm going on and on with a child crying
inside; crackling that is not firecrackers; a street-lamp hatch or wires sparking (打伙);
a corridor hazy (雾茫茫, 灰茫茫) and choking.

Calm: a false alarm, a drill, a smell from cooking or a hairdresser, a battery asked
about, firecrackers, a door hot from the sun, steam, a burn that is watched or long out,
a question on fees or alarms, a flat battery in an alarm, autumn leaves on a hill, fire
safety advice, paper burnt at a grave, a tyre bursting, a normal frosted cylinder, a
brake hissing, fog in a stairwell, a sewer outlet.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # smelt
    ("fire_safety", "焦胡味好重，在楼道里飘，找不到是哪家"),
    ("fire_safety", "一股焦胡味，好像是隔壁的"),
    ("fire_safety", "楼下有股怪味，像烧塑料，越来越重了"),
    ("fire_safety", "焦煳味越来越浓，整个单元都是"),
    ("fire_safety", "一股烧电线的味，好冲，不知道是哪家"),
    ("fire_safety", "隔壁有滋滋的声音，还有一股像烤焦的味"),
    ("*", "屋里有股味，像烧头发，奶奶一个人在家不开门"),
    # seen: smoke said as 眼, black things pouring out, ash, haze, a sinking layer
    ("fire_safety", "冒眼了，二单元五楼窗户"),
    ("fire_safety", "黑眼滚滚的，就在学校后面"),
    ("fire_safety", "冒青眼了，在后面那排房子"),
    ("fire_safety", "门口地垫那里黑乎乎的，还在往外冒"),
    ("fire_safety", "隔壁窗户往外飘黑灰，一片一片的"),
    ("fire_safety", "呛得人受不了，楼里面雾茫茫的"),
    ("fire_safety", "走廊里灰茫茫的，呛得人直咳嗽"),
    ("fire_safety", "楼道顶上一层灰，越来越低"),
    # felt and heard
    ("fire_safety", "墙摸着热乎乎的，隔壁是空房子，还有一股味"),
    ("fire_safety", "烟感在叫，叫了好久了，里面有小孩在哭"),
    ("fire_safety", "噼里啪啦的，不是放炮，是从那家屋里出来的"),
    # batteries and e-bikes
    ("fire_safety", "车棚那边亮了一下，砰一声，现在一股刺鼻的味"),
    ("fire_safety", "锂电池在滋滋叫，烫得不能摸"),
    ("fire_safety", "电瓶车电池鼓得跟馒头一样，还在发热，放在门口"),
    ("fire_safety", "电动车充着电突然嘶的一声，往外喷白气"),
    # wires and switch boxes
    ("fire_safety", "充电器那里啪啪地闪，有股胶味"),
    ("fire_safety", "电线打伙了，在那个巷子口"),
    ("fire_safety", "电箱打伙花了，在菜市场门口"),
    ("*", "路灯杆底下那个小门里在打火"),
    # wildfire and burning fields
    ("fire_safety", "对面山头红了一片"),
    ("fire_safety", "对面山上映红了半边"),
    ("fire_safety", "后山有一条红线在走，晚上看得清清楚楚"),
    ("fire_safety", "田埂上的火烧到人家的草垛了"),
    ("fire_safety", "烧麦茬的火没人看着，已经到坟地边上的柏树了"),
    ("fire_safety", "林子边上一条火线，老乡们拿树枝在打"),
    ("fire_safety", "野火烧到果园边上了，园子里有房子住人"),
    ("fire_safety", "烟子把路都罩住了，旁边的坡在烧"),
    # stoves and pots
    ("fire_safety", "灶屋里的柴烧到外面来了"),
    ("fire_safety", "汤锅烧干了，锅都红了，屋里没人"),
    ("*", "烧煤炉子的屋里一家人都头疼，叫不太醒"),
    # gas
    ("safety_hazard", "气罐子上结了一层霜，咝咝的"),
    ("safety_hazard", "液化气瓶阀门那里结霜了，咝咝的"),
    ("safety_hazard", "天然器味道好大，一进单元门就闻到"),
    ("safety_hazard", "天然器好像漏了，厨房里一股味"),
    ("safety_hazard", "有股酶气味，很浓"),
    ("safety_hazard", "屋头有股怪味，像是气漏了，娃娃在睡觉"),
    ("safety_hazard", "灶上的火被汤浇灭了，气还在出，人不在家"),
]

CALM = [
    ("*", "烟感刚才误报叫了一下，物业来看过了没事"),
    ("*", "下午小区消防演练，楼道里会放烟雾，大家别慌"),
    ("*", "焦味是我烤红薯烤糊了，没事"),
    ("*", "问一下电动车电池鼓包了去哪里换比较好"),
    ("*", "手机电池用久了发烫，正常吗"),
    ("*", "充电宝充电的时候有点烫手，是不是要换了"),
    ("*", "电动车嘶的一声是刹车，没事"),
    ("*", "车棚里电动车轮胎砰一声爆了"),
    ("*", "铁门摸着烫手，是下午太阳晒的"),
    ("*", "墙摸着热乎乎的，隔壁在烧炕"),
    ("*", "秋天山头红了一片，枫叶很好看"),
    ("*", "去年烧荒的火烧到林子边上，今年要注意"),
    ("*", "防火宣传：烧荒的火容易跑到林子里，大家别烧"),
    ("*", "坡上在烧纸，清明节上坟的"),
    ("*", "灶里的柴火掉出来了，已经捡回去了，没事"),
    ("*", "天然器费用怎么交"),
    ("*", "以前锅烧干过一次，后来装了报警器，现在没事"),
    ("*", "烟感一直在叫，电池没电了，物业能不能来换"),
    ("*", "噼里啪啦的，不是放炮，是隔壁两口子在摔东西吵架"),
    ("*", "插座上的指示灯一闪一闪，我怕是不是坏了"),
    ("*", "外面下大雾，楼道里雾茫茫的，呛得咳嗽"),
    ("*", "清明隔壁窗户往外飘黑灰，在烧纸"),
    ("*", "下水道口黑乎乎的还在往外冒，臭得很"),
    ("*", "钢瓶外面结霜是正常的吗，用的时候会这样"),
    ("*", "上周配电箱冒火花，电工已经修好了"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
