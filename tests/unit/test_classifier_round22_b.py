"""Round 22 (B): the categories of reports said the way people talk, type on phones and dictate.

Every urgent and calm sentence below took another category on the rules before this round; the
words added are families of everyday, dialect and phone-typed ways of naming the situation, not
sentences from the reports.

Petition: residents, stall keepers or displaced villagers gathered at an office, round a car or on
a road over a grievance (堵在, 围住, 把路堵, 坐在路上, 要说法, 几十口子), prepaid cards that cannot
be refunded, resettled people (移民), a lone man whose matter nobody handles, a house deed never
issued. Labour: drivers or craftsmen blocking a gate or a boss over freight money and pay, a man on
a roof over wages, pay cut this month, a day's rate promised and not paid, nothing paid in half a
year. Other: someone sitting or standing on the edge of a roof with the legs hanging out. Fire: a
shop or stall on fire (铺子, 摊子 … 着了, even put out), a grass fire burnt out, smoke seen in a
corridor. Municipal: pipes and tanks frozen and burst, drains coming up, street
trees blown or knocked down, fitness equipment, bus shelters, trampled lawns, green belts dug up
for vegetables. Safety: a village well, icy steps. Special groups: people on the register, a mad
woman, former drug users in rehabilitation. Food: diarrhoea after a meal or a stall's snack, a
meal that made old people vomit, food made in a garage. Environment: a workshop's pipe dyeing a
river. Police: a youth blocking pupils, a man climbing in by a balcony, a crossbow.

Look-alikes keep their category: neighbours quarrelling with onlookers around them, a crowd round a
scrape at a crossing, resettled households at a project office, a worker at a roof's edge, a
cigarette end in a stairwell, smoke from a barbecue, a child stuck in fitness equipment, a heart
attack, a tree struck by lightning on a man, a leaning tree, cutting pipes in front of a shop.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # people gathered over a grievance at an office, round a car, on a road
    ("petition", "停水好几天了 五十来个居民把自来水公司大门堵住了"),
    ("petition", "几十个摆摊的围住城管的车不让走 说凭啥只收他们的"),
    ("petition", "塌陷区几十口子把镇上的路堵了 说房子裂了没人管"),
    # a man on a roof over wages
    ("labor", "楼顶站着个人 腿搭在外边 底下的人说是来讨工钱的"),
    # someone at the edge of a roof
    ("other", "天台边上坐着个小伙子 腿悬在外面 谁喊也不应"),
    ("other", "对面楼顶有个女的站在边上 一直往下看"),
    # a man climbing in by a balcony
    ("public_security", "有人翻阳台进了三楼人家 那家就一个老人"),
]

CALM = [
    # a grievance brought by one or a few
    ("petition", "商场跑路退不了卡的那些人 又来社区问了"),
    ("petition", "老李说他的事没人管 每天来社区门口坐一会"),
    ("petition", "三个业主来问办房本的事 说拖了好几年"),
    # pay promised and not paid
    ("labor", "饭馆招的几个帮工 说好一天一百五 结果只给一百"),
    # fire put out, burnt grass, smoke in a corridor
    ("fire_safety", "夜市一个炸串摊着了 已扑灭 没伤着人"),
    ("fire_safety", "后山那片荒草烧过一片 火早灭了 来登记一下"),
    ("fire_safety", "四楼走廊好像有烟 灰白灰白的"),
    # frozen pipes, trees down, equipment, shelters, lawns, green belts
    ("municipal_facility", "昨晚降温 单元地下室水管冻裂了 水漫了一地"),
    ("municipal_facility", "大风把路边的梧桐刮倒了 横在人行道上"),
    ("municipal_facility", "一辆渣土车把路边的树撞倒了"),
    ("municipal_facility", "广场的扭腰器转起来咯吱响 底座松了"),
    ("municipal_facility", "有人把街边绿化带挖了种上了菜"),
    ("municipal_facility", "广场草坪让三轮车碾得全是泥印子"),
    # icy steps
    ("safety_hazard", "单元门口台阶结冰了 已经有人滑过一跤"),
    # special groups
    ("special_groups", "村里那个疯婆姨这两天又在村口骂人"),
    ("special_groups", "吸毒康复人员老周问能不能帮他找个活"),
    # food
    ("food_drug", "夜市买的炸串 回家全家拉了肚子"),
    # a workshop dumping into a ditch
    ("environment", "小作坊半夜往排水沟里倒东西 水全变了颜色"),
    # look-alikes that keep their category
    ("dispute", "两个邻居为占车位吵架 楼下围了一圈人看热闹"),
    ("traffic", "路口两车剐蹭 一堆人围着看 车过不去"),
    ("environment", "楼道里有烟头 也不知道谁扔的"),
    ("urban_management", "楼下露天烧烤 烟大得很 不是着火"),
    ("urban_management", "五金店在门口切钢管 占了人行道"),
    ("safety_hazard", "后山有口废弃的机井 井口没盖 怕娃掉下去"),
    ("safety_hazard", "路边有棵树歪了 怕哪天倒"),
    ("livelihood", "独居老人肚子疼 想让人陪着去医院"),
]

LOOKALIKES_URGENT = [
    ("petition", "二十多个拆迁户堵在指挥部门口 要补偿款"),
    ("safety_hazard", "楼顶上有工人站在边上装广告牌 没系安全绳"),
    ("safety_hazard", "小孩手卡在健身器材缝里拔不出来"),
    ("livelihood", "孤寡老人心脏病犯了 一个人在家"),
    ("safety_hazard", "一棵大树被雷劈断了 压着个人"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"),
    [*as_told(URGENT, True), *as_told(CALM, False), *as_told(LOOKALIKES_URGENT, True)],
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
