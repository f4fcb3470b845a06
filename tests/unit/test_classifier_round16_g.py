"""Round 16G: under-stated reports (probe_au) — the problem told by its signs, sounds, smells,
absences and consequences instead of its name.

Urgent situations: a patient off his medicine throwing things out of the window; someone who
"isn't quite right" chasing children with scissors; a rough sleeper in sub-zero cold, drowsy
under cardboard; children home alone with the little one fitting or feverish and the elder one
running to a neighbour; a wall cracking and creaking while next door knocks walls down; chunks
of concrete falling where families still live; water rising in a garage until cars are soaked
to the doors; water pouring into a switch room or lift shaft; a crowd pinning someone in a car
or a site hut and kicking the doors; noises at the door of a flat whose owners are away; a gas
cylinder hissing with a smell.

Categories said indirectly: e-bikes charged on a lead run out of a window; a fire already out
that left the walls black; an extinguisher told as a red canister whose needle is in the red;
a hissing cylinder; a crack that has grown past its pencil mark; food "past its day"; a night
of diarrhoea after a meal out; an exhaust duct aimed at a window; a sour smell drifting over
from a works; goods spread on the ground to sell; a bus braking hard; a sign saying 冤;
villagers stopping a mast being built; an answer being waited for; a hiring deposit; a
relative come to stay; a former drug user ("used that stuff", urine tests); meals for the
elderly.

Later batches, in the same spirit: a smoke alarm sounding in a hazy corridor, a knife drawn,
no answer at a door with the light on, a dog barking all night for someone not seen; a thud
and moaning, a child or an old woman hanging outside a window; someone lying still in a pool
of red; a Cantonese report of a man at a roof edge; a bang from a charging bike; a child face
down in a pool; a mother hiding at a neighbour's; a baby with no adult around; a crowd that
keeps growing at a gate; a worker gone quiet in a sewage pit; a switch room under water;
someone pinned to a wall, a threat to burn a house, a man rubbing against a girl on a train;
poisonings told by their aftermath; a road still falling in; a red flickering window and
flames leaping from a bin; categories told by what people wear, did or were paid.

Calm look-alikes: cigarette ends everywhere; an old hand injury argued over compensation; a
cold-weather reminder; a former drug user now clean; a deadline for an answer; a cry for help
that was play; a car idling; a child pulled back from a sill; a cylinder venting normally.

Every sentence here failed with the rules as this round found them.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # patients off their medicine, people "not quite right", with scissors or throwing things
    ("*", "我妈这两天药断了，他又不对劲了，刚把椅子从阳台扔下来，楼下还有人"),
    ("special_groups", "楼下那个有点不正常的小伙子拿着剪子在广场上追小孩"),
    ("*", "后街那个脑子不太好的男的拿剪子撵孩子，孩子哭着往家跑"),
    # the cold, children alone
    ("livelihood", "天桥底下躺着个流浪的老头，今晚零下，就盖着纸板，喊他迷迷糊糊的"),
    ("livelihood", "隔壁家爸妈都出门了，家里小妹妹抽起来了，哥哥跑来敲我家门"),
    # structures creaking and dropping pieces with people inside
    ("safety_hazard", "楼上在拆墙，我家卧室墙上裂了一道，还咔嚓咔嚓响"),
    ("safety_hazard", "老宿舍楼道顶上又掉下来一块水泥，里面还住着几户人家"),
    # water rising and reaching electrics
    ("*", "小区地库的水一直在涨，抽不过来，好多车都泡到车门了"),
    ("*", "物业配电房在进水，雨水哗哗往里灌"),
    # a crowd pinning someone in a car or a hut
    ("*", "几个工人把老板围在车里，拽车门拍车窗不让走"),
    # noises at the door of a flat whose owners are away
    ("public_security", "5栋302那户回老家了，半夜门口有人拿手电照，还咔哒咔哒响"),
    # a gas cylinder hissing with a smell
    ("safety_hazard", "面馆后厨那个罐子滋滋响，味道冲得很"),
    # smoke alarms with haze, a knife drawn, no answer at the door, a dog barking all night
    ("fire_safety", "二楼走廊的烟雾报警器一直在叫，走廊里灰蒙蒙的看不清"),
    ("public_security", "停车场有个人挨个拉车门，保安过去问，他拿出一把刀来"),
    ("livelihood", "三楼张大爷家敲门没人答应，屋里灯一直亮着"),
    ("livelihood", "隔壁孙奶奶家的狗叫了一晚上，今天一直没见她出来"),
    # a thud then moaning, a child hanging outside a window
    ("*", "对门厨房咚的一声，然后就听见里面老爷子在哼"),
    ("*", "有个小孩从五楼窗户翻出去了，扒着窗台挂在外面"),
    # someone lying still in a pool of red
    ("*", "小区门口一个送外卖的连人带车倒了，躺那不动，地上一滩红的"),
    # someone standing at a roof edge (Cantonese), a charging bike that popped and smells of
    # rubber, a child face down in a pool, a mother and child hiding next door, a baby alone
    ("*", "有个后生仔喺天台边企咗好耐，叫佢都唔肯落嚟"),
    ("fire_safety", "车棚里充着电的电动车刚啪的一声，一股胶皮味"),
    ("*", "游泳池边上没人看着，池子里有个小孩面朝下漂着"),
    ("*", "对门大姐抱着孩子躲到我家来了，说她男的在屋里摔盆砸碗"),
    ("*", "公园长椅上放着个婴儿在哭，周围没有大人"),
    # a crowd without a head count, blocking a gate and calling the boss out
    ("petition", "辅导班门口家长越来越多，堵着大门要老板出来给个交代"),
    # someone gone down into a tank or pit who does not answer
    ("*", "污水池那股臭味很冲，一个师傅下去掏淤泥，喊他半天没出声"),
    # someone squeezed out through window bars and hanging; a switch room under water
    ("*", "对面四楼有个老太太从防盗窗里钻出去了，人吊在外头"),
    ("*", "雨下得太大，楼下配电室里全泡了，水还在往里漫"),
    # someone pinned to a wall and searched, a threat to burn a house while kicking the door,
    # a man pressing himself on a girl in a train
    ("public_security", "地下通道里两个人把一个学生摁在墙上，在掏他口袋"),
    ("*", "楼下有个男的在踹老李家的门，喊着再不开门就把房子烧了"),
    ("public_security", "地铁上一个男的一直往女孩身上蹭，女孩在哭"),
    # illness told by what follows a meal: half a dormitory running to the toilet, seeing little
    # people after wild mushrooms; a road still breaking away
    ("*", "厂里食堂吃完晚饭，宿舍一半人在跑厕所，有的发烧"),
    ("*", "我爸吃了山上采的蘑菇，说看到屋里有小人在走"),
    ("*", "前面那段马路塌了个洞，路面还在一块一块往下掉"),
    # a fire told by a flickering red window and crackling, or by flames leaping from a bin;
    # someone gone under and not surfacing
    ("fire_safety", "后半夜那栋老楼二层窗口发红，一跳一跳的，还噼噼啪啪响"),
    ("fire_safety", "菜场后门那个垃圾箱突然蹿起来老高，边上停着好多电瓶车"),
    ("*", "有个小孩骑车冲进了水塘，到现在没冒头"),
    ("*", "塘边有个大爷下去摸鱼，半天没冒出头来"),
    ("*", "对门大人都出去打工了，家里小的烧得直哆嗦，大的在门口哭"),
    # someone "not right" stopping cars; workers lying across a gate round the boss's car
    ("special_groups", "小区那个有点不对劲的大哥跑到马路中间拦车，车都在按喇叭"),
    ("*", "那些工人躺在仓库大门口不让车走，老板的车被围住了"),
]

CATEGORY = [
    # (category, urgent, text)
    ("fire_safety", False, "几户把电驴推进楼梯间，从窗户拉根线下来充一晚"),
    ("fire_safety", False, "车库里那几个红罐子，表上的指针都指到红的那边了"),
    ("fire_safety", False, "消防车进出的那条路被几辆面包车挡着，天天如此"),
    ("safety_hazard", False, "活动室那道墙缝比上次宽了，我们贴的纸条都裂了"),
    ("food_drug", False, "便利店冰柜里的面包都过了日子了还在卖"),
    ("food_drug", False, "上周在夜市那家烧烤吃完拉了一宿，想反映下他们家卫生"),
    ("environment", False, "厂子那边飘过来酸酸的味，嗓子不舒服"),
    ("urban_management", False, "地铁口好多人把水果摆地上卖"),
    ("traffic", True, "公交车猛刹，车厢里一个阿姨摔倒了"),
    ("petition", False, "上次来的那批人说这周再等不到答复就还来"),
    ("petition", False, "村东头要建信号塔，村民拦着不让施工队进场"),
    ("labor", False, "快递站让新人交入职费，现在想辞职走不了"),
    ("population_housing", False, "我侄子刚来城里上班，暂时住我家，要登记吗"),
    ("special_groups", False, "以前吸那个的老刘最近又跟原来那帮人来往了"),
    ("fire_safety", False, "单元门口那个红箱子被人撬开了，里面的水龙带没了"),
    ("fire_safety", True, "六楼有户人家窗台往下掉东西，掉下来还带着火星"),
    ("labor", False, "快递站新来的小哥说入职交的押金不给退，想走都走不了"),
    ("traffic", False, "小区门口那辆白车停了好几个月没动，车上一层灰"),
    ("traffic", False, "两辆电动车在菜场门口碰了一下，人没事，车把歪了"),
    ("fire_safety", False, "楼梯口那个绿色小人的牌子不亮了"),
    ("safety_hazard", False, "花坛边有根线从地里冒出来，外皮破了能看见铜丝"),
    ("food_drug", False, "菜场有个卖肉的把肉泡在水里，泡得发白"),
    ("safety_hazard", False, "小区后门那个施工挖的坑边上也没拦，晚上路灯又暗"),
    ("environment", False, "晾在外面的衣服落了一层黑灰，附近那个厂天天烧东西"),
    ("fire_safety", False, "地下室有人堆了好几桶柴油和汽油，说是给拖拉机用的"),
    ("fire_safety", False, "烧烤店门口堆着好几个液化气罐，店员就在旁边抽烟"),
    ("public_security", False, "我爸听了几天课，花两万买了个说能治病的床垫"),
    ("fire_safety", False, "那个五金仓库里老板一家住在里面，门口还堆着油漆桶"),
    ("environment", False, "小河上漂着一层油花，太阳底下五颜六色的"),
    ("dispute", False, "楼上的空调水天天滴到我家雨棚上，一晚上叮叮当当"),
    ("labor", False, "给人当保姆干了半年，走的时候雇主一分钱不给"),
    ("special_groups", False, "7栋那家一直锁在家里的儿子，这两天半夜又开始嚎"),
    ("population_housing", False, "楼下那套出租房半年换了三拨人，一个都不认识"),
    ("food_drug", False, "超市买的鸡蛋打开里面都是黑的"),
    ("petition", False, "以前的代课老师们又在商量去县里的事"),
    ("environment", False, "村口有户人家养了几十只羊，路上到处是羊粪"),
    ("fire_safety", False, "那家烧烤店的排烟管道里面全是油垢，好几年没清了"),
    ("special_groups", False, "7号楼那个脑子有点那个的小伙，今天又在楼下对着墙说话"),
    ("special_groups", False, "那个脚上戴着脚环的，这两天半夜老往外跑"),
    ("special_groups", False, "老刘家那个进去过的儿子回来了，天天在家喝酒"),
    ("labor", False, "在食堂洗了半年碗，走的时候只给了一个月的钱"),
    ("population_housing", False, "楼下那家把房子给亲戚住了，来了一大家子七八口人"),
    ("dispute", False, "后排那家的车天天停在我家门口，我家车出不去"),
    ("public_security", False, "有人在菜场门口拉老人进群，说买他们的理财一年翻倍"),
    ("safety_hazard", False, "小区门口那棵老槐树被虫蛀空了，刮风就嘎吱响"),
]

CALM = [
    ("environment", "广场花坛里都是烟头，没人扫"),
    ("environment", "小区门口全是烟蒂，也没人扫"),
    ("labor", "我弟在车间手被机器压了，现在老板只肯赔三千，这合理吗"),
    ("livelihood", "天气预报说今晚零下，提醒一下独居老人注意保暖"),
    ("special_groups", "楼下的小伙以前吸那个，现在戒了好几年，在送外卖"),
    ("petition", "那几个业主说再等一周答复，等不到就去区里"),
    ("dispute", "昨晚楼下有人喊救命，后来才知道是两口子闹着玩"),
    ("*", "那辆车在楼下一直打着火，司机坐里面等人"),
    ("*", "小孩在窗台上玩，差点翻出去，被他妈拉回来了"),
    ("*", "那个罐子呲呲响是正常排气，师傅说没问题"),
    ("*", "一楼配电房门口有点进水，物业已经在排了"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *CATEGORY, *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
