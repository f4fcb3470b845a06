"""Urgency round 4: danger told by several weak signs together, not by one danger word.

Each group is one kind of situation said in several ways (none of them a line of a probe
set), with counter-examples that must stay calm: past, handled, hypothetical, habitual,
figurative. probe_n (tuned on in round 4) was where these situations were missed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp import Classifier, RuleError
from nlp.numbers import people_count
from nlp.rules import load_rules
from tests.unit.street_classifier import classifier, urgent


@pytest.mark.parametrize(
    "text",
    [
        "隔壁有人在撬门 屋里就一个老人",
        "有个男的正在爬阳台往屋里钻 家里只有孩子",
        "我看见有人在翻窗户 这家大人都不在 就俩孩子",
        "有人撬锁进了对门 老太太在里面喊",
    ],
)
def test_a_break_in_under_way_or_at_a_frail_person_is_urgent(text: str) -> None:
    assert urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "昨天晚上有人撬门 人已经跑了 报了警",
        "上个月有人翻窗户偷了东西",
        "担心有人翻窗户 想装个防盗网",
        "刚才有人撬门 被邻居撞见 往后山跑了",
    ],
)
def test_a_break_in_that_is_over_feared_or_fled_is_not(text: str) -> None:
    assert not urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "隔壁屋里传出惨叫声 门锁着",
        "楼道里有个女的在尖叫 快去看看",
        "对门老头在屋里哎哟哎哟的叫 敲门不开",
        "有个老奶奶坐在路边哎哟哎哟 站不起来",
        "楼下有个小孩在哭喊 大人不在",
    ],
)
def test_cries_of_pain_or_for_help_heard_with_another_sign_are_urgent(text: str) -> None:
    assert urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "楼下收废品的一直在喊 吵死了",
        "小孩天天在家哭喊 吵得睡不着",
        "我家孩子哭喊着要买玩具 烦死了",
        "老太太喊我帮她拿快递",
        "这天热得要命 哎哟",
        "我快被工作逼疯了 救命",
    ],
)
def test_shouting_crying_children_and_figures_of_speech_are_not(text: str) -> None:
    assert not urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "有个疯子把他爸关在屋里打 能听见在喊",
        "那个男的喝多了正在打他老婆 孩子在旁边哭",
        "邻居在打孩子 打得孩子惨叫",
        "他拿皮带抽他妈 老太太一直在求饶",
        "那个男的揪着他媳妇头发往墙上撞",
        "一个男的在小区门口追着保安打",
    ],
)
def test_someone_beating_a_family_member_or_anyone_now_is_urgent(text: str) -> None:
    assert urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "他以前经常打老婆 现在离婚了",
        "孩子考试没考好 被他爸说了几句",
        "上周邻居两口子打架 社区已经调解了",
        "孩子在楼下跟同学打闹 有点吵",
    ],
)
def test_beatings_past_or_settled_and_horseplay_are_not(text: str) -> None:
    assert not urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "有个人爬到信号塔上去了 不肯下来",
        "一个老头爬到电线杆上面 下不来了",
        "有个小孩爬到脚手架上去了 在上面哭",
        "那个精神病又爬上水塔了 在上面喊",
    ],
)
def test_someone_up_a_tower_pole_or_scaffold_is_urgent(text: str) -> None:
    assert urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "去年有个小孩爬到水塔上 后来消防弄下来的",
        "怕小孩爬到窗台上掉下去 想装个护栏",
        "要是有人爬上楼顶就危险了 天台门要锁",
        "电工爬到电线杆上修线路 路口要绕行",
    ],
)
def test_heights_past_feared_or_at_work_are_not(text: str) -> None:
    assert not urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "孕妇在超市摔倒了 说肚子疼",
        "我老婆怀孕七个月 刚才见红了 肚子一阵一阵疼",
        "有个大肚子的女的在路边捂着肚子 走不动了",
        "电动车撞了一个孕妇 她坐在地上起不来",
        "两车相撞 副驾驶的人一直喊腿疼",
    ],
)
def test_a_pregnant_woman_in_pain_or_someone_hurting_after_a_crash_is_urgent(text: str) -> None:
    assert urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "想问孕妇产检在哪个医院建档",
        "孕妇补贴怎么申请",
        "两车追尾了 没人受伤 在等交警",
        "刮蹭了一下 双方私了了",
    ],
)
def test_pregnancy_paperwork_and_crashes_without_harm_are_not(text: str) -> None:
    assert not urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "低保户李大爷发高烧好几天了 一个人在家",
        "村里孤老刘奶奶躺床上起不来 身边没人",
        "五保户老王在家摔倒了 爬不起来",
        "一个老太太一个人在家 煤气开着 人迷迷糊糊的",
        "有个流浪汉躺在桥洞里 发着高烧 一直发抖",
    ],
)
def test_a_frail_person_alone_and_ill_is_urgent(text: str) -> None:
    assert urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "独居老人王大爷想申请助餐服务",
        "五保户老张的补贴什么时候发",
        "村里的老人平时一个人在家 想问有没有上门服务",
        "老人腿疼好多年了 想申请个轮椅",
        "想问能不能帮忙送老人去医院体检",
    ],
)
def test_frail_people_asking_for_services_are_not(text: str) -> None:
    assert not urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "二十几个装修工人把老板堵在办公室不让走",
        "十几个保安堵在物业门口要工资",
        "业主开始五六个 后来越来越多 现在有四十个了 围在售楼处",
        "七八十号养殖户堵在镇政府门口要说法",
        "几十家商户拉横幅堵在市场门口",
        "来了好几车人 五六十个 围住了拆迁办",
    ],
)
def test_crowds_counted_with_any_word_for_people_are_urgent(text: str) -> None:
    assert urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "二十几个工人下午在食堂开会",
        "三十来个外卖小哥在站点排队领装备",
        "工人们说如果再不发工资就去堵门",
        "那几个村民说明天要去镇上反映问题",
    ],
)
def test_crowds_meeting_queueing_or_threatening_are_not(text: str) -> None:
    assert not urgent(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("十几个服务员", 10),
        ("二十来个厨师", 20),
        ("十几个保安", 10),
        ("三十多外卖小哥", 30),
        ("二十多搬运工", 20),
        ("几十家商户", 20),
        ("十几号服务员", 10),
    ],
)
def test_a_count_followed_by_any_word_for_people_is_people(text: str, count: int) -> None:
    found = people_count(text)
    assert found is not None and found[0] == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("村民本来十来个 越来越多了 现在差不多五十个 堵在门口", 50),
        ("业主开始五六个 现在有四十个了", 40),
        ("工人一开始不多 后来来了三十多个 都在闹", 30),
    ],
)
def test_a_bare_count_after_people_were_named_is_people(text: str, count: int) -> None:
    found = people_count(text)
    assert found is not None and found[0] == count


@pytest.mark.parametrize(
    "text",
    ["三百多万工程款", "五十多平米的户型", "二十多年工龄", "五保户老张", "买了二十个 都坏了"],
)
def test_money_area_years_and_titles_are_not_people(text: str) -> None:
    assert people_count(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "阳台上挂了几盆花 风大怕掉下来砸人",
        "风大 担心广告牌掉下来砸人",
        "精神病人最近停药了 家里人想问能不能送医院",
        "要是有人在里面点火就麻烦了",
    ],
)
def test_a_fear_or_a_condition_takes_back_danger_words_later_in_its_clause(text: str) -> None:
    assert not urgent(text)


@pytest.mark.parametrize(
    "text",
    [
        "怕得要命 他拿着刀在砸门",
        "我担心死了 老人摔在地上起不来",
        "我好害怕 他拿着刀在砸门",
        "孩子吓得躲在屋里 他在打人",
    ],
)
def test_being_afraid_now_does_not_take_danger_back(text: str) -> None:
    assert urgent(text)


@pytest.mark.parametrize(
    "text",
    ["路上有只狗在跑 好像是走丢的", "谁家的狗走丢了 在小区门口转", "捡到一只走失的猫 有人认领吗"],
)
def test_lost_pets_are_not_missing_people(text: str) -> None:
    assert not urgent(text)


@pytest.mark.parametrize("text", ["我家孩子走丢了 在商场", "老人走失了 穿蓝衣服"])
def test_missing_people_still_are(text: str) -> None:
    assert urgent(text)


def test_the_reason_names_the_weak_cues_said() -> None:
    result = classifier().classify("对门老头在屋里哎哟哎哟的叫")
    assert result.urgent
    assert result.urgency_reasons == ("老头+哎哟",)


GOOD = """
categories:
  public_security:
    label: 社会治安
    keywords:
      3: [撬门]
  other:
    label: 其他
urgency:
  danger: [着火]
  negations: [没]
"""

CUES = """
weak_cues:
  enough: 3
  calm: [跑了]
  kinds:
    - name: 正在发生
      score: 1
      words: [正在]
    - name: 闯进家里
      score: 2
      words: [撬门]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "categories.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_weak_cues_add_up_and_their_calm_words_calm_them(tmp_path: Path) -> None:
    write(tmp_path, GOOD + CUES)
    classifier = Classifier.from_config(tmp_path)
    assert classifier.classify("有人正在撬门").urgency_reasons == ("正在+撬门",)
    assert not classifier.classify("有人撬门").urgent
    assert not classifier.classify("有人正在撬门 后来跑了").urgent
    assert not classifier.classify("没有人正在撬门").urgent  # 正在 is denied: 撬门 alone


@pytest.mark.parametrize(
    ("cues", "named"),
    [
        (CUES.replace("enough: 3", "enough: 1"), "weak_cues.enough"),
        (CUES.replace("score: 2", "score: 3"), "(闯进家里).score"),
        (CUES.replace("words: [撬门]", "words: [正在]"), "'正在' is in both"),
        (CUES.replace("words: [撬门]", "words: []"), "(闯进家里).words"),
        (CUES.replace("- name: 正在发生", "- name: ''"), "weak_cues.kinds[1].name"),
        (CUES + "  weight: 2\n", "weak_cues"),
    ],
)
def test_a_mistake_in_weak_cues_names_the_file_and_entry(
    tmp_path: Path, cues: str, named: str
) -> None:
    path = write(tmp_path, GOOD + cues)
    with pytest.raises(RuleError) as info:
        load_rules(path)
    assert str(path) in str(info.value) and named in str(info.value)
