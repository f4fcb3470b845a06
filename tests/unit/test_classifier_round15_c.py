"""Under-stated reports (round 15, set C): the writer says what is seen, heard or smelt and
never names the problem. Sentences written for these tests, none of them a line of a
labelled set: each shows a way of describing a kind of problem indirectly (a stall fight by
the bottles and chairs flying, a break-in by someone working a lock, a person with a mental
illness by 'talks to himself' or 'ran out of his medicine', an old person living alone by the
milk not taken in), and calm look-alikes that must stay calm.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import assert_told

CASES = [
    # fights at a stall told by what flies about
    ("大排档两桌人喝多了，椅子满天飞", "public_security", True),
    ("烧烤店门口两桌人喝多了，板凳乱飞", "public_security", True),
    # held down and kicked
    ("公交站一个小伙子被三个人按倒在地上踢", "public_security", True),
    # a lock being worked open
    ("楼道里有人拿根铁丝往502的锁眼里捅，现在还在弄", "public_security", True),
    # masked men and a scream
    ("小超市里进来两个戴头套的，收银员在尖叫", "public_security", True),
    # someone cornered; money-making groups
    ("楼下巷子里两个人把一个学生堵在墙角", "public_security", True),
    ("小区群里有人天天发带你赚钱的链接，好几个老人都加了", "public_security", False),
    # neighbours over a wall, with tools in hand
    ("老张家跟他哥家为那堵墙拿着铁锹对着骂", "dispute", True),
    # wages never seen, dated by when they were owed: a crowd now
    ("项目上二十多个工人躺在路上不让搅拌车进，说去年的钱一分没拿到", "labor", True),
    ("我表妹在奶茶店干了半年啥也没签，老板叫她走人", "labor", False),
    # small stalls and goods on a cloth
    ("桥洞底下有人支了个补鞋摊，还拉了根电线", "urban_management", False),
    ("天桥上有人铺块塑料布卖手机壳", "urban_management", False),
    # flower pots outside windows
    ("3楼把好几盆花摆在窗台外，底下是人行道", "safety_hazard", False),
    # toilets not flushed, dog mess
    ("公厕水箱坏了，好几天没人冲", "environment", False),
    ("草坪上一坨一坨的，遛狗的都不管", "environment", False),
    # people with a mental illness or a past, told by signs
    ("那个老对着空气说话的男的今天拿砖头砸车", "special_groups", True),
    ("楼上那个小伙子这几天又开始半夜自己跟自己说话了", "special_groups", False),
    ("那个以前溜过冰的最近又跟几个外地人混在一块", "special_groups", False),
    ("在司法所挂着的那个人想回老家一趟，问外出要谁批", "special_groups", False),
    ("那个平时不说话的男的拿剪刀对着楼下小孩比划", "special_groups", True),
    # a trip to the city planned
    ("听说那几个业主约着去市里，时间还没定", "petition", False),
    # an old person back from hospital; milk not taken in
    ("上次摔了的王爷爷已经出院了，家里人说谢谢网格员", "livelihood", False),
    ("3楼张大爷门口的牛奶好几天没拿了，窗帘一直拉着", "livelihood", True),
    # everyday questions
    ("身份证丢了，去哪补办", "other", False),
    # pollution where people fall ill
    ("排污口那段水冒白泡，下游几个老人说喉咙烧得慌，正往医院送", "environment", True),
    # a crash that throws people off
    ("三轮车跟小轿车撞一块了，三轮上的人都翻到沟里了", "traffic", True),
    # children alone, one feverish
    ("两个孩子自己在家，爸妈都在外地打工，小的在发烧", "livelihood", True),
    # a bang then a burning smell
    ("车棚那边嘭的一声，接着一股橡胶烧糊的味", "fire_safety", True),
    ("配电室里砰的一声，接着就是一股烧塑料的味", "fire_safety", True),
    # a bulging road with water under it
    ("路中间鼓起一个大包，地下哗哗响", "municipal_facility", False),
    # a window glowing red with ash drifting out; the sky lit red from afar
    ("六楼那家窗户里红彤彤的，还往外飘黑灰", "fire_safety", True),
    ("仓库那边天都映红了，狗一直叫", "fire_safety", True),
    # a burning smell rising from below and the stairs going hazy
    ("闻着像烧橡胶的味，是从地下室那边飘上来的，楼梯口已经有点灰蒙蒙了", "fire_safety", True),
    # an outdoor unit blackened and still giving off fumes
    ("对面楼有户人家的空调外机那块黑了一片，还在往外冒，味道很难闻", "fire_safety", True),
    # a chemical smell making children cough; coloured fumes and people running
    ("楼下一股很冲的药水味，几个小孩在那玩，有一个一直咳，眼睛都红了", "environment", True),
    ("河边突然飘过来一股黄色的烟雾，路上的人都捂着鼻子跑，有老人坐地上咳", "environment", True),
    # a tree still going over
    ("小区门口的老槐树根都翘起来了，整棵树往马路那边歪，还在慢慢倒", "safety_hazard", True),
    # railings with a piece gone, puddles splashing people
    ("桥上的栏杆少了一截，用根绳子拦着", "municipal_facility", False),
    ("下雨天那个路口总是积一大片，车过去水花溅到人身上", "municipal_facility", False),
    # food with no maker or label
    ("小区门口卖的那种土蜂蜜，没标签也没厂家，老人都去买", "food_drug", False),
    # cars that 'met' in a tunnel, someone hitting the window from inside
    ("隧道里两辆车顶上了，后面车都停了，有人在里面拍车窗", "traffic", True),
    # a village meal and then half the guests ill
    ("村里办丧事的饭吃完，一大半人都在拉，有几个老人在输液", "food_drug", True),
    # a request for someone to look in every few days is routine
    ("村里那个瘫在床上的老汉，儿子出去打工了，想问能不能有人隔几天去看看", "livelihood", False),
    # luring children; visitors who stay a short while, a different one each time
    ("有个男的在小学门口问小孩要不要跟他去买玩具", "public_security", False),
    ("302那户天天半夜有人来敲门，进去一会就出来，来的人都不一样", "public_security", False),
    # two families fighting in a heap, blood on a head
    ("两家人在村口为了地的事打成一片，有人头上见红了", "dispute", True),
    # a man shut in at home, muttering, out with a knife; injections missed; by the river
    ("楼下那个一直关在家里的小伙子今天拿着刀在小区里转，嘴里念念有词", "special_groups", True),
    ("社区那个要定期去医院打针的男的这个月没去打", "special_groups", False),
    ("那个犯病的女的抱着孩子站在河边，家里人拉不回来", "special_groups", True),
    # houses pulled down, trips 'up above', an old matter told again
    ("那几十户被拆了房子的，又在群里商量什么时候去上面", "petition", False),
    ("老刘又来社区说他当年的事，讲了一上午", "petition", False),
    # meat that smells and is still sold
    ("学校门口那个卖炸鸡的，鸡肉有股味了还在卖", "food_drug", False),
    # an old man who cannot say where he lives
    ("一个老爷子在小区门口坐了一下午，问什么都不知道", "livelihood", True),
    ("有个孩子放学后天天在小区里晃到很晚，说家里没人", "livelihood", False),
    # a grill set up by the road
    ("那家烧烤天天把炉子支到路边，烟熏得不行", "urban_management", False),
    # someone who hides from people; a small child with no adult heard
    ("这几天晚上有人蹲在楼道口抽烟，看到人就躲", "public_security", False),
    # a bang or crack, then crying, shouting or dust
    ("隔壁楼传来轰隆一声，窗户都震了，那边在冒灰，听见有人哭", "safety_hazard", True),
    # a door being hammered, a threat and crying
    (
        "楼下哐哐砸门的声音，还有男的在骂要弄死谁，女的在哭",
        "*",
        True,
    ),  # a family row or a police matter
    # something in the river that may be a person
    ("河里有个东西一沉一浮的，好像是个人", "other", True),
    # a broken handrail
    ("消防队对面那座人行天桥，扶手断了一截", "municipal_facility", False),
    # signs of a crowded rented flat: parcels for many names, slippers outside a basement
    ("楼下快递柜每天一堆寄到602的件，收件人名字都不一样", "population_housing", False),
    ("那个地下室门口摆了一排拖鞋，晾衣绳上挂满了衣服", "population_housing", False),
    # a window knocked through to make a shop door
    ("那户人家把一楼窗户打掉改成了门，开了个小卖部", "urban_management", False),
    # swollen milk cartons
    ("超市里卖的那个牛奶盒子都鼓起来了", "food_drug", False),
    # brothers not speaking over who keeps the mother
    ("两兄弟为了老娘住谁家的事已经半年不说话了", "dispute", False),
    # an escalator that knocks; a water tower whose leg rusted through
    ("商场那个扶梯踩上去咯噔咯噔的，像是松了", "safety_hazard", False),
    ("楼顶那个水塔的支架一条腿已经锈断了", "safety_hazard", False),
    # children cooking for themselves while adults are out
    ("隔壁家里两个孩子，大人天天晚上出去打牌，孩子自己煮面", "livelihood", False),
    # out of prison
    ("那个刚从监狱出来的最近在村里借钱，说要做生意", "special_groups", False),
    # objects pressed flat are no injuries
    (
        "学校门口那个减速带被压平了，车开得飞快",
        "*",
        False,
    ),  # speeding named outright (traffic, weight 5) or the bump (市政)
    ("小区门口的盲道被砖头压了一半，砖都碎了", "*", False),
    # old people who dare not step down into the water; a wheelchair stuck in a hole
    ("楼上老两口家里的水管爆了，水从楼梯往下淌，他们俩坐在床上不敢下来", "*", True),
    ("那个坐轮椅的大哥卡在人行道的坑里出不来，天下着雨", "livelihood", True),
    # a man following a girl who runs
    ("小区里有个男的一直跟着放学的小女孩，小女孩跑他也跑", "public_security", True),
    # a car forced open while the alarm sounds
    ("停车场有人撬车门，警报一直在响，那人还没走", "public_security", True),
    # slapped while cornered
    ("网吧里有个人被几个人围在角落里，一直在挨耳光", "public_security", True),
    # a threat to burn someone
    ("那个精神不太好的女的在楼道里点纸，说要烧死谁", "special_groups", True),
    # a load-bearing pillar hacked and the house creaking
    ("楼下商铺装修把承重柱砸了一半，楼上住户说房子在响", "safety_hazard", True),
    # fees to start a job
    ("新来的保安说上岗要先交八百块服装费，干不满三个月不退", "labor", False),
    # people with a past or an illness told plainly
    ("那个以前砍过人的放回来了，村里人都躲着他", "special_groups", False),
    ("那个精神上有点问题的小伙子他妈说家里的药没了，医院开不出来", "special_groups", False),
    ("那个戴着脚环的最近晚上老出去", "special_groups", False),
    ("之前在里面待了五年的那个人回来了，想找份工作", "special_groups", False),
    # a group only planning to go and ask is no crowd yet
    ("小区一帮老人说养老金算错了，准备一起去社保局问", "petition", False),
    ("村里有人在传要组织大家去县里，说是为了那块地", "petition", False),
    # short lets and changing tenants
    ("楼上那户每个月换一批人，都是拖着行李箱来的", "population_housing", False),
    ("小区里有户人家门口挂着牌子写着住宿，一晚五十", "population_housing", False),
    # neighbours' rubbish at the door, a shared wall blamed
    ("对门把垃圾袋放在我家门口，好几次了", "dispute", False),
    ("我家和隔壁共用的那堵墙裂了，他说是我家装修弄的", "dispute", False),
    # raw milk sold from a tricycle; snacks with a blank wrapper
    ("有个人骑三轮在小区门口卖散装奶，说是刚挤的", "food_drug", False),
    ("学校附近小卖部卖的那种五毛钱的辣片，包装上啥也没有", "food_drug", False),
    # water dripping from a light that is still on
    ("楼上厕所的水从天花板灯那往下滴，灯还亮着，一闪一闪的", "safety_hazard", True),
    # a gas heater, a smell and a child silent in the shower
    ("热水器那里一股味，洗澡的孩子半天没出声了", "safety_hazard", True),
    # bricks thrown at a car with people inside
    ("楼下有人用砖头砸一辆车，车里还坐着人", "public_security", True),
    # scaffolding bulging out over a market
    ("那栋楼外面的脚手架被风吹得哗哗响，有一片已经歪出来了，底下是菜市场", "safety_hazard", True),
    # flood over a bridge with riders still going on; a stalled car with someone inside
    ("河水漫过桥面了，还有电动车在往上冲", "municipal_facility", True),
    (
        "小区门口那段路水已经淹到车门了，有辆车熄火在里面，车里有个老太太",
        "municipal_facility",
        True,
    ),
    # a child carried off, someone chasing
    ("超市门口有个人抱着一个哭闹的孩子往外跑，后面一个女的在追着喊", "public_security", True),
    # groping on a bus
    ("有人在公交上摸一个女孩，女孩一直往边上躲，那人还跟着挤", "public_security", False),
    # a homeless man lying still in the snow
    ("门口那个流浪汉躺在雪地里好久没动了", "*", True),
    # several people with cramps after eating
    ("夜市吃了烧烤以后我们五个人都肚子绞着疼，有一个疼得在地上打滚", "food_drug", True),
    # livestock falling by a polluted river
    ("化工厂那边的管子破了，黄水流进了河里，河边放牛的说牛倒了几头", "environment", True),
    # talking to oneself, fearing someone will seize him
    ("那个整天自己跟自己讲话的小伙子又在楼下转圈", "special_groups", False),
    ("隔壁那个嘴里老念叨有人要抓他的大叔，这几天不肯出门", "special_groups", False),
    # beds in a garage, quilts for a crowd on one balcony
    ("楼下车库门半开着，里面摆着几张床，晚上有人住", "population_housing", False),
    ("那个两居室的阳台上晒了七八床被子", "population_housing", False),
    # old people waiting with papers for the village head
    ("有几个老人天天拿着一沓纸在村委门口等书记", "petition", False),
    # a coop built on the green
    ("那户人家在小区绿化带上用砖头砌了个鸡窝", "urban_management", False),
    # bare hands on cold food under flies
    ("那个卖凉皮的推车上全是苍蝇，她拿手抓凉皮也不戴手套", "food_drug", False),
    # a lorry on its side, the driver holding his head
    ("高速出口那里一辆大货车侧躺在路上，货撒了一地，司机坐在路边捂着头", "traffic", True),
    # asphalt melting in the sun
    ("那段路的沥青被晒化了，粘鞋", "municipal_facility", False),
]

# Calm look-alikes guarding the rules above: they must stay calm.
CALM = [
    ("快递站小哥手被传送带夹了，老板给了点钱，他问能不能算工伤", "labor", False),
    ("工地半夜还在打桩，窗户都在抖，孩子睡不着", "urban_management", False),
    ("小区凉亭的椅子断了条腿，歪在那", "*", False),
    ("隔壁小男孩爸妈在外地，爷爷住院了，孩子现在在亲戚家", "livelihood", False),
    ("化工厂晚上偷偷排气，村民说嗓子疼", "environment", False),
    ("上个月那帮工人躺在路上要工钱的事，已经解决了", "*", False),
    ("去年夜市有人摔啤酒瓶打架，后来派出所处理了", "*", False),
    ("那个老自言自语的男的今天挺安静，家里人陪着", "special_groups", False),
    ("傍晚晚霞把天都映红了，真好看", "*", False),
    ("那辆车跟前车顶上了，就蹭了点漆，私了了", "*", False),
    ("上个月吃席吃坏了肚子，拉了两天，现在好了", "*", False),
    ("厂里的烟囱每天冒黄色的烟，路过的人都捂着鼻子跑", "environment", False),
    ("那个自言自语的大姐今天在河边洗衣服", "special_groups", False),
    ("昨天半夜有人喊救命，后来听说是看电视的声音", "*", False),
    ("小区门口的下水道盖子被压碎了，盖子碎了一半", "*", False),
    ("工人手指头断了一截，现在出院了，家属来问去哪告", "*", False),
    ("过年放鞭炮轰的一声，小孩吓哭了", "*", False),
    ("有人说小区有人要跳楼，去看了是在擦玻璃", "*", False),
    ("车轮陷在坑里出不来了，叫个拖车", "*", False),
    ("车子的警报一直在响，吵死了", "*", False),
    ("楼上漏水，灯里进水了，我已经把电闸拉了", "*", False),
    ("孩子洗澡老是半天没动静，玩水玩的", "*", False),
    ("有人冒充社区的在门口卖特价米，说一斤只要一块", "public_security", False),
    ("桥下那段路积水了，车都熄火在里面了", "*", False),
    ("山坡那边挡土墙鼓出来了，雨季前最好处理，底下住了几户人家", "*", False),
    ("流浪汉在桥洞下面睡觉，半天没动", "*", False),
]


@pytest.mark.parametrize(("text", "category", "is_urgent"), CASES)
def test_under_stated_reports(text: str, category: str, is_urgent: bool) -> None:
    assert_told(text, category, is_urgent)


@pytest.mark.parametrize(("text", "category", "is_urgent"), CALM)
def test_calm_look_alikes_stay_calm(text: str, category: str, is_urgent: bool) -> None:
    assert_told(text, category, is_urgent)
