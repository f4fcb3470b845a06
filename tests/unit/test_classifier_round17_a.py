"""Round 17 (A): urgent situations and their calm look-alikes, in the rule writer's own words.

Urgent: a chain, bag or phone yanked off someone and the thief running; a crane or site lift
leaning with workers under or on it; a broken tree or sign resting on power lines; a crowd told
without a count (老多人, 一拨人, 乌央乌央) or with a count the number parser cannot read
(三十多个把老板堵在…) surrounding someone over money; a woman followed and grabbed, or hiding
and afraid; a cave-in with someone still inside; a syringe waved at people; a person with a
learning disability or a mental illness gone since morning or overnight; an e-bike or socket
belching smoke, wire insulation burning, fireworks setting cardboard alight; a passer-by
scalded; water soaking into a shop.

Calm: bargain-sale shouting (跳楼价), slaughtering animals without a licence (私自杀羊), a wrong
number (打给), wages held back (压着工资), a fear of something falling (会掉下来), ambulances
that find a street hard to turn in, people found, a pipe that has not leaked, a gas smell
checked and the hose replaced, work-injury questions, traffic or a queue that will not move,
a bearing wall knocked through waiting for a survey, a carer asking whether to arrange help, a
pickpocket who ran and is wandering about, a boss who stopped answering calls, cooking fires.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # a chain, bag or phone yanked off and the thief running
    ("*", "公交站有个小伙子把一个阿姨的手机一把扯了 骑着电动车跑了"),
    ("*", "超市门口有人把老太太的挎包拽下来就跑 往东跑了 快追"),
    ("*", "刚才一个骑摩托的把路边女的金项链扯断了 往北跑了"),
    ("*", "菜场里有个男的把大爷的钱包夺过去 扭头跑了"),
    ("*", "他把我奶奶的金耳环一把拽下来 骑车跑了"),
    ("*", "有人把孕妇的背包扯走了 往西跑了"),
    # a crane or site lift leaning with people under or on it
    ("*", "塔吊往一边斜 底下工人还没撤"),
    ("*", "工地的起重机斜了 底下工人还在干活"),
    # a broken tree or sign resting on power lines
    ("*", "台风把一根大树枝刮断了 搭在电线上晃 底下是小区大门"),
    ("*", "半棵树压在高压线上了"),
    ("*", "路边那棵老树的枝杈断了 卡在电线上"),
    ("*", "大树被风刮断了 整个搭在电线上"),
    # a crowd without a count, or a count the parser cannot read, surrounding someone
    ("*", "售楼处门口老多人了 都是交了钱没交房的 把经理围着不让走"),
    ("*", "一拨人在开发商办公室 堵着门要说法"),
    ("*", "三十多个把老板堵在仓库里 要工钱"),
    ("*", "乌央乌央的人堵在工厂门口 要工资"),
    ("*", "十来个把项目经理堵在办公室不让出门 讨工钱"),
    # followed, then grabbed, or hiding afraid
    ("*", "有个女学生说放学一路被个醉汉跟着 刚才他还去拉她 她现在躲在小卖部"),
    ("*", "一个陌生男的一直跟着我闺女 她吓得躲进了奶茶店"),
    ("*", "有个小姑娘被一个不认识的男人尾随 她现在躲在我们店里不敢出去"),
    ("*", "那个男的跟了她一路 在电梯里抓她胳膊"),
    # a cave-in with someone still inside
    ("*", "地窖塌下去一块 我爸好像还在里头"),
    # a syringe waved at people
    ("*", "有个瘦得吓人的男的在巷子口拿着针头吓唬路人要钱"),
    ("*", "举着针管对着人比划 说要扎人"),
    ("*", "那个吸毒的男的掏出针筒威胁小卖部老板要钱"),
    # a person with a learning disability or a mental illness gone
    ("*", "隔壁那个智力有点问题的小伙子中午出门 到现在还没回来"),
    ("*", "精神有点问题的老周昨天晚上出门一夜没回"),
    ("*", "村里有个智力残疾的小伙子昨天出去一晚上没回"),
    # smoke belching, insulation burning, cardboard set alight
    ("*", "地下室那个充电器蹿烟了"),
    ("*", "插座喷烟了"),
    ("*", "车库里一辆小电驴在蹿烟"),
    ("*", "配电房里线皮在烧"),
    ("*", "孩子放的鞭炮把楼下的纸箱子燎着了"),
    ("*", "灶台边的抹布燎起来了"),
    # water soaking into a shop
    ("*", "大雨 水浸进档口了 还在往上涨"),
]

CALM = [
    # bargain sales, slaughtering, wrong numbers, wages held back
    ("*", "年货大街家家都喊跳楼价 吵死人"),
    ("*", "店门口贴着跳楼大甩卖 天天放喇叭"),
    ("*", "跳楼价清仓 全场五折"),
    ("*", "村里有人私自杀羊 在路边放血 没检疫"),
    ("*", "他们擅自杀鸡卖 卫生很差"),
    ("*", "不好意思打错了 本来要打给我儿子的"),
    ("*", "老板压着三个月工资不发 我想问怎么办"),
    ("*", "包工头压着工钱 说年底才给"),
    ("*", "货款压着两个月了 能不能帮忙催一下"),
    ("*", "老板说工资先压着 下个月一起发"),
    ("*", "包工头电话不接了 工钱还差一万"),
    ("*", "老板电话不接了 货款一直拖着"),
    # fears of something falling, not a fall
    ("*", "阳台上的花盆没固定 刮大风会掉下来"),
    ("*", "那块招牌松了 感觉会砸着人的"),
    ("*", "塔吊转得吱呀响 怕哪天出事"),
    ("*", "脚手架搭得有点歪 想让他们整改一下"),
    ("*", "塔吊看着有点歪 下面没人 已经停工了"),
    ("*", "塔吊拆除了 地上留了一堆钢筋"),
    # wires: kites, branches growing near
    ("*", "风筝挂在电线上了 谁能帮忙取一下"),
    ("*", "树枝长到电线上了 请供电所来修剪"),
    ("*", "那棵树的树枝快挨着电线了 修剪一下吧"),
    # ambulances that find it hard to get through
    ("*", "摊子摆得太多 救护车转弯都困难"),
    ("*", "医院门口停满了车 救护车掉头都难"),
    ("*", "救护车通行的路被摊子占了"),
    # found, checked, replaced
    ("*", "中午走丢的那个孩子找着了 在同学家"),
    ("*", "昨天说的那个老人找见了 他儿子接回去了"),
    ("*", "智力有点问题的那个孩子已经找到了"),
    ("*", "燃气管子有点锈 目前还没漏 想请人看看"),
    ("*", "燃气灶有味 师傅来查过了 是软管老化 已经换新"),
    ("*", "电动车充电器有点烫 没冒烟"),
    # questions about a work injury
    ("*", "干活的时候手被机器夹了 工伤咋算"),
    # traffic and queues that do not move
    ("*", "下班高峰那段路堵得死死的 一动不动 能不能派个交警疏导"),
    ("*", "排队领东西的队伍一动不动"),
    ("*", "下雨天路口车一动不动 堵了半小时"),
    # a wall knocked through, asking for a survey
    ("*", "承重墙被装修的敲掉了一块 想找人鉴定"),
    # asking whether to arrange care
    ("*", "那个在册的精神病人家属去外地了 现在就他一个在家 是不是该派人看看"),
    ("*", "那个智力有点问题的孩子 想问问能不能办残疾证"),
    ("*", "脑子不太好的老人 家里想申请个护工"),
    ("*", "那个脑子不太好的小伙子去他姐家住了"),
    # a pickpocket who ran off and is wandering about
    ("*", "小偷偷手机没偷成 跑了 这会儿还在商场里转悠"),
    # following that is no stalking
    ("*", "有人跟着导航走错路了"),
    ("*", "孩子跟着妈妈躲在车里避雨"),
    ("*", "孩子跟着奶奶去超市 躲在货架后面玩捉迷藏"),
    ("*", "拿着手机一直跟着导游走"),
    # many people at everyday things
    ("*", "一拨人在小区门口排队领鸡蛋"),
    ("*", "二十多个阿姨在广场上围着跳舞"),
    ("*", "银行门口老多人了 都在排队办业务"),
    ("*", "二十多个家长围着看孩子表演"),
    # needles where they belong
    ("*", "护士拿着针管给老人打针"),
    ("*", "医生拿着针管在给孩子打疫苗"),
    ("*", "捡到一个针头 怕扎着人"),
    ("*", "金项链断了 想找个地方修一下"),
    # cooking and heating fires
    ("*", "屋里在烧炕 暖和得很"),
    ("*", "灶膛里在烧柴 冒点烟正常"),
    ("*", "厨房在烧水"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
