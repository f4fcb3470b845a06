"""Round 30 (n): urgent situations told by what is seen and heard, without the textbook word.

Every urgent sentence below was missed by the rules before this round. Urgent: someone
smashing a front desk, counter, shelves or a gate that staff and guards cannot stop
(拦不住, 劝不住, 没人敢去); someone pinned against a railing, a bonnet or a car door
(按在…栏杆上); a person pushed or shoved into traffic or towards the tracks (往车道上搡,
往马路中间推); a child pulled onto a stranger's vehicle; a crowd over money or an answer
told without a number (来了好多, 走廊都堵满了, 门口挤得满满的); a worker hanging from a
harness who can get neither up nor down; a lorry, digger or forklift reversing with someone
behind it (车屁股后面, 履带后面); a heap of straw, coal, husks or sawdust smouldering red
inside (扒开是红的, 闷烧); a dull bang, black smoke and a sulphur smell at a fireworks
store; flues and cooker hoods belching black smoke and sparks; aconite wine drunk and a
numb tongue; a reservoir or dyke about to overflow with people asleep below; a disturbed
man chasing children with a stone; an old woman alone not answering all day; a drug user or
a disturbed man who says people want to harm him, with gas cylinders or petrol at his door.

Calm: the same words past (昨天, 上次, 去年), handled (派出所来人带走了, 已经浇透了,
喊住了), feared (怕, 担心) or routine: renovation, a teacher and a pupil's exercise book,
massage, an e-bike or a bin pushed into the road, anti-abduction drills, a landlord or
locksmith opening a door, promotions and queues, a cat up a tree, a banner on a scaffold, a
reversing lorry with a banksman, compost steaming, New Year fireworks, cooking fumes
complained of, flue cleaning, a grandmother's phone out of battery, gas delivered to the
door.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # smashing things nobody can stop
    ("*", "物业办公室有人在砸电脑砸桌子 我们几个保安劝不住"),
    ("*", "售楼处来了个人在砸沙盘 保安上去拦都拦不住"),
    ("*", "4S店里有个客户在砸展车 工作人员拦不住"),
    ("*", "营业厅里有个人拿着头盔在砸前台 两个营业员拦不住他"),
    ("*", "快递站有个客户在砸货架 店主一个人劝不住"),
    ("*", "理发店里有人在砸镜子 老板娘拉不住 还有顾客在里面"),
    ("*", "幼儿园门口有个男的在砸铁门 门卫拦不住 里面都是小孩"),
    # someone pinned down
    ("*", "停车场有个男的把女的按在引擎盖上 女的在挣 旁边没人敢去"),
    ("*", "两口子在楼道吵 男的把女的摁在扶梯栏杆上 女的喊得很惨"),
    # pushed into traffic or onto the tracks
    ("*", "十字路口两口子吵起来了 男的一直把女的往马路中间推 车来车往的"),
    ("*", "地铁口有个醉鬼把一个老太往车道上搡 大货车就在后面"),
    ("*", "一个男的把他老婆往车前面推 出租车急刹才停住"),
    ("*", "公交站那个疯女人把旁边的人往马路上推 好几辆车按喇叭"),
    ("*", "火车站前面一个男的把他女朋友往路中间搡 出租车都在按喇叭"),
    ("*", "站台上一个男的要把人往轨道下面推 旁边的人在拉"),
    # a child pulled into a vehicle
    ("*", "村口有个外地的把留守的小丫头往三轮车上拉 丫头在哭"),
    ("*", "我们村有个外地人抱起别人家的细伢子就往车里跑"),
    # a crowd told without a number
    ("*", "医院门口家属来了好多 走廊都堵满了 在喊要说法"),
    ("*", "培训机构门口家长来了一大堆 门口都挤满了 在喊退费"),
    ("*", "信托公司门口投资人来了一大堆 楼梯都站满了 在喊兑付"),
    ("*", "学校门口家长来了好多 校门都堵严了 在喊要说法"),
    ("*", "工地项目部门口民工来了好多 门口挤得满满的 要工钱"),
    ("*", "楼盘售楼部里业主越来越多 整个大厅都挤满了 喊着要退房"),
    # someone hanging, unable to get up or down
    ("*", "工地架子上有个工人踩空了 吊在安全带上 上不去下不来的"),
    # a vehicle reversing onto someone
    ("*", "渣土车在巷子口倒车 车屁股后面有个老人在捡东西 司机看不见"),
    ("*", "水泥罐车在往后倒 有个小孩就在车后面玩 司机还在倒"),
    ("*", "工地铲车倒车 后面蹲着个工人 喇叭都没响"),
    ("*", "叉车在仓库倒车 后面站着个大姐 她背对着没看见"),
    ("*", "垃圾车在小区里倒车 后面有个老奶奶推着小车 司机没看见还在倒"),
    ("*", "大货车在菜市场门口倒车 车尾后面有个老头蹲着择菜 司机还在往后倒"),
    ("*", "搅拌车在村口往后退 后面有几个小孩在玩沙子 司机看不见"),
    ("*", "挖机在往后退 有个工人站在履带后面 操作手没看到"),
    # smouldering heaps
    ("*", "稻草堆里头闷烧了一下午 外面看不见火 扒开是红的"),
    ("*", "垃圾堆下面在闷烧 一股焦味 扒开是红的 挨着住户的柴房"),
    ("*", "煤场那堆煤里头闷着 一股焦味 掀开是红的 下面连着厂房"),
    ("*", "谷壳堆里在闷着 摸着烫手 扒开是红的 挨着粮仓"),
    ("*", "棉花仓库里有一垛在闷着 冒白烟 扒开是红的"),
    # bangs, black smoke and burning flues
    ("*", "烟花仓库那边闷闷地响了两下 冒黑烟 闻到硫磺味 看门的大爷不知道在不在里面"),
    ("*", "食堂的油烟机管道里往外冒黑的 一股糊味 管子都烫手"),
    ("*", "小饭馆后面的烟囱口冒黑烟还带火星 顶上就是住户的窗户"),
    ("*", "餐馆抽油烟的管子一大团黑的往外翻 管子都烧红了"),
    # poisoning, a dam about to overflow
    ("*", "泡的草乌酒喝了两杯 现在说舌头麻 心跳得乱"),
    ("*", "水库水位快到坝顶了 泄洪闸打不开 下面村子的人都在睡觉"),
    ("*", "河堤那段水快平了 堤下面就是住户 好多人还不知道"),
    ("*", "水库那边水已经快漫出来了 放水的闸门卡死了 坝下还有十几户在睡"),
    ("*", "大雨下了一夜 山塘的水快平坝了 坝脚下住着好几户人 都还没醒"),
    # a disturbed man chasing children, an old woman not answering
    ("*", "村里那个犯病的傻子捡了块石头在追放学的娃 娃们在跑"),
    ("*", "外婆独居 从早上到现在打电话都不接 昨天说腿软站不稳"),
    # gas cylinders and petrol at a paranoid man's door
    ("*", "楼里那个吸毒的在屋里大喊有人要杀他 把液化气罐抱到门口 门也反锁了"),
    ("*", "吸了那东西的小李在家里吼 说外面有人要抓他 搬了个气罐堵在门后"),
    ("*", "五楼那个精神不正常的 说有人要害他 在门口放了两桶汽油"),
    ("*", "那个吸毒的把煤气罐抱在门后面 说有人要来害他 门反锁了 喊得整栋楼都听得到"),
    ("*", "有个精神不正常的租客说楼上的人害他 把两个煤气罐堵在门口 在里面乱吼"),
    ("*", "吸毒那个人把门锁死 说有人要抓他 家里两个气罐都搬到门口了 拧开了一点"),
]

CALM = [
    ("*", "昨天有人在营业厅砸前台 保安拦不住 后来派出所来人带走了"),
    ("*", "装修队在楼上砸墙 声音太大 物业去劝也劝不住"),
    ("*", "怕那几个讨债的明天来砸柜台 能不能派个人守着"),
    ("*", "没有人在砸东西 就是两边吵得凶 现在已经劝开了"),
    ("*", "老师把作业本按在桌子上让学生签字"),
    ("*", "按摩店的师傅把客人按在床上推拿 隔壁说声音太吵"),
    ("*", "小孩把电动车往马路上推 车胎扎了 想问哪里能补"),
    ("*", "环卫工把垃圾桶往路中间推 挡着车了"),
    ("*", "上次有人把小孩往面包车里拉 那个人已经抓到了 家长们还是担心"),
    ("*", "学校搞防拐演练 保安扮成陌生人把孩子往车上拉"),
    ("*", "邻居家门被撬了 是昨晚的事 东西丢了 已经报案了"),
    ("*", "房东把门撬开了 在里面收拾东西 租客欠了半年房租跑了"),
    ("*", "开锁师傅把门撬开了 在里面找钥匙"),
    ("*", "售楼部促销 来了好多人 大厅都挤满了 都在问退房政策"),
    ("*", "银行发工资那天来了好多人 大厅都挤满了 在排队"),
    ("*", "业主群里说明天去售楼处要说法 到时候肯定挤满了"),
    ("*", "上次业主来了好多 把物业大厅挤满了 要退钱 后来都回去了"),
    ("*", "猫卡在树上 上不去也下不来 叫了半天"),
    ("*", "这个月的业绩上不去也下不来 老板天天开会"),
    ("*", "倒车的时候后面有个师傅在指挥 一点一点往后倒"),
    ("*", "驾校练车 倒车的时候后面站着教练"),
    ("*", "货车倒车 后面有个老人 喊住了 司机停下了"),
    ("*", "刨花堆昨天闷着 已经浇透了 今天没事了"),
    ("*", "锯末堆在那冒白烟 是在沤肥发酵 不是着火"),
    ("*", "怕厂里刨花堆自燃 能不能来查一下消防"),
    ("*", "有人举报烟花作坊违规生产 执法队去检查了"),
    ("*", "饭店油烟机的油烟天天往上翻 楼上住户投诉好几次了"),
    ("*", "烟道清洗的师傅说里面一大团黑的油污"),
    ("*", "昨天吃了菌子有点嘴麻 今天已经好了"),
    ("*", "市场上卖的野生菌多少钱一斤"),
    ("*", "去年水库水快到坝顶了 坝下住户都转移了"),
    ("*", "水库蓄水快满了 今年不缺水了 下游灌溉没问题"),
    ("*", "我妈一个人住 电话打了一下午没人接 后来回电话说在打麻将"),
    ("*", "奶奶电话打不通 原来是手机没电了 她头晕的老毛病好多了"),
    ("*", "送气工把煤气罐搬到门口就走了 我们不在家"),
    ("*", "以前那个吸毒的把煤气罐搬到门口闹过一次 现在戒了"),
    ("*", "脚手架上挂着个横幅 风一吹哗哗响"),
    ("*", "工人在脚手架外面刷漆 系着安全绳 一切正常"),
    ("*", "二手车商把展车往马路上推 占了半条道"),
    ("*", "老两口吵架 老头说要把她推到马路上去 就是气话"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
