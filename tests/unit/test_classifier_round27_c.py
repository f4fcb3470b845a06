"""Round 27 (C): the report goes to the team whose situation it is, not the team of a word in it.

Every FIXED sentence below was given the wrong category by the rules before this round.
Situations: workers, vendors or a young couple newly arrived asking whether to register or
apply for a residence permit (流动人口, not 劳资/城管/家庭纠纷); a vendor's pushcart blocking a
gate while parents complain, a cobbler squatting under a footbridge (占道, not 信访/市政);
cables cut and carried off, cables lost again and again on a site at night, "pep pills" sold in
dormitories, strangers hanging round a meter box (治安); a cold store smelling of ammonia, a
tank puffing white vapour, men down a manhole gone quiet, a ferry adrift with its engine dead
(安全隐患, not 环境/市政/其他); a man in a wheelchair whose flat floods, a worker with days of
fever who cannot be woken (民生); traders riding to the district government, fishermen blocking
the quay over an unpaid subsidy, a rumour of a gathering (信访维稳); a scrape between tricycles
with a quarrel over who pays, an overturned lorry asked about afterwards (交通); a shop transfer
fee half unpaid, a wall cracked by piling with the compensation dragged out, two families over
a homestead boundary facing off beside a site (矛盾纠纷); dishwater poured out (环境); hot work
with a permit (消防); a patient running out barefoot (特殊人群); a canteen whose diners fall ill
after lunch (食品); a seasonal worker's promised pay (劳资); a phone number of the 管理处 asked
for (其他, not 触电).

KEPT: look-alikes that must keep their category: parents crowding a school over the canteen
(信访), wires bared at a lamp post and a cesspit overflowing (隐患/环境, not 市政/有限空间), a
drowning stranger (其他), an estate guard fighting an owner (纠纷), a well whose water sickens a
village (食品), a bedridden man in a flood (市政), workers round the boss's office (劳资), a
registration of a wage claim (劳资), night piling shaking windows (城管), and more.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

FIXED_URGENT = [
    ("safety_hazard", "水果批发市场冷库那边一股氨味 几个人在门口咳个不停"),
    ("safety_hazard", "厂区有个储罐往外冒白气 气味很冲 大家都往外跑"),
    ("safety_hazard", "两个工人下窨井疏通管道 下去半天没动静了"),
    ("safety_hazard", "江上一条渡船熄火了 顺着水往下游漂 船上有人"),
    ("livelihood", "楼下坐轮椅的老爷子家里水管爆了 水漫到床边 他自己出不来"),
    ("livelihood", "宿舍一个工友发烧好几天 今天怎么喊都叫不醒"),
    ("petition", "市场商户开着几十辆三轮车往区政府去了 交警在后面跟着"),
    ("dispute", "两户为宅基地吵起来 各自叫了十几个亲戚 在工地边上对峙"),
    ("special_groups", "有个病人从家里跑出来 光着脚在路中间走"),
    ("food_drug", "学校食堂午饭后几十个学生陆续不舒服 校医室都坐满了"),
    ("petition", "二三十个渔民把船横在码头堵起来了 说禁渔补贴一直没发"),
]

FIXED_CALM = [
    ("population_housing", "村里来了一批修堤的民工 暂时住在祠堂 要不要给他们登记"),
    ("population_housing", "工地在村口搭了几间板房让工人住 这种要不要备案"),
    ("population_housing", "一对小两口刚从四川过来卖凉粉 想问居住证怎么办"),
    ("public_security", "昨晚有人在泵站剪电缆 装上一辆面包车拉走了"),
    ("public_security", "工地上老丢电缆 这个月丢了三回了 晚上能不能派人巡逻"),
    ("public_security", "有人在厂区宿舍卖提神的药 听说吃了能连着干两天"),
    ("public_security", "小区里来了两个生面孔 老在配电箱那里转"),
    ("petition", "网上传说渔民要聚到镇上闹 核实了没这回事"),
    ("traffic", "超市门口两辆三轮碰了一下 人没事 在那吵谁赔钱"),
    ("traffic", "前天侧翻的那辆渣土车拖走了没 路上还有一摊油"),
    ("dispute", "我把店转给别人 转让费只付了一半 剩下的一直拖着"),
    ("dispute", "我家墙被隔壁工地打桩震裂了 找项目部要赔偿 一直拖着"),
    ("environment", "早市散了以后地上那摊水还是黑的 是哪家往外倒的刷锅水"),
    ("fire_safety", "明天车间要动火作业 动火证已经办了 跟社区报备一下"),
    ("urban_management", "卖烤红薯的天天推车堵在幼儿园门口 家长都有意见"),
    ("urban_management", "修鞋的老头天天蹲在天桥底下 占了半边道"),
    ("labor", "去年在镇上做防汛临时工 说好的补贴到现在没发"),
    ("other", "请问小区管理处电话换了吗 一直打不通"),
]

KEPT_URGENT = [
    ("safety_hazard", "风好大 商场那块广告牌一边脱了在晃 随时要掉下来 底下全是摆摊的"),
    ("safety_hazard", "下了一夜雨 后山垮下来一块土 把那户的猪圈埋了 人在不在里头不知道"),
    ("food_drug", "工厂食堂午饭后几十个工人陆续上吐下泻 医务室都挤满了"),
    ("livelihood", "菜市场卖豆腐的王大爷一个人住 两天没出摊 敲门不开 电话也没人接"),
    ("livelihood", "停电了 对门老太太的制氧机用不了 喘得厉害"),
    ("petition", "几十个养殖户把拖拉机开到镇政府门口堵起来了 说补贴一直没发"),
    ("petition", "一群老头老太太十几个围在那个理财公司门口哭 要退钱"),
    ("environment", "车间喷漆的味道全飘进宿舍 有个孩子咳得喘不上气"),
    ("petition", "三十多个家长堵在学校门口 说食堂饭菜有问题 要校长出来"),
    ("livelihood", "独居的李奶奶三天没开门 敲门没反应 屋里有股异味"),
    ("other", "河里有人在扑腾 像是游泳抽筋了 在喊救命"),
    ("dispute", "物业保安和业主在大门口扭打起来了 还在打"),
    ("food_drug", "村里井水有股怪味 十几户人又吐又拉肚子"),
    ("municipal_facility", "排水沟堵了 雨水倒灌进好几户 有个瘫在床上的老人挪不动"),
    ("labor", "服装厂二十多个工人围在老板办公室门口 老板锁门不出来 情绪激动"),
    ("petition", "几十个业主拉着横幅把街道办大门堵了 门口卖水的也占道"),
    ("safety_hazard", "一家人屋里烧炭火取暖 早上都叫不醒 嘴唇发紫"),
    ("public_security", "菜市场两伙人打起来了 还在打"),
    ("livelihood", "停电了 隔壁爷爷的呼吸机停了 喘得厉害 供电所电话打不通"),
    ("environment", "喷漆车间的废气顺风飘进宿舍 有个老人喘不上气"),
    ("livelihood", "我家伢放学去河边玩 到现在没回来 天快黑了 到处找不到"),
    ("traffic", "路口公交跟卖菜的三轮撞了 卖菜的大爷躺在地上起不来"),
]

KEPT_CALM = [
    ("population_housing", "我们楼下新来了几个摆早点摊的 租在车库里 问一下要不要去登记"),
    ("population_housing", "对面那套房子改成了民宿 天天换人 也没见登记过"),
    ("labor", "我在烧烤摊帮人串串干了一个多月 老板只给了半个月的钱"),
    ("labor", "快递站的分拣工说这个月底薪没发 站长不接电话"),
    ("labor", "那家奶茶店招人不发底薪 只拿提成 押金也不退"),
    ("labor", "听说厂里那帮工人下周要去劳动局闹 还在商量"),
    ("safety_hazard", "六楼楼板边上的临边防护拆了还没装回去"),
    ("food_drug", "学校食堂切菜生熟不分 砧板也不分"),
    ("food_drug", "我在小吃街吃了碗海鲜粥 现在身上全是红疙瘩"),
    ("dispute", "小两口为彩礼的事吵了好几天 女方家里不同意"),
    ("labor", "装修队的工钱还差五千 包工头说月底给 先登记一下"),
    ("safety_hazard", "小区路灯杆底下电线露在外面 小孩老在那玩"),
    ("environment", "楼下化粪池又满了 往外冒 一院子臭味"),
    ("urban_management", "凌晨了工地还在打桩 震得窗户都在晃 睡不着"),
    ("urban_management", "夜市那条街的烧烤摊把桌子摆到马路上"),
    ("population_housing", "三楼新搬来一户租房的 还没去登记"),
    ("labor", "工地上几个工人问欠薪的事找谁 先登记一下"),
    ("environment", "砂场的泥浆水排进了村里的水井 井水都浑了"),
    ("population_housing", "仓库的地下室住了人 门口晾着好多衣服"),
    ("labor", "在夜市帮人卖炒粉干了三个月 老板只给了一个月的工钱"),
    ("population_housing", "村里来了几个搭板房的工人 要不要给他们办暂住登记"),
    ("public_security", "工地门口小卖部晚上聚了一帮人打牌 赌得挺大"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"),
    [
        *as_told(FIXED_URGENT, True),
        *as_told(FIXED_CALM, False),
        *as_told(KEPT_URGENT, True),
        *as_told(KEPT_CALM, False),
    ],
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
