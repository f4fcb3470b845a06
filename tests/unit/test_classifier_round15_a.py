"""Round 15A: urgent reports said by what happens, not by a danger word (probe_ao/ap/ar).

Each situation in the rule writer's own words, with calm look-alikes: a car that knocked a
passer-by down (撞人了, 把过马路的老太撞倒了, a van in a ditch with someone seemingly inside);
someone fallen into a manhole, a foundation pit or a septic well; rocks rolling off a hill onto
houses with people in them; a bridge sinking while people still cross; someone pushed to the
ground; debt collectors smashing a door while a child cries; a man climbing in through a
window; someone prising a lock right now; villagers or parents without a head count besieging
an office over money; several people coughing, with sore throats or eyes, from factory fumes or
a spilt chemical; a psychiatric patient chasing or hitting children; a lamp post that has
already knocked down a dog while people walk by; an old person alone saying the chest feels
tight. Later batches: people run over, pinned or struck by forklifts; pile-ups with someone
hurt; hands in machines; fires told by size, crackling, soot or a red sky; water at the door
of someone bedridden, houses cut off by water; groups ill after one meal or coughing without a
head count; patients smashing stalls; voice-input homophones (调 for 掉, 救名, 的 for 得, 学
for 血); and calm look-alikes: drills, rumours checked, danger over, habits, queues, sewage.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # cars hitting people
    ("traffic", "菜市场门口撞人了 司机还没下车"),
    ("traffic", "一辆电动车把过马路的老太撞倒了"),
    ("traffic", "渣土车在学校门口把一个放学的撞了"),
    ("traffic", "面包车翻进路边水沟 车里好像还有人"),
    # fallen in, trapped, buried
    ("*", "路边那个窨井没盖 有个骑车的大爷掉窨井里了"),
    ("*", "工地那个基坑 刚才一个工人掉坑里了"),
    ("*", "修路挖的坑 有个老人掉坑里了"),
    ("safety_hazard", "山上滚下来几块大石头 砸到村头两户的后墙 人还在家里"),
    ("safety_hazard", "河上那座便桥中间在往下沉 还有学生骑车过"),
    # assaults told by the act
    ("*", "奶奶在菜场被人推倒 手上全是擦伤"),
    ("*", "几个讨债的把门砸得变形了 屋里老人吓得直哭"),
    ("public_security", "有个男的正在往一楼窗户里翻"),
    ("public_security", "车库里俩人在撬人家电动车的锁 现在还在"),
    # a crowd said without a number
    ("petition", "村民们堵在镇政府大门口 为拆迁安置的事 有人在撞门"),
    ("*", "家长们堵在辅导班门口要退费 情绪激动"),
    # several people taken ill by fumes or a spill
    ("environment", "化工园飘过来一股酸味 学校好几个学生喉咙痛"),
    ("environment", "工厂在排废气 幼儿园的小朋友头痛想吐"),
    ("*", "仓库里一桶硫酸洒了 几个搬运工眼睛疼 直咳嗽"),
    # violent patients
    ("special_groups", "那个重精病人拿着砖在撵小孩"),
    # live current that already struck
    ("safety_hazard", "广场那根灯杆漏电 一只狗碰了一下就倒了 好多小孩还在边上玩"),
    # an old person alone with a tight chest
    ("*", "独居的孤老打电话说胸口闷 喘气也不顺"),
    ("*", "阿公说胸口憋得慌 家里就他一个"),
    # run over, dragged, pinned by a vehicle
    ("traffic", "有辆小车把送外卖的撞出去好几米"),
    ("traffic", "渣土车从一个骑电驴的身上压过去了"),
    ("traffic", "快递车倒车 把一个老太太顶倒了"),
    ("traffic", "桥下匝道追尾了好几辆 有个男的捂着头坐在路边"),
    # caught by machines, pierced
    ("*", "工地上一个工人被钢筋扎了"),
    ("*", "孩子把手伸进绞肉机里了"),
    # a beating told by who did it
    ("public_security", "一个女的在路边被一个男的打 没人管"),
    # a fire told by its size
    ("fire_safety", "河边棚子里不知道烧什么 火挺大 旁边是加油站"),
    # fallen behind a door locked from inside
    ("*", "老孙头在厕所摔了 门从里面反锁的 听见他在哼"),
    # a leg down a drain, a live wire in a puddle
    ("*", "下水道盖板翻了 一个老太太腿陷进去了"),
    ("safety_hazard", "巷子口的电线耷拉到水坑里 几个小孩在旁边踩水玩"),
    # water at the door of someone who cannot leave, houses cut off, people on a car roof
    ("*", "暴雨 水已经到门口台阶上面了 屋里有个卧床的老人"),
    ("*", "村西头几户人家被水围住了 出不来"),
    ("*", "桥洞下面水很深 一辆三轮车陷在里面 人站在车上喊"),
    # several taken ill after the same meal or water
    ("food_drug", "养老院的老人吃完早饭好几个发烧拉稀"),
    ("*", "喝了饮水机的水 几个学生都肚子疼 趴在桌上"),
    # patients who smash and hit
    ("special_groups", "精神病人在菜市场掀摊子 还打了卖菜的"),
    ("special_groups", "小区里那个犯病的小伙子在扔花盆 楼下有人"),
    # something hanging loose over a walkway, the flat empty
    ("safety_hazard", "五楼窗外的空调架松了 外机吊着直晃 下面是人行道 那户家里没人"),
    # a beating told blow by blow
    ("public_security", "一个男的骑在那人身上 一拳一拳地砸"),
    # fire told by crackling, soot and a red sky
    ("fire_safety", "对门那家屋里有噼里啪啦的声音 窗户都熏黑了"),
    ("fire_safety", "半夜那边天都映红了 消防车一直在响"),
    # a child shut in an appliance
    ("*", "一个小孩钻进废弃冰箱里 门关上打不开了"),
    # still urgent next to the new calm words
    ("*", "老人在家摔倒了 起不来 救护车进不来 小区车停满了"),
    ("*", "电梯困人 里面两个人 还没救出来"),
    # a group coughing with sore eyes, no head count, no named source
    ("*", "游泳馆加药加多了 一群小孩眼睛疼 咳个不停"),
    ("*", "学校隔壁工地在烧沥青 好多学生咳嗽头疼"),
    # a threat to set fire, self-harm told by the act
    ("*", "楼下疯子拿打火机要点楼道里的纸箱"),
    ("*", "有个精神不太正常的男的一直拿头撞车"),
    # pinned or struck by a rolling car, a forklift; children knocked down by a named vehicle
    ("traffic", "车库入口那个斜坡 一辆车溜下来 把一个保洁阿姨挤在墙上了"),
    ("*", "嗯 工地门口 一个工人被叉车铲到了 腿不能动"),
    ("traffic", "学校门口两个小孩被一辆电动车撞倒了 一个在哭一个不说话"),
    # voice-input homophones: 调 for 掉, 救名 for 救命, 的 for 得, 学 for 血
    ("*", "小孩在水库边玩 调进水里了"),
    ("*", "一个女的在巷子里喊救名"),
    ("*", "那边有个老人从楼上调下来了"),
    ("public_security", "有个学生被打的鼻青脸种"),
    # flat reports: nobody seen coming up, a driver slumped after a crash
    ("*", "村头那个水塘 刚才好像有个小孩下去了 没看到上来"),
    ("traffic", "下班路上看到一辆面包车撞了护栏 司机趴在方向盘上不动"),
]

CALM = [
    ("*", "上个月有辆车在这撞人了 现在装了减速带"),
    ("*", "差点撞到人 司机一脚刹住了"),
    ("*", "车撞了护栏 司机没事"),
    ("*", "手机掉进窨井里了 帮忙捞一下"),
    ("*", "狗掉坑里了 已经拉上来了"),
    ("*", "去年后山滚下来过石头 想问问能不能修挡墙"),
    ("*", "桥面有点裂缝 担心以后往下沉"),
    ("*", "那个精神病人最近在楼下骂人 家属说会看着"),
    ("*", "精神病人家属来咨询补贴"),
    ("*", "那个精神病人在小区里打转 家属在陪着"),
    ("*", "工厂噪音太大 好几户居民头疼"),
    ("*", "垃圾站臭得想吐 好多居民投诉"),
    ("*", "村民说工厂的味道熏得嗓子疼"),
    ("*", "几个学生说化学实验室的药水味道难闻"),
    ("*", "仓库里的化学品桶漏了一点 已经清理了 没人受伤"),
    ("*", "老人有点胸闷 想预约社区医院体检"),
    ("*", "开锁师傅在撬门 帮邻居开门"),
    ("*", "昨天有人撬了车库的锁 今天来调监控"),
    ("*", "楼上天天砸门 吵得睡不着"),
    ("*", "一群大妈围在门口看热闹"),
    ("*", "村民们围着村委会看公告"),
    ("*", "家长们在校门口围着等放学"),
    ("*", "路灯杆漏电 担心有人碰到"),
    ("*", "灯杆漏电 去年电倒过一条狗 现在修好了"),
    ("*", "外卖员被车刮了一下 自己爬起来走了"),
    ("*", "老房子有点下沉 住户都搬走了"),
    ("*", "邻居家装修一直砸门框 吵死了"),
    ("*", "烧烤摊火不小 烟熏得慌"),
    ("*", "小区门口烧纸钱 火挺大的 怕引燃旁边的草"),
    ("*", "老孙头说厕所门锁坏了 反锁的打不开"),
    ("*", "电线断了掉在路边 没人碰 麻烦来修"),
    ("*", "一个女的在路边被一个男的打电话骚扰了好几天"),
    ("*", "小学生被同学打了一下 老师已经处理了"),
    ("*", "工地上钢筋扎破了轮胎"),
    ("*", "班里好几个发烧 老师说是流感 已经通知家长"),
    ("*", "孩子吃完饭有点拉肚子 想问问社区医院几点开门"),
    ("*", "几个同事吃了火锅 第二天都拉肚子 现在好多了"),
    ("*", "积水到台阶了 物业在抽水 没进屋"),
    ("*", "瘫痪的老人家门口积水 已经转移到女儿家了"),
    ("*", "河水涨了 村里几户人家已经转移了"),
    ("*", "几户人家门口堆着东西 出不来车"),
    ("*", "精神病人在小区里扔东西 家属已经带回去了"),
    ("*", "精神病人家属打电话问能不能申请补贴"),
    ("*", "桥洞有积水 车开不过去 要绕路"),
    ("*", "五楼窗外的空调外机吊着晃 下面没人走 已经拉了警戒"),
    ("*", "教练一拳一拳地教 学员练拳击"),
    ("*", "孩子骑在爸爸身上玩"),
    ("*", "傍晚的晚霞把天都映红了 好多人拍照"),
    ("*", "楼上噼里啪啦在放鞭炮 烟很大"),
    ("*", "厨房墙被油烟熏黑了 想找人刷一下"),
    ("*", "孩子躲进衣柜里玩捉迷藏"),
    ("*", "冰箱门打不开了 孩子说里面有冰淇淋 能找人修吗"),
    ("*", "小区门口的彩旗吊着直晃 挺好看"),
    # danger already over, denied after a look, or a rumour the reporter checked
    ("*", "三号楼电梯卡人 消防到了 人都救出来了"),
    ("*", "摔伤腿的刘大爷今天从医院回来了 儿子在照顾"),
    ("*", "有人说菜市场着火了 我去看了 没有着火 是蒸包子的蒸笼"),
    ("*", "群里传加油站爆炸了 问了站长 没有爆炸 大家别慌"),
    ("*", "前天两个摊贩打架的事 派出所处理了 双方和解"),
    ("*", "手被机器夹伤的那个工人出院了 在家休养"),
    ("*", "那个精神病人在医院治疗后情绪稳定 家属陪着"),
    # a queue, sewage, a habit of the wind, a parking complaint
    ("*", "办事大厅排了二十多个人 队伍都到门口了"),
    ("*", "楼下污水往外冒 黑乎乎的一片"),
    ("*", "阳台上的花盆风一吹就晃 楼下是小区道路 有人走"),
    ("*", "小区车停得乱 救护车进不来 物业管管"),
    ("*", "最近流感 班上好几个学生咳个不停"),
    ("*", "老师布置的作业太多 好几个学生头疼"),
    ("*", "打火机要点着才能用 小卖部有卖"),
    ("*", "几个娃儿拿打火机点纸玩 被我撵走了 没烧起来"),
    ("*", "上次那个精神病人拿头撞墙 现在住院了"),
    ("*", "工地上叉车把一堆砖撞倒了 没伤着人"),
    ("*", "电动车撞倒了路边的垃圾桶 车主扶起来走了"),
    ("*", "他从楼上调下来当副主任了"),
    ("*", "上次被打的那个学生已经转学了"),
    ("*", "把水里的温度调下来"),
    ("*", "快递员把车停路边 趴在方向盘上睡觉"),
    ("*", "车撞了护栏 司机下来打电话叫拖车 人没事"),
    # drills, plans, rumours checked, fears, habits, the past
    ("*", "消防演练 模拟有人掉进窨井"),
    ("*", "应急演练 模拟一群人围住村委会讨说法"),
    ("*", "差点撞人了 还好刹住了"),
    ("*", "听说有人被车撞出去好几米 不知道真假 核实了不是"),
    ("*", "小区准备开展防溺水宣传 讲掉进水库怎么自救"),
    ("*", "上个月食堂吃完好几个拉肚子 已经处理了"),
    ("*", "去年路灯杆漏电电倒过一条狗 今年检查一下"),
    ("*", "天天有人在楼下撬共享单车的锁"),
    ("*", "小孩喜欢往窗户里翻着玩 家长管管"),
    ("*", "那户人家经常被水围住 路太低了 希望修一下"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
