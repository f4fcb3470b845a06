"""Round 21 (D): the danger list said the way people talk, type on phones and dictate.

Every urgent sentence below was missed by the rules before this round; the words added are
regional and spoken variants of danger words the rule file already knew, not sentences.

Urgent: someone lying on the ground not moving said the northern way
(躺地下不动, 不动弹了, 栽倒了, 背过气去, 没出气了); someone carried off by water
(被水冲跑, 冲远了, 冲没影) or fallen into a village water cellar, well or pond
(水窖, 机井, 涝池, 冰窟窿, 菜窖); a farm, shed or village place on fire
(养鸡场, 猪圈, 麦场, 柴房, 大棚, 戏台, 烤烟房 …着了) and voice slips of 着火
(着伙咧, 招火咧, 走水咧); a brick or farm tool used on a person
(拿砖拍, 用砖砸人, 铁锨砸, 拿锄头打, 把人夯了); a fight still going on
(还在那撕扯, 正打着呢, 打成一堆, 滚地上打, 打锤); people searching for a child or
an old person all morning or night (找了一前晌 with the one sought, 满村找,
娃寻不见, 人丢咧, 娃不见咧); blood said without the word (浑身是红的, 满头都是红的,
血糊拉, 一脑袋血); rat poison swallowed; 遭人打, 着人打 (被 in south-western
speech); cave dwellings fallen in (塌咧); water up to the kang; the emergency
numbers dictated (打幺二零, 叫幺幺九).

Calm: a homeless man sleeping in a basement, planting saplings, dumplings sinking in the pot,
keys searched for all afternoon, children and pups tussling in play, a card game going well,
cracking walnuts, a flushed face after drinking, a rash, time to take medicine, a drill, a
warning poster, a fall through the ice told as last year's news, a play about a fire.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # lying on the ground not moving, fallen, out of breath (northern speech)
    ("*", "路口三轮翻了 骑车的躺地下不动弹"),
    ("*", "西头王家那个后生躺地下不动弹"),
    ("*", "俺爹在麦地里突然栽倒了"),
    ("*", "他拉着架子车 走着走着一头栽下去了"),
    ("*", "婶子一着急背过气去了"),
    # carried off by water, fallen into a water cellar, well or pond
    ("*", "河滩上放羊的娃被水冲跑了"),
    ("*", "沟里发水 一个骑摩托的让水冲远了"),
    ("*", "下游有个人叫水冲没影了"),
    ("*", "邻居家碎娃掉水窖里了"),
    ("*", "一脚踩空掉机井里了"),
    ("*", "村口那个涝池 刚才有个掉涝池了"),
    # a farm, shed or village place on fire; voice slips of 着火
    ("fire_safety", "东头老李家鸡场着了"),
    ("fire_safety", "晒场边上麦场着了"),
    ("fire_safety", "村南头烤烟房着了"),
    ("fire_safety", "老街的戏台子着了"),
    ("fire_safety", "王家招火咧"),
    # a brick or farm tool used on a person
    ("*", "他拿砖拍了老刘"),
    ("*", "为浇地的事 他用砖头拍人家"),
    ("*", "在地里吵起来 铁锨砸了他一下"),
    ("*", "砸了人家脑袋 还不松手"),
    # a fight still going on
    ("*", "超市门口两口子还在那撕扯"),
    ("*", "俩人正打着呢 桌子都掀了"),
    ("*", "麻将馆里几个打成一堆了"),
    ("*", "菜市场那边两个摊主在打锤"),
    # searching for a child or an old person
    ("*", "隔壁老汉早上出去转 找了一前晌"),
    ("*", "三组那个娃不见咧"),
    ("*", "村东头孩子丢咧"),
    # blood said without the word
    ("*", "那个娃让狗咬了 浑身是红的"),
    ("*", "他骑车摔沟里了 爬上来满头都是红的"),
    # poison swallowed, a fever fit, someone beaten (遭, 着 for 被)
    ("*", "后院小伙子跟媳妇吵完吃了耗子药"),
    ("*", "孩子烧得抽起来了"),
    ("*", "我兄弟在茶馆门口遭人打了"),
    ("*", "他下班路上着人打了"),
    # fallen in
    ("*", "后沟那孔窑塌咧"),
    ("*", "老屋的顶塌啦"),
    # water up to the kang, a flash flood into a cave dwelling
    ("*", "半夜水淹到炕沿了"),
    ("*", "山水下来了 窑里进水"),
    # the emergency numbers dictated
    ("*", "那边倒了一个 赶紧打幺二零"),
    ("*", "后面烟起来了 叫幺幺九"),
]

CALM = [
    # a basement, a sapling, dumplings, keys and chargers searched for
    ("*", "地下室潮得很 有个流浪的在地下室里睡觉"),
    ("*", "开春把树苗栽在地上 浇透水就活了"),
    ("*", "饺子下锅 等沉到锅底再点一遍水"),
    ("*", "钥匙找了一后晌 原来在兜里"),
    ("*", "充电器找了大半天 在沙发缝里"),
    # tussling in play, animals, a card game going well
    ("*", "两个娃在院里撕扯着玩 笑得嘎嘎的"),
    ("*", "小狗和小猫在那撕扯着玩"),
    ("*", "麻将打得正欢 谁也不想走"),
    # walnuts, a flushed face after drinking, a rash
    ("*", "娃用石头砸核桃吃"),
    ("*", "他喝了二两酒 满脸都是红的"),
    ("*", "娃过敏了 身上起了一片红疙瘩 想问问去哪看"),
    # medicine time
    ("*", "奶奶该喝药咧 我去倒水"),
    # drills, warnings and old news
    ("*", "消防演练 模拟养鸡场着了 大家有序撤离"),
    ("*", "防溺水宣传 不要去水窖边耍"),
    ("*", "去年冬天有娃掉冰窟窿里 后来救上来了"),
    ("*", "那个鸡场着了一次火 是前年的事"),
    # a play about a fire
    ("*", "戏台上唱的是火烧连营 台下坐满了人"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
