"""Round 32 (u): crowds and group action forming or under way, told without 聚集, 围堵 or a
neat count, and the category a clerk would give them.

Every urgent sentence below was missed before this round (calm, or urgent under the wrong
category). Petition: people with a grievance sitting down one by one, in a row, on stools,
with placards on their chests or papers in hand, at a government office, a developer's or an
investment company's door, still arriving (人还在增加, 后面还有人, 一伙人往那走了); a
carload getting out with a banner; fishing boats tied together or laid across a river, the
fleet kept in port with the fishermen at the fishery office; hired buses already at the
village gate with people boarding; investors of a collapsed scheme or parents at the boss's
(family) home; villagers stopping lorries and diggers, building a shed on the site road,
market traders refusing to clear out; marchers with banners holding up the traffic; white
headbands handed out before going to the county; people already assembling to go to the
town. Labour: workers, drivers, cleaners and couriers over pay locking a gate, blocking a
road, sitting at the door, crowding an office, carrying out machines against wages, downing
tools, not taking the vehicles out and waiting at the office for the boss.

Calm: the same words past (上周, 上次, 去年), handled (散了, 谈好了, 结清了, 到账了, 做了工作),
planned or talked over online (打算, 商量, 群里说, 报名), and the same objects at an everyday
event (义诊, 龙舟赛, 台风回港, 旅游, 春游, 喜事, 丧事, 迎亲, 停电).
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("petition", "集资那个老板跑了 投钱的大爷大妈把他家楼下站满了 有人在拍他家的门"),
    ("petition", "出租车都停在市政府前面那条路上 一辆挨一辆 喇叭按个不停 司机们都下车了"),
    ("petition", "村里敲锣了 说要去把修路的挖机拦下来 老老少少都出去了"),
    ("petition", "网贷的受害人今天又来了 在区金融办门口站了一排 手里拿着合同复印件"),
    ("petition", "开发商那几栋烂尾楼的业主 今天全带着孩子坐在住建局门口 小孩在哭"),
    ("petition", "公交车停在半路走不了 前面一群人站在马路中间举着牌子"),
    ("petition", "区法院门口来了一车人 下来就拉横幅 说判决不公"),
    ("petition", "街道办楼道里坐满了人 是那个小区供暖的事 楼梯都下不去了"),
    ("petition", "养老院的家属们在民政局门口 拿着照片 情绪很激动 人还在增加"),
    ("petition", "宗祠那边在开会 村里人说今晚就去县里 有人在发白布条往头上绑"),
    ("petition", "我看见好多大爷坐着马扎在人社局门口 一人挂一块牌子 一字排开"),
    ("petition", "隔壁村的人拉着横幅在国道上走 车开不过去 交警来了也没用"),
    ("petition", "理发店对面那个投资公司 门口坐满了老年人 有人在哭有人在骂"),
    ("petition", "小区里的老人把开发商的售楼处占了 搬了桌椅坐在里面不走"),
    ("petition", "码头那边上百条船都没出港 船老大们全在渔政站门口站着 等着讲补贴的事"),
    ("petition", "电厂边上的村民把运煤车拦下来了 几十个人站在路中间 说粉尘的事"),
    ("petition", "区里门口那块空地上 从早上开始就有人一个一个坐过去 现在已经一片了"),
    ("petition", "两个村的人在祠堂前面集合 有人搬了锣鼓 说要去镇上"),
    ("petition", "开发商把小区绿地卖了 业主们站在施工围挡前面不让动工 几十个人跟施工队在顶"),
    ("petition", "市场关停 商户们把货堆在门口不让清场 一百多号人站着 城管也过来了"),
    ("petition", "我看到有人在街口发传单 说集资款的人都去区法院 已经有一伙人往那走了"),
    ("petition", "小区门口业主点了蜡烛坐了一地 说是要抗议基站 越来越多"),
    ("petition", "村民在高速施工的便道上搭了棚子 人在里面坐着 施工车过不去"),
    ("labor", "制衣厂老板跑了 工人在往外搬缝纫机 说拿去抵工资 门口乱成一锅粥"),
    ("labor", "物业的保洁阿姨三十多个坐在物业公司门口 三个月没拿到钱了"),
    ("labor", "包工头跑了 工人们把项目经理的车拦住了 人坐在引擎盖上"),
    ("labor", "司机们把大巴开到客运公司门口熄火了 一排排的 说承包费和工资的事"),
    ("labor", "外包的保安们把园区大门锁上了 业主进出都不行 说几个月没工资"),
    ("labor", "工厂的人把厂门口的路堵死了 坐在地上 老板的车被围在里面"),
    ("labor", "快递网点的快递员把件都堆在门口不送 二三十个人站着 网点老板不接电话"),
    ("labor", "船厂的焊工们站在码头上 不让船下水 说结算款一直不给"),
    ("labor", "家政公司门口的阿姨们 拿着合同 说押金不退 挤了一屋子"),
    ("labor", "纺织厂工人在县政府门口坐着 说厂子卖了他们的安置费没影"),
    ("labor", "物流公司老板跑路 司机们开着货车在他家小区门口鸣笛 停了一排"),
    ("labor", "冷库的装卸工都坐在车道上 冷链车进不去 说工钱是按天欠的"),
    ("labor", "修高铁的那个标段 工人把便道挡了 罐车一辆都过不去 说拖了半年的工钱"),
    ("labor", "鞋厂的工人拉着条幅站在厂门口马路边 老板一直没露面"),
    ("labor", "快递分拣中心夜班的工人都停了手 坐在传送带边上 几十个人等主管来"),
    ("labor", "工人家属带着孩子坐在工地门口 说男人干了一年拿不到钱"),
    ("labor", "工地上的人说今天要一起去劳动局 现在已经坐满两辆面包车了 正往这边开"),
    ("petition", "那个理财公司老板跑了 投了钱的老头老太太守在他老家门口不走"),
    ("labor", "搅拌站的司机们都没出车 几十个人全在站长办公室门口等老板"),
    ("petition", "小区业主站成两排 举着纸牌 在开发商门口 说交房一拖再拖"),
]

CALM = [
    ("*", "上周退休职工在区政府门口一字排开坐了一上午 后来领导接待了 都散了"),
    ("*", "文化宫门口一排排的椅子坐满了老人 是社区义诊量血压"),
    ("*", "江上今天有龙舟赛 几十条船横在江面上 轮渡停航半天"),
    ("*", "码头上停了几十条船 是台风预警回港避风的 渔民都上岸了"),
    ("*", "村口停着两辆大巴 是老年协会组织去外地旅游的 人在往上搬行李"),
    ("*", "几个工人在群里说年前不发工资就去堵老板家 目前还没动静"),
    ("*", "工人们坐在食堂里吃饭 说工资下个月发"),
    ("*", "工人都停了手 因为停电了 坐在车间门口等来电"),
    ("*", "迎亲的车队拉着横幅在路上走 车开不过去 堵了一会儿"),
    ("*", "村民把修路的挖机拦下来了 后来镇里来人协商 都散了"),
    ("*", "老家办丧事 在发白布条往头上绑 来了好多亲戚"),
    ("*", "小区门口业主在集合 是组织去春游 大巴马上到"),
    ("*", "他老家门口停了一排车 是他家办喜事 好多人"),
    ("*", "投了钱的人上次去老板家门口站过 后来钱还清了"),
    ("*", "物业的保洁阿姨坐在物业公司门口休息 说工资已经到账了"),
    ("*", "去年厂里工人把厂门锁过一次 要工钱 后来结清了"),
    ("*", "听说有人打算下周包车去省里上访 还在商量"),
    ("*", "退休职工想组织去市里问养老金的事 还在群里报名 时间没定"),
    ("*", "业主群里在讨论要不要一起写封联名信给住建局"),
    ("*", "工人说要是这个月再不发工资 月底就不干了 先反映一下情况"),
    ("*", "外卖站点的骑手说明天可能罢工 我问了站长 站长说已经谈好了"),
    ("*", "昨晚村口那两辆大巴后来没走 县里来人做了工作 村民都回家了"),
    ("*", "看到区政府门口有一个人举着牌子站着 就他自己 保安在旁边陪着"),
    ("*", "上个月业主在售楼部拉横幅的事后来开发商出面解决了 业主说下周验房"),
    ("*", "渔民补贴的事 渔民代表说想约个时间跟镇里谈 问我们能不能安排"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
