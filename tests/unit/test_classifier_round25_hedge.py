"""Hedges, guesses and questions that take nothing back when the reporter tells what is there.

A guess said with 是 (是不是煤气漏了, 会不会是着火了, 怕是出事了, 别是,
莫不是, 该不会是, 这是煤气味吗) names what the reporter smells or sees with a
doubt: it is no fear of what may come (会不会着火, 怕掉下来) and denies nothing.
Asking how bad it is (要不要紧, 严不严重) or whether to call for help (要不要报警)
ends the question there, though the spaces that ended it are gone. A 没 that
closes its own phrase (没躲开, 没拉住, 没抓稳, 没注意) says why the next thing
happened, not that it did not; a fear said before 已经 (我怕他出事 他已经躺在
地上) gives way to what is so.

Calm words reach as far as they should: after 但是, 可是, 不过 or 另一个 a
danger is news the calm word does not reach (电闸拉了 但是还在冒烟), nor when
the help called for has not come yet (已报案 警察还没到); a clause that tells
back what was calmed (劝回去了 刚才两口子在楼下打架) is reached. 没看到有人受伤
denies what follows 有人.
Each urgent sentence below was not urgent before, each sentence of FIXED_CALM
was urgent; the sentences of CALM were calm before and stay calm.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # a guess said with 是, and what the reporter smells or sees now
    ("*", "不知道是不是煤气漏了 楼道里味道很大"),
    ("fire_safety", "会不会是着火了 一直往下掉黑灰"),
    ("fire_safety", "怕是着火了 烟一直往屋里灌"),
    ("safety_hazard", "担心是煤气泄漏 整个楼道都是味"),
    ("*", "怕是出事了 老人叫不醒"),
    ("*", "会不会是中风 老人嘴歪眼斜"),
    ("safety_hazard", "别是煤气漏了吧 味道好大"),
    ("*", "孩子是不是中毒了 一直吐 脸发白"),
    ("*", "是不是煤气泄漏了 楼道里味儿特别大"),
    ("fire_safety", "会不会是着火了 楼上窗户黑乎乎的"),
    ("safety_hazard", "别是煤气漏了 厨房一股怪味"),
    ("safety_hazard", "是不是燃气泄漏了 我家门口都能闻到"),
    ("fire_safety", "该不会是着火了 对面楼顶红彤彤的"),
    ("safety_hazard", "会不会是煤气中毒 老两口都躺着"),
    ("*", "会不会是有人被困了 电梯里一直有人拍门"),
    ("safety_hazard", "这是煤气味吗 特别冲 整个楼道都是"),
    ("safety_hazard", "这是煤气味吗 一开门就冲鼻子"),
    # asking how bad it is, or whether to call for help: the question ends there
    ("*", "也不知道要不要紧 老人叫不醒"),
    ("*", "也不知道要不要紧 孩子发烧抽筋了"),
    ("public_security", "不知道要不要报警 有人拿刀追人"),
    ("public_security", "要不要报警 有人拿刀追着人跑"),
    # a 没 that closes its own phrase says why the next thing happened
    ("*", "没躲开压住腿了"),
    ("*", "没拉住掉下去了"),
    ("*", "没抓稳摔下来了"),
    ("*", "没扶稳摔下来了"),
    ("traffic", "没注意被车撞了"),
    ("*", "没接住孩子摔地上了 头上起了个大包"),
    ("*", "没站住掉进沟里了"),
    # a fear gives way to what is so (已经)
    ("*", "我怕他出事 他已经躺在地上半天了"),
    ("*", "我怕他想不开 他已经站到楼顶边上了"),
    # after 但是, 可是, 不过, 另一个 the danger is news the calm word does not reach
    ("fire_safety", "电闸拉了 但是还在冒烟"),
    ("*", "阀门关了 不过人已经晕过去了"),
    ("*", "人救出来了 不过另一个还压在底下"),
    ("*", "人找到了 不过已经昏迷了 叫不醒"),
    ("*", "孩子找到了 可是从楼上摔下来了"),
    ("*", "煤气泄漏 已经关了阀门 可是有人晕了"),
    ("fire_safety", "电闸拉了 可是配电箱还在冒火"),
    ("*", "人找到了 不过已经没反应了"),
    ("*", "送回来了 刚到家就晕倒了"),
    # help called for that has not come yet
    ("*", "有人晕倒在路边 叫不醒 已经联系上家属了 家属还在路上"),
    ("public_security", "两个人打架 一个头破了一直流血 已报案 警察还没到"),
    ("*", "有人被困在电梯里 开锁师傅还没到 里面的人喘不上气"),
]

# urgent before: nothing seen of anyone, or a clause that tells back what was calmed
FIXED_CALM = [
    ("*", "没看到有人受伤"),
    ("*", "没听到有人喊救命"),
    ("*", "没看着有人打架 就听到吵架"),
    ("*", "劝回去了 刚才两口子在楼下打架"),
    ("*", "没事了 刚才是邻居家煤气灶打不着火 有点味"),
]

# look-alikes that were and stay calm
CALM = [
    # a fear of what may come, or a question of what to do: no 是, or 是不是该, 是不是要
    ("*", "是不是该装个烟感"),
    ("*", "会不会着火啊 楼道堆那么多东西"),
    ("*", "会不会着火啊 电动车天天在楼道充电"),
    ("*", "是不是要装个燃气报警器"),
    ("*", "是不是该清一下楼道的杂物 怕着火"),
    ("*", "不知道是不是该换燃气管了"),
    ("*", "怕孩子掉下去 窗户没有护栏"),
    ("*", "担心会着火 楼下堆了好多纸箱"),
    ("*", "担心是不是要着火"),
    ("*", "能不能派人来看看 怕燃气管漏气"),
    ("*", "楼道堆了很多纸箱 万一着火了怎么办"),
    # asking how bad something mild is
    ("*", "要不要紧啊 老人就是有点咳嗽"),
    ("*", "不知道严不严重 就是有点头疼"),
    # a sense that found nothing
    ("*", "没闻到煤气味 就是有点怪"),
    # a guess that is something harmless, or a calm word with a little left over
    ("*", "是不是有人在烧烤 有点烟味"),
    ("*", "应该不是煤气 就是下水道的味"),
    ("*", "厨房着火了 已经扑灭了 但是还有点烟味"),
    ("*", "老人摔了 已经送回来了 但是腿还有点肿"),
    ("*", "打架的劝开了 不过地上有点血"),
    ("*", "刚才着火了 已经灭了 不过楼道全是黑灰"),
    ("*", "已经灭了 刚才厨房锅着火了"),
    ("*", "已经处理好了 但是想问一下以后怎么防止着火"),
    ("*", "没人管这个垃圾堆"),
    ("*", "兄妹几个为了谁养老妈的事互相推 老人没人管 在哭"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"),
    [*as_told(URGENT, True), *as_told(FIXED_CALM, False), *as_told(CALM, False)],
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
