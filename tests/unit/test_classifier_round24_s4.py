"""Round 24 (s4): violence, crime and crowds, said indirectly and under-stated.

Every urgent sentence below was missed by the rules before this round. Urgent: improvised
weapons carried (镐把子, 锄把, 钢筋, 撬棍, 语音错字 搞把); two gangs facing off and calling
for more (对上了, 摇人); a group chasing or ringing one person (一群人在追一个人, 围着一个学生);
threats at a door (划门 骂骂咧咧, 弄我家门锁 不敢出声, 一家一家拧门把手); break-ins heard
or seen in a flat whose owner is away or that stands empty (翻抽屉的声音, 手电光, 脚步声,
撬卷帘门的声音), someone climbing in at a window, a figure crouching on a balcony at night,
a lock being cut in a bike shed; fraud in progress at a counter, a cash machine or by phone
(照着视频操作转账, 教老太太按键 开着免提, 孙子打电话要钱 拿着存折出门, 冒充社保让老人扫码,
说是领导让汇的); drunk people hitting nurses, cashiers, owners; villagers or workers blocking
a factory road or a motorway exit, parents pushing into a school; a wage claimant pouring
petrol over herself or holding a lighter to her clothes; debt collectors waiting downstairs
after painting a door.

Calm: a fight already over, a toy airgun, steel bars carried off to sell, a square-dance
quarrel, fans round a star, a courier knocking, a husband without his key, a landlord's torch,
a plumber's footsteps, an air-conditioner fitter, the management clearing bikes, a drunk
already taken away, villagers queuing for compensation, parents waiting at school gates,
a fraud call refused, 谢谢大家 / 在大家的帮助下, last year's wage protest.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # improvised weapons, gangs, chases
    ("public_security", "夜市那边两伙人 有个拎着镐把子过来了"),
    ("public_security", "烧烤城门口有个光膀子的拎着根锄把在找人"),
    ("public_security", "那几个人手里都提着钢筋 往篮球场那边去了"),
    ("public_security", "楼下有人在大家 一个拿着搞把"),
    ("public_security", "楼下有个男的拿气枪往对面楼窗户上打"),
    ("public_security", "网吧门口几个小年轻围着一个 手里好像有棍子"),
    ("public_security", "两拨人在广场对上了 都在打电话叫人"),
    ("public_security", "KTV门口一群人在追一个人 往停车场那边去了"),
    ("public_security", "好几个男的追一个人 追到菜市场里面去了"),
    ("public_security", "五六个人围着一个学生 在巷子口"),
    ("public_security", "出租屋楼下有人拿着管子追人"),
    # threats at the door
    ("*", "那个前夫又来了 在门口拿东西划门 嘴里骂骂咧咧"),
    ("public_security", "外面有人在弄我家门锁 我一个人在家 不敢出声"),
    ("public_security", "有人一直在拧我家门把手 我一个人在家 吓死了"),
    ("public_security", "凌晨三点有人在楼道里一家一家拧门把手"),
    ("public_security", "半夜有人在楼道里挨家挨户试门锁"),
    ("*", "有人在我家门口泼了红油漆 写了欠债还钱 人还在楼下蹲着"),
    # break-ins heard or seen
    ("public_security", "对门人家去海南过年了 里面有翻抽屉的声音"),
    ("public_security", "楼下那户空着好几个月了 刚才看见里面有手电光晃来晃去"),
    ("public_security", "隔壁老王住院去了 他家里有手电在晃"),
    ("public_security", "对面那户出国了 半夜里面有脚步声"),
    ("public_security", "听见对面商铺有撬卷帘门的声音"),
    ("public_security", "后窗户有人在往里爬 我在屋里"),
    ("public_security", "一楼窗户外面有个人在往屋里翻"),
    ("public_security", "半夜听见阳台有动静 一看有个人影蹲在那"),
    ("public_security", "车库里有两个人拿着工具在弄人家电动车的锁"),
    ("public_security", "车棚里有个人拿着大钳子在剪锁"),
    # fraud under way
    ("public_security", "营业厅有个大爷照着视频里的人教的在手机上操作转账"),
    ("public_security", "取款机那边有个人一直在教一个老太太按键 老太太手机开着免提"),
    ("public_security", "我奶奶说孙子打电话要钱 她已经拿着存折出门了"),
    ("public_security", "有人冒充社保局的在小区里让老人扫码"),
    ("public_security", "邮局里有个老头要把十万块汇走 说是领导让汇的"),
    ("public_security", "邮局柜台有个阿姨要把钱全汇走 说是公安让汇的 劝不住"),
    # drunk people attacking
    ("public_security", "有个喝多的在急诊大厅打护士"),
    ("public_security", "喝醉了的那个在店里砸柜台 老板娘吓哭了"),
    ("public_security", "喝高了的那个在超市里打收银员"),
    # crowds
    ("petition", "村民们把进厂的路堵了 渣土车都过不去"),
    ("petition", "村民把进村的路堵了 施工车进不去 说不让施工"),
    ("labor", "工人们把高速路口堵了 说不给钱就不走"),
    ("petition", "学校门口家长聚了一大堆 情绪很激动 在往里冲"),
    ("petition", "家长们往学校里冲 保安拦不住"),
    # self-harm over pay
    ("labor", "讨薪的大姐往身上倒了半瓶子东西 一股汽油味"),
    ("labor", "劳务公司门口一个人拿打火机对着自己衣服"),
]

CALM = [
    ("*", "昨晚夜市有人打架 已经被派出所带走了 现在没事了"),
    ("*", "小区里有小孩玩玩具气枪 打塑料弹 家长在旁边"),
    ("*", "小孩拿玩具气枪打对面的气球"),
    ("*", "有人在工地用镐把挖沟 噪音很大"),
    ("*", "工地上一堆钢筋 有人拎着去卖废品了"),
    ("*", "两拨人在广场对上了 跳广场舞抢地方 吵了几句"),
    ("*", "几个人围着一个明星要签名"),
    ("*", "快递员在门口拍门 送件"),
    ("*", "我老公喝多了回家 在门口拧门把手 没带钥匙"),
    ("*", "对面空房子有手电光 原来是房东带人看房"),
    ("*", "对面空房子晚上有手电光 是房东带人来看房"),
    ("*", "隔壁家里没人 有脚步声 是物业来修水管的"),
    ("*", "阳台外有个人影 是装空调的师傅"),
    ("*", "车棚有人拿着钳子剪锁 是物业在清理僵尸车"),
    ("*", "那个醉汉昨晚打了老板 已经被带走了"),
    ("*", "村民在工地门口排队领补偿款"),
    ("*", "家长们在学校门口等放学 挤得很"),
    ("*", "我妈接了个电话说孙子要钱 她没去 已经报警了"),
    ("*", "营业厅有个老人开着免提问工作人员怎么办卡"),
    ("*", "在大家的帮助下 问题解决了"),
    ("*", "去年有工人把厂门堵了要工钱 后来给了"),
    ("*", "听到翻抽屉的声音 原来是我家猫"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
