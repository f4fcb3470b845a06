"""Round 32 (r): violence, crime and weapons under way said without the textbook word
(打架, 斗殴, 抢劫), and the category a clerk would give them.

Every urgent sentence below was missed before this round (calm, or urgent under the wrong
category). Theft now: the thief still there (偷东西的还没走), things taken while the owner
sleeps or dozes (趁别人睡着拿了人家手机, 主人在打盹), someone else's parcels going into one's
own bag, goods loaded onto a tricycle or van by people who do not belong there or at night
(不是我们工地的, 凌晨两点 卸人家轮胎), hands in other people's pockets (往人兜里摸), a person
followed from the bank (刚取完钱 后面一直跟着). Break-ins: torchlight or moving light in an
empty home or a closed factory, a forced door with people carrying things out, someone
turning the door handle for minutes. Scams under way: old people queueing to pay strangers
who say they come from an office, sent home for savings books or gold, typing a PIN on a
caller's orders. Violence: tools held in a quarrel (秤砣, 锤子, 链子锁, 铁杆子 拿在手里), tools
brought down on someone's head (拿铁链子在抽, 拿钥匙扎了脖子), a head pressed onto a table,
fee collectors who smash a pot when not paid, a stranger taking a crying child away, a
patient off his medicine holding a paring knife.

Where a category is "*" the urgency is the fix and the category is still argued (a quarrel
between stall holders or with a builder is a dispute to some, public security to others).

Calm: the same pairs with the event over or explained (昨天, 抓住了, 原来是亲戚, 确认是孩子他爸,
立案了, 核实过是真的, 代取, 劝开了, 开锁师傅). These are calm on main as well; they guard
the cancel words of the new patterns.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("public_security", "楼下有俩人在卸人家汽车轮胎 千斤顶都架上了 凌晨两点"),
    ("public_security", "工地仓库门口停了辆三轮 几个人在往上搬电缆 不是我们工地的 看门老头睡着了"),
    ("public_security", "网吧里有个人趁别人睡着拿了人家手机 现在往厕所那边走"),
    ("public_security", "夜市人挤人 有个小孩专门往人兜里摸 后面还跟着个大人接东西"),
    ("public_security", "候车室有个人把别人的行李箱拖走了 主人在打盹 那人往出口去了"),
    ("public_security", "老王家的羊被人往面包车上拖 就在村口 老王不在家"),
    ("public_security", "银行门口一个老太太刚取完钱 后面两个骑摩托的一直跟着她"),
    ("public_security", "那个偷东西的还没走 就在商场三楼 我看着他换了件衣服"),
    ("public_security", "快递驿站外面有人把别人的包裹往自己袋子里装 装了十几个了"),
    ("special_groups", "那个登记在册的病人从医院跑回来了 拿着削皮刀坐在超市门口 嘴里念叨着"),
    ("*", "菜场两个摊主为摊位吵 一个拿着杀鱼的刀 一个拎着秤砣 谁也不让"),
    ("*", "装修工人跟业主吵 拿着锤子不放 业主老婆在边上哭"),
    ("public_security", "两个学生在校门口被一群社会青年围着 其中一个手里拎着链子锁"),
    ("public_security", "急诊室有个家属拿着输液架在砸护士站 护士都躲起来了"),
    ("public_security", "餐馆里客人嫌菜贵 把老板娘的头按在桌上 拿碗砸"),
    ("public_security", "小区来了一伙人说免费体检 让老人交押金办卡 好几个老人在排队交钱了"),
    ("public_security", "邻居大爷在ATM前面打电话 对方让他按提示转钱 他已经在输密码了"),
    ("public_security", "公园里几个人围着一个老太太 说她要破财消灾 让她回家拿金首饰 她刚回去拿了"),
    ("public_security", "有两个年轻人说是电力局的 在村里挨家收电表改造费 老人们都在交钱"),
    ("public_security", "一个老太太在邮局汇款 手机上一直有人视频教她 柜员觉得不对 老太太急着要汇"),
    ("public_security", "一个男的把小孩抱上电动车 小孩哭着喊妈妈 往菜场那边去了 看着不像他家的"),
    ("public_security", "出租车司机被乘客拿钥匙扎了脖子 车停在路口 司机按着伤口"),
    ("public_security", "半夜有人在拧我家门锁 拧了好几分钟了 我一个人在家"),
    ("public_security", "对门那家空了好几个月 今晚里面有手电光 还有搬东西的声音"),
    ("public_security", "厂里今天放假没人上班 仓库卷帘门底下有光在动"),
    ("public_security", "学校放假了 教学楼里有人在往外搬电脑 门是撬开的"),
    ("public_security", "足球场边两帮学生对上了 有人拆了球门的铁杆子拿在手里"),
    ("public_security", "大排档有人拿烧烤的铁签子扎人 扎到胳膊了"),
    ("public_security", "车库里一个男的拿铁链子在抽另一个 那个在地上滚"),
]

CALM = [
    ("*", "昨天那个偷东西的还没走远就被保安抓住了"),
    ("*", "对门那家出国了 今晚屋里有手电光 原来是亲戚回来拿东西"),
    ("*", "上次有个男的把小孩抱上电动车 后来确认是孩子他爸"),
    ("*", "收管理费的说不交就掀摊 这事派出所已经立案了"),
    ("*", "有人说是民政局的 让老人先交钱 我们核实过是真的 是体检费"),
    ("*", "快递站有人把别人的快递往自己车上装 说是帮邻居代取"),
    ("*", "两个人喝多了吵架 拿着酒瓶子 已经劝开了 各自回家了"),
    ("*", "老王说他刚取完钱 后面他儿子一直跟着他怕他被骗"),
    ("*", "门锁撬开了 里面有人在 是开锁师傅帮忙开的 我忘带钥匙"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
