"""Round 12: situations from probe_ag/ah/ai (relayed, rural, night, quiet and hesitant reports).

Each situation is written in the rule writer's own words (not lines of the probe sets), with
calm look-alikes: a scuffle with glass or bottles breaking; chasing someone with something in
hand; farm tools or a knife at the waist or slammed on a table in a quarrel; someone up a crane
or tower who stays there; smoke the caller says is not cooking; a wall or ceiling cracking and
shedding pieces, or leaning over a path; a sprain at the scene; a child clipped by a car; an
off-medication patient smashing things; a reaction after a snack; a farewell message then
silence; someone drifting in a river; a crowd with wreaths or calling for the head to come out;
and handled, consulting or everyday reports that must stay calm.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import assert_told, told

URGENT = [
    ("public_security", "后门那边两伙人推推搡搡的，刚才哐一声玻璃碎了一地，现在还在骂"),
    ("public_security", "大排档几个喝多的把酒瓶子摔了一地，服务员拉不住"),
    ("public_security", "网吧门口几个小伙拉拉扯扯，拦不住，有一个已经挨了两下"),
    ("public_security", "巷子里有个男的攥着一根铁棍在撵一个年轻人"),
    ("public_security", "菜市场有人举着扁担追着一个人跑，边追边骂"),
    ("dispute", "两家为宅基地的边界吵起来了，一家扛着铁锨堵在路口"),
    ("public_security", "楼道里有个陌生男的腰里别着一把刀，在挨家敲门"),
    ("dispute", "老两口跟儿子吵架，儿子把菜刀往桌上一拍，老太太吓得跑出来了"),
    ("labor", "工地那个塔吊上面好像有个工人，说是结不到工钱，在上面待了两个多小时"),
    ("*", "村口那座信号塔上有人爬上去了，一直不下来，底下围了好多人"),
    ("fire_safety", "后山那个仓库顶上一直冒黑的，往上翻，不像是烧垃圾"),
    ("fire_safety", "对面楼有户窗口往外冒白烟，看着不像是做饭"),
    ("safety_hazard", "地下室的墙咔咔响，墙皮往下掉渣，裂缝比昨天宽多了，里面还住着人"),
    ("safety_hazard", "教室天花板咔嚓一声，掉下来一块，裂缝越来越宽"),
    ("safety_hazard", "村小学旁边的围墙斜得很，正好是上学的路，学生们正从这过"),
    ("*", "路边井盖塌了，骑车的大妈掉进去扭了脚坐在地上起不来"),
    ("traffic", "校门口一个小学生被车刮了一下，蹲在地上不说话"),
    ("special_groups", "他妈说他停药半个月了，刚才把窗户砸了，嚷着要去找邻居拼命"),
    ("special_groups", "那个精神病又犯了，在小区门口砸车，见人就追"),
    ("food_drug", "托管班好几个孩子吃完零食满脸通红，有个喘不上气"),
    ("food_drug", "食堂午饭后有三个工人起疹子，一个呼吸困难"),
    ("*", "我同事刚给我发了句“照顾好自己，别找我了”，然后手机就关机了"),
    ("*", "她在群里说了句永别，现在电话打不通"),
    ("*", "有个小孩掉湖里了，在水里漂"),
    ("petition", "医院门口十几个家属抬着花圈堵着，说手术出了事要说法"),
    ("petition", "学校门口一群家长，三四十个，喊着要校长出来"),
]

CALM = [
    ("*", "两拨人在广场排队领鸡蛋，有点挤"),
    ("*", "两桌人昨晚吵了几句，早就散了"),
    ("*", "小孩拿着网兜在草地上追蝴蝶"),
    ("*", "大爷拎着袋子追公交车没赶上"),
    ("*", "大爷扛着锄头下地去了，说晚点回来"),
    ("*", "饭店师傅把菜刀拍在案板上切菜剁肉"),
    ("*", "塔吊上面有个人在作业，正常施工"),
    ("*", "对面饭店后厨冒烟，是炒菜的油烟"),
    ("*", "楼上装修，电钻咔咔响，墙上掉渣"),
    ("*", "去年墙上裂了条缝，咔咔响过一次，早就加固了"),
    ("*", "围墙斜得厉害，已经拉了警戒线，没人走了"),
    ("*", "上周打球崴了脚，想问问医保能不能报"),
    ("*", "电动车跟小轿车蹭了一下，两人在路边理论，后面车排老长"),
    ("special_groups", "他儿子精神不太好，这几天没吃药，家里想问问能不能送去住院"),
    ("*", "吃完饭大家在门口抽烟聊天"),
    ("*", "朋友说对不起，借的钱下个月还，然后就关机了"),
    ("*", "花圈店门口摆了好多花圈，挡了半条人行道"),
    ("*", "工人摔伤了腿，老板说不算工伤，他托我问问怎么办"),
    ("*", "被困在电梯里的两个人已经弄出来了，维保在修"),
    ("*", "昨晚那户起火的已断电，无人员受伤，明天来修线路"),
    ("*", "业主群里在发动大家下周一起去区政府，有人在接龙"),
    ("*", "村里放露天电影，来了好多人，挺热闹，没什么情况"),
    ("*", "路边那辆车停了半个月，正好压着盲道"),
]


@pytest.mark.parametrize(("category", "text"), URGENT)
def test_situation_is_urgent(category: str, text: str) -> None:
    assert_told(text, category, True)


@pytest.mark.parametrize(("category", "text"), CALM)
def test_look_alike_stays_calm(category: str, text: str) -> None:
    assert_told(text, category, False)


# --- categories: who handles it (fights among drivers, wages unpaid by any employer, known
# patients acting up, a group ill after a meal, a missing manhole cover, a car into a river) ---

CATEGORY_CASES = [
    ("public_security", True, "公园角落三个小伙围着一个人踢，那人抱着头蹲在地上"),
    ("public_security", True, "地下车库两个车主下车推搡起来，一个从后备箱拿了根棍子"),
    ("public_security", False, "地铁上有个人的手伸进了别人包里，被发现后溜了，想报个案"),
    ("labor", False, "食堂帮工说这个月钱还没发，老板一直拖，想问问找谁"),
    ("labor", False, "超市理货员说老板这个月只发一半，说下个月补"),
    ("labor", True, "二十多个搬运工堵在仓库门口拉横幅，说工钱拖了半年没结"),
    ("special_groups", True, "隔壁那个住过院的大哥站在阳台外面，喊着有人要害他"),
    ("special_groups", True, "村里平时犯病的那个女的又往河里走了"),
    ("food_drug", True, "装修队七八个工人吃了送来的盒饭，脸色发白，有两个躺在地上"),
    ("municipal_facility", True, "小区门口井盖没了，一个骑车的连人带车掉进去了"),
    ("traffic", True, "一辆轿车冲出护栏扎进河里了，看不清里面有没有人"),
    ("other", False, "巡查结束，无异常"),
    ("livelihood", False, "刘大爷最近老念叨活着没意思，不过吃饭睡觉都正常，他闺女让我们多去看看"),
    ("safety_hazard", True, "商场扶梯突然倒着走，好几个人摔倒了"),
]


@pytest.mark.parametrize(("category", "is_urgent", "text"), CATEGORY_CASES)
def test_who_handles_it(category: str, is_urgent: bool, text: str) -> None:
    assert told(text) == (category, is_urgent), text


# --- more categories: shops and stalls spilling onto the street, rubble dumped by the
# truckload, waterlogging, a gas smell while someone knocks on doors, factory fumes, pets and
# praise, people living in sheds and basements ---

MORE_CATEGORY_CASES = [
    ("urban_management", False, "街口那家饭馆把桌椅全搬到门外头了，行人得从车道上绕"),
    ("urban_management", False, "水果摊把三轮车摆到路中间卖，电动车都过不去"),
    ("urban_management", False, "半夜有渣土车往河滩空地上倒了好几车碎砖"),
    ("municipal_facility", False, "幼儿园门口一下雨就积一大滩水，家长得抱着孩子跳着过"),
    ("safety_hazard", True, "楼道里煤气味很冲，有个邻居在挨家敲门问是谁家的"),
    ("safety_hazard", True, "我妈说灶关了可屋里还有股味儿，她觉得头有点晕"),
    ("environment", True, "工业园那边飘过来一股呛人的味道，好几个老人咳得喘不上气"),
    ("other", False, "我家的狗跑出去一天没回来了，能不能帮忙在群里问问"),
    ("other", False, "想表扬一下帮我家修水龙头的志愿者，表扬信寄哪里"),
    ("population_housing", False, "旧厂房后面的铁皮房住了人，不知道是谁租的"),
    ("population_housing", False, "那个地下车库的储藏间现在住进去了好几户"),
    ("public_security", False, "有个陌生人挨家挨户敲门，说是燃气公司查表的，证件拿不出来"),
]


@pytest.mark.parametrize(("category", "is_urgent", "text"), MORE_CATEGORY_CASES)
def test_who_handles_it_more(category: str, is_urgent: bool, text: str) -> None:
    assert told(text) == (category, is_urgent), text


# --- who leads when two things happen: a quarrel that ends with an old person pushed down,
# a crash with the car smoking, field burning that gets into the woods ---

PRECEDENCE_CASES = [
    ("dispute", True, "楼上楼下吵了半天，楼上男的冲下来把楼下的老大爷推倒了，老人起不来"),
    ("traffic", True, "一辆小货车撞上路边电线杆，车头冒烟，司机还在里面"),
    ("fire_safety", True, "有人在地里烧荒，风一吹火头蹿进了山林，几个人在扑，扑不灭"),
]


@pytest.mark.parametrize(("category", "is_urgent", "text"), PRECEDENCE_CASES)
def test_which_leads(category: str, is_urgent: bool, text: str) -> None:
    assert told(text) == (category, is_urgent), text
