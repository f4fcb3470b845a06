"""Urgency round 5: situations, not lines.

Each group is one situation written four or five ways by the rule writer (other verbs, word
orders, dialect, voice-input slips; none of them a line of a probe set), with reports that
must stay calm: handled, past, feared, habitual, everyday. probe_o, probe_q and probe_r were
where these situations were missed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp import RuleError
from nlp.cli import evaluate_file
from nlp.normalize import mandarin, normalize
from nlp.numbers import people_count
from nlp.rules import load_rules
from tests.unit.street_classifier import CONFIG, classifier, told, urgent


def category(text: str) -> str:
    return classifier().classify(text).category


# --- a weapon held in public: a one-character holding verb before the weapon -------------


@pytest.mark.parametrize(
    "text",
    [
        "超市门口有个醉汉拎把菜刀 见人就骂",
        "有个男的手里攥根铁棍在小区里转悠",
        "桥头那人拿了把砍刀 在那比划",
        "村头有人揣着一把土铳 说要找人算账",
        "几个小年轻拎起钢管往烧烤摊那边去了",
    ],
)
def test_a_weapon_in_hand_is_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "理发店的师傅拿着剪刀给老人义务理发",
        "楼下有人拿刀切西瓜卖 挺便宜",
        "有人拿砖头砸核桃 吵得很",
        "大爷拎着锄头下地去了",
        "家里的刀都收起来了 最近他情绪还算稳定",
    ],
)
def test_tools_at_work_or_put_away_are_not(text: str) -> None:
    assert not urgent(text), text


# --- something hanging loose over people -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "超市招牌被风刮得耷拉下来一半 底下全是排队买菜的人",
        "空调外机就一根支架挂着了 底下是早市 人很多",
        "吊车吊的水泥板在空中晃来晃去 下面有人在干活",
        "楼顶的铁皮悬着 风一吹来回晃 下面就是学校门口 放学了",
    ],
)
def test_a_thing_hanging_loose_over_people_is_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "刮大风广告牌被吹得摇摇晃晃 眼看就要掉下来 底下人来人往",
        "路边的横幅耷拉下来了 好几天了也没人管",
        "小区门口的灯箱歪了 早就该修了",
        "广告牌吊着半边 已经拉了警戒线 没人从底下走了",
    ],
)
def test_a_loose_thing_with_nobody_under_it_or_only_feared_is_not(text: str) -> None:
    assert not urgent(text), text


# --- ground or building giving way now, people still there ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "路口那个坑还在往下塌 边上的电线杆都歪了",
        "菜地边上的土坡越塌越大 底下就是几户人家",
        "地下车库顶板一直在塌 车都陷进去了",
        "后墙的裂缝一上午就变宽了 屋里还住着老两口",
        "那栋危楼的缝越来越大 楼里还有好几户没搬",
    ],
)
def test_ground_or_walls_still_giving_way_are_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "路面塌了个大坑 电动车差点栽进去",
        "老棉纺厂宿舍那栋楼墙上裂了好几道缝 能伸进手指头 还有人住着",
        "墙上裂缝去年就有 越来越大 已经都搬走了",
        "担心那面墙的缝越来越宽 想找人来看看",
    ],
)
def test_cracks_that_do_not_grow_now_or_empty_houses_are_not(text: str) -> None:
    assert not urgent(text), text


def test_a_hole_still_caving_in_is_a_safety_hazard_not_other() -> None:
    assert category("小区里地面塌了个坑 还在往下塌") == "safety_hazard"


# --- someone still inside a car in deep water ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "下穿隧道积水 一辆车熄火了 水到车窗 人还在车里",
        "有辆面包车开进河里了 正在往下沉",
        "桥洞底下淹了 车里好像有人 拍窗户呢",
        "小轿车冲进鱼塘了 车上还有人没出来",
    ],
)
def test_a_car_in_deep_water_with_people_is_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "涵洞积水 有辆车泡在里面 司机早就出来了 等拖车",
        "河边停车场积水 车轱辘泡了一半",
        "上个月有辆车冲进河里 已经捞上来了",
    ],
)
def test_a_car_in_water_with_nobody_inside_is_not(text: str) -> None:
    assert not urgent(text), text


# --- discharges that are making people ill now -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "有人往水沟里倒废水 下游几个小孩洗了手起红疹",
        "那个厂子偷排 喝井水的人家都拉肚子",
        "化工厂在排黄烟 村里有个老人喘不上气",
        "养殖场旁边的厂子排黑水 鱼塘里几万斤鱼要完了",
    ],
)
def test_a_discharge_making_people_ill_now_is_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "河里好多死鱼翻白肚皮 上游那个厂子排的水是红的",
        "饭店往下水道倒泔水 臭得很",
        "去年那个厂偷排 好几家拉肚子 后来处理了",
    ],
)
def test_a_discharge_without_people_falling_ill_is_not(text: str) -> None:
    assert not urgent(text), text


# --- a crowd on its way to petition -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "村里包了两辆大巴 一车人正往市政府去",
        "那帮集资受害人在往县政府那边走 百把人",
        "好几十个业主集合了 要直接去省里",
        "拆迁户开着三轮往镇上去了 一溜二十多辆",
    ],
)
def test_a_crowd_heading_to_petition_is_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "业主群吵翻天了 说要组织去住建局 还没定时间",
        "业主群里说明早组织去市里上访 已经五十多人报名了 还包了大巴",
        "老王一个人去县政府办事 问问低保的事",
    ],
)
def test_a_petition_planned_or_one_person_on_business_is_not(text: str) -> None:
    assert not urgent(text), text


def test_rough_crowd_counts_are_read() -> None:
    assert people_count("百把人聚在广场")[0] >= 100
    assert people_count("半个村的人都来了")[0] >= 10
    assert people_count("好几辆大巴装满了人")[0] >= 10


@pytest.mark.parametrize(
    ("text", "is_urgent"),
    [
        # round 9: a bare count after a crowd verb is a crowd with a grievance
        ("售楼部来了二十多个 要说法", True),
        ("村委会门口业主有二三十了 要讨个说法", True),
        ("街道大厅来了三十多个 说集资款的事", True),
        # calm look-alikes: an age, an everyday queue, two callers
        ("老人有八十多了 在门口坐着", False),
        ("门口聚了十来个 等着领鸡蛋", False),
        ("社区来了两个 问低保的事", False),
    ],
)
def test_a_bare_count_after_a_crowd_verb_is_a_crowd(text: str, is_urgent: bool) -> None:
    assert urgent(text) == is_urgent, text


# --- a child or a frail person missing for hours ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "孙子放学没回家 找了两个钟头也没找着",
        "隔壁的小孩跑出去了 一家人找了一下午没找见",
        "我家老人出门遛弯 到现在找不见人",
    ],
)
def test_a_child_or_old_person_not_found_for_hours_is_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    ["孩子的作业本找了一下午没找着", "小孩找了两个小时 在同学家找到了"],
)
def test_lost_things_or_found_children_are_not(text: str) -> None:
    assert not urgent(text), text


# --- fire told by what is seen and heard ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "后山那边红彤彤的一片 噼里啪啦直响",
        "充电棚里一辆电驴冒白烟 越冒越浓",
        "烧荒烧过界了 火往林子那边去了",
        "车库里一辆车燃起了 烟往楼上窜",
        "对面楼窗户往外翻滚黑烟 楼里人都往楼下跑",
    ],
)
def test_fire_told_without_the_word_fire_is_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "傍晚天边红彤彤的 晚霞真好看",
        "居民说化工厂冒烟 今天去看了是正常水蒸气 白的没味儿",
        "过年放鞭炮噼里啪啦的 满地红纸",
        "火锅店火爆 排队的人往外排到马路上",
    ],
)
def test_sunsets_steam_and_busy_restaurants_are_not(text: str) -> None:
    assert not urgent(text), text


# --- vehicles: running over, into shops, out of control ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "三轮车倒车把老太太的脚轧了",
        "渣土车刹不住 冲进路边水果店了",
        "大货车刹车失灵 顺着坡往下溜",
        "油罐车在高速口侧翻了 往下滴东西",
        "电动三轮卡在铁轨上了 火车快来了",
    ],
)
def test_vehicles_running_over_crashing_in_or_out_of_control_are_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "上周翻了的那个货车 居民还在议论 想让加个减速带",
        "车开进小区乱停 把消防通道堵了",
    ],
)
def test_past_crashes_and_parking_are_not_urgent(text: str) -> None:
    assert not urgent(text), text


def test_a_work_injury_from_a_forklift_stays_labour() -> None:
    assert category("有个工人在车间被叉车撞了 腿骨折 老板不给报 说他自己不小心") == "labor"


# --- threats with petrol or gas, stabbings in slang -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "信访办门口有人往自己身上浇汽油 手里攥着打火机",
        "他把自己反锁在屋里 说要开煤气一块死",
        "巷子口有个人让人攮了一刀 衣服都红了",
        "ATM那有个男的把一个姑娘顶在墙角 逼她取钱",
    ],
)
def test_threats_with_fuel_and_stabbings_in_slang_are_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "有人说网上那个砍人视频是咱们街的 我核实了不是 瞎传",
        "楼下小卖部打火机卖两块一个",
    ],
)
def test_rumours_and_lighters_for_sale_are_not(text: str) -> None:
    assert not urgent(text), text


# --- habit said with one character; body parts inside the names of things ----------------


@pytest.mark.parametrize(
    "text",
    [
        "工地围挡倒了一截 放学小孩老往里钻",
        "那个醉汉总在楼下喊 烦死了",
        "公园健身器材 就那个扭腰的 断了一个踏板",
        "食堂的桌子腿断了一根 吃饭晃得很",
    ],
)
def test_habits_and_broken_furniture_are_not_urgent(text: str) -> None:
    assert not urgent(text), text


@pytest.mark.parametrize(
    "text",
    ["老人摔了一跤 腰断了 起不来", "有人正在往屋里钻 家里就一个老太太"],
)
def test_real_injuries_and_break_ins_still_are(text: str) -> None:
    assert urgent(text), text


# --- the rule file ----------------------------------------------------------------------


def test_a_pattern_may_ask_for_one_more_word_said_anywhere(tmp_path: Path) -> None:
    text = (CONFIG / "categories.yaml").read_text(encoding="utf-8")
    broken = text.replace("    also: [还住着,", "    also: 还住着\n    x: [还住着,", 1)
    path = tmp_path / "categories.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(RuleError, match="unknown field"):
        load_rules(path)


def test_also_words_are_loaded() -> None:
    rules = load_rules(CONFIG / "categories.yaml")
    assert any("还住着" in p.also for p in rules.urgency.patterns)


# --- danger told by the body or by people fleeing ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "菜场门口一个大爷突然出溜到地上 嘴都歪了 叫他也不应",
        "锅炉房一股刺鼻的气味 烧锅炉的师傅躺地上叫不醒",
        "单元楼里一股子臭鸡蛋味 越来越冲",
        "商场三楼冒出一股焦味 顾客都在往楼下跑",
        "有个孩子钻进村口那口枯井了 喊不上来",
        "几个人把一个女的按地上往车里塞",
    ],
)
def test_danger_told_by_bodies_smells_and_flight_is_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "下水道反上来一股臭鸡蛋味 熏得慌",
        "单元里有股臭鸡蛋味 燃气公司来测过了 不是煤气",
        "放学了 孩子们都往外跑",
        "小区搞消防演练 居民们都往楼下跑",
    ],
)
def test_sewer_smells_drills_and_school_run_are_not(text: str) -> None:
    assert not urgent(text), text


# --- the danger names the case, not the bystander ----------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("大排档那边有人拎着酒瓶子乱挥 快来", "public_security"),
        ("工地宿舍两个工人打起来了 一个拿铁锹拍了另一个", "public_security"),
        ("电体卡在五六层中间了 里面有个老太太", "safety_hazard"),
        ("养老院二楼有间屋门缝往外冒烟 护工在喊", "fire_safety"),
        ("饭店后厨油锅着了 抽油烟机都烧红了", "fire_safety"),
        ("两辆车追尾了 前面那辆车在冒烟", "traffic"),
        ("老屋的后墙垮了 压到人了", "safety_hazard"),
        ("他家里的空气有股怪味 老人躺地上叫不醒", "safety_hazard"),
    ],
)
def test_the_danger_decides_the_category(text: str, code: str) -> None:
    assert category(text) == code, text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("楼下新开的火锅店太火了 车停了一整条街", "traffic"),
        ("下周三消防演练 请各楼栋长通知到位", "other"),
        ("张阿姨问滴保复审要准备啥材料", "livelihood"),
        ("车棚里电瓶又丢了两块", "public_security"),
        ("出租屋里半夜老有人进出 怀疑在里头耍钱", "public_security"),
    ],
)
def test_everyday_words_of_each_category(text: str, code: str) -> None:
    assert category(text) == code, text


@pytest.mark.parametrize(
    "text",
    [
        "楼道里一股烧电线的味儿 好像是配电箱那边",
        "厨房那个煤气罐阀门关不上了 一直在呲气",
        "电动车在楼道里充电 突然炸了 火一下子起来了",
        "有人把液化气罐抱到街道办门口 说不给解决就点了",
    ],
)
def test_burning_wires_open_valves_exploding_batteries_and_threats_are_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "楼下小孩拿着玩具刀在玩 挺吓人的",
        "一群学生放学在马路上打闹 挺危险的",
        "我家厨房的水龙头拧不紧 一直滴水",
        "燃气公司明天上门安检 请大家家里留人",
    ],
)
def test_toys_horseplay_taps_and_inspections_are_not(text: str) -> None:
    assert not urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "俺爹早上出去放羊 天黑了还没回来 手机也关机了",
        "小区里有个疯狗见人就咬 已经咬了三个人了",
        "有个女的抱着孩子站在河边 哭着说活不下去了",
        "地铁口那边挤得人都踩人了 有老人被挤倒了",
    ],
)
def test_missing_parents_mad_dogs_despair_and_crushes_are_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "俺爹去城里看病了 过两天回来",
        "楼下的狗见人就叫 吵得很",
        "早高峰地铁口挤得很 能不能多开个口",
    ],
)
def test_parents_away_barking_dogs_and_busy_stations_are_not(text: str) -> None:
    assert not urgent(text), text


# Sets the rules were tuned on after their first score (README, "Classifier figures"): guards
# against regression, not a measure of unseen text.
TUNED_SETS = {
    # name: first score (macro-F1, urgent P, urgent R) -> the floor kept here
    "probe_n.jsonl": (0.90, 0.95, 0.97),  # first 0.888 / 0.925 / 0.886 (round 4)
    "probe_o.jsonl": (0.95, 0.95, 0.97),  # first 0.884 / 0.968 / 0.871 (round 5)
    "probe_q.jsonl": (0.93, 0.95, 0.95),  # first 0.744 / 0.962 / 0.625, urgent-heavy
    "probe_r.jsonl": (0.93, 0.95, 0.97),  # first 0.763 / 0.990 / 0.800, urgent-heavy
    "probe_p.jsonl": (0.97, 0.97, 0.97),  # first 0.926 / 0.912 / 0.899 (round 6)
    "probe_s.jsonl": (0.95, 0.97, 0.97),  # first 0.829 / 0.944 / 0.850, urgent-heavy
    "probe_t.jsonl": (0.96, 0.97, 0.97),  # first 0.901 / 0.953 / 0.943, phone style (round 7)
    "probe_u.jsonl": (0.96, 0.97, 0.97),  # first 0.862 / 0.971 / 0.767, voice and dialect
    # first 0.778 / 0.955 / 0.716, seen, heard, smelt (round 8)
    "probe_y.jsonl": (0.97, 0.99, 0.98),
    # session 7's held-out sets, opened in session 8 (rounds 10 and 11)
    "probe_v.jsonl": (0.94, 0.93, 0.96),  # first 0.897 / 0.952 / 0.888
    "probe_w.jsonl": (0.91, 0.97, 0.90),  # first 0.833 / 0.971 / 0.761
    "probe_x.jsonl": (0.94, 0.95, 0.98),  # first 0.891 / 0.963 / 0.897
    "probe_aa.jsonl": (0.94, 0.95, 0.97),  # first 0.912 / 0.952 / 0.888
    "probe_ab.jsonl": (0.90, 0.95, 0.96),  # first 0.846 / 0.936 / 0.820
    # session 8's blind sets, opened after their scores: round 12 on ag, ah, ai, round 13 on
    # ac, ad, ae, af (first scores on the session-start rules)
    "probe_ag.jsonl": (0.94, 0.98, 0.98),  # first 0.873 / 0.953 / 0.932, relayed and rural
    "probe_ah.jsonl": (0.95, 0.98, 0.98),  # first 0.897 / 0.965 / 0.943, night and weather
    "probe_ai.jsonl": (0.92, 0.98, 0.98),  # first 0.777 / 0.971 / 0.773, quiet and hesitant
    "probe_ac.jsonl": (0.94, 0.98, 0.96),  # first 0.934 / 1.000 / 0.898, phone typing
    "probe_ad.jsonl": (0.93, 0.94, 0.96),  # first 0.928 / 0.964 / 0.920, voice and dialect
    "probe_ae.jsonl": (0.88, 0.96, 0.97),  # first 0.818 / 0.986 / 0.784, under-stated
    "probe_af.jsonl": (0.90, 0.96, 0.98),  # first 0.890 / 0.955 / 0.955, chat groups
    # round 14 (first scores on the session-start rules)
    "probe_aj.jsonl": (0.86, 0.98, 0.98),  # first 0.838 / 0.951 / 0.875, flat calm voice
    "probe_ak.jsonl": (0.86, 0.98, 0.97),  # first 0.711 / 0.971 / 0.773, under-stated
    "probe_al.jsonl": (0.92, 0.98, 0.96),  # first 0.905 / 1.000 / 0.943, mixed styles
    # session 9: round 15 on ao..ar, round 16 on as..av (first scores on the session-start rules)
    "probe_ao.jsonl": (0.98, 0.95, 0.98),  # first 0.928 / 0.920 / 0.909, phone typing
    "probe_ap.jsonl": (0.97, 0.97, 0.98),  # first 0.941 / 0.954 / 0.943, voice input
    "probe_aq.jsonl": (0.97, 0.96, 0.97),  # first 0.824 / 0.930 / 0.909, under-stated
    "probe_ar.jsonl": (0.98, 0.96, 0.97),  # first 0.924 / 0.931 / 0.920, a street's month
    "probe_as.jsonl": (0.97, 0.97, 0.98),  # first 0.908 / 0.986 / 0.830, phone typing
    "probe_at.jsonl": (0.97, 0.97, 0.98),  # first 0.929 / 0.965 / 0.932, voice input
    "probe_au.jsonl": (0.97, 0.97, 0.96),  # first 0.820 / 0.962 / 0.864, under-stated
    "probe_av.jsonl": (0.98, 0.95, 0.97),  # first 0.942 / 0.940 / 0.886, a street's month
    # session 10: round 17 on ba..bd (first scores on the session-start rules)
    "probe_ba.jsonl": (0.97, 0.98, 0.98),  # first 0.924 / 0.976 / 0.943, phone typing
    "probe_bb.jsonl": (0.96, 0.98, 0.98),  # first 0.949 / 0.903 / 0.955, voice input
    "probe_bc.jsonl": (0.97, 0.98, 0.98),  # first 0.945 / 0.976 / 0.943, under-stated
    "probe_bd.jsonl": (0.96, 0.97, 0.98),  # first 0.898 / 0.945 / 0.977, a street's winter
    # round 18 on bh..bk (first scores after round 17A, the same as on the session-start rules)
    "probe_bh.jsonl": (0.96, 0.98, 0.98),  # first 0.836 / 0.976 / 0.943, rural phone
    "probe_bi.jsonl": (0.97, 0.96, 0.98),  # first 0.854 / 0.943 / 0.943, elderly voice
    "probe_bj.jsonl": (0.97, 0.98, 0.98),  # first 0.940 / 0.940 / 0.898, flat semi-formal
    "probe_bk.jsonl": (0.94, 0.98, 0.98),  # first 0.903 / 0.933 / 0.943, relayed from chats
    # round 19 on bl..bo (first scores after round 18)
    "probe_bl.jsonl": (0.96, 0.98, 0.98),  # first 0.907 / 0.954 / 0.943, city phone
    "probe_bm.jsonl": (0.97, 0.97, 0.98),  # first 0.872 / 0.953 / 0.920, regional voice
    "probe_bn.jsonl": (0.96, 0.95, 0.97),  # first 0.906 / 0.937 / 0.841, under-stated
    "probe_bo.jsonl": (0.96, 0.98, 0.98),  # first 0.892 / 0.976 / 0.932, a spring week
    # session 11: blind sets scored on the session-start rules, then opened for study and
    # rounds 21 and 22 (first scores)
    "probe_bt.jsonl": (0.97, 0.98, 0.99),  # first 0.949 / 0.977 / 0.955, phone typing
    "probe_bu.jsonl": (0.94, 0.98, 0.99),  # first 0.941 / 0.976 / 0.920, voice input
    "probe_bv.jsonl": (0.97, 0.98, 0.98),  # first 0.929 / 0.988 / 0.909, under-stated
    "probe_bw.jsonl": (0.92, 0.99, 0.99),  # first 0.883 / 0.955 / 0.955, a street's summer
    "probe_bx.jsonl": (0.88, 0.98, 0.99),  # first 0.841 / 0.952 / 0.898, rural phone
    "probe_by.jsonl": (0.95, 0.98, 0.99),  # first 0.930 / 0.977 / 0.966, elderly voice
    "probe_bz.jsonl": (0.94, 0.99, 0.98),  # first 0.907 / 0.966 / 0.966, relayed chat
    "probe_ca.jsonl": (0.99, 0.98, 0.99),  # first 0.962 / 0.988 / 0.966, a northern city
    "probe_cb.jsonl": (0.94, 0.98, 0.98),  # first 0.900 / 0.976 / 0.943, south-western voice
    "probe_cc.jsonl": (0.97, 0.98, 0.96),  # first 0.914 / 0.974 / 0.864, hesitant
    # written late in session 11, scored, then opened for study of the kinds of mistake
    "probe_ch.jsonl": (0.90, 0.98, 0.93),  # first 0.903 / 0.988 / 0.898, flat under-stated
    "probe_ci.jsonl": (0.90, 0.97, 0.95),  # first 0.904 / 0.965 / 0.932, quiet elderly voice
    "probe_cj.jsonl": (0.90, 0.99, 0.93),  # first 0.900 / 1.000 / 0.864, indirect phone
    "probe_ck.jsonl": (0.91, 0.97, 0.97),  # first 0.912 / 0.977 / 0.955, an autumn month
    # session 11's last eight, never opened in session 11, opened in session 12 (round 23;
    # first scores on the session-11 start rules)
    "probe_cd.jsonl": (0.95, 0.97, 0.98),  # first 0.936 / 0.965 / 0.943, rough phone
    "probe_ce.jsonl": (0.96, 0.97, 0.98),  # first 0.948 / 0.989 / 0.989, voice input
    "probe_cf.jsonl": (0.94, 0.97, 0.97),  # first 0.921 / 0.988 / 0.955, a spring week
    "probe_cg.jsonl": (0.93, 0.95, 0.98),  # first 0.896 / 0.956 / 0.977, hesitant observers
    "probe_cl.jsonl": (0.91, 0.98, 0.97),  # first 0.892 / 0.974 / 0.852, under-stated phone
    "probe_cm.jsonl": (0.96, 0.96, 0.98),  # first 0.942 / 0.966 / 0.955, regional voice
    "probe_cn.jsonl": (0.96, 0.97, 0.98),  # first 0.958 / 0.954 / 0.943, relayed
    "probe_co.jsonl": (0.97, 0.97, 0.98),  # first 0.936 / 0.988 / 0.943, a northern winter
    # session 12's blind sets, scored on the session-start rules, then opened (round 23)
    "probe_cp.jsonl": (0.96, 0.95, 0.98),  # first 0.926 / 0.965 / 0.932, under-stated phone
    "probe_cq.jsonl": (0.94, 0.94, 0.97),  # first 0.916 / 0.944 / 0.966, quiet elderly voice
    "probe_cu.jsonl": (0.94, 0.95, 0.98),  # first 0.931 / 0.963 / 0.898, patrol notes
    # written mid-session 12, first scored on the rules of 6c713cb, opened for round 26
    "probe_cw.jsonl": (0.97, 0.97, 0.98),  # first 0.934 / 0.988 / 0.920, a town's work chat
    "probe_cy.jsonl": (0.94, 0.97, 0.98),  # first 0.900 / 0.944 / 0.966, careful older residents
    "probe_da.jsonl": (0.94, 0.94, 0.98),  # first 0.838 / 0.929 / 0.898, estate and mall staff
    # session 12's ten never-opened sets, opened in session 13 for round 28 ("first": their
    # scores on the session-13 start rules, the last before they were opened)
    "probe_cr.jsonl": (0.98, 0.98, 0.98),  # first 0.926 / 0.976 / 0.909, relayed
    "probe_cs.jsonl": (0.98, 0.98, 0.98),  # first 0.940 / 0.988 / 0.909, rough young phone
    "probe_ct.jsonl": (0.98, 0.98, 0.98),  # first 0.907 / 0.975 / 0.898, a southern rainy month
    "probe_cv.jsonl": (0.98, 0.98, 0.98),  # first 0.864 / 0.938 / 0.864, a northern county
    "probe_cx.jsonl": (0.97, 0.98, 0.98),  # first 0.918 / 0.945 / 0.977, migrant workers
    "probe_cz.jsonl": (0.98, 0.95, 0.98),  # first 0.832 / 0.917 / 0.875, a south-western village
    "probe_db.jsonl": (0.98, 0.96, 0.98),  # first 0.903 / 0.965 / 0.932, young people
    "probe_dd.jsonl": (0.98, 0.97, 0.98),  # first 0.880 / 0.921 / 0.932, schools
    "probe_df.jsonl": (0.98, 0.96, 0.97),  # first 0.923 / 0.944 / 0.966, home visits
    "probe_dh.jsonl": (0.97, 0.98, 0.98),  # first 0.837 / 0.988 / 0.943, old lanes in a cold snap
    # session 13's three blind sets written to a harder brief (most urgent reports without the
    # obvious danger word), scored on the session-start rules, opened for round 30 n
    "probe_ds.jsonl": (0.93, 0.98, 0.94),  # first 0.945 / 0.943 / 0.932, a night market street
    "probe_dt.jsonl": (0.90, 0.98, 0.97),  # first 0.903 / 0.988 / 0.898, a hill county town
    "probe_du.jsonl": (0.89, 0.98, 0.96),  # first 0.906 / 1.000 / 0.852, a commercial district
    # session 14's first six blind sets (ee … eh to a brief asking for half of the urgent
    # reports under-stated, ei and ej to the harder brief), scored on the session-start rules,
    # opened for round 32
    "probe_ee.jsonl": (0.96, 0.96, 0.97),  # first 0.960 / 0.965 / 0.943, old town lanes
    "probe_ef.jsonl": (0.93, 0.98, 0.95),  # first 0.936 / 0.988 / 0.932, a new high-rise district
    "probe_eg.jsonl": (0.94, 0.98, 0.94),  # first 0.931 / 0.988 / 0.898, an urban village
    "probe_eh.jsonl": (0.95, 0.96, 0.97),  # first 0.941 / 0.966 / 0.955, university and hospital
    "probe_ei.jsonl": (0.92, 0.99, 0.97),  # first 0.901 / 1.000 / 0.898, a riverside town
    "probe_ej.jsonl": (0.91, 0.98, 0.97),  # first 0.899 / 0.988 / 0.932, resettlement estates
}


@pytest.mark.parametrize("name", sorted(TUNED_SETS))
def test_tuned_probe_sets_keep_the_scores_their_rounds_reached(name: str) -> None:
    macro_f1, precision, recall = TUNED_SETS[name]
    report = evaluate_file(classifier(), Path(__file__).parents[1] / "data" / name)
    assert report.total == 200
    assert report.macro_f1 >= macro_f1
    assert report.urgent_precision >= precision
    assert report.urgent_recall >= recall


@pytest.mark.parametrize(
    "text",
    [
        "自行车乱靠在公交站牌上 等车的人都没地方站",
        "小区门口的彩旗吊着 底下人来人往的 挺好看",
        "楼道的灯斜着 底下是楼梯 晚上看不清",
        "我家墙上的缝变大了 楼上还住着人 想问问找谁修",
        "拿刀具去磨刀铺 师傅不在",
        "那个广告牌有点晃悠 底下是学校 希望处理一下",
        "下班了 厂里的人都往外跑 门口堵车",
        "我们村的人明天要去县里赶集",
        "排队买的凉皮 吃了拉肚子 想投诉",
        "厂子往河里排水 水是黑的 臭",
    ],
)
def test_look_alikes_of_the_new_situations_stay_calm(text: str) -> None:
    assert not urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "农贸市场后面两伙人干起仗来了 有人拿扁担",
        "公交车上有个男的耍流氓 摸人家姑娘 姑娘在哭 车还在开",
        "那家天天打孩子 今天打得特别狠 孩子嗓子都哭哑了",
        "有个人在江边脱了鞋 往水里走",
        "雨太大了 山上的泥往下冲 已经冲到村口了",
        "工人把项目经理关在板房里 不给钱不放人",
    ],
)
def test_fights_groping_beatings_today_despair_mudslides_and_detention_are_urgent(
    text: str,
) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "那家天天打孩子 邻居们都看不下去了",
        "公交车上老有人耍流氓 能不能加个监控",
        "挑扁担卖菜的大爷天天在路口",
        # round 9: the habit word said right after the danger, in its clause
        "消防通道老被车堵 救护车好几回进不去",
        "打架的事天天有 派出所也不管",
        "小区门口打架的经常有 能不能多巡逻",
        "他喝醉了打人 老是这样",
        "那户打孩子的事三天两头",
    ],
)
def test_habits_and_wishes_about_them_are_not(text: str) -> None:
    assert not urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        # round 9: a habit word after the danger does not take back what happens now
        "救护车进不去 快来人",
        "今天又打人 老是这样",
        "那个精神病在马路中间拦车 好几次差点被撞",
        "路口有人打架 打了好几回了 头都破了",
        "楼下又打起来了 天天有人来劝也没用 现在拿刀了",
    ],
)
def test_danger_now_beside_a_habit_word_is_still_urgent(text: str) -> None:
    assert urgent(text), text


# --- a past or planned event told before what is happening now --------------------------


@pytest.mark.parametrize(
    ("text", "is_urgent"),
    [
        # round 9: a calm word reaches what was said before it and its own clause, not news
        # said after it
        ("回访的时候发现老人躺在地上不动", True),
        ("上门回访 敲门没人应 从窗户看到老人倒在地上", True),
        ("已经处理好了 刚才三楼又冒烟了 有人被困", True),
        ("火是扑灭了 结果突然又着起来了", True),
        ("回访时看到老人倒在地上", True),
        # session 10: 现在 starts news too (the owners being away calms no burglar now)
        ("对门一家子出去旅游了 现在屋里有手电光在晃", True),
        ("看见有人翻进隔壁院子 那家回老家了 现在人还在里头", True),
        ("火已经灭了 现在没事了", False),
        ("老人已经找到了 现在在家休息", False),
        # and calms what was said before it or in its clause
        ("刚才着火了 已经扑灭了", False),
        ("火已经扑灭了", False),
        ("昨天打架的已经处理好了", False),
        ("打架的人都散了", False),
        ("老人走丢了 已经找到了", False),
        ("回访情况稳定", False),
        ("昨晚打架的已经把人带走了 受伤那个缝了几针回家了", False),
        # frames reach the whole report
        ("今天消防演练 三楼着火有人被困", False),
        ("还以为着火了 原来是烧烤", False),
        ("网上说有人跳楼 是谣言", False),
    ],
)
def test_a_calm_word_reaches_back_and_its_own_clause(text: str, is_urgent: bool) -> None:
    assert urgent(text) == is_urgent, text


@pytest.mark.parametrize(
    ("frames", "stray", "message"),
    [
        ("calm_frames: [演练, ", "不在calm里", "not in calm"),
        (
            "not_gathered_frames: [群里, ",
            "在现场",
            "not_gathered_frames: not in not_gathered: 在现场",
        ),
    ],
)
def test_frames_must_be_words_of_their_list(
    tmp_path: Path, frames: str, stray: str, message: str
) -> None:
    text = (CONFIG / "categories.yaml").read_text(encoding="utf-8")
    assert text.count(frames) == 1
    path = tmp_path / "categories.yaml"
    head, first = frames.split("[")
    path.write_text(text.replace(frames, f"{head}[{stray}, {first}"), encoding="utf-8")
    with pytest.raises(RuleError, match=message):
        load_rules(path)


@pytest.mark.parametrize(
    "text",
    [
        "前几天就闻到过 今天煤气味特别大 老人头晕",
        "上周来闹过一次 今天又来了一百多人堵在门口",
        "说好明天去市里 今天已经集合了 六十多人 大巴都来了",
        "去年就塌过一次 刚才又塌了 压到人了",
    ],
)
def test_history_then_danger_now_is_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "上次着火的事 现在想问问赔偿",
        "上周有人打架 现在想问问监控能不能调",
        "上周五着火那户人家 现在借住在亲戚家 问有没有救助",
        "上个月天然气漏气那个事 今天去复查没味了",
    ],
)
def test_danger_in_the_past_asked_about_now_is_not(text: str) -> None:
    assert not urgent(text), text


def test_calm_times_are_loaded_apart_from_calm_words() -> None:
    rules = load_rules(CONFIG / "categories.yaml").urgency
    assert "上周" in rules.calm_times
    assert "上周" not in rules.calm


@pytest.mark.parametrize(
    "text",
    [
        "老人家里煤气没关 人叫不醒",
        "路口翻了辆三轮 人压底下了",
        "村里水库的坝裂了个口子在冒水",
        "有个男的在幼儿园门口转悠 刚才想往里闯",
    ],
)
def test_gas_left_on_people_pinned_dams_breaking_and_intruders_are_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    ["门没锁 没关系 人没事", "煤气阀门没关上 已经关了阀门 没味了"],
)
def test_things_left_open_and_then_shut_are_not(text: str) -> None:
    assert not urgent(text), text


# --- round 6: fire told by smoke thickening and by wiring crackling ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "配电间门口有股烟 看着比五分钟前浓多了 越来越浓",
        "地下室楼梯口有烟 烟越来越大了 还有股焦味",
        "车棚里充电的电瓶车噼里啪啦响 还冒火花",
        "楼道电表箱里滋滋响 一直在冒火花",
        "五楼窗户往外冒黑的 熏得睁不开眼",
    ],
)
def test_smoke_thickening_and_crackling_wiring_are_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "烟囱的烟越来越大 是锅炉房在烧",
        "楼下有人抽烟 烟味越来越重 熏得慌",
        "过年小区里放鞭炮 噼里啪啦的响了一晚上",
        "配电箱的门坏了 关不上 想让物业修一下",
        "翠竹路的污水井往外冒黑水 臭得很",
    ],
)
def test_chimneys_cigarettes_firecrackers_and_sewage_are_not(text: str) -> None:
    assert not urgent(text), text


# --- round 6: weapons called 家伙, dogs biting, a meal that fells a group ----------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("烧烤店门口两帮人 手里都有家伙 眼看要动手", "public_security"),
        ("几个小青年带着家伙在网吧门口堵人", "public_security"),
        ("修车铺旁边那个男的拿着锤子追人", "public_security"),
        ("小区里有条流浪狗 刚咬伤了一个老太太 还在追人", None),
        ("菜场门口一条大黑狗扑倒了个小孩 咬住不松口", None),
        ("工地食堂午饭后 七八个工人都倒了 浑身发抖", "food_drug"),
        ("厂里员工餐后好几个人吐 还有人倒了", "food_drug"),
    ],
)
def test_weapons_dogs_and_a_meal_felling_a_group_are_urgent(text: str, code: str | None) -> None:
    assert urgent(text), text
    if code is not None:
        assert category(text) == code, text


@pytest.mark.parametrize(
    "text",
    [
        "家里的狗把邻居家小孩衣服咬了个洞 想问怎么赔",
        "上周被狗咬了 打了狂犬疫苗 医药费谁出",
        "员工餐太难吃了 吃完饭大家都不想干活",
        "修车铺老板拿着扳手在修电动车",
        "俩人在门口吵 骂得跟要打起来似的",
    ],
)
def test_bite_claims_bad_canteens_repairs_and_quarrels_are_not(text: str) -> None:
    assert not urgent(text), text


# --- round 6: missing or on a roof, said in Cantonese or of a person with schizophrenia ----


@pytest.mark.parametrize(
    "text",
    [
        "那个精神分裂的大哥又跑出去了 一上午联系不上",
        "阿婆朝早出门 到而家都冇返 屋企人搵唔到佢",
        "我屋企阿爷唔见咗 佢有啲痴呆",
        "有个后生仔企喺天台边 家人拉唔住",
        "有精神病的老周早上出门一直没回来 到处找不着 他以前犯病往河边跑过",
    ],
)
def test_missing_or_on_a_roof_in_dialect_is_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "那个精神分裂的小伙子最近停药了 家里人担心",
        "阿婆今朝去饮茶 下午就返",
        "天台边上晒的被子被风吹下去了",
    ],
)
def test_worries_outings_and_laundry_are_not(text: str) -> None:
    assert not urgent(text), text


# --- round 6: crashes with jammed doors, cars in rivers, water over the threshold --------


@pytest.mark.parametrize(
    "text",
    [
        "路口两车相撞 副驾驶车门变形打不开 人还在里面",
        "一辆小轿车冲到河里了 车顶还露着",
        "涵洞里一辆车泡着 里面好像有人在拍窗",
        "暴雨 水漫过门槛了 屋里的水还在往里灌",
        "河水倒灌 好几户门槛都过了 水还在往屋里进",
    ],
)
def test_jammed_doors_cars_in_rivers_and_water_over_thresholds_are_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "两车刮蹭 车门凹了一块 双方在等保险",
        "雨太大 门口的水坑积水 过不去",
        "家里的小轿车停在河边 被人划了",
        "家里过了年就没人住了 水管冻裂了",
    ],
)
def test_scrapes_puddles_and_parked_cars_are_not(text: str) -> None:
    assert not urgent(text), text


# --- round 6: collapses with people under or still inside --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "工地的架子倒了 下面压了一个工人 工友在往外扒",
        "学校围墙边那个广告架整个往一边歪 下面是操场 孩子们在上体育课",
        "后山的泥巴冲下来了 冲到王家的后墙 屋里还有人",
        "下了一夜雨 山坡往下滑 泥冲进了村口两户人家",
        "老楼的楼板咔咔响 住户都跑出来站在楼下不敢进",
    ],
)
def test_collapses_mudslides_and_creaking_floors_with_people_are_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "工地脚手架倒了一截 下面没人 已经拉了警戒",
        "学校操场边的篮球架有点歪 希望换个新的",
        "山坡上的土被挖机挖了 渣土车往下拉土",
        "楼上装修 楼板咔咔响 吵死了",
    ],
)
def test_empty_sites_digging_and_renovation_noise_are_not(text: str) -> None:
    assert not urgent(text), text


def test_a_crowd_counted_after_the_residents_is_a_crowd() -> None:
    assert urgent("拆迁户来了三十多个 堵在街道办门口 拉着横幅")
    assert people_count("住户来了四五十个")[0] >= 40
    assert people_count("401与501住户又吵起来了") is None


# --- round 6: reports of a case already over ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "楼上小孩每天晚上蹦蹦跳跳 楼下睡不着",
        "前天报的燃气味 燃气公司来看过了 没味了",
        "电梯停在3楼不动了 里面没人 已经贴了停用",
        "我弟在厂里摔伤了手 老板不给认定工伤 想咨询劳动法",
        "昨晚仓库着了点小火 自己用灭火器扑了 今早看了没事",
        "工厂晚上排气 一股焦糊味 好几个月了都这样",
        "工地半夜打桩 打过12345了 还是照打",
    ],
)
def test_closed_cases_habits_and_compensation_questions_are_not_urgent(text: str) -> None:
    assert not urgent(text), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("出租屋那栋楼顶火苗窜得老高 好多租客在楼下", "fire_safety"),
        ("工棚一间已经烧透了 旁边的也要烧过去", "fire_safety"),
        ("502门把手烫手 门缝往外冒", "fire_safety"),
        ("消放通道被几辆车堵死了", "fire_safety"),
        ("2号楼电梯困人 里面有个老人", "safety_hazard"),
        ("小吃店门口的气罐阀门嘶嘶响 往外喷白雾", "safety_hazard"),
        ("出租屋里烧炭盆取暖 一屋子炭味 人叫不应", "safety_hazard"),
        ("十几个货车司机堵在物流园门口要运费", "labor"),
        ("工地门口一群农民工拉着条幅", "labor"),
        ("阿婆腿脚唔好 想搵人帮佢买餸", "livelihood"),
        ("啱放出嚟嗰个后生返村了 日日饮酒", "special_groups"),
        ("谢谢你们昨天来帮忙 大爷要送锦旗", "other"),
        ("昨晚大排档两个醉汉打了一架 已经被带走了", "public_security"),
        ("城管把卖瓜的三轮车收了 围了好多人看", "urban_management"),
        ("人行道上那个检查井盖子翻了", "municipal_facility"),
        ("小区那个无证小作坊 地上全是脏水 苍蝇乱飞", "food_drug"),
    ],
)
def test_round_six_words_name_the_category(text: str, code: str) -> None:
    assert category(text) == code, text


@pytest.mark.parametrize(
    "text",
    [
        "东门那个小卖部着啦 火老大了",
        "有个醉汉在马路中间躺着 车差点压到",
        "俺们村有个娃掉井里了",
        "有个伯伯喺街口晕低咗",
        "电梯停在9楼和10楼之间 里面有个孕妇 喊救命",
    ],
)
def test_shop_fires_people_lying_in_the_road_wells_and_faints_in_dialect_are_urgent(
    text: str,
) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "小区门口路中间躺着一只死狗 都没人管",
        "钥匙掉井里了 想找人帮忙捞",
        "炒菜火太大了 锅糊了 满屋子味",
        "小卖部生意火得很 门口老排队",
    ],
)
def test_dead_animals_dropped_keys_cooking_and_busy_shops_are_not(text: str) -> None:
    assert not urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "楼下有股臭味像煤气 好几层都闻到了",
        "厨房那块一股味 闻着像是天然气",
        "有严重精神障碍的小伙子中午跑出去了 家里找了半天没找到",
        "我家孙子找了一整天了 同学家都问遍了",
    ],
)
def test_gas_told_by_likeness_and_searches_for_people_are_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "这味道不像煤气 像是下水道反上来的",
        "我家猫走丢了 找了一天",
        "钥匙找了半天 原来在兜里",
    ],
)
def test_smells_unlike_gas_and_searches_for_pets_and_keys_are_not(text: str) -> None:
    assert not urgent(text), text


# --- round 6: voice-input slips for the words of danger and of each category -------------


@pytest.mark.parametrize(
    ("text", "code", "is_urgent"),
    [
        ("路口赌车赌得厉害 半天动不了", "traffic", False),
        ("楼道里有媒气味 很重", "safety_hazard", True),
        ("成管快来管管 门口摆摊的又来了", "urban_management", False),
        ("有人大价 打得头都破了", "public_security", True),
        ("有人处电了 倒在地上", "safety_hazard", True),
        ("小区门口卖的熟食没有任何标签", "food_drug", False),
        ("有人在朋友圈卖自制的减肥药", "food_drug", False),
        ("那家面馆后厨老鼠乱跑", "food_drug", False),
        # people in the water go to the command centre, as the labelled sets have it
        ("桥下有个人落水了 在水里扑腾", "other", True),
        ("有个人往水里走 越走越深 喊他不回头", "other", True),
        ("有个人正在翻窗户往里爬 那家就一个老人", "public_security", True),
        ("消房通道又让车堵了", "fire_safety", False),
        # falls said as 摔倒了, crowds of workers or of investors
        ("老人在菜场门口摔倒了", "livelihood", True),
        ("扶梯突然倒转 好几个人跌倒了", "livelihood", True),
        ("厂门口二十多个工人拉横幅 要补发工资", "labor", True),
        ("一群理财受害人堵在公司门口 要求还钱", "petition", True),
        ("奶奶上次摔倒了以后一直不敢出门", "livelihood", False),
    ],
)
def test_round_six_reports_are_named_and_told(text: str, code: str, is_urgent: bool) -> None:
    assert told(text) == (code, is_urgent), text


def test_a_big_price_is_no_fight() -> None:
    assert category("这房子卖了个大价钱") != "public_security"


# --- round 6: Cantonese said the Mandarin way before the rules look -----------------------


@pytest.mark.parametrize(
    ("cantonese", "said"),
    [
        ("阿公又唔见咗 朝早出门到而家都冇返", "阿公又不见了早上出门到现在都没回"),
        ("𨋢坏咗 困住咗两个人", "电梯坏了困住了两个人"),
        ("几十个街坊围住村委会 要个讲法", "几十个居民围住村委会要个说法"),
        ("搵唔到佢", "找不到他"),
        # round 7: a shop (铺头), being cheated (俾人呃紧), 啲; Shanghai 搿 and 小囡
        ("佢哋啲铺头火好大", "他们的店铺火好大"),
        ("阿伯俾人呃紧", "阿伯被人骗着"),
        ("搿只空调外机 下头是小囡", "这只空调外机下头是小孩"),
        ("后巷有人劏猪", "后巷有人杀猪"),
        ("畀人打咗", "被人打了"),
        ("楼上两公婆吵相骂", "楼上两口子吵架"),
        ("啱啱老细走佬咗", "刚刚老板跑路了"),
        ("旧年头先", "去年刚才"),
        # pinyin initials typed on phones, not English words or counts
        ("xq门口 叫 pcs 来", "小区门口叫派出所来"),
        ("wy说镇zf不管", "物业说镇政府不管"),
        ("ktv的wifi坏了 买了100pcs", "ktv的wifi坏了买了100pcs"),
        ("今天下午三点开会", "今天下午三点开会"),
        # round 9: voice-input slips for words of the trade, not the words they sound like
        ("车棚里电平车冒烟了", "车棚里电瓶车冒烟了"),
        ("又把电平拎上楼充", "又把电瓶拎上楼充"),
        ("信号高电平 低电平", "信号高电平低电平"),
        ("解放路金盖没了", "解放路井盖没了"),
        ("烧烤摊有人大架", "烧烤摊有人打架"),
        ("他摆大架子", "他摆大架子"),
        ("门口一股没气味", "门口一股煤气味"),
        ("老人没气了", "老人没气了"),
        # session 12: slips of phone typing, and the words they must leave alone
        ("仓库冒严了 厨房一股媒气味", "仓库冒烟了厨房一股煤气味"),
        ("现再门口蹲着俩人", "现在门口蹲着俩人"),
        ("工地塔掉歪了", "工地塔吊歪了"),
        ("信号塔掉了一块漆", "信号塔掉了一块漆"),
        ("地面往下馅了一块", "地面往下陷了一块"),
        ("楼上剁饺子馅", "楼上剁饺子馅"),
        ("一个人趟地上 老人趟在床上", "一个人躺地上老人躺在床上"),
        ("水太深 得趟着出去 请调解员来一趟", "水太深得趟着出去请调解员来一趟"),
        ("敲门每人应", "敲门没人应"),
        ("每人扣了两百", "每人扣了两百"),
    ],
)
def test_cantonese_words_and_particles_become_mandarin(cantonese: str, said: str) -> None:
    assert mandarin(normalize(cantonese)) == said


@pytest.mark.parametrize(
    ("text", "code", "is_urgent"),
    [
        ("三楼有间屋着火啊 好大烟", "fire_safety", True),
        ("街口有两班人打交 有人拎住刀", "public_security", True),
        ("阿婆喺屋企跌亲 起唔到身", "livelihood", True),
        ("𨋢坏咗 困住咗两个人", "safety_hazard", True),
        ("个细路唔见咗 搵咗成个钟都搵唔到", "livelihood", True),
        ("落大雨 水浸入屋 已经浸到膝头哥", "municipal_facility", True),
        ("几十个街坊围住村委会 要个讲法", "petition", True),
        ("二十几个工友喺地盘门口 老板唔出粮", "labor", True),
        ("有人抢咗个阿婆嘅金链 跑咗去街市", "public_security", True),
        ("啲棚架冧咗 压住个工人", "safety_hazard", True),
        ("个精神病佬拎住菜刀喺楼下嗌", "special_groups", True),
        ("楼上成日拖凳 嘈到瞓唔着", "dispute", False),
        ("垃圾站臭到死 几日冇人收", "environment", False),
        ("街口又有人摆档 阻住条路", "urban_management", False),
        ("阿伯想问点样申请生果金", "livelihood", False),
        ("我家娃儿不见了 找了一下午都莫得", "livelihood", True),
        ("房子垮了 有人遭压到了", "safety_hazard", True),
        ("电梯关到人了 里头有个娃儿在哭", "safety_hazard", True),
        ("俺娘出去赶集 天黑了还没回来 电话也打不通", "livelihood", True),
        ("有个人遭抢了 包包都遭抢走了", "public_security", True),
        ("街口间铺头着火 好大烟", "fire_safety", True),
        ("阿伯喺柜员机度俾人呃紧 要转十万", "public_security", True),
        ("阿拉搿只空调外机吊了一半 下头就是幼儿园门口", "safety_hazard", True),
        ("有人喺街口斩人", "public_security", True),
        ("后巷有人劏猪 冇检疫", "food_drug", False),
        ("老细走佬咗 三十几个工友喺厂门口等", "labor", True),
        ("佢哋两个喺楼梯度打相打", "public_security", True),
        ("他们两家为宅基地又在扯筋", "dispute", False),
        ("两个人在院坝头打捶 有个脑壳都打破了", "public_security", True),
        ("隔壁阿婆跌落床 冇反应", "livelihood", True),
        ("塞车塞咗成个钟", "traffic", False),
        ("xq门口有人打架 快", "public_security", True),
        ("wy一直不修电梯 业主很不满", "dispute", False),
        ("二十几个人堵在镇zf门口 要说法", "petition", True),
        # round 9: voice slips said the Mandarin way before the rules look
        ("菜场门口两个人大架 有个头都破了", "public_security", True),
        ("夜宵摊大架的几个人 民警带走了 砸坏的桌子找谁赔", "public_security", False),
        ("幸福路金盖没了 有人掉下去了 在底下喊", "municipal_facility", True),
        ("302一股没气味 敲门没人应", "safety_hazard", True),
        ("有人天天把电平车推到楼道里充电", "fire_safety", False),
    ],
)
def test_cantonese_and_sichuan_reports_are_named_and_told(
    text: str, code: str, is_urgent: bool
) -> None:
    assert told(text) == (code, is_urgent), text


@pytest.mark.parametrize(
    "text", ["他们家遭遇了不少困难 想申请救助", "屋头莫得米了 想找社区帮忙买点"]
)
def test_sichuan_words_in_everyday_requests_stay_calm(text: str) -> None:
    assert not urgent(text), text


# --- round 6: fire seen in plant rooms, people trapped, slips, wounds still bleeding ------


@pytest.mark.parametrize(
    "text",
    [
        "配电房里有火光 还有焦臭味",
        "屋里黑乎乎的 有个人在拍窗户",
        "小孩的手被电梯门夹住了 拔不出来",
        "老太太在浴室滑倒了 头上一直在淌",
        "隔壁的爷爷好几天没出门了 屋里一股怪味",
    ],
)
def test_plant_room_fires_trapped_people_slips_and_silent_neighbours_are_urgent(
    text: str,
) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "路面结冰 有老人滑倒过",
        "这个台阶好几个人摔倒过 能不能修一下",
        "人行道的砖翘起来了 行人容易绊倒",
        "锅炉房今天检修 停一天热水",
    ],
)
def test_past_slips_tripping_hazards_and_maintenance_are_not(text: str) -> None:
    assert not urgent(text), text


def test_an_ailment_told_as_a_habit_is_not_urgent() -> None:
    assert not urgent("我家老人最近总说头晕 想预约家庭医生")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("工行取款机插卡口好像让人装了个东西", "public_security"),
        ("按摩店晚上亮着粉灯 老有男的去", "public_security"),
        ("两家为了地界的事要撕破脸了", "dispute"),
        ("有人推三轮在学校门口卖玩具", "urban_management"),
        ("烂尾楼没人管 墙都歪了", "safety_hazard"),
        ("有人往垃圾桶边上扔了两个旧沙发", "environment"),
        ("盲道被挖断了一直没修", "municipal_facility"),
        ("广场的健身器材松了 一坐就晃", "municipal_facility"),
        ("他家人说他药停了半个月了 晚上自言自语", "special_groups"),
        ("昨天在小吃街吃了烤肠 今天有点拉肚子", "food_drug"),
        ("超市打折的排骨颜色都不对了", "food_drug"),
        ("明天上午我跟小李换个班", "other"),
        ("楼长群里有人发广告 能不能踢出群", "other"),
    ],
)
def test_everyday_words_added_in_round_six_name_the_category(text: str, code: str) -> None:
    assert category(text) == code, text


# --- round 6: follow-ups that close a case, and cries heard for a long time --------------


@pytest.mark.parametrize(
    "text",
    [
        "楼上那家 孩子哭了一个多小时了 大人好像不在 还有东西摔碎的声音",
        "一个女的喝醉了 躺在河边 半个身子在水里",
    ],
)
def test_long_crying_alone_and_a_body_half_in_water_are_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "早上说的那个煤气味 燃气公司来查了 是下水道的味 没事",
        "刚才那个说要跳楼的 被民警劝下来了",
        "这个月第三次了 楼上又往下扔烟头 想问问能不能管",
        "狗把人家小孩吓哭了 两家吵了几句 现在各回各家了",
    ],
)
def test_closed_follow_ups_and_litter_from_above_are_not(text: str) -> None:
    assert not urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "那个精神病又犯病了 跑出去了 一下午没找着",
        "精神分裂症的那个小伙子早上出门没回来 手机也关机",
        "有人把电动车上楼充电 突然着了",
        "满屋子烟 看不见人",
    ],
)
def test_longer_keywords_no_longer_hide_the_subject_of_a_danger(text: str) -> None:
    assert urgent(text), text


def test_a_room_full_of_people_is_a_crowd() -> None:
    assert people_count("屋里站满了村民")[0] >= 10
    assert people_count("仓库里挤满了东西") is None


@pytest.mark.parametrize(
    ("text", "is_urgent"),
    [
        # a fall now, not one past or already seen to
        ("菜场门口一个老人摔了一跤 坐在地上", True),
        ("张奶奶去年摔了一跤 现在走路不方便 想申请轮椅", False),
        ("老头摔了一跤 已经去医院了 现在要人帮着买菜", False),
        # crowds at sales offices, rooms full of them, roads blocked
        ("开发商售楼部来了一百多号业主 都在喊退钱", True),
        ("物业办公室挤满了业主 吵着要物业经理出来", True),
        ("五六十个村民拦在国道上 不让渣土车过", True),
        ("明天上午业主大会 预计来一百多人", False),
        ("菜市场门口排了二十多个人买特价鸡蛋", False),
        ("十几个工人在工地干活 没戴安全帽", False),
        # beatings told from the victim's side, now and not before
        ("超市门口两个人撕扯起来了 一个把另一个推下台阶了", True),
        ("一个外卖小哥被人拦着打 头盔都打飞了", True),
        ("隔壁家暴 女的被打得满地爬 一直在喊", True),
        ("有人打篮球砸到车了 想找人赔", False),
        ("他说被人打过好几次 想申请调解", False),
        ("上周在路口被人打了 想问问监控能不能调", False),
        # water pouring into a home or a garage now
        ("楼上水管爆了 水哗哗往我家灌 地上全是水", True),
        ("暴雨 小区地库进水了 水越来越深 有人在里面挪车", True),
        ("楼上卫生间漏水 滴到我家天花板上了 找物业也不管", False),
        ("上周家里进水的事 想问问保险能不能赔", False),
        # a person touching a live line, not a branch or a warning
        ("一个大爷钓鱼的时候碰到高压线了 人倒了", True),
        ("钓鱼竿不要碰到高压线 很危险", False),
        ("树枝碰到电线了 想让供电所来修剪", False),
        # a theft going on now, not a habit
        ("车库里有个人正在偷电瓶", True),
        ("最近老有人在偷电瓶 大家注意", False),
    ],
)
def test_round_six_situations_now_and_their_look_alikes(text: str, is_urgent: bool) -> None:
    assert urgent(text) == is_urgent, text


# --- round 7 (tuned on probe_t and probe_u): situations told without the usual word -------


@pytest.mark.parametrize(
    ("text", "code", "is_urgent"),
    [
        # fire said in dialect (招火), by smoke rolling out or up the stairs, by a burning smell
        ("后院的柴堆招火了 快来人", "fire_safety", True),
        ("仓库那边招火啦 烟好大", "fire_safety", True),
        ("七楼窗户往外翻黑烟", "fire_safety", True),
        ("三号楼顶往外翻黑的 一阵一阵", "fire_safety", True),
        ("地下室烟往楼上窜 楼道都是味", "fire_safety", True),
        ("楼道一股烧胶味 越来越浓", "fire_safety", True),
        ("隔壁屋里一股焦糊味 敲门没人应", "fire_safety", True),
        ("小区变电箱冒火花 还有烟", "fire_safety", True),
        ("去年那个厂房招火的事 想问问赔偿", "fire_safety", False),
        ("变电箱的门没锁 想让供电所锁上", "safety_hazard", False),
        # something torn loose or swaying over people; a live wire down in water or on the road
        ("楼顶招牌一边脱开了 底下人来人往", "safety_hazard", True),
        ("塔吊在晃 下面还有工人在浇水泥", "safety_hazard", True),
        ("阳台上的花架吊了一半 下面是学校门口", "safety_hazard", True),
        ("暴雨后一根电线断了泡在积水里 刚才一只猫过去就倒了", "safety_hazard", True),
        ("路口电线断了掉在地上 有小孩要过", "safety_hazard", True),
        ("广告牌有点旧了 底下人来人往 建议换一下", "safety_hazard", False),
        ("风把广告牌吹得摇摇晃晃 底下人来人往", "safety_hazard", False),
        ("外墙瓷砖哗哗往下掉 下面是人行道", "safety_hazard", True),
        ("外墙瓷砖去年往下掉过 下面是人行道 想问修了没有", "safety_hazard", False),
        ("车库顶上在往下掉水泥块 下面停着车还有人", "safety_hazard", True),
        ("嗯那个 工地上塔吊好像要倒了 歪得厉害 底下好多工人", "safety_hazard", True),
        ("那个围墙往一边歪 下面好多小孩在玩", "safety_hazard", True),
        # someone pacing at a roof edge, not workers or washing there, not a crane's arm
        ("有个人在天台边上走来走去 看着不对劲", "public_security", True),
        ("工地的塔吊吊着水泥板在楼顶上转来转去", "safety_hazard", False),
        ("电线断了掉在水坑里 已经断电了 供电所在修", "safety_hazard", False),
        # gas pipes said as 然气, lift shafts, trench walls giving way, a fallen scaffold
        ("然气管子被铲车铲破了 嘶嘶往外冒", "safety_hazard", True),
        ("大爷一条腿卡在电梯井道口 拔不出来", "safety_hazard", True),
        ("基坑边上的土往下塌 坑底还有三个工人", "safety_hazard", True),
        ("沟槽边上裂开了 底下工人还在干活", "safety_hazard", True),
        ("脚手架倒了 压到人没有还不清楚", "safety_hazard", True),
        ("基坑边上的土去年塌过 现在加了护坡", "safety_hazard", False),
        ("基坑挖好了 没有围挡", "safety_hazard", False),
        # water through a home; crowds at the petition office; 公资 for 工资; children sick
        ("楼上水管爆了 一楼家里全是水", "municipal_facility", True),
        ("二十多个村民在信访局门口坐着 不肯走", "petition", True),
        ("信访局门口今天有十几个人排队办事", "petition", False),
        ("工地门口二十几个民工 说公资半年没结", "labor", True),
        ("食堂吃完午饭 十几个学生就吐 都往医院送", "food_drug", True),
        # fights in a family with a weapon, beatings in a ring (围到打), cheating at a cash machine
        ("两口子吵架 男的拿起砍柴刀", "dispute", True),
        # a fight between a couple, brothers or neighbours upstairs and down is their dispute;
        # a drunk with a knife or two gangs are the police's
        ("婆媳俩吵着吵着动手了 婆婆被推倒了", "dispute", True),
        ("两口子在家打起来了 男的抄起菜刀", "dispute", True),
        ("楼上楼下因为噪音扭打在一起", "dispute", True),
        ("哥俩为了老人的房子动手了 一个头破了", "dispute", True),
        ("有个男的喝多了拿着菜刀在楼道里乱挥 邻居都不敢出门", "public_security", True),
        ("两伙人在饭店门口打起来了", "public_security", True),
        ("几个混混把一个学生围到打", "public_security", True),
        ("有个大妈在取款机前面 电话里有人教她转钱", "public_security", True),
        ("去柜员机转账 手续费多少", "public_security", False),
        ("银行里有个老太太非要转二十万 说公安局让她转的 拦不住", "public_security", True),
        ("有个大爷在营业厅要汇款 说孙子出事了要钱", "public_security", True),
        ("有个女的被人拖进面包车了", "public_security", True),
        ("去银行柜台汇款 排了好久队", "public_security", False),
        # a bag snatched, a pupil beaten by others, a stroke, a child on the sill
        ("那边有人在抢一个女的的包 往巷子里跑了", "public_security", True),
        ("有两个学生在厕所里打一个学生 拍视频", "public_security", True),
        ("那个超市有人偷东西被抓到了 现在在打他", "public_security", True),
        ("有人在加油站打电话 还抽烟", "fire_safety", False),
        ("楼顶的太阳能热水器被风吹得快掉下来了 下面是小区正门", "safety_hazard", False),
        ("阳台上的花盆掉下来了 砸到人了", "safety_hazard", True),
        ("有个老太太在菜市场突然就倒了 嘴巴歪了", "livelihood", True),
        ("楼上那家的小孩一个人站在窗台上", "livelihood", True),
        # a mentally ill person in the traffic or chasing children; snakes, wasps, dogs
        ("那个精神病人又跑到马路中间了 车都绕着走", "special_groups", True),
        ("有个疯子拿着剪刀追小孩", "special_groups", True),
        ("精神病人老王最近在家按时吃药 挺稳定", "special_groups", False),
        ("一条蛇爬进二楼人家屋里了 屋里有老人", "other", True),
        ("马蜂追着人蛰 好几个人被蛰了", "other", True),
        ("小区里一条大狼狗挣开了链子 扑倒了一个老人", "other", True),
        ("去年有蛇钻进屋里过 想问问怎么防", "other", False),
        # cold, an oxygen machine stopped, a phone nobody answers (not a beating)
        ("独居老人家里没暖气 冻得嘴唇发紫", "livelihood", True),
        ("停电了 楼上老人的制氧机停了", "livelihood", True),
        ("奶奶几天没下楼 女儿电话打不通", "livelihood", True),
        ("隔壁那个孤寡老人好几天没出门了 我敲门他应了 说腿疼", "livelihood", False),
        ("独居的王奶奶三天没见人 敲门没人应了", "livelihood", True),
        ("独居的张大爷去女儿家住了 门好几天没开门", "livelihood", False),
        ("隔壁独居的老奶奶三天没开门了 敲门也不应", "livelihood", True),
        ("那个 在建的楼上有个工人吊在外面 安全绳好像断了", "safety_hazard", True),
        ("化工厂冒黄烟 村里人眼睛辣得睁不开", "environment", True),
        # over, heard of, nothing wrong found, next week, a warning
        ("昨天晚上小区门口打架 早散了 没人伤", "public_security", False),
        ("前两天楼下有人打架 想问问处理结果", "public_security", False),
        ("头几天那个着火的房子 现在还没人管", "fire_safety", False),
        ("旧年间铺头着火 想问下赔偿", "fire_safety", False),
        ("前两天就有煤气味 今天特别大 老人头晕", "safety_hazard", True),
        ("头先有人喺度打交 有人拎住刀", "public_security", True),
        ("听说那栋楼要塌了 我去看了 没什么大问题", "safety_hazard", False),
        ("楼道里天天有人给电瓶车充电 迟早要出事", "fire_safety", False),
        # people in the water; children sick after a meal counted after they were named
        ("河里有人在扑腾 好像是小孩", "other", True),
        ("水库边有个娃在水里一冒一冒的", "other", True),
        ("幼儿园好多孩子午饭后就吐 十几个了", "food_drug", True),
        # crashing and cries for help inside a home; a wire hanging, calls made, e-bikes on a line
        ("楼上乒乒乓乓的 女的一直喊救命", "public_security", True),
        ("那根电线悬在半空 想让供电所来看看", "safety_hazard", False),
        ("工地晚上还在打桩 居民打了好几个电话 孩子睡不着", "urban_management", False),
        ("楼上用电平车充电 从窗户吊根线下来", "fire_safety", False),
    ],
)
def test_round_seven_situations_are_named_and_told(text: str, code: str, is_urgent: bool) -> None:
    assert told(text) == (code, is_urgent), text


@pytest.mark.parametrize(
    "text",
    [
        "楼顶有工人走来走去 在修防水",
        "天台上有个阿姨走来走去 在晒被子",
        "围墙有点歪 下面好多杂草 想让人清理一下",
        "孩子被同学拉进群里骂",
        "大爷拿着砍柴刀上山砍柴去了",
        "大家都在抢购打折的包",
        "几个学生在操场上打篮球",
        "气得他嘴巴歪了",
        "楼上装修 墙上一直在掉灰",
        "楼下老头家的垃圾有股臭味 想让他清理一下",
        "工人系好安全绳在外墙干活",
    ],
)
def test_round_seven_look_alikes_at_work_or_at_home_stay_calm(text: str) -> None:
    assert not urgent(text), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("出租屋里天天晚上有人打牌赌钱", "public_security"),
        ("按摩店门口站着几个打扮妖艳的女的", "public_security"),
        ("两会期间稳控对象都在家", "petition"),
        ("社区叫正人员李某这个月没按时报到", "special_groups"),
        ("老周这两周没按时吃药 家属想找精防医生", "special_groups"),
        ("抵保户王奶奶问今年的补助什么时候发", "livelihood"),
        ("菜市场有人卖野生菌子 不知道有没有毒", "food_drug"),
        ("小卖部的面包过气了还在卖", "food_drug"),
        ("有人在广场上卖祖传秘方 说包治百病", "food_drug"),
        ("小区门口那家店卖的酒是假的 喝了头疼", "food_drug"),
        ("门面外面堆满了货 人都过不去", "urban_management"),
        ("我想问一下养老金怎么领", "livelihood"),
        ("几十个退休工人在社保局门口 说养老金被克扣了", "petition"),
        ("俩老头为下棋拌了几句嘴 现在好了", "dispute"),
        ("房东把锁换了 租户的东西还在里面", "dispute"),
        ("养殖场往河里排水 水都发绿了", "environment"),
    ],
)
def test_round_seven_everyday_words_name_the_category(text: str, code: str) -> None:
    assert category(text) == code, text


def test_children_named_before_a_bare_count_are_counted() -> None:
    assert people_count("食堂好多小孩吃完就吐 十几个了")[0] >= 10
    assert people_count("最近老丢电瓶车 这个月都丢了三个了") is None


# --- round 8 (tuned on probe_y): hurried reports told by what is seen, heard and smelt -----


@pytest.mark.parametrize(
    ("text", "code", "is_urgent"),
    [
        # fire told by black smoke rolling up, a red glow with glass bursting, smoke at a door gap
        ("厂房顶上黑乎乎的往上冒 一阵比一阵大", "fire_safety", True),
        ("后面那栋楼顶黑烟往上翻", "fire_safety", True),
        ("对面五楼屋里通红 玻璃炸了一块", "fire_safety", True),
        ("那家窗户红通通的 玻璃崩了", "fire_safety", True),
        ("仓库门缝冒烟 里面没人", "fire_safety", True),
        ("隔壁门缝里往外冒烟 敲门没人开", "fire_safety", True),
        ("地下车库报警器一直响 全是烟", "fire_safety", True),
        # a charging car or battery swelling and hissing
        ("充电桩那台车电池鼓包了 滋滋响", "fire_safety", True),
        ("快递站充电柜里的电池鼓起来了 往外冒白气", "fire_safety", True),
        ("充电桩上的车底盘滋滋往外冒烟 味道辣眼睛", "fire_safety", True),
        # e-bike batteries carried home to charge
        ("5楼那家天天把电瓶拎上楼充", "fire_safety", False),
        ("有户人家把电池搬上楼充 一充一宿", "fire_safety", False),
        ("楼上把电动车电瓶拎回家充 插一夜", "fire_safety", False),
        # a wire down in water with people about to wade through
        ("高压线断了掉水里了 有人蹚水要过去", "safety_hazard", True),
        ("电线杆上的线掉地上了 路人还在走", "safety_hazard", True),
        # a sign or outdoor unit hanging loose over people
        ("商场那块大牌子一边掉了 底下好多人等车", "safety_hazard", True),
        ("三楼空调外机就挂根铁丝 下面是幼儿园门口", "safety_hazard", True),
        ("楼顶广告牌子晃悠 底下是公交站", "safety_hazard", True),
        # a pipe dug through hissing and stinking
        ("施工队把管道挖破了 嘶嘶往外冒 一股味", "safety_hazard", True),
        ("钩机把地下管线刨断了 呛得人直咳", "safety_hazard", True),
        ("修路把燃气管钻破了 往外喷 刺鼻", "safety_hazard", True),
        # a retaining wall bulging with water coming through
        ("车库那堵挡土墙往外鼓 缝里哗哗往外渗水", "safety_hazard", True),
        ("后山护坡鼓出来了 还在鼓", "safety_hazard", True),
        # lift certificates
        ("2号楼电梯合格证过期了", "safety_hazard", False),
        ("电梯年检过了期还在用", "safety_hazard", False),
        # weapons: chasing with a knife, a blade pressed on someone, a stick brought out
        ("菜市场有人拿刀追人 往北跑了", "public_security", True),
        ("两个人打起来 一个提刀追着另一个", "public_security", True),
        ("地铁口一男的拿刀子抵着个女的", "public_security", True),
        ("有个人用碎玻璃顶着小孩 不让走", "public_security", True),
        ("吵了几句 店主拎着棍子出来了", "public_security", True),
        ("饭馆里两桌人吵起来 有人抄椅子了", "public_security", True),
        ("麻将馆里打起来了 桌子掀了", "public_security", True),
        # pupils made to hand over money
        ("几个小混混堵着学生要钱 还推人", "public_security", True),
        ("校门口有人拦着小学生搜身 一个挨了一巴掌", "public_security", True),
        # a child carried towards a balcony or window in a row; a despairing person at a window
        ("两口子吵架 男的抱着孩子往窗边走", "dispute", True),
        ("两口子闹离婚 她抱着娃往阳台去 说不过了", "dispute", True),
        ("儿媳说不活了 在窗户边站着", "dispute", True),
        # people wading through rising water
        ("下穿通道水还在涨 有人蹚着过 到大腿了", "municipal_facility", True),
        ("桥洞那边几个人趟水过 快到腰了", "municipal_facility", True),
        # a manhole cover gone (金盖 for 井盖), a car in water up to its windows
        ("路口那个金盖不见了 黑洞洞的", "municipal_facility", False),
        ("立交桥下积水 到车窗了", "municipal_facility", False),
        # people under supervision or mentally ill acting out
        ("管控的那个小伙子最近又不肯吃药", "special_groups", False),
        ("列管的老陈又犯毛病了 在家摔东西", "special_groups", False),
        ("那个有病的又犯了 拎着刀在楼下转", "special_groups", True),
        # crowds over money, banners with people still gathering, going to Beijing
        ("三十几个人在售楼处说房款的事 赖着不走", "petition", True),
        ("一大帮人拍桌子要拆迁补偿 不肯走", "petition", True),
        ("广场上有人举牌子 人越聚越多", "petition", True),
        ("村里老李买了票 说要上北京", "petition", False),
        ("下周二区领导接访 有事的居民可以预约", "petition", False),
        # ill after a meal, hands on stomachs
        ("厂里员工吃完午饭 好几个捂着肚子 站不起来", "food_drug", True),
        # a confused old woman not back; left-behind children sick alone; a cold home
        ("楼下那个老糊涂的阿婆 早上出门到现在没回来", "livelihood", True),
        ("留守的俩孩子 家里就他俩 小的发高烧", "livelihood", True),
        ("村里老两口家停暖了 冻得直哆嗦", "livelihood", True),
        ("五保户家断暖好几天了 老人裹着被子发抖", "livelihood", True),
        ("瘫床上的老人 保姆走了 一天没吃没喝", "livelihood", True),
        # a call that goes silent
        ("独居的李奶奶打电话说了一句心口疼 然后就没声了", "livelihood", True),
        # a swimmer not come up; people on a mountain after dark
        ("河里有个人游着游着 半天没冒头", "other", True),
        ("两个驴友进山 天黑了还没下来 电话打不通", "other", True),
        ("上山挖笋的老汉到现在没回来 联系不上", "other", True),
        # round 8, second look: the same situations said other ways
        ("后院草垛那边黑乎乎的烟直往上冒 好多人围着看", "fire_safety", True),
        ("对面楼窗户通红 玻璃啪一声炸了", "fire_safety", True),
        ("车库里烟感一直叫 满是白烟 看不清", "fire_safety", True),
        ("地库墙鼓了个大包 往外渗水 车还在进出", "safety_hazard", True),
        ("麻将馆里吵起来了 有人抄起板凳", "public_security", True),
        ("留守的两个孩子 爷爷住院了 小的发高烧说胡话", "livelihood", True),
        ("老人打电话说胸口闷 话没说完就没声了", "livelihood", True),
        ("河里有个小孩下去洗澡 半天没冒头", "other", True),
        ("公交车和小轿车剐了 车上一个老太太摔倒起不来", "traffic", True),
        ("化粪池里下去了两个工人 都没上来", "safety_hazard", True),
        ("烟感一直滴滴叫 应该是没电了 不是着火", "fire_safety", False),
        ("山上冒起一股一股的烟 风往村里刮", "fire_safety", True),
        ("菜场门口一个老大爷坐地上 脸煞白 叫他不应", "livelihood", True),
        ("有个老人在路边转悠半天 问他住哪说不清", "livelihood", True),
        ("两伙人在夜宵摊对骂 有人摔了酒瓶", "public_security", True),
        ("商场门口一个女的包被人一把拽走", "public_security", True),
        ("银行门口有人跟个老人说话 老人一直在打电话 要取五万", "public_security", True),
        ("那个精神不正常的女的跑到高速路上去了", "special_groups", True),
        ("那个老人问他住哪说不清 后来家里人接回去了", "livelihood", False),
        ("银行门口老太太要取钱 排队排了好久", "livelihood", False),
        ("昨晚车棚那辆电动车烧了 今天物业来清理 问保险怎么赔", "fire_safety", False),
        ("4楼那家门缝往外飘灰烟 一股焦味", "fire_safety", True),
        ("垃圾房里面冒青烟 挨着就是居民楼", "fire_safety", True),
        ("仓库顶上烟越冒越黑", "fire_safety", True),
        ("电梯门开着 轿厢不在 黑洞洞的", "safety_hazard", True),
        ("三个小年轻拦着一个学生 搜他口袋", "public_security", True),
        ("有个男的跟在女生后面好几条街了", "public_security", True),
        ("菜场有人吵架 一个拿杀鱼刀比划", "public_security", True),
        ("那家两口子吵得很凶 摔东西的声音一直没停 孩子在哭", "dispute", True),
        ("桥下水漫到车门了 车里还有人在拍窗户", "municipal_facility", True),
        ("孩子跟着奶奶一路走回家", "livelihood", False),
        ("几个老人坐在河边栏杆上聊天", "municipal_facility", False),
        ("庙里香火旺 一直冒青烟", "fire_safety", False),
        ("那面墙上的缝又宽了 里面还住着人", "safety_hazard", True),
        ("老人在卫生间半天没出来 喊也不答", "livelihood", True),
        ("大货车刹不住 冲下坡了", "traffic", True),
        ("村民堵着路口 说拆迁补偿没给", "petition", True),
        ("一条大黄狗追着小孩咬", "other", True),
        ("下井的工人半天没动静了", "safety_hazard", True),
        ("村民明天打算堵路 说征地款没给", "petition", False),
        ("狗追着孩子跑着玩", "livelihood", False),
        ("公共卫生间好几天没人打扫 臭得很", "environment", False),
    ],
)
def test_round_eight_situations_are_named_and_told(text: str, code: str, is_urgent: bool) -> None:
    assert told(text) == (code, is_urgent), text


@pytest.mark.parametrize(
    "text",
    [
        # the category is left to the place named (railings, benches); the danger is what counts
        "一个女的坐在江边栏杆上 哭",
        "有个女的坐在桥栏杆上哭 劝不下来",
        "楼顶有人来来回回走 站在边上",
        "天台有个人来来回回 一直往下看",
        "楼下长椅上一个大爷一直没动 嘴唇发紫",
    ],
)
def test_round_eight_danger_told_by_how_people_look_is_urgent(text: str) -> None:
    assert urgent(text), text


@pytest.mark.parametrize(
    "text",
    [
        "楼顶烟囱黑乎乎的往上冒 供暖开始了",
        "傍晚天边红彤彤的 挺好看",
        "充电桩的车位被油车占了",
        "手机电池鼓包了 想问哪里能换",
        "电线杆上的线耷拉着 想让供电所来看看",
        "那块大牌子一边掉了 已经拉了警戒线",
        "挖机把水管挖破了 路上全是水",
        "挡土墙有点鼓出来 雨季前最好处理",
        "食堂师傅拿刀切菜",
        "理发师傅拿剪子给老人剪头",
        "学生找家长要钱交补课费",
        "抱着孩子在阳台晒太阳",
        "小区外面的涵洞积水 有人蹚水过 到脚脖子",
        "社区矫正对象老王这周没来报到 电话关机",
        "上周几十个人在售楼处说房款的事 已经劝走了",
        "超市开业 门口拉横幅 人还在往这边聚",
        "吃完饭肚子疼 想问问去哪个医院",
        "外卖小哥摔断了腿 想咨询下工伤怎么认定",
        "电话打着打着没声了 可能是信号不好",
        "爷爷上山采药 晚上就回来了",
        "小孩在游泳馆潜水 半天没冒头 教练在旁边看着",
        "孩子发烧说胡话 已经在医院挂水了",
        "他们家孩子老跟着大孩子一路去上学",
        "上个月那个下水游泳没上来的孩子 家里想问抚恤",
        "村里老人上山采茶 中午就回来了",
        "楼顶工人来来回回搬材料 在做防水",
        "那块大牌子 物业已经拆下来了",
    ],
)
def test_round_eight_look_alikes_stay_calm(text: str) -> None:
    assert not urgent(text), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("楼上每天半夜拖凳子 吵得睡不着", "dispute"),
        ("那两户为楼道放鞋柜的事又吵", "dispute"),
        ("一堆穿工服的把厂门堵了 说老板欠钱", "labor"),
        ("夜市烧烤支到人行道上", "urban_management"),
        ("超市把箱子摆出来占了半条路", "urban_management"),
        ("养猪户的粪堆在路边 臭得很", "environment"),
        ("路口的限速牌被撞歪了", "traffic"),
        ("一群人在出租屋打地铺 住了十几个", "population_housing"),
        ("有个人在车棚挨个看电动车的锁", "public_security"),
        ("接到电话说儿子在派出所 要交钱保释", "public_security"),
        ("打架的那几个 派出所带走了", "public_security"),
        ("那家出租屋窗帘一直拉着 半夜有人进出", "public_security"),
        ("302一股没气味儿 敲门也没人应", "safety_hazard"),
        ("那截塌墙还没人来拆", "safety_hazard"),
        ("工地打桩 把旁边老房子震裂了", "safety_hazard"),
        ("村口那段危墙还没拆", "safety_hazard"),
        ("厂房屋顶黑乎乎往上翻 那是违建的铁皮房", "fire_safety"),
        ("楼道墙被熏黑了 昨晚烧的 想问谁来刷", "fire_safety"),
        ("路灯已经灭了 一片黑", "municipal_facility"),
        ("邻居装修把我家墙震裂了", "dispute"),
    ],
)
def test_round_eight_everyday_words_name_the_category(text: str, code: str) -> None:
    assert category(text) == code, text
