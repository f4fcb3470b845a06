"""Round 18 (A): urgent situations and their calm look-alikes, in the rule writer's own words.

This round wrote rules for families of reports rather than for single misses, and each urgent
sentence below was missed by the rules before the round.

Urgent: a harm verb said with its result (撞伤, 砸晕, 压伤, 碾伤, 打晕, 摔伤) whoever was hurt;
someone called, knocked at or shaken who does not answer (没回应, 没应声, 不吭声, 没回音);
someone still inside a car, house, shed or shaft after a crash, a collapse or a flood (车内还有人,
驾驶室还有人, 屋内还有人); someone who has climbed over a railing by the water; strangers or
night visitors loading someone else's goods onto a vehicle; a gas alarm going off with a smell;
people missing told by who is searching (家里人, 全村人 找了一天没找着) or by what was found by
the water; a housebound person without water, power or food for days; a crack or the ground
still widening or sinking; a crowd over fees at a training school (培训 in 培训学校 is no drill);
a group of sick people of whom only some have been taken to hospital (部分已送医, 有的已送医).

Calm: old injuries (摔伤过), fears (会夹伤), ointment and work-injury questions, complaints no
office has answered (没有回应), someone asleep or wearing earphones, crashes and collapses with
everyone out or nobody living there, car windows found smashed, moving house and unloading,
alarm batteries and tests, jaywalkers and anglers over a railing, a pet or a pigeon stuck,
lost keys and lost livestock, meal-service requests, a game habit (还在沉迷), fights over and
taken away by the police, reports already filed, mistaken identity, a scam that failed, a
phone call (打来电话), passing by (打那边过), grumbling (吐槽), polite requests to come and mend
(尽快来修), e-bikes parked on the tactile paving (压住了盲道), children who often crawl in,
spades for sale.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # a harm verb said with its result, whoever was hurt
    ("*", "搬钢板的时候压伤了一个小工"),
    ("*", "菜场门口一辆三轮冲过来 撞伤了两个买菜的"),
    ("*", "楼上掉下来一个花盆 把修鞋的砸晕了"),
    ("*", "装卸的时候钢卷滚下来 压伤了搬运的"),
    ("*", "电动车把送外卖的撞晕了 躺在路上"),
    ("*", "有个修空调的从外机架上摔伤了 躺在楼下"),
    ("*", "公交车急刹车 车上好几个站着的摔伤了"),
    ("*", "那个醉鬼把小卖部的老板打晕了 还在店里"),
    ("*", "校门口一辆私家车倒车 把接孩子的撞伤了"),
    ("*", "超市的货架倒了 把理货的压伤了"),
    ("*", "有个拉板车的被渣土车碾伤了 躺在路上"),
    # called, knocked at or shaken, and no answer
    ("*", "修管道的工人下到窨井里 上面喊他没有回应"),
    ("*", "拍门拍了半天没人回应 屋里电视还开着 老人一个人住"),
    ("*", "地窖里下去的那个人 往下喊了几声也没回音"),
    ("*", "有个清淤的下到涵洞里 往里喊了几声都没有回应"),
    ("*", "隔壁租客喊他吃饭一直没回应 房门从里面插着"),
    ("*", "叫她名字不回应 人就靠在墙角 脸色挺吓人"),
    ("*", "有个工人在罐子里清洗 外面叫他名字没回应"),
    ("*", "老李钻进下水管道里疏通 喊了好几声也不吭声"),
    ("*", "对门醉倒的那个人 拍他脸也不吭声"),
    ("*", "保洁阿姨说厕所隔间里有个人 敲了半天门没应声"),
    ("*", "巡逻的时候发现一个人趴在长椅上 喊他也没回应"),
    ("*", "进污水池清理的师傅 喊了半天没回音"),
    # someone still inside after a crash, a collapse or a flood
    ("*", "一辆拉砖的车翻进了路边的水沟 驾驶室还有人"),
    ("*", "一辆轿车翻在了高速匝道上 车内还有人"),
    ("*", "大风把工地的铁皮棚掀了 砸穿了隔壁的屋顶 屋内还有人"),
    ("*", "出租车冲进了路边的河沟 司机还在驾驶室"),
    ("*", "一辆大客车翻到了山沟里 车上还有人"),
    # smashing parked cars with a brick
    ("*", "那个人用砖头砸停着的车 玻璃碎了一地"),
    # strangers or night visitors loading someone else's goods
    ("*", "半夜有几个不认识的人正往货车上搬隔壁厂里的钢材"),
    ("*", "村东头有陌生人在鸡棚那边往车上装鸡 主人家不在"),
    ("*", "看见两个生面孔正往三轮车上装工地的电缆"),
    ("*", "凌晨有几个陌生人在仓库门口正往面包车上搬东西 看着不像这家的"),
    ("*", "半夜有人把邻居的羊往车斗里装 邻居出门打工了"),
    ("*", "凌晨有人在工地正往皮卡上搬钢筋 看着不像工人"),
    ("*", "陌生人正往三轮车上装别人家的玉米"),
    # a gas alarm going off with a smell
    ("*", "三楼那户的燃气报警器在叫 楼道里有股怪味"),
    # over a railing by the water
    ("*", "一个女的翻出了江边的栏杆 站在水边哭"),
    ("*", "有个老太太翻过了河边的护栏 坐在堤上哭"),
    ("*", "有人翻过了水库边的铁栏杆 站在坝上"),
    ("*", "一个喝醉的小伙子翻过了江边的护栏 站在台阶最下面"),
    # the whole word 翻过护栏 (a keyword of its own) still says who climbed over
    ("*", "一个大爷翻过护栏站到了水库的堤坡上"),
    ("*", "有个女的翻过栏杆坐在湖边石头上 一直在哭"),
    ("*", "一个老人跨过了桥上的栏杆 在外面站着"),
    # missing, told by who searches or by what was found by the water
    ("*", "放羊的老汉昨天进山到现在没回 全村人都出去找了"),
    ("*", "放鸭的老刘昨天下午出去 家里人找到天亮都没找着"),
    ("*", "河滩上只找到孩子的书包 人到现在没见着"),
    ("*", "采蘑菇的老汉进了林子 村里人找了一天都没找到"),
    ("*", "打鱼的老周撑船出去一天一夜了 全村人都在找 找不着"),
    ("*", "小区里那个智力有问题的小伙 家里人从早上找到现在没找着"),
    # housebound without water, power or food
    ("*", "行动不便的老太太家里断水断电 三天没吃的了"),
    ("*", "腿脚不便的老人 家里没水没电 两天没吃饭"),
    ("*", "腿脚不便的独居老人 家里断水断电 两天没吃的了"),
    ("*", "独居的刘爷爷断水断电 已经三天没吃东西"),
    ("*", "行动不便的残疾人 家里没水没电 一天没吃的"),
    # a crack still widening
    ("*", "路面上那条缝越裂越宽 下面是地铁施工"),
    ("*", "老街那排房子后墙的裂缝越裂越宽 还有人住着"),
    # a crowd over fees at a training school
    ("*", "四十多个家长围在培训学校门口 要求退学费"),
    ("*", "四十多个学员聚在培训中心门口要退钱"),
    # only some of the sick taken to hospital
    ("*", "幼儿园六七个孩子发烧呕吐 个别已送医 其他的还在教室"),
    ("*", "厂里十几个工人闻了气味头晕 部分已送医 还有几个在车间躺着"),
    ("*", "学校食堂吃了午饭 二十多个学生肚子疼呕吐 部分已送医 还有的在医务室"),
    ("*", "车间里七八个工人闻了味儿头晕呕吐 有的已送医 剩下的还在车间"),
]

CALM = [
    # old injuries, fears, ointment and work-injury questions
    ("*", "去年冬天他在冰上摔伤过"),
    ("*", "他以前被车撞伤过腿 现在走路有点瘸 想申请补贴"),
    ("*", "小区的健身器材太旧了 会夹伤孩子的手 赶紧换了吧"),
    ("*", "他说上次被狗咬伤过 想问狂犬疫苗在哪打"),
    ("*", "烫伤膏哪里有卖的 社区药店有吗"),
    ("*", "受了工伤 想问伤残鉴定去哪里做"),
    ("*", "卫生院抽血的护士扎了好几针 胳膊都青了 想投诉"),
    ("*", "孩子从滑梯上滑下来 没摔伤 就是吓哭了"),
    # no answer from an office, or someone asleep
    ("*", "给物业反映了好几次 一直没有回应"),
    ("*", "在热线留言一个礼拜了 没人回应"),
    ("*", "老人睡觉呢 叫了几声没应声 等会再来"),
    ("*", "跟房东说了好多回 房东就是不吭声"),
    ("*", "叫他名字没应声 原来戴着耳机在打游戏"),
    # everyone out, nobody living there, nobody hit
    ("*", "车被撞了一下 人都出来了 就是车头瘪了"),
    ("*", "那间老房子塌了 里面早就没人住了"),
    ("*", "围墙倒了一段 好在没砸到人 请来修一下"),
    ("*", "树被风刮倒了 压在路边的花坛上"),
    # cars found damaged, chopping wood
    ("*", "早上下楼发现车窗被砸了 东西没丢 要报保险"),
    ("*", "小区里的车被人划伤了 想调监控"),
    ("*", "邻居在院子里砍柴 声音有点吵"),
    # moving house, unloading, night lorries, helping a neighbour
    ("*", "隔壁在搬家 正往车上搬东西 有点吵"),
    ("*", "楼下超市在卸货 货车挡住了路"),
    ("*", "工地那边晚上在往车上装渣土 噪音太大 睡不着"),
    ("*", "帮邻居的大爷往三轮车上搬了两袋米"),
    # alarm batteries and tests
    ("*", "燃气报警器一直在叫 师傅说是没电了 换了电池就好了"),
    ("*", "燃气公司来检测报警器 响了几下 正常"),
    # over a railing to cross, fish or take photos; pets and pigeons stuck
    ("*", "有人翻过护栏横穿马路 太危险了 建议加高护栏"),
    ("*", "有人翻过护栏去河边钓鱼 想问能不能管"),
    ("*", "桥上的护栏松了 有人翻过护栏拍照 建议修一下"),
    ("*", "猫爬到雨棚上下不来了 叫了一晚上"),
    ("*", "鸽子被困在楼道窗户里 飞不出去"),
    ("*", "楼顶的鸽子被困在笼子里好几天了 没人喂"),
    # lost keys and livestock
    ("*", "全家人找了一下午的钥匙 最后在沙发底下找到了"),
    ("*", "放羊的老汉说羊丢了两只 想问能不能帮忙找"),
    ("*", "放牛的老张说牛跑丢了 找了一上午没找着"),
    # meals and appetite
    ("*", "独居老人想申请助餐服务 每天中午送饭"),
    ("*", "残疾人老周说最近胃口不好 不想吃饭 想问问医生"),
    # sinking that is over, a game habit
    ("*", "那段路以前下沉过 已经修好了"),
    ("*", "孩子还在沉迷游戏 不肯出门"),
    # fees talked over online, or owed to a number of people
    ("*", "培训机构关门了 家长们在群里商量怎么退费"),
    ("*", "十几个家长的学费没退 想问去哪里投诉"),
    # over, reported, mistaken, failed
    ("*", "刚才那起打架双方都被民警带走了 现场没人了"),
    ("*", "昨晚电动车被偷 人没受伤 已经报案了"),
    ("*", "群里说有人在菜场打人 我去看了 是认错人了 没这回事"),
    ("*", "有人冒充公安打电话说老人儿子出事了 老人差点上当 被儿子拦下了"),
    ("*", "走失的老人下午找到了 身体没事"),
    # a phone call, passing by, grumbling, polite requests, parking on the tactile paving
    ("*", "王大爷打来电话说儿子不管他 想让社区评评理"),
    ("*", "早上上学的孩子都打那边过 路灯坏了好几天"),
    ("*", "大家都在群里吐槽物业 垃圾没人清"),
    ("*", "路灯杆歪了 麻烦尽快来修"),
    ("*", "电动车停得压住了盲道 盲人走不了"),
    ("*", "放学的孩子常钻进去玩 围挡那个洞该补了"),
    # a spade for sale is no weapon: only one held or swung is
    ("*", "店门口摆着铁锹扫把卖"),
    ("*", "五金店门口堆着铁锹锄头 占了人行道"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
