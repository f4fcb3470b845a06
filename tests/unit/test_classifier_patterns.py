"""Danger said in words the rules never listed: a subject and a harm close together.

probe_h (200 lines) was written by someone who never saw the rules; it was scored before
the danger patterns existed (macro-F1 0.860, urgent P/R 0.904/0.810) and then used to shape
them, so it is a regression guard here. The honest measure of unseen text is probe_i,
scored once afterwards and recorded in README ("Classifier figures") without a target.
"""

from __future__ import annotations

import pytest

from nlp.cli import evaluate_file
from tests.unit.street_classifier import DATA, classifier


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("菜场门口一个老大爷突然栽在地上 叫他也不应", "老大爷…栽"),
        ("阳台上晾的被子着了 好大的烟", "被子…着了"),
        ("暴雨 低洼那几户水进屋了 老人还在家", "水…进屋"),
        ("孩子中午出去玩 到现在也没回来", "孩子…没回来"),
        ("煤炉子烧了一夜 早上全家都头晕", "炉子…头晕"),
        ("有个男的拎着砖头在街上晃", "拎着…砖头"),
        ("小孩趴在窗台外面 家里没大人", "小孩…窗台外"),
        ("一辆三轮撞倒了一个老太太", "撞倒…老太太"),
        ("电梯卡在7楼和8楼中间 里面关着三个人", "电梯…卡在"),
        ("小孩被开水烫了 哭得撕心裂肺", "小孩…烫了"),
        ("工人被钢筋扎穿了脚", "扎穿…脚"),
        ("几个人围着一个学生打", "围着…打"),
        ("我家孩子下午出去玩 到现在还没回来", "孩子…没回来"),
        ("楼道里一股天然气的味儿 呛得慌", "天然气…味儿"),
        ("雨太大 一楼灌了 床都泡水里了", "一楼…灌了"),
        ("车库里冒黑烟 看不清里面", "冒黑烟"),
        ("插座那里一股烧焦的味 墙都黑了", "插座…烧焦的味"),
        ("我爸喝了村里买的散酒 眼睛看不见了", "喝了…看不见"),
        ("有个男的坐在大桥栏杆上 喊他也不下来", "坐在…大桥"),
        ("五金店被几个人砸了 那帮人现在还在店里", "砸了…还在"),
        ("有个精神病人早上跑出去 到晚上还找不到", "精神病人…找不到"),
        ("独居老人发高烧 打电话话都说不清", "独居老人…发高烧"),
        ("插线板冒火花了 噼里啪啦的", "冒火花"),
    ],
)
def test_subject_and_harm_close_together_are_urgent_and_named(text: str, pair: str) -> None:
    result = classifier().classify(text)
    assert result.urgent, text
    assert pair in result.urgency_reasons


@pytest.mark.parametrize(
    "text",
    [
        "老人在家门口摔了一跤 没事 已经扶起来了",
        "工地围挡倒了一大片 倒在人行道上 没砸到人",
        "公园健身器材坏了 扶手断了",
        "孩子的自行车放学后找不到了 已经找到了",
        "小区里有人烧烤 烟很大",
        "楼上电视开得很大声 全是枪声爆炸声",
        "老人睡着了 叫了两声没答应",
        "工厂烟囱冒黑烟 附近居民投诉污染",
        "楼下烧烤摊天天冒烟 熏得晾衣服都是味",
        "煤气灶打不着火 老人问找谁修",
        "煤气灶打不着了 婆婆想找人看看",
        "液化气灶点不着了 问问谁会修",
        "老人问安眠药能不能医保报销",
        "消防车通道被私家车占了 真着火了消防车进不来",
        "老人说最近头晕 想去社区医院量个血压",
        "孩子找不到作业本了 家长在群里问",
        "电梯经常坏 上次还困过人",
        "几十个大妈在广场上跳舞 音乐放到很晚",
        "厂里二十多个工人工资拖了两个月 想咨询怎么办",
        "门口有人在电焊 火星子溅到人行道上",
        "楼下那家烧烤烟大得跟着火了似的",
        "微信群里说下个月要去区里上访 到时候再说",
        "这个报表系统点了没反应 怎么弄",
        "公交站旁边的广告牌有点歪",
        "有人卖减肥药 吃了心慌",
    ],
)
def test_look_alikes_and_cancel_words_are_not_urgent(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


def test_fire_at_a_place_counts_as_fire_with_the_pair_as_explanation() -> None:
    result = classifier().classify("厨房着了 老太太还在里头")
    assert result.category == "fire_safety"
    assert result.keywords[0] == "厨房…着了"


def test_a_category_named_outright_outranks_many_weak_words() -> None:
    text = "精神障碍患者老陈的药没去领 他妈腿脚不好 问社区能不能帮忙上门看看"
    assert classifier().classify(text).category == "special_groups"


def test_probe_h_meets_the_targets_it_was_tuned_to() -> None:
    report = evaluate_file(classifier(), DATA / "probe_h.jsonl")
    assert report.total == 200
    assert report.macro_f1 >= 0.95
    assert report.urgent_recall >= 0.95
    assert report.urgent_precision >= 0.90


def test_probe_m_meets_the_targets_urgency_round_3_was_tuned_to() -> None:
    # probe_m (blind writer, session 4) first scored 0.904 / P 1.000 / R 0.843; its sister set
    # probe_n is the held-out measure and carries no target here (README, classifier figures)
    report = evaluate_file(classifier(), DATA / "probe_m.jsonl")
    assert report.total == 200
    assert report.macro_f1 >= 0.95
    assert report.urgent_recall >= 0.95
    assert report.urgent_precision >= 0.95


def test_a_stranger_collapsed_in_a_public_place_goes_to_the_command_centre() -> None:
    # the labelled sets send a passer-by who collapses (公交站, 公园, 路边) to 其他 four times
    # to one: the command centre calls 120; a resident at home stays with community services
    result = classifier().classify("一个人在路边晕倒了 口吐白沫")
    assert (result.category, result.urgent) == ("other", True)
    at_home = classifier().classify("独居的刘大爷在家晕倒了 口吐白沫")
    assert (at_home.category, at_home.urgent) == ("livelihood", True)


@pytest.mark.parametrize(
    "text", ["邻居家孩子在屋里摔东西 吵得很", "老人家晕车 想问下社区有没有车"]
)
def test_longer_everyday_words_silence_harm_words_inside_them(text: str) -> None:
    assert classifier().classify(text).urgent is False


@pytest.mark.parametrize(
    "text",
    [
        "食堂中午吃完 五六个学生呕吐",
        "喝了喜酒回来 一家四口人都上吐下泻",
        "工人十几个拉肚子 有两个晕倒了",
    ],
)
def test_several_people_taken_ill_together_are_urgent(text: str) -> None:
    assert classifier().classify(text).urgent, text


def test_one_person_with_a_stomach_upset_is_not_urgent() -> None:
    assert classifier().classify("孩子昨晚吃坏了肚子 拉肚子 想问社区医院几点开门").urgent is False


@pytest.mark.parametrize(
    "text",
    [
        "饭店后厨油锅起火没扑灭 烟都冒到街上了",
        "仓库着火了 还没扑灭 消防车还没到",
        "孩子中午出去玩 到现在还没找到",
        "群里说厂里着火了 不是谣言 我看见烟了",
    ],
)
def test_a_calm_word_that_is_denied_does_not_calm(text: str) -> None:
    assert classifier().classify(text).urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "搅拌站一大帮司机把老板的车围住了 说欠运费",
        "三四十号农民工把项目部围了 说工钱没给",
        "理财爆雷的受害人四十多个在银行门口聚集",
        "已经三十来号人在火车站集合 说要去省里上访",
        "储户二十多个堵在营业厅门口要说法",
    ],
)
def test_crowds_said_in_the_words_of_the_trade_are_urgent(text: str) -> None:
    assert classifier().classify(text).urgent, text


@pytest.mark.parametrize(
    "text",
    ["群里传有人拐小孩 问过派出所了 没这回事", "租客跟房东为押金吵起来了 房东扣了两千 租客不服"],
)
def test_rumours_denied_and_money_sums_are_not_urgent(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


@pytest.mark.parametrize(
    "text",
    [
        "老城区有一户着了 已经连到隔壁了 快叫人",
        "前面那户人家着了 火挺大",
        "村口那排平房着了 火势往这边来",
        "楼道里充电的电瓶车冒白烟 噼里啪啦响",
        "楼上还有人没下来 楼道里全是烟",
        "着火那栋楼 住户还没撤出来",
        "电梯卡四楼五楼中间了 里面一个老太太",
        "电梯停在两层中间 按了警铃没人来",
        "电梯在8楼9楼中间了 里面有人喊",
        "下水道反水 粪水往一楼几户屋里灌",
        "雨水直往家里涌 堵都堵不住",
        "河水往屋里漫 老人还在家",
        "外墙裂了好大条缝 还在往下掉砖头",
        "楼顶的瓦一直往下掉 下面就是人行道",
        "脚手架上的钢管不停往下掉",
        "困难户家孩子烧到40度 没钱去医院",
        "我家娃烧到40度 抽风了",
        "宝宝高烧不退 烧得迷糊了",
    ],
)
def test_fire_at_a_home_people_still_inside_and_things_still_falling_are_urgent(
    text: str,
) -> None:
    assert classifier().classify(text).urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "对面饭馆的油烟全往屋里灌 衣服都不敢晒",
        "摆摊的人到现在还没撤 占着路",
        "电梯卡丢了 去哪补办",
        "电梯里的按铃坏了 麻烦报修",
        "老楼墙皮一直往下掉 想问谁管",
        "孩子前几天发高烧 已经好了 谢谢关心",
        "树根松了 斜着压在人家屋顶上",
        "有个人在路边跟人借钱 说几天没吃饭了",
    ],
)
def test_everyday_sayings_near_those_words_are_not_urgent(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


@pytest.mark.parametrize(
    "text",
    [
        "脚手架倒了 压到下面干活的两个人",
        "大风把广告牌吹下来了 砸在一辆车上 车里有人",
        "围墙塌了 底下有人",
        "树被刮倒了 砸到人了 还在喊",
        "小孩从窗户爬出去了 挂在空调架上",
        "孩子爬到空调架上了 五楼",
        "一百来号工人不上班 都坐在厂门口 说三个月没发钱了",
        "十好几个搬运工把老板的车围住了 要他当场结账",
        "几十个司机不开工 聚在物流园门口要运费",
        "积水把小卖部淹了 店里东西全泡了 水还在往上涨",
        "水管爆了 水往地下车库入口灌",
        "暴雨 商铺进水了 水还在涨",
        "外卖小哥被撞了 人趴着没动",
        "老人摔了一跤 躺着没动",
        "货车在路口翻了 司机还在驾驶室里",
        "幼儿园好几个小孩吃完午饭发烧拉肚子",
        "几户人家吃了野蘑菇 现在说看东西发花 手抖",
        "喝了散装酒 老头说眼花 站不稳",
    ],
)
def test_falls_onto_people_children_outside_stopped_work_and_flooded_shops_are_urgent(
    text: str,
) -> None:
    assert classifier().classify(text).urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "空调外机掉下来了 砸在雨棚上 没伤着人",
        "二号楼有套房住了十几个人 晚上地上打地铺",
        "果园要灌溉 水渠堵了",
        "小区绿化带的灌木长太高了 挡视线",
        "厂里工人不上班 放假三天",
    ],
)
def test_no_one_hurt_and_everyday_words_are_not_urgent(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


@pytest.mark.parametrize(
    "text",
    [
        "老头在菜市场门口突然倒下去了 嘴里吐白沫",
        "有个大姐在站台上瘫倒了",
        "一个骑电动车的被渣土车刮倒了 腿压在轮子下面",
        "送外卖的被小车撞倒了 爬不起来",
        "河堤有个地方在往外渗水 越来越大",
        "大堤脚下冒水 像是管涌",
        "孩子误喝了洗洁精 脸都白了",
        "老人误服了两板降压药",
    ],
)
def test_collapses_run_over_riders_seeping_dykes_and_swallowed_poisons_are_urgent(
    text: str,
) -> None:
    assert classifier().classify(text).urgent, text


def test_a_fight_whose_people_have_all_left_is_not_urgent() -> None:
    assert classifier().classify("昨晚楼下打架 现在人都走了 麻烦调下监控").urgent is False


@pytest.mark.parametrize(
    "text",
    [
        "俺们村东头老王家柴房着咧 火老大了",
        "隔壁库房着啦 快来人",
        "有个工人被机器绞住胳膊了",
        "孩子的手被卷帘门夹住了",
        "那个精神病人又犯病了 拿着剪刀在楼道里乱挥",
        "有个男的举着菜刀在街上",
        "我家老太太有老年痴呆 下午出去就没见人影",
        "下大雨 地下室进水了 里面还住着人",
        "二十几个外卖骑手在站点门口聚着 说平台乱扣钱 情绪很大",
        "烟花厂那边炸了 震得窗户都碎了",
        "饭店后厨的煤气罐炸了",
    ],
)
def test_dialect_fires_caught_limbs_blades_and_explosions_are_urgent(text: str) -> None:
    assert classifier().classify(text).urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "三楼那家天天在阳台上烧香 烟很大 味道呛人",
        "有人在微信群里说要去打群架 后来被劝住了 没去",
        "理发店的师傅拿着剪刀给老人义务理发",
        "楼下炸串店油炸的味道太大了",
    ],
)
def test_incense_talk_talked_down_and_fried_food_are_not_urgent(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


@pytest.mark.parametrize(
    "text",
    [
        "小区业主二十多人把开发商的办公室给占了",
        "网吧里两帮人动了手",
        "有个男的举起椅子就往人身上砸",
        "一个女孩被人捂着嘴拖上了车",
        "有个女的被两个男的塞进车里",
        "有人在楼道里烧东西 烟大得看不见人",
        "孕妇在小区门口羊水破了",
        "孕妇在路边难产 叫不到车",
        "村口的桥被水冲垮了一半 还有车在过",
        "河水把路基冲毁了",
    ],
)
def test_occupations_blows_abductions_births_and_washed_out_bridges_are_urgent(
    text: str,
) -> None:
    assert classifier().classify(text).urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "楼上天天半夜拖椅子 楼下拿杆子捅天花板",
        "餐馆洗碗的手被绞肉机绞了 老板给了两千块就不管了",
        "烧烤摊烟大得很 熏得睁不开眼",
    ],
)
def test_chairs_dragged_old_injuries_and_barbecue_smoke_are_not_urgent(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


@pytest.mark.parametrize(
    "text",
    [
        "后厨的火灭不了 老板用灭火器喷了两罐",
        "仓库那边火越烧越旺 快叫人",
        "工人在高处作业 安全绳断了 人挂在半空",
        "有人打电话说要炸了这个楼",
        "有个人在小区里泼汽油 说要烧死他们全家",
        "我邻居家有个老太太 三天没见她出门",
        "河里漂着一个人",
        "狗把一个小孩的脸咬烂了",
        "下暴雨 小区门口的水已经到大腿了",
        "涵洞积水 有车熄火了 人在车里",
        "一个醉汉在公交车上打司机 车还在开",
        "有个男的在楼道里要强奸一个女孩",
    ],
)
def test_fires_out_of_control_threats_floating_bodies_deep_water_and_assaults_are_urgent(
    text: str,
) -> None:
    assert classifier().classify(text).urgent, text


@pytest.mark.parametrize(
    "text",
    ["地铁上有扒手 偷了我的衣服", "他把衣服扒了下来晾着", "河里漂着好多垃圾 味道很大"],
)
def test_pickpockets_laundry_and_litter_are_not_urgent(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


@pytest.mark.parametrize(
    "text",
    [
        "四十多个老人参加了社区的合唱团排练 在礼堂里坐着",
        "楼下饭馆的菜火很大 炒得满楼道都是油烟",
        "我家媳妇快生了 想问下准生证在哪办",
        "老人说腿疼 三天没出门了 想找人帮忙买点菜",
        "邻居家的狗把我家鞋子咬烂了",
        "屋顶的瓦被风掀了几片 下雨漏水",
        "路灯坏了 快叫人来修一下",
        "二十多户业主反映公共车位给物业占了",
    ],
)
def test_everyday_reports_with_crowd_fire_and_birth_words_are_not_urgent(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


@pytest.mark.parametrize(
    "text",
    [
        "孩子的成绩还没出来 想问问什么时候出",
        "工人的工资还没下来 老板说再等等",
        "老人的低保还没下来 想问问进度",
        "小区有个工人没撤场 还在干活",
        "司机还在车里睡觉 车停在路边",
        "孩子发高烧 想问社区医院晚上开不开",
        "孩子烧到38度 吃了退烧药 问明天能不能打疫苗",
        "老人说家里燃气灶点着了又灭",
    ],
)
def test_papers_not_yet_out_and_an_ordinary_fever_are_not_urgent(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


@pytest.mark.parametrize(
    "text",
    [
        "隔壁老王的钥匙找着啦",
        "锅里冒白烟 水开了",
        "十几个老人在树下聚着打牌",
        "三十多个学生在校门口集合 去春游",
        "三个老人说最近头晕 想量血压",
        "班上三个孩子发烧请假了",
        "车里有人在睡觉 占着消防通道",
    ],
)
def test_pastimes_outings_colds_and_boiling_water_are_not_urgent(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


@pytest.mark.parametrize(
    "text",
    [
        "村里二十来户村民开着三轮车把路口堵死了",
        "小区一百多户业主在物业办公室门口不肯散 要求退物业费",
        "一群老太太拉着横幅在银行门口哭 说养老钱取不出来",
        "售楼处被业主围了 说房子质量有问题",
        "村委会被村民们给堵了",
        "男的把女的头往墙上撞",
        "两口子吵架 男的拿开水泼女的",
        "十岁的小女孩下午出去买东西 到现在联系不上",
        "我妈有阿尔茨海默 早上出门到现在没消息",
        "有辆车撞进了公交站台 好几个人被撞",
        "小孩在小区池塘边玩 不小心掉进去了",
        "有个老人不小心滑进了鱼塘",
        "有个人在桥上徘徊了很久 一直往下看",
    ],
)
def test_crowds_without_numbers_blows_missing_girls_and_falls_into_ponds_are_urgent(
    text: str,
) -> None:
    assert classifier().classify(text).urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "十几个人在楼下打牌 一直不散",
        "老年痴呆的老人出门需要有人陪 想申请护工",
        "小区池塘边没有护栏 怕孩子掉进去",
        "一百多户业主联名要求退物业费",
        "小女孩的作业本找不到了",
        "有人在桥上钓鱼 一直往下看",
    ],
)
def test_card_games_care_requests_and_lost_homework_are_not_urgent(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


@pytest.mark.parametrize(
    "text",
    [
        "河边的护栏掉下去一截 怕有人摔",
        "孩子的球掉进池塘里了 能不能帮忙捞",
        "雨水井盖碎了 半边掉下去了",
        "钥匙掉进下水道了 能帮忙捞一下吗",
    ],
)
def test_things_that_fell_in_are_not_people_falling(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


@pytest.mark.parametrize(
    "text",
    [
        "厨房里一股煤汽味 老人在里面",
        "天然汽泄漏了 整栋楼都是味",
        "工地上有人从脚手架上捽下来了",
        "有个老人走时了 家人在找",
    ],
)
def test_voice_input_misspellings_of_danger_are_urgent(text: str) -> None:
    assert classifier().classify(text).urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "那个喝醉的又回来了 在楼道里拿砖头砸门",
        "有个男的拿石头砸人家车窗",
        "两个人吵着吵着 一个拿酒瓶砸他头",
        "我们村的水库好像要漫了 下游还有人家",
        "河堤快漫堤了",
    ],
)
def test_stones_at_doors_and_overflowing_reservoirs_are_urgent(text: str) -> None:
    assert classifier().classify(text).urgent, text


@pytest.mark.parametrize(
    "text",
    ["河里水位在涨 提醒大家别去河边钓鱼", "有人拿砖头砸核桃 吵得很"],
)
def test_rising_water_warnings_and_cracking_nuts_are_not_urgent(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


def test_a_gas_leak_with_the_valve_already_shut_is_not_urgent() -> None:
    text = "燃气表好像有点漏 师傅明天来修 今天先关了阀门"
    assert classifier().classify(text).urgent is False


@pytest.mark.parametrize(
    "text",
    [
        "我婆婆在菜地里被蛇咬了 腿肿得老高",
        "小孩吞了一颗纽扣电池",
        "有个小伙子在网吧连续打了两天游戏 突然倒在桌上了",
        "游泳池有个孩子沉下去了 救生员不在",
        "有人在公园里朝人群开车冲过去",
    ],
)
def test_snakebites_swallowed_batteries_sudden_collapses_and_drownings_are_urgent(
    text: str,
) -> None:
    assert classifier().classify(text).urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "这日子真是活不下去了 物价涨这么多 想问低保怎么申请",
        "路灯突然倒下来的话很危险 能不能加固",
        "孩子把硬币吞了又吐出来了 已经没事了",
    ],
)
def test_hyperbole_hypotheticals_and_swallowing_that_is_over_are_not_urgent(text: str) -> None:
    assert classifier().classify(text).urgent is False, text


@pytest.mark.parametrize(
    "text",
    [
        "物流园的货车司机全停工了 车把大门堵住",
        "二十多个摊贩把城管的车围起来了",
        "好几十个投资人把理财公司的门给砸了",
        "五十多个外卖员在站点罢送 说配送费降了",
    ],
)
def test_strikes_and_crowds_round_vehicles_and_doors_are_urgent(text: str) -> None:
    assert classifier().classify(text).urgent, text


@pytest.mark.parametrize(
    "text",
    ["十几个孩子在广场上玩 吵起来了 家长都在", "二十多户的玻璃被冰雹砸了", "厂里工人全都放假了"],
)
def test_children_squabbling_and_hail_damage_are_not_crowds(text: str) -> None:
    assert classifier().classify(text).urgent is False, text
