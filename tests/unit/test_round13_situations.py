"""Round 13: situations from probe_ac/ad/ae/af (phone, voice, under-stated, chat groups).

Each situation in the rule writer's own words, with calm look-alikes: a broken bottle held at
people; "something that looks like a knife"; holding "a" long knife; someone held down and
taking punches; smoke from a window smelling of burnt plastic though the caller guesses cooking;
a red glow on a hill with the wind up; flicker and crackle under a door when nobody is home; a
blackened shed roof with e-bikes; a coal-stove household that does not get up; a child bumped by
a reversing car; a vehicle in a ditch with people groaning; a supervised person who cannot be
found; numbness after eating; a child not home after school; chest tightness with a pale face;
a pungent dumping that hurts neighbours' throats; a wife locked in a room; a hand crushed by
a press.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import assert_told, told

URGENT = [
    ("public_security", "烧烤店门口有个人把酒瓶砸碎了，攥着半截对着老板比划"),
    ("public_security", "停车场有几个人围着一个小伙，其中一个手里拿的东西像是刀"),
    ("public_security", "菜场门口一个男的提着一把长刀走来走去，嘴里不干不净"),
    ("public_security", "小区门口有人被三个人按在墙上，一直挨拳头"),
    ("fire_safety", "对面楼有个窗口一阵一阵冒黑烟，闻着像烧电线的味，可能是做饭吧"),
    ("fire_safety", "村后的山坡上一片红的，风挺大，往林子那边去了"),
    ("fire_safety", "楼上那户门缝底下一闪一闪的亮，里面噼里啪啦响，人都上班去了"),
    ("fire_safety", "车棚顶已经黑了，里面好多雾，停了一排电动车"),
    ("safety_hazard", "那户人家屋里生着煤炉，今天一家人都没起来，敲门不开"),
    ("traffic", "超市门口一个小孩被倒车的小轿车碰倒了，坐在地上哭"),
    ("traffic", "山路上一辆拖拉机翻到沟里了，车上坐着好几个人，听到有人在哼"),
    ("special_groups", "社区矫正的那个小伙子电话打不通，人也找不到，三天了"),
    ("food_drug", "我们三个在小摊上吃了凉菜，现在嘴发麻，心跳得厉害"),
    ("livelihood", "隔壁家孩子放学一直没到家，平时五点就回来了，现在天都黑了"),
    ("livelihood", "老张大爷坐在楼下，说胸口闷，脸色煞白，一直冒冷汗"),
    ("environment", "有人往下水道一桶一桶倒东西，刺鼻子，好几户都说嗓子疼"),
    ("special_groups", "那个在管控的吸毒人员在家发疯，把媳妇锁屋里了"),
    ("labor", "厂里一个工人的手被机器压了，老板不让去医院"),
]

CALM = [
    ("*", "服务员不小心把酒瓶打碎了，正在扫"),
    ("*", "这几天胃疼得像刀割一样，想问问社区医院几点开门"),
    ("*", "厨师拿着一把菜刀在切菜"),
    ("*", "对面楼有户在熏腊肉，冒烟，一股烟熏味"),
    ("*", "傍晚后山一片红的，是晚霞，挺好看"),
    ("*", "门缝底下一闪一闪的，是他家电视开着"),
    ("*", "车棚顶黑了一片，是以前发霉的，想找人刷一下"),
    ("*", "冬天烧煤炉，想问问怎么防中毒"),
    ("*", "倒车的时候碰了一下电线杆，没人受伤"),
    ("*", "村里那两个孩子爸妈出去打工两年没回来了，奶奶管着"),
    ("*", "吃了麻辣烫嘴有点麻，没啥事"),
    ("*", "去年体检说有点胸闷，想问问复查去哪"),
    ("*", "楼道里刷油漆，刺鼻子，嗓子有点疼"),
    ("*", "工友手指头让机器压了，已经看好了，老板不认工伤"),
    ("*", "澡堂门缝里往外冒水汽，一股一股的，挺正常"),
    ("*", "小区电动门老是夹到电动车，想让物业修修"),
]


@pytest.mark.parametrize(("category", "text"), URGENT)
def test_situation_is_urgent(category: str, text: str) -> None:
    assert_told(text, category, True)


@pytest.mark.parametrize(("category", "text"), CALM)
def test_look_alike_stays_calm(category: str, text: str) -> None:
    assert_told(text, category, False)


# --- batch 2: who handles it and smoke without the word "smoke" ---

CASES = [
    ("fire_safety", True, "仓库的卷帘门底下一直往外冒灰白的东西，越来越浓，里面锁着没人"),
    ("safety_hazard", True, "地下车库的电动门把一个老人的腿夹住了，还在往下压，找不到遥控"),
    ("special_groups", True, "楼下那个男的举着一根铁棍在院子里转，一直说有人要害他"),
    ("public_security", True, "路边两个男的把一个姑娘往车里拽，姑娘在喊"),
    ("labor", True, "二十多个干活的坐在工地门口，说包工头跑了，钱没拿到"),
    ("fire_safety", True, "监控看到配电房门缝里往外冒灰白的，越来越浓，我还在打值班员电话"),
]


@pytest.mark.parametrize(("category", "is_urgent", "text"), CASES)
def test_who_handles_it(category: str, is_urgent: bool, text: str) -> None:
    assert told(text) == (category, is_urgent), text
