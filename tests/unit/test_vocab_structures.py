"""Vocabulary of structures failing over people, crashes with someone hurt or trapped, and
people fallen or calling from inside (texts written for these tests, no line of a probe set).

A structure counts as urgent when it is moving or coming down now (晃, 往下坠, 一块一块往下掉,
哗啦掉了一片) and people are under, inside or passing (底下工人还在干活, 里边还住着两户, 进进出出);
a crack, a loose sign reported for repair, a scrape with no one hurt, a past fall stay calm.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import told


@pytest.mark.parametrize(
    "text",
    [
        "三号楼外墙的瓷砖一块一块往下掉 底下是单元门口 人进进出出的",
        "工地那个塔吊晃得厉害 底下工人还在干活",
        "沿街那块大广告牌被风吹得晃荡 底下公交站全是等车的人",
        "老楼二楼阳台往下坠 裂了一大条 下面小孩在玩",
        "楼道里天花板哗啦掉了一片 老人不肯出来",
        "那户的空调外机就挂着一个角 晃来晃去 正下面是单元门口",
        "围墙歪得厉害 还在往外倒 人还在旁边走",
        "老房子墙裂开了还在往下掉土 里边还住着两户",
        "塔吊的吊臂在摇 工人没撤",
        "临街商铺的雨棚往下坠 下面都是买菜的人",
        "施工的塔吊晃来晃去 下面的工人还没撤",
        "教学楼天花板一块一块往下掉 学生还在上课",
        "巡查发现工地塔吊出现明显倾斜 作业人员尚未撤离",
        "学校操场边的篮球架歪了往下倒 孩子们在打球",
        "老楼顶上的烟囱在晃 往下掉砖 底下有老人在乘凉",
        "报告 某某小区5栋外立面装饰线条脱落 仍有部分悬挂 下方为居民出入口 人员往来频繁",
        "嗯 那个工地上 那个吊塔啊 它在那摇 下面还有人在干活儿",
        "楼上空调外机的架子断了一边 外机斜挂着 下面是停车场有人在挪车",
    ],
)
def test_a_structure_coming_down_over_people_is_urgent(text: str) -> None:
    assert told(text) == ("safety_hazard", True), text


@pytest.mark.parametrize(
    "text",
    [
        "三号楼外墙有一条裂缝 请安排人来看看",
        "空调外机支架生锈了 担心以后掉下来",
        "楼道天花板有裂纹 没有掉东西",
        "老房子墙上有几道裂缝 好几年了 一直没修",
        "外墙瓷砖有空鼓 以后可能会掉 请排查",
        "楼顶招牌有点晃 请安排人加固一下",
        "墙上有裂缝 里面还住着人 请来鉴定一下",
        "老房子墙体开裂 还住着人 想申请危房鉴定",
        "广告牌被风吹歪了 已经拉了警戒线 等明天来拆",
    ],
)
def test_a_hazard_with_nothing_moving_or_nobody_there_is_not(text: str) -> None:
    category, is_urgent = told(text)
    assert category == "safety_hazard" and not is_urgent, text


@pytest.mark.parametrize(
    "text",
    [
        "路口两辆车撞了 有个司机捂着头坐在路边",
        "一辆车翻到沟里了 里面有人在喊",
        "十字路口两车撞一起了 副驾驶的门推不开 里面人在喊",
        "大货车倒车 把一个老头带倒了 人在车轮边上",
        "面包车失控冲进人群 撞了好几个",
        "路口有个骑电动车的被大车挂倒了 人在车轮旁边",
        "电动车和小轿车撞上了 骑车的大姐捂着腿坐在地上起不来",
    ],
)
def test_a_crash_with_someone_hurt_or_trapped_is_urgent(text: str) -> None:
    assert told(text) == ("traffic", True), text


@pytest.mark.parametrize(
    "text",
    [
        "两辆车在路口剐蹭了 司机下来吵架 堵了半条街",
        "路口追尾 双方在协商 堵了一会",
        "昨天这里出过车祸 现在路口车很乱",
        "电动车和小轿车蹭了一下 人没事 已经私了",
        "刚才追尾了 人都没事 双方在拍照等保险",
    ],
)
def test_a_scrape_with_no_one_hurt_is_not(text: str) -> None:
    assert told(text) == ("traffic", False), text


@pytest.mark.parametrize(
    "text",
    [
        "有人掉到施工的坑里了 在下面喊",
        "一个小朋友的腿卡在井盖的缝里 拔不出来",
        "有个人被反锁在车库里出不去 一直在敲门",
        "隔壁屋里一直有人喊来人啊 门从里面锁着",
        "楼上老太太摔了 门反锁着 在里面哼哼",
        "三楼老太太摔倒后一直哼哼 门推不开 门后面好像就是她",
    ],
)
def test_someone_stuck_fallen_or_calling_from_inside_is_urgent(text: str) -> None:
    assert told(text)[1], text


@pytest.mark.parametrize(
    "text",
    [
        "老人上周摔了一跤 现在在家休养 想申请护理补贴",
        "孩子反锁在家里玩游戏不开门 家长想让社区劝劝",
        "有只猫卡树上下不来 叫了一早上 小朋友在底下急",
        "救命啊 这个表格怎么导出来 弄了一下午了",
        "小孩的球掉进下水道口了 拿不出来",
    ],
)
def test_past_falls_pets_things_and_figures_of_speech_are_not(text: str) -> None:
    assert not told(text)[1], text


@pytest.mark.parametrize(
    "text",
    [
        "听见里面有人哼哼 门反锁着 敲不开",
        "隔壁一直有呻吟声 门从里面插上了 叫了半天没人开",
        "邻居家孩子把自己锁卫生间了 里面没声音了",
        "招牌掉下来把一个骑电动车的砸倒了",
        "塔吊倒了 砸在工棚上 里面有工人",
        "倒车的时候把人挤在墙和车中间了",
    ],
)
def test_a_locked_door_with_moaning_and_things_falling_on_people_are_urgent(text: str) -> None:
    assert told(text)[1], text


@pytest.mark.parametrize(
    "text",
    [
        "楼上邻居半夜哼哼唱歌 吵得睡不着",
        "门反锁了 钥匙丢了 想找开锁的",
        "电动车摔了一下 人自己起来走了",
        "小区秋千晃得厉害 孩子们玩的时候不安全",
        "楼顶的太阳能晃来晃去 请物业派人处理",
        "广告牌松了 风一吹就晃 怕砸到人",
        "楼道扶手松了 一扶就晃 老人上下楼不方便",
        "阳台防盗窗锈了 有点晃 想问问谁负责换",
    ],
)
def test_a_locked_door_alone_someone_who_got_up_or_a_wobble_to_repair_is_not(text: str) -> None:
    assert not told(text)[1], text
