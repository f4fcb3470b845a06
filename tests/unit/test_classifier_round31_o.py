"""Round 31 (o): urgent traffic, food and drug, and labour situations said without the
textbook word, and the category a clerk would give them.

Every urgent sentence below was missed before this round (calm, or urgent under the wrong
category). Traffic: a car going the wrong way on an expressway, ramp or elevated road (逆着开,
倒着往主路开, 反着方向开); a drunk driver weaving through a market, night market or
pedestrian street (醉醺醺的开着车在摊子中间蹿, 走S形); a child running into a road full of
traffic (往马路对面冲 这会车正多); a school van or tricycle overturned in a ditch or field with
children inside, cars four wheels up; a vehicle with failed brakes running downhill towards a
market or with a load of passengers screaming; someone lying or standing on a fast lane with
cars swerving; a person thrown by a car and now convulsing or moaning on the ground; a tanker
on its side breathing out white vapour; a lorry in a breakfast stall; a load sliding off a
lorry onto a road with people; a car in a lamp post or a crash barrier and someone stuck in
the driving seat (traffic, not a hazard or a fire). Food and drugs: a meal eaten together
(canteen, banquet, takeaway, street stall) and now a group running to the toilet, slumped over
tables, pale as paper, crowding the clinic; diet pills, pedlars' pills or an "energy" jab
and a racing heart, limp limbs, shaking that will not stop, blue lips (口唇发紫); bulk or home
brewed liquor and a white fog before the eyes; children who drank pesticide or ate rat poison
or a laundry pod (food and drug, not a family or environment matter). Labour: a machine
(cutting saw, mincer, roller, mixer, press) that has a worker's hand or arm in it; molten iron
splashed on a worker; a worker on a crane jib, cradle or scaffold top over unpaid wages;
workers pounding the boss's door until he hides; a driver threatening to burn his lorry over
freight money; wage crowds pushing the project manager; couriers downing tools over fines;
hundreds of workers who will not go into the workshop.

Calm: the same words past (上个月, 去年, 上次), handled (拦下来了, 劝下来了, 谈好了, 今天都好了,
出院了), feared or asked about (怕, 担心, 想问问), routine (安全培训, 指示牌, 检修, 刹车片) or
negated, and complaints about taste, price and queues at the same meals.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("traffic", "高架下匝道那 两辆小车顶在一起了 有一个人卡在驾驶座上 门拉不开 在喊"),
    ("traffic", "学校门口校车歪在排水沟里了 车门那边朝下 娃娃们在里面哭"),
    ("traffic", "镇上赶集那条路 一辆拖拉机侧在路边 拉的砖撒了一地 底下好像压着个人"),
    ("traffic", "滨江大道一辆车撞在护栏上 车头在冒黑烟 里面的人还没出来"),
    ("traffic", "外环高速匝道口有辆黑色轿车倒着往主路开 对面车都在躲"),
    ("traffic", "有辆白色SUV在绕城高速上逆着开 开得飞快 已经有车擦了"),
    ("traffic", "下雪路滑 坡上一辆公交车往下溜 司机踩不住 下面是学校"),
    ("traffic", "老人骑三轮过马路被小车撞出去好几米 在地上抽"),
    ("traffic", "幼儿园的接送车翻在路边田里了 里面有十几个小孩"),
    ("traffic", "有个喝了酒的在快车道上躺着 车都在绕"),
    ("traffic", "一辆货车装的煤气罐掉了一地 还在往路边滚 路边都是人"),
    ("traffic", "冰面上一串车撞在一起了 最前面那辆翻了 四轮朝天"),
    ("traffic", "巡逻到幸福路 一辆面的撞在电线杆上 司机趴方向盘上 喇叭一直响"),
    ("traffic", "哎呀妈呀 高速出口那疙瘩一辆车倒着开 差点怼上大客车"),
    ("traffic", "那个开宝马的喝得五迷三道的 在步行街里横冲直撞 人都在跑"),
    ("traffic", "那辆大巴车在盘山路上挂在崖边上了 车上还坐着人 都不敢动"),
    ("traffic", "幼儿园门口 一个娃娃挣脱了奶奶的手往马路对面冲 这会车正多"),
    ("traffic", "车子在高速上爆胎打横了 后面的车一辆接一辆撞上来 中间那辆车里有小孩"),
    ("traffic", "一个喝醉的开着皮卡在菜场门口倒来倒去 刚刚把一个卖菜的大娘顶倒了"),
    ("traffic", "我亲眼看到一辆小车在城郊高架上逆行 对面车灯闪成一片"),
    ("traffic", "那个货车在下坡一路按喇叭冲下来 刹车好像不灵了 前面是集市"),
    ("traffic", "村口有个小孩骑自行车冲到国道上被货车挂了 孩子的爹在那哭"),
    ("traffic", "小汽车掉进施工的坑里 车头朝下 里面的人在拍玻璃"),
    ("traffic", "环城路上有辆大货车一路走s形 在往学校那边开 司机好像喝了酒"),
    ("traffic", "高速进城方向 一辆小轿车掉头逆向行驶 大货车都在鸣笛避让"),
    ("traffic", "匝道上有个车反着方向开上来了 开得还快 前面就是主线"),
    ("traffic", "桥头那里一辆电动三轮翻到河里去了 车上有个老太太"),
    ("traffic", "拉石子的车转弯 一车石子倒在人行道上 好像有个路人埋在下面了"),
    ("traffic", "载满人的摩的在坡上刹不住 冲到对面车道跟公交顶上了"),
    ("traffic", "城乡结合部那个路口 一辆拉沙车冲进了路边的早点摊 摊主和吃早点的都在底下"),
    ("traffic", "景区的观光车在下坡失控了 车上坐满了游客 在尖叫"),
    ("traffic", "高速公路上有人下车站在行车道上吵架 后面车一辆接一辆冲过来"),
    ("traffic", "一头牛跑到国道上了 后面一个小孩在追 车很多"),
    ("traffic", "快速路出口一辆车反着开进来了 差点和我迎面撞上 现在还在往里开"),
    ("traffic", "一个老头喝醉了开着三轮在集上乱冲 撞了两个摊子 还不停"),
    ("traffic", "小孩骑滑板车从小区冲到马路上 一辆公交刚好过来 急刹住了孩子趴在车前面"),
    ("traffic", "运煤的大车在村口翻了 煤倒了一地 有个放学的孩子没看见了"),
    ("food_drug", "厂里食堂中午那顿吃完 车间里一排人趴在桌上起不来 有几个在厕所出不来"),
    ("food_drug", "村里办白事的席面吃完 十几个人陆续肚子翻江倒海 卫生室挤满了"),
    ("food_drug", "婚宴吃到一半 好几桌的人往外跑 有的蹲在门口哇哇吐"),
    ("food_drug", "夜市那家烤生蚝 我们一起吃的六个人现在全在医院门口排着 有一个脸白得跟纸一样"),
    ("food_drug", "隔壁两个细伢子偷喝了家里瓶子里的东西 现在嘴里冒白沫"),
    ("food_drug", "养老院晚饭以后 一层楼的老人都在拉 有两个已经没力气说话了"),
    ("food_drug", "我妈吃了直播间买的减肥药 心跳得特别快 人软在床上"),
    ("food_drug", "喝喜酒喝的那个散装酒 好几个人说看东西白茫茫的 有一个倒在桌子底下了"),
    ("food_drug", "邻居家小孩把洗衣凝珠当糖咬了 现在一直咳 吐白沫"),
    ("food_drug", "厂区门口那个包子铺 早上吃过的工人好几个在医务室躺着 还在往那送"),
    ("food_drug", "刚才社区食堂吃饭的老人 有五六个说头昏 手发抖 有个坐都坐不住了"),
    ("food_drug", "伙房晚饭的菜 部队拉练借住的学生好几十个都不舒服 有的在发抖"),
    ("food_drug", "阿公吃了那个卖药佬的药丸 个人抖到停唔落 口唇发紫"),
    ("food_drug", "民工宿舍里好几个人喝了同一桶酒 现在都蜷着不动 叫着不怎么答应"),
    ("food_drug", "那个上门推销的给我爸打了一针说是营养针 现在我爸浑身发抖 嘴唇紫了"),
    ("food_drug", "寄宿学校昨天晚饭到现在 一个宿舍楼的学生都在跑厕所 有几个发高烧"),
    ("food_drug", "楼下饭馆的外卖 我们公司十几个人吃完 一下午都在跑卫生间 有两个直不起腰"),
    ("food_drug", "学校旁边那个炸串摊 班上好几个小孩吃了 现在在教室里哇哇吐 老师都忙不过来"),
    ("food_drug", "我爸喝了路边收的那种土烧酒 现在说眼睛前面一片雾 站都站不住"),
    ("food_drug", "村里老人吃了村口卖的那种强身的药 有三个都躺在床上起不了身"),
    ("food_drug", "养老院的老人早上喝了粥 好几个在拉 有个老太太脸色发灰"),
    ("labor", "服装厂的工人围在老板办公室外面 门都给拍烂了 老板躲在里面不出来"),
    ("labor", "一个工人爬到吊车臂上了 说今天不给工钱就从上面下来"),
    ("labor", "搅拌站的一个司机爬到罐车顶上 拿着打火机 说不结运费就烧车"),
    ("labor", "木材厂一个工人袖子被卷到滚筒里了 胳膊还卡着 机器刚停"),
    ("labor", "食品厂的绞肉机把工人的手带进去了 满地是红的"),
    ("labor", "快递站的快递员全都把车横在路上 二十来个 说扣钱扣得太狠"),
    ("labor", "建筑工地上的人拿着钢管堵在门口 不让混凝土车进 说欠了工程款"),
    ("labor", "电子厂几百个工人在厂门口不肯进车间 说改了计件单价"),
    ("labor", "工地外墙吊篮里的工人说不给钱就割绳子 吊篮还在十几楼"),
    ("labor", "铸造车间一个工人被铁水溅到 衣服冒烟 人在地上滚"),
    ("labor", "厂门口的工人越来越多 把马路都占满了 在喊还钱"),
    ("labor", "木工厂里开料机把一个师傅的手指头吃进去了 人在那叫 没人会关机器"),
    ("labor", "项目部被讨钱的工人围了 窗户都砸了 经理被堵在里头"),
    ("labor", "有个外地工人爬上了工地的脚手架最高处 喊着要工钱 说不给就下去"),
    ("labor", "搅拌机没停 一个工人掉进去了 腿卷在里面"),
    ("labor", "一个工人站在厂房屋檐边上 说老板不给钱今天就死在这"),
    ("labor", "注塑机把一个女工的手压在模具里了 机器还没断电"),
    ("labor", "一个建筑工人坐在塔吊大臂上不下来 说要结账 下面好多人在看"),
]

CALM = [
    ("*", "上个月高速上有辆车逆行 被交警拦下来了 司机被扣了分"),
    ("*", "电动车在辅路上逆行的特别多 能不能在匝道口安排人管一管"),
    ("*", "交警在集市路口查酒驾 车排了好长的队"),
    ("*", "喝醉的那个司机昨天在菜场门口倒来倒去撞了摊子 现在车扣了人拘留了"),
    ("*", "学校门口车很多 孩子放学老往马路上跑 建议安排个协管员"),
    ("*", "小孩刚才往马路上跑 被他妈一把拉住了 没事了"),
    ("*", "社区搞交通安全宣传 教小孩子不要往马路上冲"),
    ("*", "去年校车翻在沟里那次以后 学校换了新车"),
    ("*", "路边那辆翻了的三轮车是空车 人都出来了 等拖车"),
    ("*", "下坡那段路刹车片磨得厉害 货车司机建议装个避险车道"),
    ("*", "那辆货车刹不住的事是前天的 车已经修好了"),
    ("*", "他情绪失控在路口跟人吵起来了 现在劝开了"),
    ("*", "环卫工在快车道上扫地 车都绕着走 能不能让他们晚上扫"),
    ("*", "被车撞的老人已经出院了 家属来问定责的事"),
    ("*", "上周那个骑车的被货车挂倒以后 保险公司一直不理赔"),
    ("*", "罐车在加油站卸油 味道很冲 楼上住户投诉"),
    ("*", "拉沙车天天从这过 车上的沙掉了一地 没人清理"),
    ("*", "渣土车夜里偷倒建筑垃圾 倒了一地"),
    ("*", "有辆车撞歪了路边的护栏 人没事 车已经拖走了"),
    ("*", "小区门口的石墩子被车撞断了 一直没人修"),
    ("*", "车门坏了拉不开 司机在车外面打电话叫人修"),
    ("*", "昨天食堂吃了那个菜 好几个人拉肚子 今天都好了"),
    ("*", "食堂的饭难吃 好几个学生都说不舒服 想换个承包商"),
    ("*", "婚宴上人太多 好几桌的人挤在门口 想问能不能管一下停车"),
    ("*", "上次吃了那家外卖的人都拉过肚子 后来那家店被罚款整改了"),
    ("*", "老人担心吃了推销员给的药会心慌 想咨询一下能不能吃"),
    ("*", "我妈吃减肥药心跳得特别快的事是前几天的 现在停了好多了"),
    ("*", "直播间买的减肥茶没标签 想举报一下"),
    ("*", "散装白酒没有标签 卖得还挺好 想问这个归谁管"),
    ("*", "我爸老花眼 看东西模糊 喝了点白酒 想问问眼科在哪"),
    ("*", "农药放在饮料瓶里太危险了 怕小孩误喝 提醒大家收好"),
    ("*", "社区发了灭鼠的老鼠药 提醒家长放高收好别让孩子碰"),
    ("*", "孙子上周误吃了降压药 洗了胃已经没事了"),
    ("*", "团建吃完都说吃撑了 好几个人走不动"),
    ("*", "车间的冲床去年把一个工人的手压伤了 现在在做工伤认定"),
    ("*", "机器卡料了 师傅在弄 手套卷进去一只 人没事"),
    ("*", "厂里搞安全培训 讲冲床、卷扬机怎么防止卷进去"),
    ("*", "上次有个工人爬上塔吊要工钱 后来劝下来了 钱也结清了"),
    ("*", "塔吊司机的工资一个月多少 想招一个"),
    ("*", "脚手架上的工人说工钱下个月结 想问问劳动站怎么登记"),
    ("*", "外墙吊篮的工人系着安全绳在刷漆 说这活工钱高"),
    ("*", "铸造车间铁水溅到地上 工人穿着防护服没事"),
    ("*", "工人们昨天围在老板办公室要钱 已经谈好了 都回去了"),
    ("*", "快递员说扣钱太狠 想问问劳动监察怎么投诉"),
    ("*", "骑手被罚款了 在群里吐槽 说明天不干了"),
    ("*", "司机说运费不结就不拉货了 想找人调解"),
    ("*", "厂里几百个工人 早上都在门口排队打卡进车间"),
    ("*", "上次工人不肯进车间的事 老板已经答应涨单价了 今天都正常上班了"),
    ("*", "工人们说要是再不发工资明天就不进车间了 想先问问劳动站"),
    ("*", "喝了散装酒看不清东西的那几个 上周已经出院了"),
    ("*", "这家小卖部卖的散装酒没标签 担心有人喝了眼睛看不清 能不能来查"),
    ("*", "我们一桌人吃完饭说这家菜太咸 难吃还贵 想投诉"),
    ("*", "食堂的菜量太少 好几个工人吃不饱 下午干活没力气"),
    ("*", "昨天有个喝多的开车在步行街里横冲直撞 交警已经把人带走了"),
    ("*", "电影里那种醉驾在集市横冲直撞的镜头 吓得我孩子不敢看"),
    ("*", "去年那个接送车翻在田里的事故 判决下来了"),
    ("*", "观光车在下坡刹车片换了新的 景区说检修完了"),
    ("*", "小孩在小区里骑遥控车 往马路那边跑 家长一直跟着"),
    ("*", "绞肉机上个月把一个学徒的手指头带进去过 现在装了防护罩"),
    ("*", "食品厂的搅拌机卡住了 里面都是面团 师傅在修"),
    ("*", "讨薪的那个工人上周爬到吊车臂上 被消防劝下来了 钱也到了"),
    ("*", "大车上的钢管绑得不牢 怕掉下来砸人 建议交警查一查"),
    ("*", "年夜饭吃完全家都说吃撑了 没什么不舒服"),
    ("*", "货车上掉下来几个西瓜 滚到路边了 已经捡起来了"),
    ("*", "上次三轮车上的煤气罐掉下来往路边滚 被我拦住了"),
    ("*", "货车上掉下来一箱苹果 捡起来了"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
