"""Round 23 (C): the team a report goes to, told by the situation.

Every sentence in FIXED went to the wrong team on the rules before this round. Situations:
a shop owner stabbed (被人捅) and a man chasing people with a brick, told as crime and not as
labour or a hazard because a 老板 or a 保安 is named; broken beer bottles and blood at a
night stall; young men brawling (互殴) on a square; a lift that traps people said by voice
input (店梯捆人); smoke from a door crack or a basement (出烟, 有点烟); a stall fire being
beaten out (着起来了, 在扑); a car that hit the rail or ran into others and is smoking, which
is a traffic accident; a road jammed all the way (一直堵); parents' cars parked on the
pavement; goods set out beyond the shop (摆出店外, 码到人行道); a room built in a yard
without leave; the duty to clear the front of a shop (门前三包); a sign that blinks into
windows; a workshop draining into a ditch; unpaid rent between landlord and tenant; a labour
agent keeping papers and pay; a boss telling workers not to call an ambulance; residents
going together to the petition office, writing to leaders, taking a grievance higher,
stallholders protesting at the chengguan office; a petitioner asking about progress; food
left open with flies; old people who need a hand (a volunteer, a gas card, coal), a fall
from a wheelchair, a man with a twisted mouth; a former drug user, a patient in hospital,
a son who is mentally ill with a knife; tenants changed and the register updated; a blunt
kitchen knife; a question about office hours.

KEPT: look-alikes that keep their team: a lift stuck with a wheelchair user (still a
hazard), a car-park fire, a rear-end crash with no smoke, a tricycle blocking a gate, a
heart "堵着" in a wall dispute, cleaners who did not sweep, a gas valve left open, a fall
from scaffolding with no word about the boss, a crowd at the town hall, and others.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

FIXED_URGENT = [
    ("public_security", "饭店老板被人捅咯 血止不住 那人往东跑了"),
    ("public_security", "公交站一个男的追打一个女的 女的脸上都是血"),
    ("public_security", "夜宵摊啤酒瓶摔了一地 有个人手上在流血 吵起来了"),
    ("public_security", "广场那边十几个年轻人在互殴 地上有血"),
    ("safety_hazard", "八栋的店梯捆人了 里面一个老人一个小孩 物业电话打不通"),
    ("labor", "工地上有个小工从架子上摔下来 老板说别打120 怕担责任"),
    ("fire_safety", "隔壁门缝往外出烟 家里没人应"),
    ("fire_safety", "地下室有点烟 群租那间 门锁着 喊不应"),
    ("fire_safety", "夜市烧烤摊煤气罐边上着起来了 摊主在扑"),
    ("traffic", "一辆面包车撞了护栏 车头冒烟 司机还在里头"),
    ("traffic", "三辆车追一块了 中间那辆车头在冒烟"),
    ("petition", "夜市摊主三十多个跑到城管中队门口抗议"),
    ("petition", "商户二十多个跑到城管门口抗议拆棚子"),
    ("livelihood", "坐轮椅的老周从轮椅上摔下来了 头破了 家里就他一个"),
    ("livelihood", "楼下李大爷坐在花坛边 叫他不答应 嘴也歪了"),
    ("special_groups", "老刘家儿子精神上有病 刚拿刀把他妈堵在屋里"),
]

FIXED_CALM = [
    ("dispute", "我房子租给两个年轻人 欠了三个月房租 人找不到"),
    ("labor", "一个外地小伙 劳务中介扣着他身份证 工钱也没见着 想回家没路费"),
    ("urban_management", "二楼那家在院子里又盖了一间 把我家窗户挡了"),
    ("urban_management", "隔壁店门前三包没人管 门口的冰谁来铲"),
    ("urban_management", "卖衣服的把衣架摆出店外一大截 人都过不去"),
    ("urban_management", "水果店把箱子码到人行道上 推车过不去"),
    ("environment", "村里小作坊晚上往沟里排白水 一股酸味"),
    ("traffic", "早高峰解放路一直堵到火车站 一动不动"),
    ("traffic", "学校门口接孩子的车把人行道全占了"),
    ("petition", "几个业主拉了群 商量一起去信访局反映物业"),
    ("petition", "有居民写了封信反映小区供暖 要求转给区领导"),
    ("petition", "老张对村里分地不服 想反映上去"),
    ("food_drug", "推车卖盒饭的 菜都敞着放 苍蝇趴在上面"),
    ("livelihood", "我腿做完手术 下楼倒垃圾不方便 有没有志愿者搭把手"),
    ("livelihood", "我家煤气卡不会充 孙子在外地 能不能来个人教教我"),
    ("livelihood", "刘奶奶家煤快烧没了 能不能找志愿者帮着买两袋"),
    ("special_groups", "上回拿刀那个病人现在住院了 他妈说稳定多了"),
    ("special_groups", "他家那个沾过毒的儿子最近老往外跑"),
    ("population_housing", "三楼东户换租客了 已更新台账"),
    ("other", "我家菜刀钝了 社区还搞不搞磨刀活动"),
    ("other", "社区周末上班不 我想来开个证明"),
]

KEPT_URGENT = [
    ("safety_hazard", "医院电梯卡在五楼 里面有个坐轮椅的老人"),
    ("fire_safety", "车库里一辆电动车着火了 浓烟往上冒"),
    ("fire_safety", "楼下车棚烧起来了 火很大"),
    ("safety_hazard", "厨房燃气灶阀门开着 一股煤气味 家里没人"),
    ("safety_hazard", "工地上一个工人从脚手架摔下来了 腿断了"),
    ("petition", "二十多个村民在镇政府门口坐着 要个说法"),
]

KEPT_CALM = [
    ("dispute", "楼上晒衣服往下滴水 滴到我家晾的被子上 说了也不听"),
    ("urban_management", "卖水果的三轮车天天堵在幼儿园门口"),
    ("dispute", "隔壁砌墙占了我家半米地 我心里一直堵着"),
    ("environment", "保洁阿姨好几天没来扫楼道了 垃圾堆着"),
    ("dispute", "几个业主说物业乱收费 想让社区出面调解"),
    ("special_groups", "精神病人家属来问监护补贴怎么领"),
    ("dispute", "两家邻居为车位吵起来了 没动手"),
    ("urban_management", "小区门口卖菜的摊子摆到人行道上了"),
    ("traffic", "路口两辆车追尾了 没人受伤 在等交警"),
    ("environment", "楼下饭店油烟太大 熏得我们开不了窗"),
    ("livelihood", "低保户刘奶奶想问今年的补贴什么时候发"),
    ("population_housing", "出租屋新来了几个租客 还没登记"),
    ("food_drug", "超市卖过期牛奶 日期都过了半个月"),
    ("public_security", "有个男的在公交上偷手机 被人抓住了"),
    ("labor", "工地老板欠了我们三个月工资"),
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
