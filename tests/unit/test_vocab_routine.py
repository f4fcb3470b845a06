"""Routine categories named in the words new reporters use: colloquial and regional forms,
typical objects and verbs, pinyin-IME typos (低宝, 滴保). And the other way round: the added
words do not pull clear reports of other categories away."""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import classifier


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # urban_management: illegal building, shop lights, vendors, drying, soil, noise
        ("三楼那家在楼顶砌了个小屋 也没人管", "urban_management"),
        ("后院有人搭棚子养东西 还用石棉瓦盖顶", "urban_management"),
        ("有户人家把阳台封出去一大截", "urban_management"),
        ("河边有人用石棉瓦搭了个房子住", "urban_management"),
        ("有人在小区空地上用砖头垒了个房子", "urban_management"),
        ("对面新开的店装了个LED大屏 整晚闪 刺眼", "urban_management"),
        ("商铺门口的广告牌伸到路上来了", "urban_management"),
        ("街口那个卖煎饼的每天早上把车推到路中间", "urban_management"),
        ("那个菜市场门口全是挑担子的 走都走不动", "urban_management"),
        ("门口那家店老是把货堆在门外 人都过不去", "urban_management"),
        ("洗车店天天在人行道上洗车", "urban_management"),
        # environment: pigeons and poultry, fumes, smoke, drains, dead animals, litter
        ("楼上有人养鸽子 鸽粪掉得阳台上到处都是", "environment"),
        ("隔壁养了几头猪 味道太大了", "environment"),
        ("有人把剩菜汤往雨水井里倒", "environment"),
        ("早餐店把废油倒在路边的井里", "environment"),
        ("树叶垃圾被风吹得满小区都是", "environment"),
        ("厂子的烟囱天天冒黑烟", "environment"),
        ("楼道口有只死耗子 好几天了", "environment"),
        # food_drug: home kitchens, slaughter, flies, reused oil, remedies sold to old people
        ("有户人家在家里做私房菜卖 没有证", "food_drug"),
        ("卤肉摊上全是苍蝇 也没个防蝇罩", "food_drug"),
        ("那家炸串的油都黑了 一直用", "food_drug"),
        ("那个炸油条的油用了好多天了 都发黑了", "food_drug"),
        ("村里有人在家做酱菜卖 脏得很 苍蝇多", "food_drug"),
        ("有人挨家挨户推销什么神奇的药 说吃了降血糖", "food_drug"),
        ("超市里的鸡蛋臭了还在卖", "food_drug"),
        ("楼下那户半夜宰羊 早上拿去菜场", "food_drug"),
        # traffic: parking and jams in everyday words
        ("那条街两边停满车 中间只能过一辆", "traffic"),
        ("早上学校门口堵得动不了", "traffic"),
        ("小区门口的车停得乱七八糟", "traffic"),
        # population_housing: tenants moving out, registration
        ("我家的租客走了 合同到期搬走了 要去注销吗", "population_housing"),
        ("楼里有套房子住了七八个年轻人 天天换人", "population_housing"),
        # livelihood: allowance typos, small help for old people at home
        ("想问一下低宝怎么申请", "livelihood"),
        ("我家的滴保这个月没发", "livelihood"),
        ("王大爷一个人住 水龙头坏了 自己修不了", "livelihood"),
        ("李奶奶家灯坏了 想找个人帮忙换", "livelihood"),
        ("张婆婆想问能不能上门帮她理发", "livelihood"),
        ("陈婆婆家的煤气灶打不着了 想找人看看", "livelihood"),
        # other: animals to rehome, lost keys
        ("小区里有只流浪猫 谁愿意领养", "other"),
        ("有只小狗在小区门口转悠 好像走丢了 谁家的", "other"),
        ("丢了一串钥匙 谁捡到了", "other"),
    ],
)
def test_routine_reports_in_everyday_words(text: str, category: str) -> None:
    result = classifier().classify(text)
    assert result.category == category, result.keywords


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("两家共一个院子 东头那家搭了个鸡圈 西头嫌臭 天天隔着墙吵", "dispute"),
        ("张老汉把地租给人种 说好一年三千 今年只给了一千五 两家要撕破脸了", "dispute"),
        ("有人冒充社保局的上门收钱 说交了能多领养老金 老人上当了", "public_security"),
        ("工地老板三个月没发工资了", "labor"),
    ],
)
def test_added_words_leave_other_categories_alone(text: str, category: str) -> None:
    result = classifier().classify(text)
    assert result.category == category, result.keywords
