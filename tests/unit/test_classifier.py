"""What a grid worker and the command centre see when a report is classified."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp import Classification, Classifier
from tests.unit.street_classifier import CONFIG, classifier


def classify(text: str) -> Classification:
    return classifier().classify(text)


def test_wage_protest_with_twenty_workers_is_urgent_labor() -> None:
    result = classify("翰林府工地有二十多名工人聚集在项目部门口讨薪")
    assert result.category == "labor"
    assert result.label == "劳资纠纷"
    assert result.team == "labor"
    assert result.urgent
    assert result.people_count == 20
    assert "讨薪" in result.keywords


def test_colloquial_unpaid_wages_are_labor() -> None:
    for text in ("老板俩月工钱没给了", "干了半年活一分没拿到", "饭店不发工资 服务员都走了"):
        assert classify(text).category == "labor", text


def test_single_worker_asking_about_wages_is_not_urgent() -> None:
    assert not classify("张记面馆的服务员说老板三个月没发工资了").urgent


def test_railway_station_is_not_a_fire() -> None:
    result = classify("火车站南广场有人偷手机")
    assert result.category == "public_security"
    assert not result.urgent


def test_taxi_driver_is_not_rental_housing() -> None:
    assert classify("出租车司机在小区门口乱停车").category == "traffic"


def test_quarrel_is_a_dispute_and_a_fight_is_public_security() -> None:
    assert classify("两家邻居为了车位吵架").category == "dispute"
    assert classify("烧烤店门口两个人打架 有人拿着啤酒瓶").category == "public_security"


def test_almost_coming_to_blows_is_not_a_fight() -> None:
    result = classify("两个摊主吵起来了，差点动手")
    assert result.category == "dispute"
    assert not result.urgent


def test_fire_with_smoke_is_urgent_and_routed_to_fire_team() -> None:
    result = classify("快点 春晖小区9栋三楼着火了 好大的烟")
    assert (result.category, result.urgent, result.team) == ("fire_safety", True, "fire")
    assert "着火" in result.urgency_reasons


def test_false_alarm_follow_up_is_not_urgent() -> None:
    assert not classify("刚才报的那个冒烟的是饭店在烤鸭，不是着火，虚惊一场").urgent


def test_ebike_charging_in_corridor_is_fire_safety() -> None:
    assert classify("楼道里一排电瓶车在那充电").category == "fire_safety"


def test_gas_smell_is_urgent_safety_hazard() -> None:
    result = classify("4单元一楼煤气味好重 一直没人开门")
    assert (result.category, result.urgent) == ("safety_hazard", True)


def test_traditional_characters_are_understood() -> None:
    result = classify("長青路有個人拿著刀在街上亂晃")
    assert (result.category, result.urgent) == ("public_security", True)


def test_place_with_building_and_unit_lands_in_the_aliased_grid() -> None:
    result = classify("南湖花园3栋2单元新搬来一户租客，还没登记")
    assert result.category == "population_housing"
    assert result.place == "南湖花园3栋2单元"
    assert result.grid_code == "YG-02"


def test_report_without_known_place_has_no_grid() -> None:
    result = classify("路灯坏了一排")
    assert result.grid_code is None
    assert result.category == "municipal_facility"


def test_chit_chat_goes_to_command_centre() -> None:
    result = classify("你好，在吗？")
    assert (result.category, result.team) == ("other", "command")


def test_text_without_any_rule_is_other_with_zero_confidence() -> None:
    result = classify("嗯嗯好的")
    assert (result.category, result.confidence) == ("other", 0.0)


def test_clear_report_is_more_confident_than_vague_one() -> None:
    clear = classify("占道经营的流动摊贩把人行道堵了，还有露天烧烤")
    vague = classify("有个车")
    assert clear.confidence > 0.8
    assert vague.confidence < clear.confidence


def test_categories_follow_taxonomy_order_with_chinese_labels() -> None:
    categories = classifier().categories
    assert categories[0] == ("public_security", "治安")
    assert categories[-1] == ("other", "其他")
    assert len(categories) == 15
    assert classifier().label("fire_safety") == "消防安全"


def test_unknown_route_falls_back_to_command_centre(tmp_path: Path) -> None:
    bare = Classifier.from_config(CONFIG)
    result = bare.classify("井盖没了")
    assert result.category == "municipal_facility"
    assert result.team == "command"


def test_one_classifier_serves_many_threads_with_the_same_answers() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = ["翰林府工地有二十多名工人聚集讨薪", "楼道里电瓶车充电", "井盖没了", "你好"] * 50
    expected = [classify(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(classify, texts)) == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("群里有人传面包车拐小孩 大家注意", "public_security"),
        ("有人在校门口想拐孩子 被家长拦住了", "public_security"),
        ("有套房挂着空置 晚上却亮灯 查查是不是偷租", "population_housing"),
        ("房东把房子私自出租给了一帮人", "population_housing"),
        ("新释放回来一个 户籍在我们这 要建档", "special_groups"),
        ("婚宴吃完一桌人都在拉肚子", "food_drug"),
        ("吃完酒席回来好几个人上吐下泻", "food_drug"),
        ("超市门口停的车里锁着个娃 车主找不到", "livelihood"),
        ("王婆婆家灯泡坏了她够不着 能不能找人去换下", "livelihood"),
        ("保洁阿姨说公司没给她交社保 合同也没签过", "labor"),
        ("工地有人爬到塔吊上 喊着不给钱就跳下来", "labor"),
        ("家具店在门口喷漆 店外作业 味儿冲", "urban_management"),
        ("五金店货全堆人行道上 走路得绕着走", "urban_management"),
        ("跳广场舞的跟住户吵过两回 今晚估计还得吵", "dispute"),
        ("马路上有个大坑 晚上看不见 已经有电动车在那摔过", "municipal_facility"),
        ("高架桥下三车追尾 最后那辆车里有人卡住 门打不开", "traffic"),
        ("公园长椅那边两个男的扭打在一起", "public_security"),
        ("菜场门口两个摊主厮打起来了", "public_security"),
        ("地下室好像有人在搞du品 一股怪味", "public_security"),
        ("楼下有人烧垃圾 火越来越大 烧到旁边的柴火垛了", "fire_safety"),
        ("四楼门口一股子然气味 越来越浓", "safety_hazard"),
        ("挖掘机把然气管挖断了 往外喷", "safety_hazard"),
        ("大雾 高速下道口好几辆车撞一块了", "traffic"),
        ("路口那个井概没了 就放了个破桶", "municipal_facility"),
        ("脑子不太正常的那个大姐光着身子跑到马路中间去了", "special_groups"),
        ("广场上遛狗的都不捡屎 草坪上一脚一个", "environment"),
        ("一个老人在社区门口转悠 说不会用手机挂号", "livelihood"),
        ("一个老奶奶儿女都在外地 想找人每周帮着打扫一下", "livelihood"),
        ("有家理发店把洗头椅都搬到店外头了", "urban_management"),
        ("沿街那几户把被子晒到路边的树上", "urban_management"),
        ("凌晨一点工地还在浇混凝土 泵车轰轰的", "urban_management"),
        ("烧烤摊那几个喝多的砸酒瓶子打上了", "public_security"),
        ("小区保洁阿姨说物业公司俩月没发工资了", "labor"),
        ("喝了小卖部打的散装白酒 俩人眼睛看不清了", "food_drug"),
        ("小区里有人在家做盒饭卖给工地 没执照", "food_drug"),
        ("菜场那家的猪肉按下去一直冒水 肯定注了水的", "food_drug"),
        ("隔壁烟囱正对我家窗户 说了几回都不改", "dispute"),
        ("两个广场舞队抢地方 音响对着放 骂的挺难听", "dispute"),
    ],
)
def test_categories_said_in_everyday_words(text: str, category: str) -> None:
    assert classify(text).category == category, text


def test_the_volunteers_of_the_grid_are_not_a_request_for_help() -> None:
    assert classify("明天的平安志愿者活动还要穿红马甲吗").category == "other"


@pytest.mark.parametrize(
    "text",
    [
        "小区门口聚了二十来个人 堵着不让搅拌站的车进 说灰太大",
        "一伙人把高速路口堵了 二十好几个 说医院赔偿不合理",
        "三十多个村民围着镇政府大门 说征地补偿不公平",
    ],
)
def test_a_crowd_over_a_grievance_is_a_petition_matter(text: str) -> None:
    result = classify(text)
    assert (result.category, result.urgent) == ("petition", True), text


def test_a_crowd_over_wages_stays_a_labour_matter() -> None:
    result = classify("二十多个工人堵在项目部门口讨薪 说包工头跑路了")
    assert (result.category, result.urgent) == ("labor", True)


# --- round 9: a part of an "A+B" keyword hides nothing until its whole keyword is said -----


@pytest.fixture(scope="module")
def with_well_combinations(tmp_path_factory: pytest.TempPathFactory) -> Classifier:
    """The rules with 井里+没动静 and 井里+没声音 added: 井里 is then a part of keywords only."""
    text = (CONFIG / "categories.yaml").read_text(encoding="utf-8")
    assert text.count("危墙, ") == 1
    folder = tmp_path_factory.mktemp("rules")
    (folder / "categories.yaml").write_text(
        text.replace("危墙, ", "危墙, 井里+没动静, 井里+没声音, ", 1), encoding="utf-8"
    )
    return Classifier.from_config(folder)


@pytest.mark.parametrize(
    "text",
    [
        "路口那个井里的盖被人撬走了",
        "井里的盖被车压碎了",
        "那个井里的盖翻了半边",
    ],
)
def test_a_part_of_a_combination_does_not_hide_a_shorter_keyword(
    with_well_combinations: Classifier, text: str
) -> None:
    # 井 inside 井里 still counts for 井+盖 when 井里+没动静 is not said whole
    assert "井+盖" in with_well_combinations.classify(text).keywords, text
    with_parts, without = with_well_combinations.classify(text), classify(text)
    assert with_parts.keywords == without.keywords and with_parts.urgent == without.urgent


@pytest.mark.parametrize(
    "text", ["工人下到井里半天没动静", "井里那人半天没声音", "井里的人叫了半天没动静"]
)
def test_a_combination_said_whole_counts(with_well_combinations: Classifier, text: str) -> None:
    found = with_well_combinations.classify(text)
    assert found.category == "safety_hazard", text
    assert any(k.startswith("井里+") for k in found.keywords), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # 堵死 (a road blocked) inside 堵死了 counts now; a drain blocked is the drain's case
        ("火车站出站口黑车拉客 把路堵死了", "traffic"),
        ("小区门口的路被货车堵死了", "traffic"),
        ("路口的雨水口被落叶堵死了", "municipal_facility"),
        ("巷子里的排水口堵死了 一下雨就淹", "municipal_facility"),
        # 冒白烟 is a word of its own: white smoke from a heating pipe is no fire
        ("路边一直冒白烟 一看是暖气管漏了", "municipal_facility"),
    ],
)
def test_words_freed_from_combination_parts_name_the_category(text: str, code: str) -> None:
    assert classify(text).category == code, text


def test_one_character_words_are_segmented_as_in_the_whole_report() -> None:
    """The classifier segments only a few characters around a one-character keyword (火, 偷,
    车); on every labelled report that gives the same words there as jieba on the whole text,
    so 火 in 火腿 or 偷 in 偷偷 is no keyword either way."""
    from nlp.cli import load_labelled
    from nlp.normalize import mandarin, normalize
    from tests.unit.street_classifier import DATA

    c = classifier()
    singles = {w for cat in c.rules.categories for w in cat.keywords if len(w) == 1}
    files = [*sorted(DATA.glob("*.jsonl")), CONFIG.parents[1] / "shared/corpus/dev.jsonl"]
    checked = 0
    for path in files:
        if not path.exists():
            continue
        for row in load_labelled(path):
            text = mandarin(normalize(row["text"]))
            starts = [i for i, ch in enumerate(text) if ch in singles]
            if not starts:
                continue
            near = c._word_bounds(text, starts)
            whole, pos = set(), 0
            for token in c.tokens(text):
                whole.add((pos, pos + len(token)))
                pos += len(token)
            assert {s for s in starts if (s, s + 1) in near} == {
                s for s in starts if (s, s + 1) in whole
            }, text
            checked += 1
    assert checked > 1000


def test_the_route_through_a_run_is_jiebas_own() -> None:
    """`route_ends` walks jieba's dictionary route (HMM off) in one pass instead of jieba's
    get_DAG and calc: on every run of Chinese characters of the labelled reports it cuts the
    words jieba cuts, with the field vocabulary added."""
    import math
    import re

    from nlp.classifier import route_ends
    from nlp.cli import load_labelled
    from tests.unit.street_classifier import DATA

    tokenizer = classifier()._tokenizer
    log_total = math.log(tokenizer.total)
    runs = 0
    for path in [*sorted(DATA.glob("*.jsonl")), CONFIG.parents[1] / "shared/corpus/dev.jsonl"]:
        if not path.exists():
            continue
        for row in load_labelled(path):
            for block in re.findall("[\u4e00-\u9fff]+", row["text"]):
                route: dict[int, tuple[float, int]] = {}
                tokenizer.calc(block, tokenizer.get_DAG(block), route)
                jieba_ends = [route[x][1] + 1 for x in range(len(block))]
                assert route_ends(block, tokenizer.FREQ, log_total) == jieba_ends, block
                runs += 1
    assert runs > 10_000


def test_each_deciding_word_is_listed_once() -> None:
    # two danger patterns name the same pair (电梯…卡在); the reply shows it once
    result = classify("2号楼电梯卡在三楼了 里面困了一个老人")
    assert result.keywords[0] == "电梯…卡在"
    assert len(result.keywords) == len(set(result.keywords))


def test_the_shipped_dictionary_keeps_field_words_whole() -> None:
    tokens = classifier().tokens("网格员发现老旧小区有群租房，楼下有人占道经营，独居老人没人管")
    for word in ("网格员", "老旧小区", "群租房", "占道经营", "独居老人"):
        assert word in tokens


@pytest.mark.parametrize("text", ["楼上漏水", "楼上漏水好几天了 找他家不理"])
def test_a_leak_from_upstairs_is_a_neighbour_matter_not_left_unclassified(text: str) -> None:
    # 楼上漏水 is a context word of municipal facilities; it must not hide dispute's own words
    assert classify(text).category == "dispute"


def test_water_already_in_homes_is_urgent_and_a_past_or_near_flood_is_not() -> None:
    assert classify("下大雨水已经进到一楼住户家里了").urgent
    assert not classify("上次下大雨水进到一楼住户家里了 这次要提前准备").urgent
    assert not classify("水差点进到屋里 还好堵住了").urgent
